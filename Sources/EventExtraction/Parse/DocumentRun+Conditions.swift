import EventOntology

/// Acts stated under a condition: the condition's own events are dropped, and a conflictual act its own side
/// says it would carry out if the target acts is the threat it is.
extension DocumentRun {
    /// Drops events told as the condition of another act ("Finland would call up its reservists if Russian
    /// troops *massed* on the border", "threatened to use nuclear weapons if the allies went ahead with their
    /// *drills*"): what a clause marked "if" or "unless" describes is not reported as happening.
    mutating func dropConditions(_ range: Range<Int>, parse: ParseView) {
        let words = parse.words
        let dropped = range.filter { index in
            guard var node = parse.wordAtTokenStart[drafts[index].triggerStart] else { return false }
            for _ in 0..<4 {
                // The parser may hang the clause on a noun ("within hours if …", acl).
                if words[node].deprel.hasPrefix("advcl") || words[node].deprel.hasPrefix("acl"),
                   parse.dependents(node, "mark").contains(where: { ["if", "unless"].contains(parse.forms[$0].lowercased()) })
                {
                    return true
                }
                guard words[node].head > 0 else { return false }
                node = words[node].head - 1
            }
            return false
        }
        removeDrafts(Set(dropped), in: range)
    }

    /// Recodes a conflictual act stated under a condition on its target as the threat it is, as CAMEO codes
    /// it: "Algiers would cut diplomatic ties with Paris if France expelled more of its staff" is a THREATEN
    /// (131 for sanctions, 132 for coercion, 138 for force), asserted, not a hypothetical sanction, when the
    /// source's own side says it will ("would", "will"; "could" is a possibility). Another party's speculation
    /// ("Beijing could impose a blockade should it decide to, Taiwan's defence minister said") and cooperation
    /// under a condition ("would send more air defence systems if allies paid") stay hypothetical.
    mutating func recodeConditionalThreats(_ range: Range<Int>, parse: ParseView) {
        let codes = Self.threatCodes
        for index in range where drafts[index].event.modality == .hypothetical && drafts[index].event.target != nil {
            let event = drafts[index].event
            guard let code = codes[event.type], event.attribution.map({ country($0) == country(event.source) }) ?? true,
                  let word = parse.wordAtTokenStart[drafts[index].triggerStart], parse.words[word].upos == "VERB",
                  parse.isConditioned(word), let threat = CAMEOCodebook.bundled.entry(code),
                  parse.dependents(word, "aux").contains(where: { ["would", "will", "'ll"].contains(parse.forms[$0].lowercased()) })
            else { continue }
            drafts[index].recode(as: threat)
            drafts[index].event.modality = .asserted
        }
    }

    /// Recodes a conflictual act that is the content of "threaten" (or "vow", "pledge", "swear") as the threat: "threatened on Wednesday to
    /// expel the head of the UN mission" is a THREATEN (131 for sanctions, 132 for coercion, 138 for force, 130
    /// else), asserted, not a future expulsion, however far the infinitive stands from the verb.
    mutating func recodeThreatContents(_ range: Range<Int>, parse: ParseView) {
        let codes = Self.threatCodes
        var generic = Set<Int>()
        for index in range where drafts[index].event.type != .threaten {
            let event = drafts[index].event
            guard [.verbalConflict, .materialConflict].contains(event.type.quadClass),
                  let word = parse.wordAtTokenStart[drafts[index].triggerStart], parse.words[word].head > 0,
                  parse.words[word].deprel == "xcomp"
                      && ["threaten", "vow", "pledge", "swear"].contains(parse.lemmas[parse.words[word].head - 1])
                      // "warned that it would declare a state of emergency": its own coercion to come.
                      || parse.words[word].deprel == "ccomp" && [.future, .hypothetical].contains(event.modality)
                      && ["warn", "threaten"].contains(parse.lemmas[parse.words[word].head - 1]),
                  let threat = CAMEOCodebook.bundled.entry(codes[event.type] ?? "130")
            else { continue }
            drafts[index].recode(as: threat)
            if event.modality == .future || parse.words[word].deprel == "ccomp" { drafts[index].event.modality = .asserted }
            // The threat told by its content replaces the bare one coded on "threatened" itself.
            generic.formUnion(bareThreats(on: parse.words[word].head - 1, besides: index, in: range, parse: parse))
        }
        removeDrafts(generic, in: range)
    }

    /// Recodes an act named by a noun under "warn of" or "threaten with" as the threat it is: "China warned of a
    /// consumer boycott of Australian goods" is a THREATEN (131 for sanctions, protests and boycotts, 132 for
    /// coercion, 138 for force), not a boycott. The target, when the noun event has none, is the warned party
    /// (the verb's object) or the first actor inside the noun's phrase ("of Australian goods").
    mutating func recodeThreatenedActs(_ range: Range<Int>, parse: ParseView, view: SentenceView) {
        let codes = Self.threatCodes.merging([.protest: "131"]) { own, _ in own }
        var generic = Set<Int>()
        for index in range {
            let event = drafts[index].event
            guard let code = codes[event.type], let word = parse.wordAtTokenStart[drafts[index].triggerStart],
                  parse.words[word].upos == "NOUN", parse.words[word].deprel.hasPrefix("obl"), parse.words[word].head > 0,
                  case let verb = parse.words[word].head - 1,
                  ["warn", "threaten"].contains(parse.lemmas[verb]),
                  ["of", "with"].contains(parse.caseMarker(of: word)),
                  let threat = CAMEOCodebook.bundled.entry(code)
            else { continue }
            drafts[index].recode(as: threat)
            if event.target == nil {
                let warned = parse.dependents(verb, "obj").flatMap { parse.mentions(of: $0) }
                let named = warned.isEmpty ? parse.nestedMentions(of: word, excluding: []) : warned
                if let target = named.map({ view.mentions[$0].mention.actor })
                    .first(where: { actorsByID[$0] != nil && !isSelfLoop(event.source, $0) })
                {
                    setTarget(target, ofDraft: index)
                }
            }
            // The threat told by its content replaces a bare one coded on the verb itself.
            generic.formUnion(bareThreats(on: verb, besides: index, in: range, parse: parse))
        }
        removeDrafts(generic, in: range)
    }

    /// CAMEO's threat code for each type of act threatened (13x); others take 130.
    static let threatCodes: [EventType: String] = [.sanction: "131", .coerce: "132", .assault: "138"]

    /// The bare THREATENs coded on `verb` itself by the source of draft `index` (its country), which the threat
    /// told by its content replaces.
    func bareThreats(on verb: Int, besides index: Int, in range: Range<Int>, parse: ParseView) -> [Int] {
        let source = country(drafts[index].event.source)
        return range.filter { other in
            other != index && drafts[other].event.type == .threaten && country(drafts[other].event.source) == source
                && parse.wordAtTokenStart[drafts[other].triggerStart] == verb
        }
    }
}
