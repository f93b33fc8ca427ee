import ActorLexicon
import EventOntology

extension DocumentRun {
    /// Codes the act a reaction is about when the sentence names it as a noun with its agent: in "Peru's
    /// expulsion of the Bolivian envoy was condemned by La Paz" the condemnation is one event and the expulsion
    /// (PER → BOL) another. The noun is the passive subject or the object of a reacting verb (`reactingVerbs`);
    /// its agent the actor of its possessor, its demonym, its "by"/"from" phrase or the "by" phrase of a
    /// participle on it ("the charge, made by Zimbabwe's minister, …"); its target an actor in one of its
    /// phrases marked as the noun's entry expects ("with", "against", "to"), else the reacting party, to whom an
    /// act answered is mostly addressed. The type is the noun's entry in our dictionary, else the entry or CAMEO
    /// coding of the verb it is made from (`nominalizedVerbs(of:)`: "suspension" → "suspend"). A noun the clause
    /// rules already coded is left alone.
    mutating func codeReactedActs(
        _ range: Range<Int>, parse: ParseView, view: SentenceView, modality detector: ModalityDetector,
        dater: EventDater, reporter: (Int) -> (actor: ActorID?, attributed: Bool)
    ) {
        let words = parse.words
        let coded = Set(drafts[range].map(\.triggerStart))
        for verb in words.indices where words[verb].upos == "VERB" && Self.reactingVerbs.contains(parse.lemmas[verb]) {
            let nouns = (parse.dependents(verb, "nsubj:pass") + parse.dependents(verb, "obj")).filter { words[$0].upos == "NOUN" }
            for noun in nouns {
                // An answered proposal is coded as its answer only (`retargetAnswers`): "an offer from Kenya …
                // was rejected by Juba" is South Sudan's refusal, the offer its content.
                guard let t = parse.tokenOfWord[noun], !coded.contains(view.tokens[t].span.start),
                      parse.mentionOfWord[noun] == nil, !Self.proposalNouns.contains(parse.lemmas[noun]),
                      !Self.stanceNouns.contains(parse.lemmas[noun])
                else { continue }
                let agentPhrases = parse.dependents(noun, "nmod:poss") + parse.dependents(noun, "amod")
                    + parse.dependents(noun, "nmod").filter { ["by", "from"].contains(parse.caseMarker(of: $0)) }
                    + parse.dependents(noun, "acl").flatMap { participle in
                        parse.dependents(participle, "obl").filter { oblique in
                            words[oblique].deprel == "obl:agent" || parse.caseMarker(of: oblique) == "by"
                        }
                    }
                let agents = agentPhrases.flatMap { agentMentions(of: $0, in: parse, view: view) }
                let agentActors = Self.distinctActors(agents, view: view, known: actorsByID)
                guard !agentActors.isEmpty, let act = actCoding(of: noun, agents: agents, in: parse) else { continue }
                // The reacting party: "was accepted by Samoa's head of state", "Gaborone dismissed …".
                let reacting = parse.dependents(verb, "obl").filter { oblique in
                    words[oblique].deprel == "obl:agent" || parse.caseMarker(of: oblique) == "by"
                }.flatMap { agentMentions(of: $0, in: parse, view: view) }
                    + parse.dependents(verb, "nsubj").flatMap { agentMentions(of: $0, in: parse, view: view) }
                // Only an answer goes back to the act's addressee; a third party condemns or praises.
                let targets = act.targets.isEmpty && Self.answerVerbs.contains(parse.lemmas[verb]) ? reacting : act.targets
                let targetActors = Self.distinctActors(targets, view: view, known: actorsByID)
                    .filter { target in !agentActors.contains { isSelfLoop($0, target) } }
                guard !targetActors.isEmpty || act.pattern?.single == true else { continue }
                let before = drafts.count
                emitParseEvents(verb: verb, token: t, coding: act, sources: agents, sourceActors: agentActors,
                                targetActors: targetActors, single: true, parse: parse, view: view,
                                detector: detector, dater: dater, reporter: reporter)
                // The act happened whatever the reaction: "India did not condemn Russia's invasion of Ukraine".
                for index in before..<drafts.count where drafts[index].event.modality == .negated {
                    drafts[index].event.modality = .asserted
                }
                // The reaction itself, when nothing coded the verb: its target is the act's agent.
                let reactingActors = Self.distinctActors(reacting, view: view, known: actorsByID)
                    .filter { party in !agentActors.contains { isSelfLoop($0, party) } }
                guard let v = parse.tokenOfWord[verb], let agent = agentActors.first else { continue }
                let start = view.tokens[v].span.start
                let existing = (range.lowerBound..<drafts.count).filter { drafts[$0].triggerStart == start }
                // A reaction the clause rules coded without a target ("was dismissed by Kampala") targets the agent.
                for index in existing where drafts[index].event.target == nil
                    && !agentActors.contains(where: { isSelfLoop($0, drafts[index].event.source) })
                {
                    setTarget(agent, ofDraft: index)
                }
                guard existing.isEmpty, !coded.contains(start), !reactingActors.isEmpty,
                      let reaction = coding(of: verb, lemma: parse.lemmas[verb], in: parse)
                else { continue }
                emitParseEvents(verb: verb, token: v, coding: reaction, sources: reacting, sourceActors: reactingActors,
                                targetActors: agentActors, single: true, parse: parse, view: view,
                                detector: detector, dater: dater, reporter: reporter)
            }
        }
    }

