import ArticleText
import EventOntology
import TemporalExpressions

/// The grammatical tense of a trigger's verb group, used to date events without a time expression.
enum Tense: Hashable, Sendable {
    /// Simple present or present progressive.
    case present
    /// Present perfect ("has rejected").
    case presentPerfect
    /// Simple past ("sent").
    case past
    /// Past perfect ("had achieved"): not recent.
    case pastPerfect
    /// Future or modal: no tense-based date.
    case modal
    /// A noun trigger with no verb group in reach.
    case unknown
}

/// Reads the modality (asserted, reported, hedged, negated, future, hypothetical) and tense of a trigger from
/// the cues in its clause.
///
/// Precedence when cues combine: negated > hypothetical > hedged > future > reported > asserted. Negation is
/// carried across "or"/"nor" coordination ("did not attend … or sign") and stopped by "and" and by clause
/// boundaries ("but"). Negation and hedges change the modality; they never drop the event or change its type.
struct ModalityDetector {
    let view: SentenceView
    let excluded: [Bool]
    /// Whether the sentence reports speech in the past ("said it would …").
    let isPastReport: Bool
    /// The document creation time, against which a scheduled happening's date lies ahead.
    var dct: CalendarDate? = nil

    /// The cues before the trigger at `t`, whose subject starts at `subjectStart` (or `nil`).
    func analyse(_ t: Int, subjectStart: Int?, attributed: Bool, isNoun: Bool) -> (Modality, Tense) {
        var negated = false
        var hypothetical = false
        var hedged = false
        var future = false
        var tense: Tense = isNoun ? .unknown : tenseOfTrigger(t)
        // Verb group: from the trigger back to the subject or a clause boundary.
        var k = t - 1
        var crossedAnd = false
        let limit = max(0, (subjectStart ?? 0))
        while k >= limit, k >= t - 14 {
            let word = view.words[k]
            if FunctionWords.clauseBoundaries.contains(word) { break }
            if excluded[k] { k -= 1; continue }
            if word == "and" { crossedAnd = true }
            if !crossedAnd, FunctionWords.isNegation(word) { negated = true }
            // "abstained instead of vetoing", "rather than sign": the act set aside is not done.
            if k == t - 1, word == "of" && view.word(k - 1) == "instead" || word == "than" && view.word(k - 1) == "rather" {
                negated = true
            }
            if word == "to", k >= 1 {
                // "refused on Thursday to step down": the controller stands before the time phrase.
                var c = k - 1
                while c > 0, view.timexAt[c] != nil || ["on", "in", "at"].contains(view.words[c]) && view.timexAt[c + 1] != nil {
                    c -= 1
                }
                let controller = view.words[c]
                if FunctionWords.negatingControllers.contains(controller), !crossedAnd { negated = true }
                if FunctionWords.futureControllers.contains(controller) { future = true }
                if controller == "is" || controller == "are" { future = true }
                // Any infinitive right before the trigger is not (yet) a fact: "urged him to concede",
                // "asks Zelensky to investigate".
                // A purpose infinitive after a past verb of assembling is what they did there: "gathered in
                // Cairo on Wednesday to discuss Libya".
                if (k + 1..<t).allSatisfy({ FunctionWords.verbGroupAdverbs.contains(view.words[$0]) }) {
                    if let verb = purposeGoverningVerb(before: k, limit: limit) {
                        tense = tenseOfVerbGroup(at: verb) ?? .past
                    } else {
                        future = true
                    }
                }
            }
            if FunctionWords.futureModals.contains(word) { future = true }
            if word == "would" || word == "should" {
                if isPastReport { future = true } else { hypothetical = true }
            }
            if FunctionWords.hedges.contains(word) { hedged = true }
            // "is expected in Beijing next month for talks", "is due in Moscow on Monday", "are set for talks":
            // a form of "be" before a word of expectation or schedule makes what follows still to come, with or
            // without an infinitive ("set up", "set off" are other verbs).
            if Self.expectationWords.contains(word), k >= 1, Self.beForms.contains(view.words[k - 1]),
               // "is due to" is read with the infinitive above, and "due to" also gives a cause.
               !["to", "up", "off", "out", "aside", "apart", "free", "back", "down", "on", "ablaze", "alight"].contains(view.word(k + 1))
            {
                future = true
            }
            if isNoun, tense == .unknown, k < t, view.mentionAt[k] == nil, word.count > 2, word.allSatisfy(\.isLetter),
               !FunctionWords.determiners.contains(word), !FunctionWords.prepositions.contains(word)
            {
                tense = tenseOfVerbGroup(at: k) ?? .unknown
            }
            k -= 1
        }
        // Clause: conditionals, beliefs and hedging adverbs anywhere before the trigger in its clause.
        var c = t - 1
        while c >= 0 {
            let word = view.words[c]
            if [";", "but", "though", "although", "whereas"].contains(word) { break }
            if word == "if" || word == "unless" { hypothetical = true }
            // A belief verb, not the noun ("the suspect's wife", "three suspects").
            if FunctionWords.beliefVerbs.contains(word),
               c == 0 || !FunctionWords.determiners.contains(view.words[c - 1]),
               c + 1 >= view.words.count || view.words[c + 1] != "'s"
            {
                hedged = true
            }
            if ["reportedly", "allegedly", "likely", "possibly", "probably", "apparently"].contains(word) { hedged = true }
            c -= 1
        }
        // "Egypt denied sending troops", "denied that it had sent troops": a denied act did not happen.
        if let denial = (max(0, t - 6)..<t).last(where: { FunctionWords.denialVerbs.contains(view.words[$0]) }),
           ((denial + 1)..<t).allSatisfy({ FunctionWords.denialGap.contains(view.words[$0]) || excluded[$0] })
        {
            negated = true
        }
        // "Will China invade Taiwan?": a question asks, it does not report.
        if view.words.last == "?", !(t..<view.count).contains(where: { ["”", "\""].contains(view.words[$0]) }) {
            hypothetical = true
        }
        // "Xi arrives in Paris on Sunday for talks", "meets Macron in Paris on Monday": the present of a scheduled
        // happening with a date after publication tells what is still to come.
        if !future, isScheduledAhead(t) { future = true }
        if hypothetical, !negated { return (.hypothetical, .modal) }
        if negated { return (.negated, tense) }
        if hedged { return (.hedged, .modal) }
        if future { return (.future, .modal) }
        return (attributed ? .reported : .asserted, tense)
    }

