import ArticleText

/// The tense of the clause around a word, read from nearby verb cues; used to place underspecified dates
/// ("on Monday", "March 21", "in December") before or after the document creation time.
///
/// The detector is deliberately small and shallow: it looks up to twelve tokens either side within the
/// sentence, stopping at `;`, and takes the nearest cue, preferring cues to the left. Future cues are modals
/// and intention phrases ("will", "may", "is due to", "plans to", "to meet"); past cues are past-tense and
/// perfect forms ("was", "met", "signed", "has …").
public enum ClauseTense: String, Hashable, Sendable, Codable {
    /// The clause reports something that happened before the moment of writing.
    case past
    /// The clause describes the present.
    case present
    /// The clause describes something expected, planned or possible.
    case future
    /// No cue was found.
    case unknown

    /// The tense of the clause holding `tokens[index]`.
    /// - Parameters:
    ///   - tokens: the tokens of one sentence (a slice keeps the document's indices).
    ///   - index: an index of `tokens`.
    /// - Returns: the tense of the nearest verb cue.
    public static func of(tokens: ArraySlice<Token>, around index: Int) -> ClauseTense {
        return of(words: tenseWords(tokens), around: index - tokens.startIndex)
    }

    /// The tense of the clause holding `words[index]`, where `words` are the lower-cased tokens of one sentence.
    public static func of(words: [String], around index: Int) -> ClauseTense {
        guard words.indices.contains(index) else { return .unknown }
        var best: (distance: Double, tense: ClauseTense)? = nil
        // A reporting verb ("…, the minister said") dates the saying, not what was said: it counts only when the
        // clause has no other cue, and a future modal of the clause reaches farther back than other cues
        // ("Kenya will close the camps, home to 300,000 Somalis, by the end of November, the minister said").
        var reporting: (distance: Double, tense: ClauseTense)? = nil
        func consider(_ k: Int, _ tense: ClauseTense) {
            let d = Double(abs(k - index)) + (k > index ? 0.5 : 0)
            // "said on Monday", "told reporters on Monday": the date is the saying's.
            if reportingVerbs.contains(words[k]), abs(k - index) > 3 {
                if d < reporting?.distance ?? .infinity { reporting = (d, tense) }
                return
            }
            if d < best?.distance ?? .infinity { best = (d, tense) }
        }
        var k = index - 1
        while k >= 0, index - k <= 12, words[k] != ";" {
            if let tense = cue(words, k) { consider(k, tense) }
            k -= 1
        }
        k = index + 1
        while k < words.count, k - index <= 12, words[k] != ";" {
            // "On Monday Kenya agreed to send troops": a date before a past intention dates the intention.
            if let tense = cue(words, k) { consider(k, tense == .future && isPastIntention(words, k) ? .past : tense) }
            k += 1
        }
        if best == nil {
            // A future modal further back in the same clause ("will close …, home to …, by the end of November").
            var k = index - 13
            while k >= 0, index - k <= 24, words[k] != ";" {
                if futureModals.contains(words[k]), !(k + 1..<index).contains(where: { [".", ";", "but"].contains(words[$0]) }) {
                    return .future
                }
                k -= 1
            }
        }
        return best?.tense ?? reporting?.tense ?? .unknown
    }

    /// Reporting verbs: they date a statement, not its content.
    static let reportingVerbs: Set<String> = ["said", "says", "told", "tells", "added", "stated", "announced", "reported"]

    /// Lower-cased token texts, except that a capitalised "May" inside the sentence stays "May" (the month,
    /// not the modal).
    public static func tenseWords<C: Collection>(_ tokens: C) -> [String] where C.Element == Token {
        var words: [String] = []
        words.reserveCapacity(tokens.count)
        for (k, token) in tokens.enumerated() {
            words.append(k > 0 && token.text == "May" ? "May" : token.text.lowercased())
        }
        return words
    }

