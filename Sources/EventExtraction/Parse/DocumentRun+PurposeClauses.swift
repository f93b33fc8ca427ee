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

    /// Types of an infinitive purpose clause that name what a protest is against.
    static let purposeTypes: Set<EventType> = [.request, .protest, .accuse, .reject]
}
