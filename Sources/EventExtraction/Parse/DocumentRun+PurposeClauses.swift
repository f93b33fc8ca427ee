import ActorLexicon
import EventOntology

extension DocumentRun {
    /// Folds a protest's purpose clause into the protest: "French farmers blocked motorways to press the
    /// government for lower taxes" is one PROTEST against the government, and "Students rallied to protest
    /// against Washington's support" one PROTEST against the United States. The purpose (an infinitive `advcl`
    /// of the protest's trigger, coded as a demand, protest, accusation or rejection by the same source) gives
    /// the target and is not an event of its own.
    mutating func foldPurposeClauses(_ range: Range<Int>, parse: ParseView) {
        var folded = Set<Int>()
        for index in range where drafts[index].event.type == .protest && drafts[index].event.target == nil {
            guard let protest = parse.wordAtTokenStart[drafts[index].triggerStart] else { continue }
            for other in range where other != index && !folded.contains(other) {
                let purpose = drafts[other].event
                guard Self.purposeTypes.contains(purpose.type), purpose.source == drafts[index].event.source,
                      let target = purpose.target, let word = parse.wordAtTokenStart[drafts[other].triggerStart],
                      parse.words[word].deprel == "advcl", parse.words[word].head - 1 == protest,
                      parse.dependents(word, "mark").contains(where: { parse.lemmas[$0] == "to" })
                else { continue }
                drafts[index].event.target = target
                drafts[index].event.targetCountry = purpose.targetCountry
                folded.insert(other)
                break
            }
        }
        removeDrafts(folded, in: range)
    }

    /// Gives an act of cooperation without a target the party its purpose clause names: "Qatar pledged $15
    /// billion in direct investment to shore up Turkey's lira" is an AGREE toward Turkey, "sent doctors to help
    /// Italy fight the outbreak" AID to Italy. The purpose is an infinitive `advcl` (or `xcomp`) of the trigger;
    /// its first actor of another state is the target.
    mutating func targetFromPurpose(_ range: Range<Int>, parse: ParseView, view: SentenceView) {
        for index in range where drafts[index].event.target == nil
            && [.verbalCooperation, .materialCooperation].contains(drafts[index].event.type.quadClass)
        {
            guard let trigger = parse.wordAtTokenStart[drafts[index].triggerStart] else { continue }
            let verb = parse.words[trigger].upos == "VERB" ? trigger : parse.words[trigger].head - 1
            guard verb >= 0 else { continue }
            // The parser may hang the clause on the object or an oblique ("pledged $5 billion in deposits to
            // shore up Egypt's currency", acl).
            let arguments = parse.dependents(verb, "obj") + parse.dependents(verb, "obl")
            let purposes = (parse.dependents(verb, "advcl") + parse.dependents(verb, "xcomp")
                + arguments.flatMap { parse.dependents($0, "acl") }).filter { clause in
                clause > trigger && parse.words[clause].upos == "VERB"
                    && parse.dependents(clause, "mark").contains { parse.lemmas[$0] == "to" }
            }
            let source = drafts[index].event.source
            var target: ActorID?
            for clause in purposes where target == nil {
                let named = (parse.dependents(clause, "obj") + parse.dependents(clause, "iobj")).flatMap { parse.mentions(of: $0) }
                    + parse.nestedMentions(of: clause, excluding: [])
                target = named.map { view.mentions[$0].mention.actor }
                    .first { actorsByID[$0] != nil && !isSelfLoop(source, $0) }
            }
            guard let target else { continue }
            setTarget(target, ofDraft: index)
        }
    }

    /// Types of an infinitive purpose clause that name what a protest is against.
    static let purposeTypes: Set<EventType> = [.request, .protest, .accuse, .reject]
}
