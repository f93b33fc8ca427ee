import ArticleText

/// Finds and normalises the temporal expressions of one sentence by matching rules over its tokens.
///
/// Every rule is a method `match…(at:)` that either fails fast on the first token or returns a candidate;
/// at each position the longest candidate wins and scanning resumes after it. Values resolve against `dct`
/// (never the clock) and, for anaphoric expressions ("the previous day"), against `reference`.
struct SentenceScanner {
    /// The sentence's tokens.
    let tokens: [Token]
    /// The tokens lower-cased.
    let words: [String]
    /// The tokens as the tense detector reads them (see `ClauseTense.tenseWords`).
    let tenseWords: [String]
    /// The document text, for checks on the characters around a token.
    let text: ScalarText
    /// The document creation time, or `nil` when unknown.
    let dct: CalendarDate?
    /// The last fully specified day mentioned before this sentence (or the DCT), for anaphoric expressions.
    var reference: CalendarDate?
    /// The first day of the last date of any granularity from a year down (or the DCT), for "the following year".
    var coarseReference: CalendarDate?
    /// The last dated period mentioned ("the third quarter", "the first nine months of 2019"), for "the
    /// year-earlier period".
    var periodReference: TimexCandidate? = nil
    /// The month and year named after the last day reference ("In March 2004 … two days later"), which a later
    /// count of days or weeks can only place in that month; `nil` once a day is named. Months placed from the
    /// DCT ("last October") are background and leave the day reference alone.
    var monthReference: CalendarDate? = nil
    /// The narrative time of a past account, when one governs this sentence (see `NarrativeAnchor`).
    var narrative: NarrativeAnchor? = nil
    /// The day the account is set on: the first day named by the latest earlier sentence that named one. A
    /// clock time or "that evening" without a day of its own in its sentence falls on it ("… completed the
    /// crossing early Sunday, ending a voyage that began on May 6. She crossed the line at 4:12 a.m." → Sunday),
    /// not on the last day mentioned, which is often background or the report's day.
    var sceneDay: CalendarDate? = nil
    /// Whether this sentence has named a day before the current token.
    var namedDay = false

    init(tokens: [Token], text: ScalarText, dct: CalendarDate?, reference: CalendarDate?, coarseReference: CalendarDate? = nil) {
        self.tokens = tokens
        self.words = tokens.map { $0.text.lowercased() }
        var tenseWords = words
        for k in tokens.indices.dropFirst() where tokens[k].text == "May" { tenseWords[k] = "May" }
        self.tenseWords = tenseWords
        self.text = text
        self.dct = dct
        self.reference = reference
        self.coarseReference = coarseReference ?? reference
    }