    /// The mentions an agent phrase stands for (`ParseView.mentions(of:)`), else those of its possessor or
    /// modifiers when the phrase names no known actor ("by *Zimbabwe's* state security minister Didymus Mutasa",
    /// the minister's name unlisted).
    func agentMentions(of phrase: Int, in parse: ParseView, view: SentenceView) -> [Int] {
        let named = parse.mentions(of: phrase)
        if named.contains(where: { actorsByID[view.mentions[$0].mention.actor] != nil }) { return named }
        return (parse.dependents(phrase, "nmod:poss") + parse.dependents(phrase, "amod") + parse.dependents(phrase, "compound"))
            .flatMap { parse.mentions(of: $0) }
    }

    /// The actors of `mentions`, each once, in order, leaving out ids the document does not know.
    static func distinctActors(_ mentions: [Int], view: SentenceView, known: [ActorID: Actor]) -> [ActorID] {
        var seen = Set<ActorID>()
        return mentions.map { view.mentions[$0].mention.actor }.filter { known[$0] != nil && seen.insert($0).inserted }
    }

    /// The coding of an act noun (word `noun`) whose agents are the mentions `agents`: our noun entry for its
    /// form, else our entry or the CAMEO coding of a verb it is made from; targets are the mentions in the
    /// noun's phrases whose case marker the type takes ("suspension of relations *with Cuba*"), down to the
    /// first actor inside ("a complaint *against Washington's tariffs*").
    func actCoding(of noun: Int, agents: [Int], in parse: ParseView) -> ParseCoding? {
        let dictionary = extractor.dictionary
        let near = parse.children[noun] + parse.children[noun].flatMap { parse.children[$0] }
        let subtree = Set(near.map { parse.lemmas[$0] } + near.map { parse.forms[$0] })
        func fits(_ number: Int) -> Bool {
            let pattern = dictionary.patterns[number]
            return ((pattern.with ?? []).isEmpty || subtree.contains { dictionary.isContextWord($0, of: number) })
                && !subtree.contains { dictionary.isVetoWord($0, of: number) }
        }
        func targets(cues: [String]) -> [Int] {
            let phrases = parse.children[noun].filter { child in
                parse.words[child].deprel.hasPrefix("nmod") && parse.words[child].deprel != "nmod:poss"
                    && cues.contains(parse.caseMarker(of: child))
            }
            return phrases.flatMap { phrase -> [Int] in
                let named = parse.mentions(of: phrase)
                return named.isEmpty ? parse.firstMention(under: phrase).map { [$0] } ?? [] : named
            }.filter { !agents.contains($0) }
        }
        let nounEntries = dictionary.candidates(for: parse.forms[noun]).filter { $0.form == .noun }.map(\.pattern)
        if let number = nounEntries.first(where: fits) {
            let pattern = dictionary.patterns[number]
            return ParseCoding(type: pattern.type, mode: pattern.mode, cameo: pattern.cameo, goldstein: pattern.goldstein,
                               pattern: pattern, sources: agents, targets: targets(cues: pattern.targetCues), passive: false)
        }
        for lemma in Self.nominalizedVerbs(of: parse.lemmas[noun]) {
            let entries = dictionary.candidates(for: lemma).filter { $0.form == .base }.map(\.pattern)
            if let number = entries.first(where: { fits($0) && !(dictionary.patterns[$0].with ?? []).isEmpty })
                ?? entries.first(where: fits)
            {
                let pattern = dictionary.patterns[number]
                return ParseCoding(type: pattern.type, mode: pattern.mode, cameo: pattern.cameo,
                                   goldstein: pattern.goldstein, pattern: pattern, sources: agents,
                                   targets: targets(cues: pattern.targetCues.filter { $0 != "object" } + ["of"]),
                                   passive: false)
            }
            guard let cameo = extractor.cameo else { continue }
            let found = targets(cues: Self.cameoTargetCues)
            func positions(_ mentions: [Int]) -> Set<Int> {
                Set(parse.words.indices.filter { parse.mentionOfWord[$0].map(mentions.contains) ?? false })
            }
            guard let match = cameo.match(lemma: lemma, particle: nil, clause: parse.lemmas, verbIndex: noun,
                                          sourcePositions: positions(agents), targetPositions: positions(found),
                                          surfaceForms: parse.forms),
                  match.code.type.quadClass != .verbalCooperation || match.literalCount > 0 || !found.isEmpty
            else { continue }
            return ParseCoding(code: match.code, sources: agents, targets: found, passive: false,
                               isBareDefault: match.literalCount == 0)
        }
        return nil
    }