    /// The tense signalled by `words[k]`, if it is a cue.
    static func cue(_ words: [String], _ k: Int) -> ClauseTense? {
        let w = words[k]
        let next = k + 1 < words.count ? words[k + 1] : ""
        let previous = k > 0 ? words[k - 1] : ""
        if isModalPerfect(words, k) { return .past }  // "might have encouraged", "would have met"
        if futureModals.contains(w) || anticipationVerbs.contains(w) { return .future }
        if scheduleVerbs.contains(w), determiners.contains(previous) { return nil }  // "at the end of July": a noun
        // "played host to", "made a state visit": a base form right after a past verb or a modifier is a noun.
        if scheduleVerbs.contains(w), !w.hasSuffix("s"), nounModifiers.contains(previous)
            || pastIrregular.contains(previous) || previous.count > 4 && previous.hasSuffix("ed")
        {
            return nil
        }
        if scheduleVerbs.contains(w), !["to", "did", "didn't", "would", "could"].contains(previous) { return .future }
        // "agreed on Friday to resume talks on Monday": an infinitive an intention word governs looks ahead, also
        // with the intention's own date between them.
        if scheduleVerbs.contains(w), previous == "to", k >= 2,
           (max(0, k - 6)...(k - 2)).contains(where: { intentionWords.contains(words[$0]) })
        {
            return .future
        }
        if w == "going" && next == "to" { return .future }
        if w == "be" && previous == "to" { return .future }  // "an event to be held on October 12"
        // "agreed to a ceasefire on Saturday": an intention word whose "to" takes a noun phrase reports the act.
        if isPastIntention(words, k), k + 2 < words.count, startsNounPhrase(words[k + 2]) { return .past }
        if intentionWords.contains(w) && (next == "to" || next == "for") { return .future }
        if w == "has" || w == "have" || w == "had" {
            if ["will", "would", "to", "may", "might", "could", "should"].contains(previous) { return nil }
            return .past
        }
        var governedByModal = previous == "to"
        var j = k - 1
        while j >= 0, k - j <= 3 {
            if futureModals.contains(words[j]) {
                if isModalPerfect(words, j) { return .past }  // the participle of "could have been signed"
                governedByModal = true
                break
            }
            if !["not", "be", "been", "have", "being", "n't", "also", "still", "then"].contains(words[j]) { break }
            j -= 1
        }
        if pastIrregular.contains(w) && governedByModal { return .future }
        if (w == "was" || w == "were") && next == "to" { return .future }  // "was to end in August"
        if pastIrregular.contains(w), ["be", "being"].contains(previous) { return nil }
        if pastAuxiliaries.contains(w) || pastIrregular.contains(w) || w == "ago" { return .past }
        if presentForms.contains(w) {
            if next == "to" || ["due", "expected", "scheduled", "set", "slated", "poised", "likely"].contains(next)
                || (next.hasSuffix("ing") && next.count > 4 && next != "being")
            {
                return .future
            }
            return .present
        }
        if w.count > 4, w.hasSuffix("ed"), !adjectivesInEd.contains(w), !w.hasSuffix("eed") || pastInEed.contains(w) {
            if governedByModal && previous != "to" { return .future }
            if ["is", "are", "be", "been", "being"].contains(previous) { return nil }
            return .past
        }
        return nil
    }

    /// Whether `word`, after "to", opens a noun phrase rather than an infinitive: a determiner or pronoun, a
    /// number, or a word whose ending or hyphen marks a noun ("agreed to power-sharing", "to elections", "to a
    /// ceasefire"). Prefixed verbs ("re-open", "co-operate") and short "-ing" verbs ("bring") stay verbs.
    static func startsNounPhrase(_ word: String) -> Bool {
        if determiners.contains(word) || word != "be" && nonVerbsAfterTo.contains(word) { return true }
        if word.first?.isNumber == true { return true }
        if word.contains("-") { return !["re-", "co-", "pre-", "de-"].contains { word.hasPrefix($0) } }
        if word.count > 6, word.hasSuffix("ing") || word.hasSuffix("ings") { return true }
        return ["tion", "tions", "ment", "ments", "ance", "ence", "ity", "ship", "ions"].contains { word.hasSuffix($0) }
            && word.count > 5
    }

    /// Whether `words[k]` is the past form of an intention word before "to" ("agreed to", "pledged to").
    static func isPastIntention(_ words: [String], _ k: Int) -> Bool {
        k + 1 < words.count && words[k + 1] == "to" && words[k].hasSuffix("ed") && intentionWords.contains(words[k])
    }

    /// Whether `words[k]` is a modal of possibility or counterfact followed by a perfect "have" ("might have",
    /// "would not have", "could've"): such a clause looks back ("Trump might have encouraged … in late July").
    /// "will have" (the future perfect) is not one.
    static func isModalPerfect(_ words: [String], _ k: Int) -> Bool {
        guard perfectModals.contains(words[k]) else { return false }
        var j = k + 1
        while j < words.count, j - k <= 2, ["not", "n't", "also", "still"].contains(words[j]) { j += 1 }
        return j < words.count && (words[j] == "have" || words[j] == "'ve")
    }

