import ArticleText

/// Calendar dates: month names, day-month orders, weekdays, numeric and ISO dates, years, decades, centuries,
/// seasons, quarters, halves and fiscal years.
extension SentenceScanner {
    func matchCalendar(at i: Int) -> TimexCandidate? {
        let word = w(i)
        if monthAt(i) != nil { return matchMonthFirst(at: i, start: i) }
        if TemporalLexicon.weekdays[word] != nil, isCapitalized(i) {
            // "The Sunday Times", "Super Tuesday" primaries aside: a weekday before another name is a title, unless a
            // preposition of time governs it ("Later on Tuesday Mitsotakis met …").
            let governed = ["on", "since", "until", "till", "by", "before", "after", "from"].contains(w(i - 1))
            if !governed, isCapitalized(i + 1), monthAt(i + 1) == nil, TemporalLexicon.partsOfDay[w(i + 1)] == nil {
                return nil
            }
            return matchWeekday(at: i)
        }
        if isNumber(i) { return matchNumeric(at: i) }
        if word == "the" {
            if let c = matchTheOrdinal(at: i) { return c }
            if isNumber(i + 1), let c = matchNumeric(at: i + 1), c.value.count <= 3, c.type == .date {
                return TimexCandidate(first: i, last: c.last, type: .date, value: c.value, anchoring: c.anchoring)
            }
            if w(i + 1) == "year", let y = yearNumber(i + 2) {
                return TimexCandidate(first: i, last: i + 2, type: .date, value: TimexFormat.year(y), anchoring: .absolute)
            }
            if w(i + 1) == "'", isNumber(i + 2), let c = matchNumeric(at: i + 2) {
                return TimexCandidate(first: i, last: c.last, type: .date, value: c.value, anchoring: c.anchoring)
            }
            if let c = matchSeason(at: i + 1, allowBare: true) ?? matchQuarter(at: i + 1) {
                var c = c
                c.first = i
                return c
            }
        }
        if word == "'", isNumber(i + 1), w(i + 1).hasSuffix("s"), w(i + 1).count == 3,
           let d = Int(w(i + 1).dropLast())
        {
            let decade = (d >= 30 ? 190 : 200) + d / 10
            return TimexCandidate(first: i, last: i + 1, type: .date, value: String(decade), anchoring: .absolute)
        }
        if word == "fiscal" || word == "fy" || (word.hasPrefix("fy") && word.count == 6) { return matchFiscal(at: i) }
        if let c = matchSeason(at: i, allowBare: false) { return c }
        return matchQuarter(at: i)
    }

    /// The month named at `k`, when the context shows it is a month (capitalised; "May" only with date context).
    func monthAt(_ k: Int) -> Int? {
        let word = w(k)
        guard let month = TemporalLexicon.months[word], isCapitalized(k) else { return nil }
        let next = w(k + 1)
        if TemporalLexicon.titles.contains(w(k - 1)) || (w(k - 1) == "." && TemporalLexicon.titles.contains(w(k - 2))) {
            return nil
        }
        if TemporalLexicon.monthAbbreviations.contains(word) {
            guard next == "." || dayOfMonth(k + 1) != nil || yearNumber(k + 1) != nil else { return nil }
        }
        if word == "may" {
            if dayOfMonth(k + 1) != nil || yearNumber(k + 1) != nil || (next == "," && yearNumber(k + 2) != nil) {
                return month
            }
            let previous = w(k - 1)
            if TemporalLexicon.titles.contains(previous) { return nil }
            let contextual = ScanWords.monthContext
            if contextual.contains(previous), previous != "-" || isMonthWithin(k - 2, back: 2) { return month }
            if ["and", "or", "to", "–", "through"].contains(previous), isMonthWithin(k - 2, back: 4) { return month }
            return nil
        }
        return month
    }

    /// Whether a month name appears at `k` or up to `back` tokens before it.
    func isMonthWithin(_ k: Int, back: Int) -> Bool {
        var j = k
        while j >= 0, k - j <= back {
            if TemporalLexicon.months[w(j)] != nil, isCapitalized(j) { return true }
            j -= 1
        }
        return false
    }