    /// The verbs an English act noun may be made from, most likely first, by its suffix: "suspension" →
    /// "suspend", "rejection" → "reject", "accusation" → "accuse", "withdrawal" → "withdraw", "refusal" →
    /// "refuse", "deployment" → "deploy", "landing" → "land", "complaint" → "complain", "apology" → "apologize",
    /// and the noun itself ("offer", "demand"). Only a verb the dictionaries know codes anything.
    static func nominalizedVerbs(of noun: String) -> [String] {
        var verbs = [noun]
        func strip(_ suffix: String, _ replacements: [String]) {
            guard noun.hasSuffix(suffix), noun.count > suffix.count + 2 else { return }
            let stem = String(noun.dropLast(suffix.count))
            verbs += replacements.map { stem + $0 }
        }
        strip("sion", ["d", "de", "t"])
        strip("ation", ["e", "ate", ""])
        strip("ention", ["ene"])
        strip("tion", ["t", "te"])
        strip("al", ["", "e"])
        strip("ment", [""])
        strip("ing", ["", "e"])
        strip("nt", ["n"])
        strip("y", ["ize", "ise"])
        strip("ance", ["", "e"])
        return verbs
    }

    /// Verbs whose subject or agent answers the party that addressed the act to them ("the charge … was
    /// dismissed by Gaborone", "the apology was accepted by Samoa").
    static let answerVerbs: Set<String> = ["accept", "reject", "dismiss", "refuse", "decline", "spurn", "rebuff", "deny"]

    /// Nouns for what a party says or holds, or for its part in general, rather than an act ("Macron's
    /// statement", "Mauritius's claim to the Chagos Islands"): no act of their own.
    static let stanceNouns: Set<String> = [
        "statement", "remark", "comment", "claim", "position", "stance", "view", "idea", "decision", "move",
        "policy", "role", "effort", "response", "reaction", "speech", "account", "version",
    ]

    /// Verbs that react to an act named by their object or passive subject.
    static let reactingVerbs: Set<String> = framingVerbs.union(answeringVerbs).union([
        "accept", "meet", "cheer", "greet", "protest", "condemn", "denounce", "ignore", "reject", "rebuff", "spurn",
        "lament", "regret", "question", "challenge",
    ]).subtracting(["demand", "request"])
}
