/// The reporting frames of one sentence: who says so, and which tokens belong to the frame itself
/// ("…, South Korea's spy agency said on Tuesday", "according to KCNA").
struct AttributionFrame: Sendable {
    /// One reporting frame and the tokens whose events it attributes.
    struct Scope: Sendable {
        /// Mention indices (in the sentence view) of the reporting actor(s); empty when no actor is named.
        var reporters: [Int]
        /// Whether a pronoun reports after the reported clause ("…, he added"): resolved from discourse.
        var pronoun: Bool
        /// The tokens whose events the frame attributes.
        var covers: Range<Int>
    }

    /// The frames in text order; "according to" frames cover the whole sentence.
    var scopes: [Scope] = []
    /// Whether any frame was found ("officials said" counts even without a known actor).
    var isAttributed: Bool { !scopes.isEmpty }
    /// Whether a reporting verb is in the past tense (reported speech: "would" then marks a future).
    var isPastReport = false
    /// Tokens of the frame: not triggers, participants or dates of the reported events.
    var excluded: [Bool]

    /// Finds the reporting frames of `view`.
    init(_ view: SentenceView) {
        excluded = [Bool](repeating: false, count: view.count)
        var verbScopes: [Scope] = []
        var accordingScopes: [Scope] = []
        var i = 0
        while i < view.count {
            let word = view.words[i]
            // "an agreement, according to which …" is no reporting frame.
            if word == "according", view.word(i + 1) == "to", !["which", "whom"].contains(view.word(i + 2)) {
                var end = i + 1
                var k = i + 2
                var found: [Int] = []
                while k < view.count, k <= i + 10 {
                    if let m = view.mentionStarting(at: k) {
                        found.append(m)
                        end = view.mentions[m].last
                        k = end + 1
                        if view.word(k) == "(", let inner = view.mentionStarting(at: k + 1) {
                            end = view.mentions[inner].last + (view.word(view.mentions[inner].last + 1) == ")" ? 1 : 0)
                            k = end + 1
                        }
                        if ["and", "or"].contains(view.word(k)), view.mentionStarting(at: k + 1) != nil {
                            k += 1
                            continue
                        }
                        break
                    }
                    if [",", ".", ";"].contains(view.words[k]) { break }
                    end = k
                    k += 1
                }
                for x in i...min(end, view.count - 1) { excluded[x] = true }
                // Sentence-initial or final: the whole sentence; set off mid-sentence: the comma-delimited
                // chunk before it ("supplying equipment and, according to officials, thousands of troops").
                var covers = 0..<view.count
                if i > 0, end + 1 < view.count - 1, view.word(i - 1) == "," {
                    var start = i - 2
                    while start > 0, view.words[start] != "," { start -= 1 }
                    covers = start..<view.count
                }
                accordingScopes.append(Scope(reporters: found, pronoun: false, covers: covers))
                i = end + 1
                continue
            }
            if FunctionWords.reportingVerbs.contains(word), !excluded[i] {
                if let frame = verbFrame(view, at: i) {
                    if FunctionWords.pastReportingVerbs.contains(word) { isPastReport = true }
                    // (The reporter after an inverted verb, "…, said KCNA", opens nothing.)
                    let opensClause = frame.range.lowerBound >= i - 1 ? false : Self.opensClause(view, after: i)
                    let after = !opensClause && (frame.range.lowerBound >= 1
                        && [",", "”", "\"", "“"].contains(view.word(frame.range.lowerBound))
                        || frame.range.lowerBound == 0 && [",", "”", "\""].contains(view.word(0)))
                    // "Separately, Britain announced new sanctions on Venezuela": a comma before the reporter, but the
                    // verb takes an object, so it is the clause's act, not a frame after a reported clause.
                    if after, view.word(frame.range.lowerBound) == ",", Self.takesObject(view, after: i) {
                        i += 1
                        continue
                    }
                    // After the reported clause ("…, said X"): the whole sentence (a quote may go on after it).
                    // A clause of its own after the verb ("…, and the secretary-general, X, said he was concerned")
                    // is what is said; the acts before it are not.
                    let covers = after ? 0..<view.count
                        : opensClause ? (i + 1)..<view.count : (frame.range.upperBound + 1)..<view.count
                    verbScopes.append(Scope(reporters: frame.reporters, pronoun: frame.pronoun && after, covers: covers))
                    for x in frame.range { excluded[x] = true }
                }
            }
            i += 1
        }
        scopes = verbScopes + accordingScopes
    }

