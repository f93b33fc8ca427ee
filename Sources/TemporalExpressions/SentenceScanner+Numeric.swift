import ArticleText

/// Dates written with digits: ISO 8601 dates, slashed dates, years, year ranges and decades.
extension SentenceScanner {
    func matchNumeric(at i: Int) -> TimexCandidate? {
        let word = w(i)
        if isInsideIdentifier(i) { return nil }
        if dayOfMonth(i) != nil, let c = matchDayFirst(at: i) { return c }
        if word.utf8.contains(UInt8(ascii: "-")) { return matchDashed(at: i) }
        if word.utf8.contains(UInt8(ascii: "/")) { return matchSlashed(at: i) }
        if word.hasSuffix("s"), word.count == 5, let y = Int(word.dropLast()), (1000...2190).contains(y), y % 10 == 0 {
            // "1990s" → the decade 199; "1800s" → the 19th century (18).
            let value = y % 100 == 0 && y < 2000 ? String(y / 100) : String(y / 10)
            return TimexCandidate(first: i, last: i, type: .date, value: value, anchoring: .absolute)
        }
        if word.hasSuffix("s"), word.count == 3, let d = Int(word.dropLast()), d % 10 == 0,
           ["'", "’", "the", "early", "late", "mid", "-"].contains(w(i - 1))
        {
            // "the '90s", "the 80s", "early 70s" (decades before 2030 are read in the twentieth century)
            let decade = (d >= 30 ? 190 : 200) + d / 10
            let quoted = w(i - 1) == "'" || w(i - 1) == "’"
            return TimexCandidate(first: quoted ? i - 1 : i, last: i, type: .date, value: String(decade), anchoring: .absolute)
        }
        if word.count == 4, let hhmm = Int(word), hhmm % 100 < 60, hhmm / 100 < 24,
           SentenceScanner.timeZones.contains(w(i + 1))
        {
            return onReferenceDay(i, i + 1, clock: "\(TimexFormat.two(hhmm / 100)):\(TimexFormat.two(hhmm % 100))")
        }
        guard let year = yearNumber(i), isPlausibleYear(at: i, year) else { return nil }
        let possessive = w(i + 1) == "'s" || w(i + 1) == "’s" ? 1 : ["'", "’"].contains(w(i + 1)) && w(i + 2) == "s" ? 2 : 0
        if possessive > 0, let quarter = matchQuarter(at: i + 1 + possessive), quarter.first == i + 1 + possessive {
            let code = quarter.value.split(separator: "-").last.map(String.init) ?? ""
            return TimexCandidate(first: i, last: quarter.last, type: .date, value: "\(TimexFormat.year(year))-\(code)",
                                  anchoring: .absolute)  // "2007's third quarter"
        }
        if year % 10 == 0, possessive > 0, ["the", "early", "late", "mid", "-"].contains(w(i - 1)) {
            return TimexCandidate(first: i, last: i + possessive, type: .date, value: String(year / 10), anchoring: .absolute)  // "the 1980's"
        }
        return TimexCandidate(first: i, last: i, type: .date, value: TimexFormat.year(year), anchoring: .absolute)
    }

    /// Whether the four-digit number at `k` reads as a year rather than an amount, code or count.
    func isPlausibleYear(at k: Int, _ year: Int) -> Bool {
        let previous = w(k - 1)
        let next = w(k + 1)
        if ["$", "£", "€", "¥", "#", "no", "number", "nos", "flight", "route", "room", "model", "us$", "+", "-"]
            .contains(previous)
        {
            return false
        }
        if ["%", "percent", "per", "x", "×", "-"].contains(next) || TemporalLexicon.countNouns.contains(next) {
            return false
        }
        if next == "," && isNumber(k + 2) && w(k + 2).count == 3 { return false }  // "2 000" style groups
        if year < 1900 || year > 2100 {
            let anchors = ScanWords.earlyYearAnchors
            return anchors.contains(previous)
        }
        if k + 1 < tokens.count, tokens[k + 1].kind == .number, !["-", "–"].contains(next) {
            return false  // part of a longer digit group, e.g. a phone number "2100 3000"
        }
        return true
    }

    /// "2026-02-20", "2026-02", "2019-2021", "2019-20"; phone-number shapes are rejected.
    func matchDashed(at i: Int) -> TimexCandidate? {
        let parts = w(i).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
           let date = CalendarDate(iso: w(i))
        {
            return TimexCandidate(first: i, last: i, type: .date, value: TimexFormat.day(date), anchoring: .absolute)
        }
        if parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), (1900...2100).contains(y) {
            if parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m), w(i - 1) != "from" {
                return TimexCandidate(first: i, last: i, type: .date, value: TimexFormat.month(y, m), anchoring: .absolute)
            }
            var end: Int? = nil
            if parts[1].count == 4 { end = Int(parts[1]) }
            if parts[1].count == 2, let yy = Int(parts[1]) { end = y / 100 * 100 + yy }
            if let end, end > y, end - y <= 20 {
                var c = TimexCandidate(first: i, last: i, type: .date, value: TimexFormat.year(y), anchoring: .absolute)
                c.rangeBegin = TimexFormat.year(y)
                c.rangeEnd = TimexFormat.year(end)
                return c
            }
        }
        return nil
    }

    /// "3/21/2025" (month first, as in US news, unless the first number cannot be a month), "21/3/2025".
    func matchSlashed(at i: Int) -> TimexCandidate? {
        let parts = w(i).split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3, w(i).split(separator: "/").last?.count == 4 else { return nil }
        var (m, d) = (parts[0], parts[1])
        if m > 12 { swap(&m, &d) }
        guard let date = CalendarDate(year: parts[2], month: m, day: d) else { return nil }
        return TimexCandidate(first: i, last: i, type: .date, value: TimexFormat.day(date), anchoring: .absolute)
    }

    /// "fiscal 2025", "fiscal year 2025", "FY2025", "FY 2025" → `FY2025`.
    func matchFiscal(at i: Int) -> TimexCandidate? {
        let word = w(i)
        if word.hasPrefix("fy"), word.count == 6, let y = Int(word.dropFirst(2)) {
            return TimexCandidate(first: i, last: i, type: .date, value: "FY\(y)", anchoring: .absolute)
        }
        var k = i + 1
        if word == "fiscal", w(k) == "year" { k += 1 }
        if let y = yearNumber(k) {
            return TimexCandidate(first: i, last: k, type: .date, value: "FY\(TimexFormat.year(y))", anchoring: .absolute)
        }
        if let yy = integer(k), w(k).count == 2, word == "fy" || word == "fiscal" {
            let y = 2000 + yy
            return TimexCandidate(first: i, last: k, type: .date, value: "FY\(y)", anchoring: .absolute)
        }
        return nil
    }
}
