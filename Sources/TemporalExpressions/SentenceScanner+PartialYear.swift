import ArticleText

/// Leading and closing stretches of a year: "the first nine months of the year", "the first six months of 2019",
/// "the last three months of last year".
///
/// TimeML has no DATE value for "January to September", so these are DURATIONs (`P9M`, the length of the
/// stretch) whose range records the months covered (`rangeBegin` 2019-01, `rangeEnd` 2019-09). The year phrase
/// after "of" is inside the extent, as with "the first half of the year" (a DATE, `2019-H1`).
extension SentenceScanner {
    /// The stretch opening at "the" (token `i`) with `det` ("first", "last", "final") at `i + 1`, `n` months
    /// and the unit word at `unitIndex`.
    func partOfYear(at i: Int, det: String, months n: Int?, unitIndex: Int) -> TimexCandidate? {
        guard let n, (1...11).contains(n), TemporalLexicon.units[w(unitIndex)] == .month else { return nil }
        let fromStart = det == "first"
        var last = unitIndex
        var year: Int? = nil
        var yearOffset: Int? = nil
        if w(unitIndex + 1) == "of" {
            let k = unitIndex + 2
            if let y = yearNumber(k) {
                year = y
                last = k
            } else if ["the", "this"].contains(w(k)), w(k + 1) == "year" {
                yearOffset = 0
                last = k + 1
            } else if w(k) == "last", w(k + 1) == "year" {
                yearOffset = -1
                last = k + 1
            }
        }
        guard fromStart || last > unitIndex else { return nil }  // "the last nine months" counts back from the DCT
        var c = TimexCandidate(first: i, last: last, type: .duration, value: "P\(n)M", anchoring: year == nil ? .dct : .absolute)
        if year == nil {
            guard let dct else { c.anchoring = .unresolved; return c }
            if let yearOffset {
                year = dct.year + yearOffset
            } else {
                // Bare "the first nine months": this year's, unless a past clause reports a stretch not yet over.
                year = tense(at: i) == .past && n >= dct.month ? dct.year - 1 : dct.year
            }
        }
        guard let year else { return c }
        c.rangeBegin = TimexFormat.month(year, fromStart ? 1 : 13 - n)
        c.rangeEnd = TimexFormat.month(year, fromStart ? n : 12)
        return c
    }
}

/// "the year-earlier period", "the year-ago quarter": the period last mentioned, one year back.
extension SentenceScanner {
    /// Nouns of reporting periods that "year-earlier" can modify, with the unit used when no period was named.
    static let reportingPeriods: [String: TimeUnit] = [
        "period": .year, "quarter": .quarter, "month": .month, "half": .year, "year": .year, "week": .week,
    ]

    /// "the year-earlier period" at token `i` ("the"); also "the year - earlier quarter" when split.
    func matchYearEarlier(at i: Int) -> TimexCandidate? {
        var k = i + 1
        if ["year-earlier", "year-ago"].contains(w(k)) {
            k += 1
        } else if w(k) == "year", w(k + 1) == "-", ["earlier", "ago"].contains(w(k + 2)) {
            k += 3
        } else {
            return nil
        }
        guard let unit = SentenceScanner.reportingPeriods[w(k)] else { return nil }
        if let p = periodReference, w(k) == "period" || sameUnit(p, unit) {
            var c = TimexCandidate(first: i, last: k, type: p.type, value: p.type == .date ? yearBack(p.value) : p.value,
                                   anchoring: .timex)
            c.rangeBegin = p.rangeBegin.map(yearBack)
            c.rangeEnd = p.rangeEnd.map(yearBack)
            return c
        }
        guard let base = coarseReference ?? dct else {
            return TimexCandidate(first: i, last: k, type: .date, value: "XXXX", anchoring: .unresolved)
        }
        // Counted from the DCT, the period compared is the last completed one ("the year-earlier quarter" in an
        // October report is the third quarter of the year before).
        let fromDCT = base == dct
        let shift = unit == .quarter ? (fromDCT ? -5 : -4) : unit == .month ? (fromDCT ? -13 : -12) : unit == .week ? -52 : -1
        return TimexCandidate(first: i, last: k, type: .date, value: period(unit: unit, around: base, offset: shift),
                              anchoring: coarseReference == nil || coarseReference == dct ? .dct : .timex)
    }

    /// Whether `c` is a calendar period an earlier-year comparison can refer to: a DATE with a year
    /// ("2019-Q3", "2019-09", "2019-H1") or a DURATION whose range has one ("the first nine months of 2019").
    func isDatedPeriod(_ c: TimexCandidate) -> Bool {
        switch c.type {
        case .date: return (4...8).contains(c.value.count) && c.value.prefix(4).allSatisfy(\.isNumber)
        case .duration: return c.rangeBegin?.count == 7 && c.rangeEnd?.count == 7
        default: return false
        }
    }

    /// Whether the granularity of `c`'s value matches `unit` (a quarter for "2019-Q3", a month for "2019-09").
    func sameUnit(_ c: TimexCandidate, _ unit: TimeUnit) -> Bool {
        guard c.type == .date else { return false }
        switch unit {
        case .quarter: return c.value.count == 7 && c.value.dropFirst(5).hasPrefix("Q")
        case .month: return c.value.count == 7 && c.value.dropFirst(5).allSatisfy(\.isNumber)
        case .week: return c.value.count == 8 && c.value.dropFirst(5).hasPrefix("W")
        default: return c.value.count == 4 || c.value.dropFirst(5).hasPrefix("H")
        }
    }

    /// `value` with its leading four-digit year one less ("2019-Q3" → "2018-Q3").
    func yearBack(_ value: String) -> String {
        guard value.count >= 4, let year = Int(value.prefix(4)) else { return value }
        return TimexFormat.year(year - 1) + value.dropFirst(4)
    }
}