    /// Whether a clause of its own starts right after the reporting verb at `r` (past a date and a place):
    /// a pronoun, an article or a name as its subject ("said he was concerned", "said the talks failed").
    static func opensClause(_ view: SentenceView, after r: Int) -> Bool {
        var k = r + 1
        while k < view.count, view.timexAt[k] != nil || ["on", "late", "early"].contains(view.words[k]) && view.timexAt[k + 1] != nil {
            k += 1
        }
        guard k < view.count else { return false }
        let word = view.words[k]
        return FunctionWords.subjectPronouns.contains(word) || ["the", "a", "an", "there"].contains(word)
            || view.mentionStarting(at: k) != nil
    }

    /// Whether the reporting verb at `r` goes on with an object noun phrase ("announced new sanctions", "reported
    /// heavy losses"): a lower-case word that is no preposition, conjunction, adverb of time or clause opener, and
    /// no date.
    static func takesObject(_ view: SentenceView, after r: Int) -> Bool {
        let k = r + 1
        guard k < view.count, view.timexAt[k] == nil, let first = view.words[k].first, first.isLetter,
              view.tokens[k].text.first?.isLowercase == true
        else { return false }
        let word = view.words[k]
        return !FunctionWords.prepositions.contains(word) && !FunctionWords.subjectPronouns.contains(word)
            && !["that", "and", "but", "or", "later", "earlier", "today", "yesterday", "late", "early", "last", "this",
                 "then", "also", "again", "separately", "instead", "there", "what", "how",
                 "why", "when", "whether", "if"].contains(word)
    }

    /// The first frame attributing the trigger at `t`, if any.
    func scope(of t: Int) -> Scope? { scopes.first { $0.covers.contains(t) } }

    private func verbFrame(_ view: SentenceView, at r: Int) -> (reporters: [Int], pronoun: Bool, range: ClosedRange<Int>)? {
        // Reporter to the left: skip adverbs and auxiliaries, at most four tokens.
        var k = r - 1
        var gap = 0
        while k >= 0, gap < 5 {
            let word = view.words[k]
            // "An attack by Russia on Ukraine was reported": the subject of a passive reporting verb is what is
            // reported, not who reports it.
            if FunctionWords.be.contains(word) { return nil }
            if let m = view.mentionEnding(at: k) {
                var reporters = [m]
                var start = view.mentions[m].first
                while start >= 2, view.word(start - 1) == "and", let other = view.mentionEnding(at: start - 2) {
                    reporters.insert(other, at: 0)
                    start = view.mentions[other].first
                }
                return (reporters, false, frameRange(view, reporterStart: start, verb: r))
            }
            if FunctionWords.subjectPronouns.contains(word) {
                return ([], true, frameRange(view, reporterStart: k, verb: r))
            }
            if ["officials", "official", "sources", "analysts", "experts", "spokesperson", "spokesman",
                "spokeswoman", "observers", "diplomats", "authorities"].contains(word)
            {
                return ([], false, frameRange(view, reporterStart: k, verb: r))
            }
            guard FunctionWords.verbGroupAdverbs.contains(word) || FunctionWords.auxiliaries.contains(word) else { break }
            k -= 1
            gap += 1
        }
        // Inverted: "…, said X".
        if r >= 1, [",", "”", "\""].contains(view.word(r - 1)) {
            var j = r + 1
            while j < view.count, j <= r + 4 {
                if let m = view.mentionStarting(at: j) {
                    return ([m], false, r - 1...min(view.count - 1, view.mentions[m].last))
                }
                j += 1
            }
        }
        return nil
    }

    private func frameRange(_ view: SentenceView, reporterStart: Int, verb r: Int) -> ClosedRange<Int> {
        // Reporter after the reported clause: "…, X said on Tuesday." → to the end of the sentence.
        if reporterStart >= 1, [",", "”", "\""].contains(view.word(reporterStart - 1)) {
            var end = view.count - 1
            var k = r + 1
            while k < view.count {
                if view.words[k] == "," || view.words[k] == "that" { end = k - 1; break }
                k += 1
            }
            return reporterStart - 1...max(reporterStart - 1, end)
        }
        // Reporter before: "X said on Tuesday that …", "X told reporters in Seoul that …".
        var end = r
        var k = r + 1
        while k < view.count, k <= r + 8 {
            let word = view.words[k]
            if word == "that" { return reporterStart...k }
            if word == "," || FunctionWords.clauseBoundaries.contains(word) { break }
            k += 1
        }
        k = r + 1
        while k < view.count {
            let word = view.words[k]
            if view.timexAt[k] != nil || ["on", "in", "at", "reporters", "lawmakers", "delegates", "journalists",
                                            "parliament", "media", "him", "her", "them"].contains(word)
            {
                end = k
                k += 1
            } else if let m = view.mentionStarting(at: k), ["in", "at"].contains(view.word(k - 1)) {
                end = view.mentions[m].last
                k = end + 1
            } else {
                break
            }
        }
        return reporterStart...end
    }
}
