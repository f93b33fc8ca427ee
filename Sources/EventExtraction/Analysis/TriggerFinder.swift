/// A token that matched one or more dictionary entries.
struct Trigger: Hashable, Sendable {
    /// Token index in the sentence view.
    var token: Int
    /// Matching entries (indices into the dictionary), most specific first.
    var patterns: [Int]
    /// Whether the trigger is a verb (else a noun).
    var isVerb: Bool
    /// Which inflection the token is.
    var form: VerbInflector.Form
    /// Token index of the context word that licensed the most specific entry, if any.
    var contextToken: Int?
}

/// Finds event triggers in a sentence: one dictionary look-up per token, then part-of-speech and context checks.
///
/// - Complexity: O(n · w) for n tokens and a context window of w tokens.
struct TriggerFinder {
    let dictionary: PatternDictionary
    let view: SentenceView
    let excluded: [Bool]

    /// Verb-context window after a verb; nouns look this far on both sides, halved.
    static let window = 7

    func find() -> [Trigger] {
        var triggers: [Trigger] = []
        var consumed = Set<Int>()
        for t in 0..<view.count where view.mentionAt[t] == nil && view.timexAt[t] == nil && !excluded[t] {
            // A capitalised word inside a sentence is part of a name ("the Democratic Rally"), not a trigger.
            if t > 0, view.tokens[t].isCapitalized, !["“", "\"", ":", "—"].contains(view.word(t - 1)) { continue }
            let candidates = dictionary.candidates(for: view.words[t])
            guard !candidates.isEmpty else { continue }
            // "riot police", "protest leaders", "attack helicopters": a modifier of the noun after it names no act.
            if FunctionWords.nonEventHeads.contains(view.word(t + 1)) { continue }
            let previous = view.word(t - 1)
            // After an actor, "Russia attacks Ukraine" is a verb but "U.S. sanctions on Iran" a noun: the word
            // after decides (an object follows a verb; a preposition, an auxiliary or punctuation a noun).
            let next = view.word(t + 1)
            let afterActor = view.mentionEnding(at: t - 1) != nil
            let nounAfterActor = afterActor && (FunctionWords.prepositions.contains(next)
                || FunctionWords.clauseBoundaries.contains(next) || ["and", "or", "that"].contains(next)
                || FunctionWords.auxiliaries.contains(next) || next.first.map { !$0.isLetter } ?? true)
            let nounContext = FunctionWords.determiners.contains(previous) || previous == "'s"
                || (FunctionWords.prepositions.contains(previous) && previous != "to")
                || nounAfterActor || isAdjectiveLike(previous)
                // "announced sanctions", "imposed tariffs": a plural right after a past-tense verb is its object.
                || previous.count > 4 && previous.hasSuffix("ed") && view.words[t].hasSuffix("s")
                    && view.mentionEnding(at: t - 1) == nil
            let verbContext = FunctionWords.auxiliaries.contains(previous) || previous == "to"
                || FunctionWords.verbGroupAdverbs.contains(previous) || afterActor && !nounAfterActor
            var matches: [(pattern: Int, form: VerbInflector.Form, context: Int?, specificity: Int)] = []
            for candidate in candidates {
                let pattern = dictionary.patterns[candidate.pattern]
                switch candidate.form {
                case .noun:
                    if verbContext && previous != "to" { continue }
                    if previous == "to" { continue }
                case .base, .thirdPerson:
                    if nounContext && !verbContext { continue }
                case .past, .pastParticiple:
                    // "over alleged plots", "the banned party": participles used as adjectives.
                    if ["the", "a", "an", "its", "his", "her", "their", "our", "these", "those", "all", "other", "several"].contains(previous)
                        || FunctionWords.prepositions.contains(previous) && previous != "by"
                    {
                        continue
                    }
                case .presentParticiple:
                    if ["the", "a", "an"].contains(previous) { continue }
                }
                // Veto words are looked for at least as far as the default window reaches, also for entries whose
                // context must stand right by the head ("pulled out" but not "pulled out of the peace talks").
                if let words = pattern.without, !words.isEmpty,
                   window(around: t, isVerb: candidate.form != .noun,
                          size: pattern.window.map { max($0, Self.defaultWindow(isVerb: candidate.form != .noun)) },
                          before: pattern.before).contains(where: {
                       dictionary.isVetoWord(view.words[$0], of: candidate.pattern)
                   })
                {
                    continue
                }
                // "gave in to", "called the talks off": an entry with a particle needs it after its verb.
                if let particle = pattern.particle {
                    guard candidate.form != .noun, hasParticle(particle, after: t) else { continue }
                }
                var contextToken: Int?
                if pattern.with != nil {
                    guard let found = window(around: t, isVerb: candidate.form != .noun, size: pattern.window, before: pattern.before).first(where: {
                        dictionary.isContextWord(view.words[$0], of: candidate.pattern)
                    }) else { continue }
                    contextToken = found
                }
                matches.append((candidate.pattern, candidate.form, contextToken, pattern.specificity))
            }
            // A verb that carries a particle an entry names is read with those entries alone ("gave in" is no gift).
            if matches.contains(where: { dictionary.patterns[$0.pattern].particle != nil }) {
                matches.removeAll { dictionary.patterns[$0.pattern].particle == nil }
            }
            guard !matches.isEmpty else { continue }
            // Prefer verb readings when both fit, then specificity, then dictionary order.
            let isVerb = matches.contains { $0.form != .noun } && !(nounContext && !verbContext
                && matches.contains { $0.form == .noun })
            let kept = matches.filter { ($0.form != .noun) == isVerb }
                .sorted { ($0.specificity, -$0.pattern) > ($1.specificity, -$1.pattern) }
            guard let best = kept.first else { continue }
            if !isVerb, consumed.contains(t) { continue }
            if isVerb, let context = best.context, context > t { consumed.insert(context) }
            triggers.append(Trigger(token: t, patterns: kept.map(\.pattern), isVerb: isVerb, form: best.form,
                                    contextToken: best.context))
        }
        return triggers
    }