    /// All candidates of the sentence in token order, non-overlapping.
    mutating func scan() -> [TimexCandidate] {
        var found: [TimexCandidate] = []
        var i = 0
        while i < words.count {
            if let candidate = longestMatch(at: i) {
                found.append(candidate)
                if let day = referenceDay(of: candidate) {
                    reference = day
                    namedDay = true
                    monthReference = nil
                } else if candidate.type == .date, candidate.anchoring == .absolute, candidate.value.count == 7,
                          candidate.value.dropFirst(5).allSatisfy(\.isNumber), let month = CalendarDate(iso: candidate.value + "-01")
                {
                    monthReference = month
                }
                if candidate.type == .date, let range = TimexValue.dayRange(of: candidate.value), range.days <= 366 {
                    coarseReference = range.begin
                }
                if isDatedPeriod(candidate) { periodReference = candidate }
                updateNarrative(after: candidate)
                i = candidate.last + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// The longest candidate starting at token `i`.
    func longestMatch(at i: Int) -> TimexCandidate? {
        guard mayStart(i) else { return nil }
        var best: TimexCandidate? = nil
        func offer(_ c: TimexCandidate?) {
            guard let c else { return }
            if c.last > best?.last ?? -1 { best = c }
        }
        offer(matchSet(at: i))
        offer(matchVague(at: i))
        offer(matchRelative(at: i))
        offer(matchModified(at: i))
        offer(matchCalendar(at: i))
        offer(matchDuration(at: i))
        offer(matchClockTime(at: i))
        offer(matchHoliday(at: i))
        return best
    }

    /// A cheap test that token `i` can open an expression, so that most tokens skip the rules entirely.
    func mayStart(_ i: Int) -> Bool {
        let word = words[i]
        if tokens[i].kind == .number || ScanWords.strongTriggers.contains(word) { return true }
        if ScanWords.weakTriggers.contains(word) {
            return (i + 1...i + 4).contains { isTemporalWord($0) }
        }
        guard tokens[i].kind == .word else { return false }
        if word.utf8.contains(UInt8(ascii: "-")) { return true }  // "mid-2024", "two-year", "first-quarter"
        if word.count == 2 && (word.hasPrefix("q") || word.hasPrefix("h")) || word.count == 6 && word.hasPrefix("fy") { return true }
        return false
    }

    /// Whether token `k` is a number, a strong trigger or a hyphenated word.
    func isTemporalWord(_ k: Int) -> Bool {
        guard k < words.count else { return false }
        return tokens[k].kind == .number || ScanWords.strongTriggers.contains(words[k]) || words[k].utf8.contains(UInt8(ascii: "-"))
            || words[k] == "'" || words[k] == "past" || words[k] == "future" || words[k] == "moment"
    }

    /// Moves the narrative time to an explicit date well before the DCT, or ends it when the text returns to
    /// news time (an expression resolved against the DCT, or an explicit date near it).
    mutating func updateNarrative(after c: TimexCandidate) {
        guard let dct, c.type == .date || c.type == .time, c.value.first?.isNumber == true else { return }
        switch c.anchoring {
        case .dct:
            narrative = nil
        case .absolute, .timex:
            // "since 2019", "until March 2020", "since the uprising began in March 2011": the bound of a range is
            // not the time told.
            if ["since", "from", "until", "till", "by", "before"].contains(w(c.first - 1))
                || (max(0, c.first - 10)..<c.first).contains(where: { words[$0] == "since" })
            {
                return
            }
            guard isMainLine(c.first) else { return }
            let value = c.value.split(separator: "T").first.map(String.init) ?? c.value
            guard value.count == 4 || value.count == 7 || value.count == 10 else { return }
            narrative = NarrativeAnchor.from(value: value, dct: dct)
        case .unresolved:
            return
        }
    }

    /// Whether an expression at token `k` dates the sentence's main line rather than background inside it: no
    /// relative or subordinating word before it ("a cleric whom commandos seized in July 1989", "missing since
    /// his plane came down in 1986") and no apposition left open by an odd number of commas ("The truce,
    /// signed in March 2009, …").
    func isMainLine(_ k: Int) -> Bool {
        let subordinators: Set<String> = ["who", "whom", "whose", "which", "where", "when", "after", "before", "until", "while"]
        var commas = 0
        for j in 0..<k {
            if subordinators.contains(words[j]) { return false }
            if words[j] == "," { commas += 1 }
        }
        return commas % 2 == 0
    }

    /// The year of a yearless month (and day) at token `k` in a clause of `tense` told against the narrative
    /// time, or `nil` when none governs the sentence, the clause is not in the past, a "since" before it
    /// stretches to the present ("has frayed since the governor took office in October"), the date would fall
    /// after the DCT, or the news reading ends within a month before the DCT (within a quarter against a year-only
    /// narrative time: "Sales fell in 2007. In March …", published in April 2008: March 2008).
    /// - Parameters:
    ///   - month: the month, 1–12.
    ///   - day: the day of the month, or `nil` for the whole month.
    ///   - k: the token of the month name.
    ///   - tense: the clause's tense.
    ///   - newsYear: the year the DCT and the tense give.
    func narrativeYear(month: Int, day: Int?, at k: Int, tense: ClauseTense, newsYear: Int) -> Int? {
        guard let dct, let n = narrative, n.isInForce, tense == .past else { return nil }
        if (max(0, k - 10)..<k).contains(where: { words[$0] == "since" }) { return nil }
        let y = n.year(ofMonth: month, day: day ?? 1)
        guard y != newsYear, let start = CalendarDate(year: y, month: month, day: Swift.min(day ?? 1, CalendarDate.daysIn(year: y, month: month))),
              start.dayNumber <= dct.dayNumber
        else { return nil }
        // News time wins when its reading ends within a month of the DCT ("The scheme unravelled on March 14, 2006.
        // … The trial opened on Sept. 10", published 28 September 2007: 2007-09-10), or, against a year-only
        // narrative time, within a quarter.
        let lastDay = day ?? CalendarDate.daysIn(year: newsYear, month: month)
        guard let newsEnd = CalendarDate(year: newsYear, month: month, day: Swift.min(lastDay, CalendarDate.daysIn(year: newsYear, month: month)))
        else { return y }
        let newsDistance = dct.dayNumber - newsEnd.dayNumber
        if newsDistance >= 0, newsDistance <= (n.granularity == .year ? 92 : NarrativeAnchor.minimumDistance) { return nil }
        return y
    }

    /// The day a candidate pins down, to serve as reference for later anaphoric expressions.
    func referenceDay(of c: TimexCandidate) -> CalendarDate? {
        guard c.type == .date || c.type == .time else { return nil }
        let value = c.value.split(separator: "T").first.map(String.init) ?? c.value
        return CalendarDate(iso: value)
    }

    // MARK: - Token helpers

    /// The lower-cased word at `k`, or "" outside the sentence.
    func w(_ k: Int) -> String { k >= 0 && k < words.count ? words[k] : "" }

    /// Whether the token at `k` starts with a capital letter.
    func isCapitalized(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].isCapitalized }

    /// Whether the token at `k` is a number token.
    func isNumber(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].kind == .number }

    /// The scalar right before token `k` in the text (`nil` at the start).
    func scalarBefore(_ k: Int) -> Unicode.Scalar? {
        let s = tokens[k].span.start
        return s > 0 ? text.scalars[s - 1] : nil
    }

    /// The scalar right after token `k` in the text (`nil` at the end).
    func scalarAfter(_ k: Int) -> Unicode.Scalar? {
        let e = tokens[k].span.end
        return e < text.count ? text.scalars[e] : nil
    }

    /// Whether token `k` is glued to a URL, e-mail, path or identifier (no space on a side and a symbol there).
    func isInsideIdentifier(_ k: Int) -> Bool {
        let glue = ScanWords.identifierGlue
        if let b = scalarBefore(k), glue.contains(b) || b.properties.isAlphabetic || ("0"..."9").contains(b) {
            return true
        }
        if let a = scalarAfter(k), ["/", "=", "&", "@", "_"].contains(a) { return true }
        if let a = scalarAfter(k), a == ".", k + 1 < tokens.count, tokens[k + 1].span.start == tokens[k].span.end + 1,
           tokens[k + 1].kind != .punctuation
        {
            return true  // "2019.pdf", "v2.2019"
        }
        return false
    }

    /// The integer value of a plain digit token ("21", "2021"), `nil` for anything else.
    func integer(_ k: Int) -> Int? {
        guard isNumber(k), words[k].allSatisfy(\.isNumber) else { return nil }
        return Int(words[k])
    }

    /// A day-of-month at `k`: "21", "21st", "1st"; returns the day.
    func dayOfMonth(_ k: Int) -> Int? {
        guard isNumber(k) else { return nil }
        var s = Substring(words[k])
        for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) { s = s.dropLast(2) }
        guard s.count <= 2, s.allSatisfy(\.isNumber), let d = Int(s), (1...31).contains(d) else { return nil }
        return d
    }

