import ActorLexicon
import EventOntology

extension DocumentRun {
    /// A court's ruling against an act or a party, coded as the court accusing its author (CAMEO 111, PLOVER
    /// ACCUSE): "the Court of Session … issued an opinion on the prorogation, finding it to be unlawful", "the
    /// Supreme Court found Johnson's advice unlawful", "a judge ruled the ban unconstitutional", "found the
    /// former minister guilty of fraud". `nil` unless the verb is one of finding or ruling, its subject is a
    /// judiciary actor (CAMEO sector JUD) and its clause says the act is unlawful (see `unlawfulWords`).
    ///
    /// The target is the party named in the ruling's object or complement ("Johnson's advice" → Johnson),
    /// else the court's own state: a court that strikes down an act of government rules against its state.
    /// - Returns: the coding, the court's actor and the state to which the court may be a self-loop, or `nil`.
    func ruling(of verb: Int, in parse: ParseView, view: SentenceView) -> (coding: ParseCoding, court: ActorID, state: ActorID?)? {
        guard Self.rulingVerbs.contains(parse.lemmas[verb]), parse.dependents(verb, "nsubj:pass").isEmpty else { return nil }
        var subjects = subjects(of: verb, in: parse)
        // "issued an opinion on the prorogation, finding it to be unlawful": the participle's subject is its head's.
        if subjects.isEmpty, parse.words[verb].deprel.hasPrefix("advcl"), parse.words[verb].head > 0 {
            subjects = self.subjects(of: parse.words[verb].head - 1, in: parse)
        }
        let sources = subjects.filter { mention in
            actorsByID[view.mentions[mention].mention.actor]?.sector == "JUD"
        }
        // "The three-judge court found …": a court named by a common noun is the document's one judiciary.
        var court = sources.first.map { view.mentions[$0].mention.actor }
        if court == nil, let subject = parse.dependents(verb, "nsubj").first,
           Self.courtNouns.contains(parse.lemmas[subject].lowercased())
        {
            let courts = actorsByID.values.filter { $0.sector == "JUD" }.map(\.id).sorted()
            court = courts.count == 1 ? courts[0] : nil
        }
        // "the Court of Session … issued an opinion on the prorogation … which went into effect, finding it to
        // be unlawful": the parser hung the participle on the wrong clause; the court named before it rules.
        if court == nil, parse.words[verb].deprel.hasPrefix("advcl"), let token = parse.tokenOfWord[verb] {
            court = view.mentions.first(where: { $0.last < token && actorsByID[$0.mention.actor]?.sector == "JUD" })?.mention.actor
        }
        guard let court else { return nil }
        // The clause of the finding: the verb's complements and objects, two levels down.
        let complements = parse.children[verb].filter { ["xcomp", "ccomp", "obj", "advcl", "conj"].contains(parse.words[$0].deprel) }
        let clause = complements + complements.flatMap { parse.children[$0] }
        guard (clause + [verb]).contains(where: { Self.unlawfulWords.contains(parse.lemmas[$0].lowercased()) }),
              let code = CAMEOCodebook.bundled.entry("111")
        else { return nil }
        var targets: [Int] = []
        for word in complements + clause where targets.isEmpty {
            if let mention = parse.mentionOfWord[word], !sources.contains(mention) {
                targets = [mention]
            } else if ["obj", "nsubj", "nsubj:pass", "xcomp", "ccomp"].contains(parse.words[word].deprel) {
                targets = parse.nestedMentions(of: word, excluding: Set(sources))
            }
        }
        let state = actorsByID[court]?.country.map { ActorID($0) }.flatMap { actorsByID[$0] != nil ? $0 : nil }
        return (ParseCoding(code: code, sources: sources, targets: targets, passive: false), court, state)
    }

    /// Nouns that name a court as the subject of a ruling.
    static let courtNouns: Set<String> = ["court", "judge", "judges", "justices", "tribunal", "bench", "panel"]

    /// Verbs by which a court states its ruling.
    static let rulingVerbs: Set<String> = ["find", "rule", "declare", "deem", "hold", "judge"]

    /// Words of a ruling against an act or a party.
    static let unlawfulWords: Set<String> = [
        "unlawful", "illegal", "unconstitutional", "void", "invalid", "guilty", "illegitimate", "null",
    ]
}