    /// Words of expectation and schedule that, after a form of "be", put what follows ahead ("is expected in
    /// Beijing", "is due in Moscow", "are scheduled for").
    static let expectationWords: Set<String> = ["expected", "due", "scheduled", "slated", "set", "poised"]

    /// Forms of "be" before such a word.
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "'s", "’s", "am"]

    /// Whether the trigger at `t` is, or follows within its clause, the present tense of a verb of scheduled
    /// happenings ("arrives", "visits", "meets") whose clause holds a date that begins after the DCT.
    private func isScheduledAhead(_ t: Int) -> Bool {
        guard let dct else { return false }
        func isBoundary(_ k: Int) -> Bool {
            FunctionWords.clauseBoundaries.contains(view.words[k]) || [".", ";", "and", "but"].contains(view.words[k])
        }
        var verb: Int?
        var k = t
        while k >= 0, k >= t - 8 {
            if k < t, isBoundary(k) { break }
            if !excluded[k], ClauseTense.isPresentScheduleVerb(view.words[k]) {
                verb = k
                break
            }
            k -= 1
        }
        guard let verb else { return false }
        var upper = t
        while upper + 1 < view.count, upper + 1 <= t + 12, !isBoundary(upper + 1) { upper += 1 }
        return view.timexes.contains { located in
            located.first > verb && located.last <= upper && !excluded[located.first]
                && [.date, .time].contains(located.timex.type) && ClauseTense.begins(located.timex.value, after: dct)
        }
    }

    /// Past verbs of coming together whose purpose infinitive ("met to discuss") reports what happened.
    static let assemblyVerbs: Set<String> = [
        "gathered", "met", "convened", "assembled", "arrived", "travelled", "traveled", "flew", "came", "went",
        "visited", "sat", "joined", "reconvened",
    ]

    /// The token of a past verb of assembling that governs the infinitive "to" at `k`, in its clause, with no
    /// other verb-like cue ("plans", "agreed") in between.
    private func purposeGoverningVerb(before k: Int, limit: Int) -> Int? {
        var j = k - 1
        while j >= limit, j >= k - 12 {
            let word = view.words[j]
            if FunctionWords.clauseBoundaries.contains(word) || word == ";" || word == "to" { return nil }
            if FunctionWords.futureControllers.contains(word) || FunctionWords.negatingControllers.contains(word)
                || FunctionWords.futureModals.contains(word) || FunctionWords.auxiliaries.contains(word)
            {
                return nil
            }
            if Self.assemblyVerbs.contains(word) { return j }
            j -= 1
        }
        return nil
    }

    private func tenseOfTrigger(_ t: Int) -> Tense {
        tenseOfVerbGroup(at: t) ?? .present
    }

    /// The tense of the verb group ending at `k`, read from its auxiliaries and the verb's ending.
    private func tenseOfVerbGroup(at k: Int) -> Tense? {
        let word = view.words[k]
        var aux: [String] = []
        var j = k - 1
        while j >= 0, FunctionWords.auxiliaries.contains(view.words[j]) || FunctionWords.verbGroupAdverbs.contains(view.words[j])
                || ["\"", "“", "”", "unintentionally", "deliberately", "accidentally", "mistakenly"].contains(view.words[j])
        {
            aux.append(view.words[j])
            j -= 1
        }
        if aux.contains(where: { ["will", "would", "may", "might", "could", "should", "shall", "must", "can", "'ll"].contains($0) }) {
            return .modal
        }
        if aux.contains("had") { return .pastPerfect }
        if aux.contains("has") || aux.contains("have") { return .presentPerfect }
        if aux.contains("was") || aux.contains("were") || aux.contains("did") { return .past }
        if aux.contains("is") || aux.contains("are") || aux.contains("does") || aux.contains("do") { return .present }
        if word.hasSuffix("ed") || Self.irregularPast.contains(word) { return .past }
        if word.hasSuffix("s") || word.hasSuffix("ing") { return .present }
        return nil
    }

    /// Common irregular past forms of event verbs.
    static let irregularPast: Set<String> = [
        "sent", "met", "held", "fought", "struck", "shot", "flew", "took", "gave", "made", "won", "left", "led",
        "sought", "told", "said", "began", "broke", "cut", "froze", "drew", "stood", "brought", "bought", "sold",
        "spoke", "threw", "withdrew", "overthrew", "rode", "ran", "came", "went", "saw", "put", "set", "hit",
    ]
}