    /// A four-digit year at `k` (1000–2199) that is not glued to other characters.
    func yearNumber(_ k: Int) -> Int? {
        guard isNumber(k), words[k].count == 4, let y = integer(k), (1000...2199).contains(y) else { return nil }
        return y
    }

    /// A count before a unit: digits, number words ("five", "twenty-five"), "a"/"an", or a vague quantifier
    /// ("several", "a few", "a couple of"). Returns the count (`nil` = unspecified) and tokens consumed.
    func count(at k: Int) -> (value: Int?, length: Int)? {
        let word = w(k)
        if word.isEmpty { return nil }
        if word == "a" || word == "an" {
            if w(k + 1) == "few" || w(k + 1) == "number" && w(k + 2) == "of" {
                return (nil, w(k + 1) == "few" ? 2 : 3)
            }
            if w(k + 1) == "couple" { return (w(k + 2) == "of" ? 2 : nil, w(k + 2) == "of" ? 3 : 2) }
            if w(k + 1) == "dozen" { return (12, 2) }
            if w(k + 1) == "half" { return nil }
            return (1, 1)
        }
        if TemporalLexicon.vagueQuantifiers.contains(word) {
            if word == "couple" { return nil }
            return (nil, 1)
        }
        if let n = integer(k), n < 1000, scalarBefore(k) != "$" { return (n, 1) }
        if isNumber(k), let value = Double(word.replacingOccurrences(of: ",", with: "")), value < 1000,
           value != value.rounded(.down)
        {
            return nil  // "1.5 years": left to the duration matcher as a fraction
        }
        if let n = TemporalLexicon.numberWords[word], word != "half", word != "dozen" {
            if let m = TemporalLexicon.numberWords[w(k + 1)], n >= 20, m < 10, m > 0, w(k + 1) != "a" {
                return (n + m, 2)
            }
            return (n, 1)
        }
        if word.utf8.contains(UInt8(ascii: "-")) {
            let parts = word.split(separator: "-").map(String.init)
            if parts.count == 2, let tens = TemporalLexicon.numberWords[parts[0]],
               let ones = TemporalLexicon.numberWords[parts[1]], tens >= 20, ones < 10
            {
                return (tens + ones, 1)
            }
        }
        return nil
    }

    // MARK: - Tense

    /// The tense that places an underspecified date at token `k`: prepositions and modifiers first
    /// ("until Monday" looks ahead, "last … on Monday" back), then the clause's verb cues.
    func tense(at k: Int) -> ClauseTense {
        // "Monday's bid for October elections failed": a month naming a scheduled event is placed by nearness.
        if TemporalLexicon.months[w(k)] != nil, ScanWords.scheduledEventNouns.contains(w(k + 1)) { return .unknown }
        var p = k - 1
        while p >= 0, ["on", "in", "the", "of", "early", "late", "mid", "-", "this", "by"].contains(w(p)) { p -= 1 }
        switch w(p) {
        case "until", "till", "til", "before", "ahead": return .future
        case "since", "ago": return .past
        default: break
        }
        return ClauseTense.of(words: tenseWords, around: k)
    }

    /// A candidate resolved against the DCT, or its unresolved form when there is none.
    func relative(
        _ first: Int, _ last: Int, _ type: TimexType, resolve: (CalendarDate) -> String, unresolved: String,
        mod: String? = nil
    ) -> TimexCandidate {
        if let dct {
            return TimexCandidate(first: first, last: last, type: type, value: resolve(dct), mod: mod, anchoring: .dct)
        }
        return TimexCandidate(first: first, last: last, type: type, value: unresolved, mod: mod, anchoring: .unresolved)
    }
}