    /// "March 21, 2025", "Feb. 20", "March 2025", "March of 2025", "March" — the month at `i`.
    func matchMonthFirst(at i: Int, start: Int) -> TimexCandidate? {
        guard let month = monthAt(i) else { return nil }
        var k = i + 1
        if w(k) == "." { k += 1 }
        if let day = dayOfMonth(k), !(w(k + 1) == ":" || w(k).utf8.contains(UInt8(ascii: ":"))) {
            var end = k
            var year: Int? = nil
            if w(k + 1) == ",", let y = yearNumber(k + 2) { year = y; end = k + 2 }
            else if let y = yearNumber(k + 1) { year = y; end = k + 1 }
            if let year {
                guard CalendarDate(year: year, month: month, day: day) != nil else { return nil }
                return TimexCandidate(first: start, last: end, type: .date,
                                      value: "\(TimexFormat.month(year, month))-\(TimexFormat.two(day))",
                                      anchoring: .absolute)
            }
            return monthDay(month: month, day: day, first: start, last: end, tenseAt: i)
        }
        if let y = yearNumber(k) { return absoluteMonth(start, k, y, month) }
        if ["next", "last", "this"].contains(w(k)), w(k + 1) == "year" {
            // "January next year"
            let offset = ["next": 1, "last": -1][w(k)] ?? 0
            return relative(start, k + 1, .date, resolve: { TimexFormat.month($0.year + offset, month) },
                            unresolved: "XXXX-\(TimexFormat.two(month))")
        }
        if w(k) == ",", let y = yearNumber(k + 1) { return absoluteMonth(start, k + 1, y, month) }
        if w(k) == "of", let y = yearNumber(k + 1) { return absoluteMonth(start, k + 1, y, month) }
        let last = w(i + 1) == "." && TemporalLexicon.monthAbbreviations.contains(w(i)) ? i + 1 : i
        return monthOnly(month: month, first: start, last: last, tenseAt: i)
    }

    func absoluteMonth(_ first: Int, _ last: Int, _ year: Int, _ month: Int) -> TimexCandidate {
        TimexCandidate(first: first, last: last, type: .date, value: TimexFormat.month(year, month), anchoring: .absolute)
    }

    /// A month and day without a year: the year comes from the clause's tense relative to the DCT, or, in a
    /// past clause of a past account, from the narrative time (see `NarrativeAnchor`).
    func monthDay(month: Int, day: Int, first: Int, last: Int, tenseAt k: Int) -> TimexCandidate? {
        guard day <= CalendarDate.daysIn(year: 2000, month: month) else { return nil }
        let tense = tense(at: k)
        let newsYear = { (dct: CalendarDate) -> Int in
            var y = dct.year
            let key = month * 100 + day
            let now = dct.month * 100 + dct.day
            switch tense {
            case .past: if key > now { y -= 1 }
            case .future: if key < now { y += 1 }
            case .present, .unknown:
                if month - dct.month > 6 { y -= 1 } else if dct.month - month > 6 { y += 1 }
            }
            return y
        }
        let format = { (y: Int) -> String in
            let date = CalendarDate(year: y, month: month, day: Swift.min(day, CalendarDate.daysIn(year: y, month: month)))
            return date.map(TimexFormat.day) ?? "\(TimexFormat.month(y, month))-\(TimexFormat.two(day))"
        }
        if let dct, let y = narrativeYear(month: month, day: day, at: k, tense: tense, newsYear: newsYear(dct)) {
            return TimexCandidate(first: first, last: last, type: .date, value: format(y), anchoring: .timex)
        }
        return relative(first, last, .date, resolve: { format(newsYear($0)) },
                        unresolved: "XXXX-\(TimexFormat.two(month))-\(TimexFormat.two(day))")
    }

    /// A month without a year: past clauses take the latest such month up to the DCT, future ones the next; in
    /// a past clause of a past account, the one nearest the narrative time (see `NarrativeAnchor`).
    func monthOnly(month: Int, first: Int, last: Int, tenseAt k: Int) -> TimexCandidate {
        let tense = tense(at: k)
        let newsYear = { (dct: CalendarDate) -> Int in
            var y = dct.year
            switch tense {
            case .past: if month > dct.month { y -= 1 }
            case .future: if month < dct.month { y += 1 }
            case .present, .unknown:
                if month - dct.month > 6 { y -= 1 } else if dct.month - month > 6 { y += 1 }
            }
            return y
        }
        if let dct, let y = narrativeYear(month: month, day: nil, at: k, tense: tense, newsYear: newsYear(dct)) {
            return TimexCandidate(first: first, last: last, type: .date, value: TimexFormat.month(y, month), anchoring: .timex)
        }
        return relative(first, last, .date, resolve: { TimexFormat.month(newsYear($0), month) },
                        unresolved: "XXXX-\(TimexFormat.two(month))")
    }

