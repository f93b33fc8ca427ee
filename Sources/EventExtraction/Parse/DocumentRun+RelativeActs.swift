/// Acts named by a noun and told again by a relative clause on it: "the tariffs *that Washington imposed* on
/// European, Canadian and Mexican metal", "the sanctions *the bloc adopted* in March". The relative clause says whose
/// act the noun is, so the noun's own reading — whose source the clause rules took from outside the clause —
/// gives way to it.
extension DocumentRun {
    /// Nouns whose "that" clause is what they say, not a relative clause: "the accusation that Russia attacked".
    static let contentNouns: Set<String> = [
        "claim", "accusation", "allegation", "charge", "report", "warning", "threat", "demand", "call", "fear",
        "statement", "suggestion", "news", "rumour", "rumor", "promise", "pledge", "assurance", "announcement",
        "decision", "request", "proposal", "offer", "ultimatum", "insistence", "appeal", "plea",
    ]

    /// For each noun draft in `range` whose noun is the object of a relative clause on it (with "that"/"which" or
    /// bare): the draft is dropped when the clause's verb was coded itself (the same act), and otherwise takes the
    /// clause's subject as its source when that subject names an actor.
    mutating func resolveRelativeClauseActs(_ range: Range<Int>, parse: ParseView, view: SentenceView) {
        let words = parse.words
        var dropped = Set<Int>()
        for index in range {
            guard let noun = parse.wordAtTokenStart[drafts[index].triggerStart], words[noun].upos == "NOUN",
                  !Self.contentNouns.contains(parse.lemmas[noun])
            else { continue }
            // The parser may hang the clause as `acl`, its "that" as a marker: "the tariffs that Washington imposed".
            for clause in parse.dependents(noun, "acl") where words[clause].upos == "VERB" && clause > noun {
                // The noun is the clause's object: a relative pronoun as its object, or no object of its own.
                let objects = parse.dependents(clause, "obj")
                guard objects.allSatisfy({ ["that", "which"].contains(parse.lemmas[$0]) }),
                      parse.dependents(clause, "nsubj:pass").isEmpty, parse.dependents(clause, "ccomp").isEmpty,
                      parse.dependents(clause, "xcomp").isEmpty
                else { continue }
                let subjects = parse.dependents(clause, "nsubj").flatMap { parse.mentions(of: $0) }
                    .map { view.mentions[$0].mention.actor }.filter { actorsByID[$0] != nil }
                guard !subjects.isEmpty else { continue }
                let clauseCoded = range.contains { other in
                    other != index && parse.wordAtTokenStart[drafts[other].triggerStart] == clause
                }
                if clauseCoded {
                    dropped.insert(index)
                } else if !subjects.contains(drafts[index].event.source) {
                    setSource(subjects[0], ofDraft: index)
                    if let target = drafts[index].event.target, isSelfLoop(subjects[0], target) { dropped.insert(index) }
                }
                break
            }
        }
        removeDrafts(dropped, in: range)
    }
}