    /// Modals whose perfect ("might have done") refers to the past.
    static let perfectModals: Set<String> = ["would", "may", "might", "could", "should", "must", "can"]

    static let futureModals: Set<String> = [
        "will", "'ll", "shall", "would", "may", "might", "could", "should", "can", "must", "tomorrow", "upcoming",
        "wo",
    ]
    static let anticipationVerbs: Set<String> = [
        "expect", "expects", "anticipate", "anticipates", "await", "awaits", "awaiting", "forecast", "forecasts",
        "predict", "predicts", "plans", "intends", "looming", "ahead",
    ]
    /// Present-tense verbs of scheduled events: with a date they look ahead ("the meeting ends Saturday").
    static let scheduleVerbs: Set<String> = [
        "begins", "starts", "opens", "ends", "closes", "meets", "resumes", "arrives", "leaves", "visits",
        "travels", "hosts", "convenes", "expires", "kicks", "begin", "start", "open", "end", "meet", "resume",
        "arrive", "leave", "visit", "travel", "host", "convene", "expire", "departs", "returns", "heads",
    ]
    static let intentionWords: Set<String> = [
        "due", "expected", "scheduled", "set", "slated", "plans", "plan", "planned", "planning", "intends",
        "intend", "aims", "aim", "hopes", "hope", "wants", "want", "poised", "likely", "ready", "prepared",
        "preparing", "pledged", "vowed", "promised", "agreed", "decided", "postponed", "delayed", "deadline",
        "anticipated",
    ]
    /// Words before which a schedule verb's form is a noun ("the end", "a visit", "its start").
    static let determiners: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "this", "that", "our", "whose"]
    /// Words that make a following schedule verb's base form a noun ("the first visit", "a state visit").
    static let nounModifiers: Set<String> = [
        "first", "second", "third", "last", "state", "official", "brief", "surprise", "working", "historic",
        "rare", "landmark", "recent", "weekend", "royal", "papal", "overnight",
    ]
    /// Past forms ending in "-eed", which the "-ed" rule otherwise leaves out with "need", "speed", "indeed".
    static let pastInEed: Set<String> = ["agreed", "disagreed", "freed", "decreed", "guaranteed", "refereed"]
    static let pastAuxiliaries: Set<String> = ["was", "were", "did", "didn't", "wasn't", "weren't", "been"]
    static let presentForms: Set<String> = ["is", "are", "am", "'s", "isn't", "aren't", "does", "do", "says"]
    static let nonVerbsAfterTo: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "be", "date", "power", "office", "war", "peace", "court", "china", "russia", "him", "them", "us", "it",
        "what", "which", "whom", "and", "or", "some", "all", "each", "every", "one", "two", "no", "more", "less",
        "about", "around", "nearly", "almost", "over", "under", "up", "down",
    ]
    static let pastIrregular: Set<String> = [
        "said", "told", "met", "took", "held", "began", "came", "went", "made", "left", "saw", "won", "lost",
        "gave", "fought", "struck", "ran", "sent", "spoke", "wrote", "broke", "fell", "rose", "led", "paid",
        "sold", "bought", "brought", "thought", "found", "became", "kept", "built", "hit", "shot", "flew",
        "drove", "chose", "stood", "sat", "won", "got", "knew", "grew", "threw", "withdrew", "drew", "overtook",
        "undertook", "forgot", "spent", "meant", "felt", "heard", "dealt", "laid", "hung", "swore", "woke",
        "ate", "bore", "did", "had", "unveiled",
        // Forms shared with the present, read as past as news reports them ("the United States cut aid to Niger in
        // August"); a modal before them still makes them future.
        "cut", "shut", "put", "quit", "split", "spread", "shed", "let",
        "froze", "sought", "forbade", "overthrew", "tore", "fled", "swept", "sank", "slid",
    ]
    static let adjectivesInEd: Set<String> = [
        "united", "limited", "detailed", "armed", "based", "related", "supposed", "alleged", "expected",
        "scheduled", "planned", "proposed", "advanced", "experienced", "interested", "concerned", "involved",
        "so-called", "renewed", "continued", "sustained", "highly", "publicized", "isolated", "divided",
        "disputed", "contested", "occupied", "dedicated", "sophisticated", "complicated", "biased", "speed",
        "hundred", "need", "red", "bed", "shed", "wed", "indeed", "unprecedented", "unified", "undisclosed",
        "unnamed", "reserved", "talented", "skilled", "infrared", "coloured", "colored", "retired", "married",
        "registered", "licensed", "unlimited", "elevated", "outdated", "united",
    ]
}