    /// Token indices of the context window: after a verb; on both sides of a noun. Stops at clause boundaries.
    /// How many tokens after a head its context window reaches when its entry sets none.
    static func defaultWindow(isVerb: Bool) -> Int { isVerb ? window : window / 2 + 1 }

    private func window(around t: Int, isVerb: Bool, size: Int?, before: Int?) -> [Int] {
        var result: [Int] = []
        let span = size ?? Self.defaultWindow(isVerb: isVerb)
        var k = t + 1
        while k < view.count, k <= t + span, !FunctionWords.clauseBoundaries.contains(view.words[k]),
              view.words[k] != "," || isVerb && k <= t + 2
        {
            if !excluded[k] { result.append(k) }
            k += 1
        }
        do {
            // Verbs look back too ("U.S. troops left Iraq", "the congress opened"): two tokens, or the entry's window.
            k = t - 1
            var back = isVerb ? before ?? size ?? 2 : span
            // A passive verb's object is its subject: "the arms embargo … was lifted by the Security Council".
            if isVerb, isPassive(t) { back = max(back, Self.passiveReach) }
            while k >= 0, k >= t - back, !FunctionWords.clauseBoundaries.contains(view.words[k]), view.words[k] != "," {
                result.append(k)
                k -= 1
            }
        }
        return result
    }

    /// Whether the verb at `t` carries `particle`: the word right after it ("backed down", "gave in to"), or after
    /// a short object of one to three lower-case words that names no actor ("called it off", "turned the request
    /// down", "pulled its troops out of"). A particle after an actor ("pull the Philippines out of the UN") is left
    /// to the parse (`DocumentRun.particle(of:in:)`).
    private func hasParticle(_ particle: String, after t: Int) -> Bool {
        if view.word(t + 1) == particle {
            // "in" after a verb mostly opens a phrase of place or time ("gave aid in March"): a particle only
            // before what cannot be its object ("gave in to", "gave in.").
            guard particle == "in", t + 2 < view.count else { return true }
            return view.timexAt[t + 2] == nil && !view.tokens[t + 2].isCapitalized
                && !FunctionWords.determiners.contains(view.words[t + 2]) && view.words[t + 2].first?.isNumber != true
        }
        for k in (t + 2)...(t + 4) where k < view.count && view.words[k] == particle {
            return ((t + 1)..<k).allSatisfy { j in
                view.mentionAt[j] == nil && view.timexAt[j] == nil && !view.tokens[j].isCapitalized
                    && view.words[j].first?.isLetter == true && !FunctionWords.prepositions.contains(view.words[j])
                    && !FunctionWords.clauseBoundaries.contains(view.words[j])
            }
        }
        return false
    }

    /// How far before a passive verb its context may stand (its subject, the act's object).
    static let passiveReach = 8

    /// Whether the verb at `t` follows a form of "be" (an adverb or "not" may stand between).
    private func isPassive(_ t: Int) -> Bool {
        var k = t - 1
        while k >= 0, FunctionWords.verbGroupAdverbs.contains(view.words[k]) { k -= 1 }
        return ["was", "were", "been", "be", "being", "is", "are"].contains(view.word(k))
    }

    private func isAdjectiveLike(_ word: String) -> Bool {
        // "trilateral", "quadrilateral"; ordinals ("seventh", "21st").
        if word.hasSuffix("lateral") || word.count > 3 && word.first?.isNumber == true
            && ["st", "nd", "rd", "th"].contains(String(word.suffix(2)))
        {
            return true
        }
        return ["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "annual", "emergency",
                "extraordinary", "weekly", "regular", "informal", "secret", "closed-door", "virtual", "online",
                "separate", "ministerial", "international", "regional", "national", "political", "violent",
                "peaceful", "anti-government", "nationwide", "public", "legal", "criminal", "federal",
                "new", "recent", "latest", "ongoing", "renewed", "unprecedented", "similar", "widespread"].contains(word) || ["military", "economic", "joint", "diplomatic", "nuclear", "bilateral", "air", "missile", "drone",
         "terrorist", "chemical", "cyber", "humanitarian", "financial", "possible", "planned", "stalled",
         "deadly", "direct", "high-level", "formal", "official", "fresh", "large-scale", "mass", "major",
         "alleged", "phone", "telephone", "peace", "trade", "border", "verbal", "armed", "brief", "rare",
         "surprise", "historic", "first", "second", "previous", "last", "further", "inter-korean"].contains(word)
    }
}
