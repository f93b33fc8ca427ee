import EventOntology

/// Naming with a judging complement: "called Washington *the Great Satan*", "called Putin *a genius*", "described
/// the deal *as a betrayal*". What the speaker does is judge the object — a criticism (CAMEO 111) or praise (051) —
/// and which one is read off the complement's head and its adjectives with the `@negative-evaluation` and
/// `@positive-evaluation` word classes (`WordClass`), not off whatever dictionary entry a word of the complement
/// happens to hit ("Great" is no praise of Satan; "a dictator" is no request).
extension DocumentRun {
    /// A verb of naming, its object and the complement that judges it.
    struct NamingJudgement {
        /// The word the judgement is about (the verb's object, or a passive's subject).
        var object: Int
        /// The complement's head word ("Satan", "genius", "betrayal", "dishonest").
        var complement: Int
        /// The judgement: a criticism (CAMEO 111) or praise (051).
        var code: CAMEOCode
    }

    /// Verbs that name their object with a bare second complement ("called X a dictator", "dubbed X the Great
    /// Satan") or with an "as" phrase.
    static let namingVerbs: Set<String> = ["call", "dub", "term", "brand", "label"]

    /// Verbs that name their object only with an "as" phrase ("described the measures as unjustified").
    static let asNamingVerbs: Set<String> = [
        "describe", "portray", "depict", "characterise", "characterize", "paint", "cast",
    ]

    /// Parts of speech a complement of naming may have.
    private static let complementTags: Set<String> = ["NOUN", "PROPN", "ADJ"]

    /// The judgement `verb` (word index) makes by naming its object, or `nil` when the verb is no verb of naming,
    /// has no complement (a particle — "called off" — or an object alone — "called an election" — is none) or
    /// the complement judges nothing ("called Bolivia a partner in the region" judges; "called it a country" does
    /// not).
    func namingJudgement(of verb: Int, in parse: ParseView) -> NamingJudgement? {
        let lemma = parse.lemmas[verb]
        let bare = Self.namingVerbs.contains(lemma)
        guard bare || Self.asNamingVerbs.contains(lemma), parse.dependents(verb, "compound:prt").isEmpty,
              let (object, complement) = namingComplement(of: verb, bare: bare, in: parse),
              let code = evaluation(of: complement, in: parse).flatMap({ CAMEOCodebook.bundled.entry($0) })
        else { return nil }
        return NamingJudgement(object: object, complement: complement, code: code)
    }

    /// The object and complement of a verb of naming: two nominal arguments in order ("called France a trusted
    /// friend"), a small clause ("called [the United States the Great Satan]", the complement's own subject the
    /// object), a nominal hung on the object without a case marker or comma ("called the president a
    /// dictator", "called Putin "a genius""), or an "as" phrase of the verb or of its object.
    private func namingComplement(of verb: Int, bare: Bool, in parse: ParseView) -> (Int, Int)? {
        let words = parse.words
        let passiveSubject = parse.dependents(verb, "nsubj:pass").first
        let arguments = parse.children[verb].filter { child in
            child > verb && ["obj", "iobj", "xcomp"].contains(words[child].deprel)
                && Self.complementTags.union(["PRON"]).contains(words[child].upos)
        }
        if bare {
            if arguments.count >= 2, Self.complementTags.contains(words[arguments[1]].upos) {
                return (arguments[0], arguments[1])
            }
            if let only = arguments.first, Self.complementTags.contains(words[only].upos) {
                if let subject = parse.dependents(only, "nsubj").first(where: { $0 < only }) { return (subject, only) }
                if let passiveSubject, words[only].deprel == "xcomp" { return (passiveSubject, only) }
                if let hung = parse.children[only].first(where: { child in
                    child > only && ["nmod:unmarked", "appos", "xcomp", "obj"].contains(words[child].deprel)
                        && Self.complementTags.contains(words[child].upos) && parse.caseMarker(of: child).isEmpty
                        && !(only..<child).contains { words[$0].form == "," }
                }) {
                    return (only, hung)
                }
            }
        }
        // "described the deal as a betrayal", "was branded as a traitor".
        guard let object = arguments.first(where: { words[$0].deprel != "xcomp" }) ?? passiveSubject else { return nil }
        let holders = [verb, object]
        for holder in holders {
            for child in parse.children[holder] where child > object || child > verb && holder == verb {
                let relation = words[child].deprel
                guard relation.hasPrefix("obl") || relation.hasPrefix("nmod") || relation.hasPrefix("xcomp")
                    || relation.hasPrefix("advcl"),
                    Self.complementTags.contains(words[child].upos),
                    parse.caseMarker(of: child) == "as"
                        || parse.dependents(child, "mark").contains(where: { parse.lemmas[$0] == "as" })
                else { continue }
                return (object, child)
            }
        }
        return nil
    }

