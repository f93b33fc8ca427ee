import ArticleText

/// A phrase that may refer back to an earlier actor.
struct CorefCandidate {
    enum Kind {
        /// "he", "his", "him", "she", "her"; the gender it excludes.
        case pronoun(excluding: String?)
        /// "the North" / "the South" (Korean context).
        case compass(north: Bool)
        /// "the country".
        case country
        /// "the emirate", "the kingdom", "the island": the latest state named before that is one.
        case stateNoun(Set<String>)
        /// A lone capitalised word that may be a short name ("Kim").
        case shortName(String)
        /// "the group", "the Islamist movement": a named non-state group mentioned shortly before.
        case group
        /// "the bloc", "the alliance": an international body named shortly before.
        case bloc
        /// "them": a group of a state named earlier in the sentence ("expelled two Russian diplomats, accusing
        /// them of spying").
        case them
    }

    var kind: Kind
    var range: Range<Int>
}

extension SentenceReader {
    /// Candidates for coreference among tokens no lexicon match covers.
    func corefCandidates(covered: Set<Int>) -> [CorefCandidate] {
        var out: [CorefCandidate] = []
        for i in range where allowed[i] && !covered.contains(i) && tokens[i].kind == .word {
            let k = keys[i]
            if let excluded = WordLists.pronouns[k] {
                out.append(CorefCandidate(kind: .pronoun(excluding: excluded), range: i..<(i + 1)))
            } else if k == "them" {
                out.append(CorefCandidate(kind: .them, range: i..<(i + 1)))
            } else if (k == "north" || k == "south"), tokens[i].isCapitalized, key(i - 1) == "the",
                      !isCapitalizedWord(i + 1) || key(i + 1) == "'s"
            {
                out.append(CorefCandidate(kind: .compass(north: k == "north"), range: withPossessive((i - 1)..<(i + 1))))
            } else if k == "country", key(i - 1) == "the" {
                out.append(CorefCandidate(kind: .country, range: withPossessive((i - 1)..<(i + 1))))
            } else if let states = WordLists.stateNouns[k], key(i + 1) != "of",
                      let the = definiteArticle(before: i, covered: covered)
            {
                out.append(CorefCandidate(kind: .stateNoun(states), range: withPossessive(the..<(i + 1))))
            } else if WordLists.blocNouns.contains(k), let the = definiteArticle(before: i, covered: covered) {
                out.append(CorefCandidate(kind: .bloc, range: withPossessive(the..<(i + 1))))
            } else if WordLists.groupNouns.contains(k), let the = definiteArticle(before: i, covered: covered) {
                out.append(CorefCandidate(kind: .group, range: withPossessive(the..<(i + 1))))
            } else if tokens[i].isCapitalized, k != "'s", !WordLists.nonNameWords.contains(k),
                      !(isCapitalizedWord(i - 1) && !covered.contains(i - 1) && !WordLists.nonNameWords.contains(keys[i - 1])
                          && !WordLists.titleWords.contains(keys[i - 1])),
                      !(isCapitalizedWord(i + 1) && !covered.contains(i + 1)),
                      !(WordLists.nameParticles.contains(key(i + 1)) && (isCapitalizedWord(i + 2) || key(i + 2) == "-")),
                      !WordLists.nameParticles.contains(key(i - 1))
            {
                out.append(CorefCandidate(kind: .shortName(tokens[i].text), range: withPossessive(i..<(i + 1))))
            }
        }
        return out
    }

    /// The "the" opening a noun phrase whose head is at `head`, with at most two modifiers between ("the
    /// group", "the al-Qaeda-linked group", "the Islamist armed movement"); `nil` when the words between are
    /// not modifiers or belong to a mention.
    func definiteArticle(before head: Int, covered: Set<Int>) -> Int? {
        var j = head - 1
        while j >= range.lowerBound, head - j <= 3 {
            if keys[j] == "the" { return j }
            guard tokens[j].kind == .word, !covered.contains(j), !WordLists.blockedModifiers.contains(keys[j]) else {
                return nil
            }
            j -= 1
        }
        return nil
    }

    func withPossessive(_ range: Range<Int>) -> Range<Int> {
        key(range.upperBound) == "'s" ? range.lowerBound..<(range.upperBound + 1) : range
    }

    /// Resolves a candidate against the document so far; returns whether it became a mention.
    func resolve(_ candidate: CorefCandidate, into context: inout RecognitionContext) -> Bool {
        let start = tokens[candidate.range.lowerBound].span.start
        let antecedent: RecognitionContext.Antecedent?
        switch candidate.kind {
        case .pronoun(let excluding):
            let object = keys[candidate.range.lowerBound] == "him"
            antecedent = context.personAntecedent(sentence: sentence, before: start, excluding: excluding, object: object)
        case .compass(let north):
            guard context.hasMentioned("PRK") || context.hasMentioned("KOR"),
                  let entry = lexicon.entry(north ? "PRK" : "KOR")
            else { return false }
            let actor = context.register(entry: entry)
            let antecedent = context.recent.last { $0.actor == actor.id }?.start
            record(mention(actor.id, candidate.range, antecedent: antecedent), candidate.range, fullName: false,
                   into: &context)
            return true
        case .country, .stateNoun:
            var among: Set<String>?
            if case .stateNoun(let states) = candidate.kind { among = states }
            guard let (antecedent, state) = context.stateAntecedent(before: start, among: among),
                  let entry = lexicon.entry(state)
            else { return false }
            _ = context.register(entry: entry)
            record(mention(state, candidate.range, antecedent: antecedent.start), candidate.range, fullName: false,
                   into: &context)
            return true
        case .group:
            antecedent = context.groupAntecedent(sentence: sentence, before: start)
        case .bloc:
            antecedent = context.blocAntecedent(sentence: sentence, before: start)
        case .them:
            antecedent = context.stateGroupAntecedent(sentence: sentence, before: start)
        case .shortName(let word):
            antecedent = context.shortNameAntecedent(word, sentence: sentence, before: start)
        }
        guard let antecedent else { return false }
        record(mention(antecedent.actor, candidate.range, antecedent: antecedent.start), candidate.range, fullName: false,
               into: &context)
        return true
    }
}