    /// "Monday", "Monday, March 21", "Monday morning".
    func matchWeekday(at i: Int) -> TimexCandidate? {
        guard let weekday = TemporalLexicon.weekdays[w(i)] else { return nil }
        var k = i + 1
        if w(k) == "," { k += 1 }
        if monthAt(k) != nil, let c = matchMonthFirst(at: k, start: i), c.last > k { return c }
        if dayOfMonth(k) != nil, monthAt(k + 1) != nil, let c = matchDayFirst(at: k), c.last > k {
            var c = c
            c.first = i
            return c
        }
        let tense = tense(at: i)
        var c = weekdayCandidate(weekday: weekday, direction: tense == .future ? 1 : -1, first: i, last: i)
        // In a past account, the weekday nearest the narrative day ("On 3 March 2019 … On Tuesday" → 5 March).
        if c.anchoring == .dct, tense == .past, let dct, let n = narrative, n.isInForce, n.granularity == .day {
            let day = n.nearest(weekday: weekday)
            if day.dayNumber <= dct.dayNumber {
                c.value = TimexFormat.day(day) + c.value.dropFirst(10)
                c.anchoring = .timex
            }
        }
        return c
    }

    /// A weekday resolved forwards (`direction` 1: the next one after the DCT, 0: the coming one from the DCT
    /// on) or backwards (-1: the latest one up to the DCT, -2: strictly before it), with an optional part of day
    /// following at `last + 1`.
    func weekdayCandidate(weekday: Int, direction: Int, first: Int, last: Int) -> TimexCandidate {
        var last = last
        var part: String? = nil
        if let p = TemporalLexicon.partsOfDay[w(last + 1)], w(last + 1) != "noon" {
            part = p
            last += 1
        }
        var c = relative(first, last, part == nil ? .date : .time, resolve: { dct in
            let today = dct.weekdayNumber
            var delta: Int
            switch direction {
            case 1: delta = (weekday - today + 7) % 7; if delta == 0 { delta = 7 }
            case 0: delta = (weekday - today + 7) % 7
            case -2: delta = -((today - weekday + 7) % 7); if delta == 0 { delta = -7 }
            default: delta = -((today - weekday + 7) % 7)
            }
            return TimexFormat.day(dct.plusDays(delta))
        }, unresolved: "XXXX-WXX-\(weekday)")
        if let part { c.value += "T" + part }
        return c
    }

    /// "20 February 2026", "20 Feb", "1st of March".
    func matchDayFirst(at i: Int) -> TimexCandidate? {
        guard let day = dayOfMonth(i) else { return nil }
        var k = i + 1
        if w(k) == "of" { k += 1 }
        guard let month = monthAt(k) else { return nil }
        var end = k
        if w(end + 1) == "." { end += 1 }
        if let y = yearNumber(end + 1) {
            guard CalendarDate(year: y, month: month, day: day) != nil else { return nil }
            return TimexCandidate(first: i, last: end + 1, type: .date,
                                  value: "\(TimexFormat.month(y, month))-\(TimexFormat.two(day))", anchoring: .absolute)
        }
        return monthDay(month: month, day: day, first: i, last: w(end) == "." ? end - 1 : end, tenseAt: i)
    }

    /// "the 19th", "the 19th of February", "the 20th century", "the twentieth century".
    func matchTheOrdinal(at i: Int) -> TimexCandidate? {
        let word = w(i + 1)
        var ordinal: Int? = nil
        if isNumber(i + 1), ["st", "nd", "rd", "th"].contains(where: { word.hasSuffix($0) }) {
            ordinal = Int(word.dropLast(2))
        } else if let n = TemporalLexicon.ordinals[word], n > 0 {
            ordinal = n
        }
        guard let n = ordinal else { return nil }
        if w(i + 2) == "century", n >= 1, n <= 22 {
            return TimexCandidate(first: i, last: i + 2, type: .date, value: TimexFormat.two(n - 1), anchoring: .absolute)
        }
        guard isNumber(i + 1), (1...31).contains(n) else { return nil }
        if let c = matchDayFirst(at: i + 1) { return TimexCandidate(first: i, last: c.last, type: .date, value: c.value, anchoring: c.anchoring) }
        // A bare "the 19th": only before punctuation or a clause boundary, in the reference month.
        let next = w(i + 2)
        guard next.isEmpty || [",", ".", ";", ")", "when", "and", "at", "as"].contains(next) else { return nil }
        guard let base = reference ?? dct else {
            return TimexCandidate(first: i, last: i + 1, type: .date, value: "XXXX-XX-\(TimexFormat.two(n))", anchoring: .unresolved)
        }
        guard let date = CalendarDate(year: base.year, month: base.month, day: n) else { return nil }
        return TimexCandidate(first: i, last: i + 1, type: .date, value: TimexFormat.day(date),
                              anchoring: reference == nil ? .dct : .timex)
    }
}