    /// CAMEO 111 (criticise) or 051 (praise) for a complement, or `nil`: a head word that judges decides, else its
    /// adjectives, a negative word before a positive one ("the Great Satan" is no praise, "an unreliable
    /// partner" none either); a negated complement ("not a threat") judges nothing.
    private func evaluation(of complement: Int, in parse: ParseView) -> String? {
        let negative = WordClass.bundled["negative-evaluation"] ?? []
        let positive = WordClass.bundled["positive-evaluation"] ?? []
        let words = parse.words
        func polarity(_ word: Int) -> Int {
            let forms = [parse.forms[word], parse.lemmas[word]]
            if forms.contains(where: negative.contains) { return -1 }
            if forms.contains(where: positive.contains) { return 1 }
            return 0
        }
        let heads = [complement] + parse.dependents(complement, "conj").filter { Self.complementTags.contains(words[$0].upos) }
        if heads.contains(where: { head in
            parse.children[head].contains { ["not", "never", "no"].contains(parse.lemmas[$0]) }
        }) {
            return nil
        }
        let modifiers = heads.flatMap { parse.dependents($0, "amod") + parse.dependents($0, "compound") }
        let headPolarities = heads.map(polarity)
        let modifierPolarities = modifiers.map(polarity)
        if headPolarities.contains(-1) || modifierPolarities.contains(-1) { return "111" }
        if headPolarities.contains(1) || modifierPolarities.contains(1) { return "051" }
        return nil
    }

    /// The coding of a verb of naming whose complement judges its object (see `namingJudgement(of:in:)`): the
    /// subject (a passive's agent) is the source, the parties the object names the targets.
    func namingCoding(of verb: Int, in parse: ParseView) -> ParseCoding? {
        guard let judgement = namingJudgement(of: verb, in: parse) else { return nil }
        let (sources, _, passive) = dyad(of: verb, in: parse, cues: ["object"])
        return ParseCoding(code: judgement.code, sources: sources, targets: judgedParties(judgement, in: parse),
                           passive: passive)
    }

    /// The parties a judgement is about: those the object names ("the Colombian president"), else one inside its
    /// phrase ("the measures of the United States").
    private func judgedParties(_ judgement: NamingJudgement, in parse: ParseView) -> [Int] {
        let named = parse.mentions(of: judgement.object)
        return named.isEmpty ? parse.nestedMentions(of: judgement.object, excluding: []) : named
    }

    /// Nouns for what happened that a judgement may name instead of an act ("called the events unacceptable").
    static let happeningNouns: Set<String> = ["events", "developments", "incident", "incidents", "agreement", "deal"]

    /// Recodes the drafts in `range` made at a verb of naming whose complement judges its object as that
    /// judgement, aimed at the parties the object names when it names any (else, for an act named earlier, at its
    /// agent), and drops the drafts made at words of the complement: "called the United States the Great Satan" is
    /// ACCUSE 111, not praise for "Great".
    mutating func recodeNamingJudgements(_ range: Range<Int>, parse: ParseView, view: SentenceView) {
        var dropped = Set<Int>()
        for verb in parse.words.indices where parse.words[verb].upos == "VERB" {
            guard let judgement = namingJudgement(of: verb, in: parse) else { continue }
            // The complement's words, without the object a small clause hangs on it ("called [the talks with
            // Pakistan] a success": the talks keep their own event).
            var complementWords = Set([judgement.complement])
            var frontier = [judgement.complement]
            while let next = frontier.popLast() {
                for child in parse.children[next] where child != judgement.object && complementWords.insert(child).inserted {
                    frontier.append(child)
                }
            }
            var targets = judgedParties(judgement, in: parse).map { view.mentions[$0].mention.actor }
                .filter { actorsByID[$0] != nil }
            // "called the strikes a gross violation", "called the statement "irresponsible"": an act named earlier
            // is judged through its agent.
            let objectNoun = parse.forms[judgement.object].lowercased()
            if targets.isEmpty, FunctionWords.actNouns.contains(objectNoun) || Self.happeningNouns.contains(objectNoun) {
                let sources = range.filter { parse.wordAtTokenStart[drafts[$0].triggerStart] == verb }
                    .map { drafts[$0].event.source }
                if let agent = agent(ofAct: objectNoun, at: view.sentence.index, other: sources) { targets = [agent] }
            }
            for index in range {
                guard let word = parse.wordAtTokenStart[drafts[index].triggerStart] else { continue }
                if complementWords.contains(word) {
                    dropped.insert(index)
                } else if word == verb {
                    drafts[index].recode(as: judgement.code)
                    if let target = drafts[index].event.target, targets.contains(target) { continue }
                    if let target = targets.first(where: { !isSelfLoop(drafts[index].event.source, $0) }) {
                        setTarget(target, ofDraft: index)
                    }
                }
            }
        }
        removeDrafts(dropped, in: range)
    }
}
