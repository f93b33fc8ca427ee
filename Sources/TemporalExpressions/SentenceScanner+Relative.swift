import ArticleText

/// Deictic and anaphoric dates: "today", "last year", "next Friday afternoon", "this month", "the previous
/// day", and anchored durations "the next five years", "the past two years".
extension SentenceScanner {
    func matchRelative(at i: Int) -> TimexCandidate? {
        let word = w(i)
        switch word {
        case "today", "yesterday", "tomorrow", "tonight":
            let delta = ["yesterday": -1, "tomorrow": 1][word] ?? 0
            if word == "today", w(i + 1) == "'s" || w(i + 1) == "’s" { /* "today's": still the DCT */ }
            var last = i
            var part = word == "tonight" ? "NI" : nil
            if part == nil, let p = TemporalLexicon.partsOfDay[w(i + 1)], w(i + 1) != "noon" { part = p; last = i + 1 }
            var c = relative(i, last, part == nil ? .date : .time, resolve: { TimexFormat.day($0.plusDays(delta)) },
                             unresolved: word == "today" || word == "tonight" ? "PRESENT_REF" : "XXXX-XX-XX")
            if let part, c.anchoring != .unresolved { c.value += "T" + part }
            return c
        case "earlier", "later":
            guard ["this", "last", "next"].contains(w(i + 1)), var c = matchRelative(at: i + 1) else { return nil }
            c.first = i
            return c
        case "the":
            return matchTheRelative(at: i)
        case "last", "next", "this", "coming", "past", "previous", "following", "current", "that", "same":
            return matchDeictic(at: i, first: i)
        case "latest", "most":
            // "the latest quarter", "the most recent quarter": the last quarter before the DCT's.
            let k = word == "most" && w(i + 1) == "recent" ? i + 2 : i + 1
            guard w(k) == "quarter", word == "latest" || k == i + 2 else { return nil }
            let first = w(i - 1) == "the" ? i - 1 : i
            return relative(first, k, .date, resolve: { period(unit: .quarter, around: $0, offset: -1) }, unresolved: "XXXX-QX")
        default:
            return nil
        }
    }

    /// "last year", "next week", "this month", "next Friday afternoon", "last March", "last night", "this summer".
    func matchDeictic(at i: Int, first: Int) -> TimexCandidate? {
        let det = w(i)
        let unitWord = w(i + 1)
        let offset: Int
        switch det {
        case "last", "past", "previous": offset = -1
        case "next", "coming", "following": offset = 1
        default: offset = 0
        }
        let anaphoric = det == "previous" || det == "following" || det == "that" || det == "same"
        if det == "last", unitWord == "night" {
            var c = relative(first, i + 1, .time, resolve: { TimexFormat.day($0.plusDays(-1)) }, unresolved: "XXXX-XX-XX")
            if c.anchoring != .unresolved { c.value += "TNI" }
            return c
        }
        if det == "that" || det == "same" && first < i, let part = TemporalLexicon.partsOfDay[unitWord],
           ["morning", "afternoon", "evening", "night"].contains(unitWord)
        {
            // "that night", "the same evening": that part of the reference day, the scene's when the sentence
            // has named none ("The outage began at 4:37 p.m. … hospitals ran on generators that evening").
            if monthReference == nil, let base = timeOfDayReference ?? dct {
                return TimexCandidate(first: first, last: i + 1, type: .time, value: TimexFormat.day(base) + "T" + part,
                                      anchoring: timeOfDayReference == nil || timeOfDayReference == dct ? .dct : .timex)
            }
            guard var c = anchored(first, i + 1, unit: .day, offset: 0) else { return nil }
            c.type = .time
            if c.anchoring != .unresolved, c.value.count == 10 { c.value += "T" + part } else { c.type = .date }
            return c
        }
        if det == "this", let part = TemporalLexicon.partsOfDay[unitWord], unitWord != "noon" {
            var c = relative(first, i + 1, .time, resolve: { TimexFormat.day($0) }, unresolved: "XXXX-XX-XX")
            if c.anchoring != .unresolved { c.value += "T" + part }
            return c
        }
        if let weekday = TemporalLexicon.weekdays[unitWord], !anaphoric || det == "following" {
            var k = i + 2
            if w(k) == "," { k += 1 }
            // "this Wednesday" looks back in a past clause ("This Wednesday the minister emphasized …").
            let direction = offset == -1 ? -2 : offset == 1 ? 1 : det == "this" && tense(at: i + 1) == .past ? -1 : 0
            if monthAt(k) != nil, var c = matchMonthFirst(at: k, start: first), c.last > k {
                // "next Wednesday, July 31": the weekday's direction picks the year of a yearless date.
                let weekdayDate = weekdayCandidate(weekday: weekday, direction: direction, first: first, last: i + 1).value
                if c.anchoring == .dct, let year = weekdayDate.split(separator: "-").first, c.value.count == 10 {
                    c.value = String(year) + c.value.dropFirst(4)
                }
                return c
            }
            return weekdayCandidate(weekday: weekday, direction: direction, first: first, last: i + 1)
        }
        if let month = TemporalLexicon.months[unitWord], isCapitalized(i + 1), !anaphoric {
            return relative(first, i + 1, .date, resolve: { dct in
                var y = dct.year
                if offset == -1, month >= dct.month { y -= 1 }
                if offset == 1, month <= dct.month { y += 1 }
                return TimexFormat.month(y, month)
            }, unresolved: "XXXX-\(TimexFormat.two(month))")
        }
        if det == "this", unitWord == "weekend" {
            let tense = tense(at: i)
            return relative(first, i + 1, .date, resolve: { dct in
                let day = tense == .past && dct.weekdayNumber <= 3 ? dct.plusDays(-7) : dct
                return day.isoWeekValue + "-WE"
            }, unresolved: "XXXX-WXX-WE")
        }
        if let (code, start) = TemporalLexicon.seasons[unitWord], !anaphoric {
            return relative(first, i + 1, .date, resolve: { seasonYear(code: code, startMonth: start, dct: $0, tense: .present, offset: offset) },
                            unresolved: "XXXX-\(code)")
        }
        guard let unit = TemporalLexicon.units[unitWord], !unitWord.hasSuffix("s") else { return nil }
        if (det == "past" || det == "coming") && first == i { return nil }  // "past year" without "the": adjective use
        if det == "that" || det == "same" {
            guard first < i || det == "that" else { return nil }
            return anchored(first, i + 1, unit: unit, offset: 0)
        }
        if anaphoric { return anchored(first, i + 1, unit: unit, offset: offset) }
        if unit == .year, w(i + 2) == "'s", var quarter = matchQuarter(at: i + 3), quarter.first == i + 3 {
            // "last year's third quarter"
            let code = quarter.value.split(separator: "-").last.map(String.init) ?? ""
            quarter.first = first
            quarter.value = dct.map { "\(TimexFormat.year($0.year + offset))-\(code)" } ?? "XXXX-\(code)"
            quarter.anchoring = dct == nil ? .unresolved : .dct
            return quarter
        }
        return relative(first, i + 1, .date, resolve: { period(unit: unit, around: $0, offset: offset) },
                        unresolved: "XXXX")
    }

    /// The TIMEX3 value of the `unit` containing `date`, moved by `offset` units.
    func period(unit: TimeUnit, around date: CalendarDate, offset: Int) -> String {
        switch unit {
        case .year: return TimexFormat.year(date.year + offset)
        case .month: let d = date.plusMonths(offset); return TimexFormat.month(d.year, d.month)
        case .week, .fortnight: return date.plusDays(7 * offset).isoWeekValue
        case .weekend: return date.plusDays(7 * offset).isoWeekValue + "-WE"
        case .day: return TimexFormat.day(date.plusDays(offset))
        case .quarter:
            let d = date.plusMonths(3 * offset)
            return "\(TimexFormat.year(d.year))-Q\((d.month - 1) / 3 + 1)"
        case .decade: return String((date.year + 10 * offset) / 10)
        case .century: return TimexFormat.two((date.year + 100 * offset) / 100)
        case .millennium: return String((date.year + 1000 * offset) / 1000)
        case .hour, .minute, .second: return TimexFormat.day(date)
        }
    }

    /// A period relative to the reference date of the text ("the previous day", "that year").
    func anchored(_ first: Int, _ last: Int, unit: TimeUnit, offset: Int) -> TimexCandidate? {
        let fine = [TimeUnit.day, .week, .weekend, .hour, .minute, .second].contains(unit)
        if fine, let month = monthReference {
            // "In March 2004 … the following day": no finer than the month named.
            return TimexCandidate(first: first, last: last, type: .date, value: TimexFormat.month(month.year, month.month), anchoring: .timex)
        }
        let chosen = fine ? reference : coarseReference
        guard let base = chosen ?? dct else {
            return TimexCandidate(first: first, last: last, type: .date, value: "XXXX-XX-XX", anchoring: .unresolved)
        }
        return TimexCandidate(first: first, last: last, type: .date, value: period(unit: unit, around: base, offset: offset),
                              anchoring: chosen == nil || chosen == dct ? .dct : .timex)
    }

    /// Expressions opening with "the": anchored durations, anaphoric days and weeks, vague futures.
    func matchTheRelative(at i: Int) -> TimexCandidate? {
        let det = w(i + 1)
        if let c = matchYearEarlier(at: i) { return c }
        // "For the full year, Harlan earned …" in a results report: in a past clause the last year ended before
        // publication (or the year of an older period the text is about), else the current year.
        if ["full", "whole"].contains(det), w(i + 2) == "year", let dct {
            var year = tense(at: i) == .future ? dct.year : dct.year - 1
            if let p = periodReference, let y = Int(p.value.prefix(4)), y < year { year = y }
            return TimexCandidate(first: i, last: i + 2, type: .date, value: TimexFormat.year(year), anchoring: .dct)
        }
        if ["next", "past", "last", "previous", "coming", "following", "first", "final"].contains(det),
           let (n, len) = count(at: i + 2), let unit = TemporalLexicon.units[w(i + 2 + len)],
           n != 1 || !w(i + 2 + len).hasSuffix("s"), w(i + 2) != "a" || len > 1
        {
            // "the next five years" (P5Y, DCT … DCT+5Y), "the past two weeks", "the last 24 hours".
            let last = i + 2 + len
            if ["first", "last", "final"].contains(det), let c = partOfYear(at: i, det: det, months: n, unitIndex: last) { return c }
            if det == "first" || det == "final" { return nil }
            var c = TimexCandidate(first: i, last: last, type: .duration, value: unit.duration(n), anchoring: n != nil && dct != nil ? .dct : .absolute)
            if let n, let dct {
                let end = shifted(dct, unit: unit, by: det == "next" || det == "coming" || det == "following" ? n : -n)
                let forward = det == "next" || det == "coming" || det == "following"
                c.rangeBegin = TimexFormat.day(forward ? dct : end)
                c.rangeEnd = TimexFormat.day(forward ? end : dct)
            }
            return c
        }
        if let unit = TemporalLexicon.units[w(i + 2)], ["past", "last", "next", "coming"].contains(det), !w(i + 2).hasSuffix("s") {
            // "the past year" (P1Y), "the last decade" (P1DE); "the coming year" is next year.
            if det == "next", ["over", "within", "during", "for", "in", "throughout"].contains(w(i - 1)), let dct {
                var c = TimexCandidate(first: i, last: i + 2, type: .duration, value: unit.duration(1), anchoring: .dct)
                c.rangeBegin = TimexFormat.day(dct)
                c.rangeEnd = TimexFormat.day(shifted(dct, unit: unit, by: 1))
                return c
            }
            if det == "next" { return anchored(i, i + 2, unit: unit, offset: 1) }
            if det == "coming" || unit == .quarter { return matchDeictic(at: i + 1, first: i) }
            return TimexCandidate(first: i, last: i + 2, type: .duration, value: unit.duration(1), anchoring: .absolute)
        }
        if ["coming", "next", "past", "last"].contains(det), TemporalLexicon.units[w(i + 2)] != nil, w(i + 2).hasSuffix("s") {
            // "the coming weeks" → FUTURE_REF; "the past weeks" → PXW.
            if det == "coming" { return vague(i, i + 2, "FUTURE_REF") }
            let unit = TemporalLexicon.units[w(i + 2)] ?? .year
            return TimexCandidate(first: i, last: i + 2, type: .duration, value: unit.duration(nil), anchoring: .absolute)
        }
        if ["previous", "following", "same", "next"].contains(det), let unit = TemporalLexicon.units[w(i + 2)],
           !w(i + 2).hasSuffix("s")
        {
            return anchored(i, i + 2, unit: unit, offset: det == "previous" ? -1 : det == "same" ? 0 : 1)
        }
        if ["previous", "following", "next", "same"].contains(det), let part = TemporalLexicon.partsOfDay[w(i + 2)],
           ["morning", "afternoon", "evening", "night"].contains(w(i + 2))
        {
            // "the following morning": the day after the reference day, that part of it.
            guard var c = anchored(i, i + 2, unit: .day, offset: det == "previous" ? -1 : det == "same" ? 0 : 1) else { return nil }
            c.type = .time
            if c.anchoring != .unresolved { c.value += "T" + part }
            return c
        }
        if det == "day", isAnaphoricDay(at: i) {
            return anchored(i, i + 1, unit: .day, offset: 0)  // "later in the day", "on the day,"
        }
        if let unit = TemporalLexicon.units[det], !det.hasSuffix("s"), ["before", "after"].contains(w(i + 2)),
           [",", ".", ";", "when", "and", ""].contains(w(i + 3))
        {
            return anchored(i, i + 2, unit: unit, offset: w(i + 2) == "before" ? -1 : 1)  // "the day before"
        }
        if ["years", "decades", "months", "centuries"].contains(det), ["over", "through", "across", "throughout"].contains(w(i - 1)),
           let unit = TemporalLexicon.units[det]
        {
            return TimexCandidate(first: i, last: i + 1, type: .duration, value: unit.duration(nil), anchoring: .absolute)  // "over the years"
        }
        if let decade = TemporalLexicon.decadeWords[det] {
            return TimexCandidate(first: i, last: i + 1, type: .date, value: String(decade), anchoring: .absolute)  // "the seventies"
        }
        if let part = TemporalLexicon.partsOfDay[det], ["morning", "afternoon", "evening", "night"].contains(det),
           ["in", "during", "until", "through", "by"].contains(w(i - 1)), w(i + 2) != "of"
        {
            var c = onReferenceDay(i, i + 1, clock: "")
            c.value += part  // "earlier in the morning"
            return c
        }
        if det == "weekend", i > 0 {
            let tense = tense(at: i)
            return relative(i, i + 1, .date, resolve: { dct in
                let sat = dct.plusDays(6 - dct.weekdayNumber)
                let day = tense == .future ? (dct.weekdayNumber == 7 ? dct.plusDays(6) : sat) : (dct.weekdayNumber >= 6 ? dct : sat.plusDays(-7))
                return day.isoWeekValue + "-WE"
            }, unresolved: "XXXX-WXX-WE")
        }
        return nil
    }

    /// `date` moved by `count` of `unit`.
    func shifted(_ date: CalendarDate, unit: TimeUnit, by count: Int) -> CalendarDate {
        switch unit {
        case .year: return date.plusMonths(12 * count)
        case .month: return date.plusMonths(count)
        case .quarter: return date.plusMonths(3 * count)
        case .week, .weekend: return date.plusDays(7 * count)
        case .fortnight: return date.plusDays(14 * count)
        case .day: return date.plusDays(count)
        case .decade: return date.plusMonths(120 * count)
        case .century: return date.plusMonths(1200 * count)
        case .millennium: return date.plusMonths(12000 * count)
        case .hour, .minute, .second: return date
        }
    }

    /// A vague reference point (`PAST_REF`, `PRESENT_REF`, `FUTURE_REF`).
    func vague(_ first: Int, _ last: Int, _ value: String) -> TimexCandidate {
        TimexCandidate(first: first, last: last, type: .date, value: value, anchoring: dct == nil ? .unresolved : .dct)
    }
}

extension SentenceScanner {
    /// Whether "the day" at token `i` ("the") names the reference day of the text: "on the day" closing its
    /// clause ("Two people were released on the day."); not "the day of the vote", "the day when …", "the day
    /// before" (matched elsewhere), nor "later in the day", which the development gold leaves untagged.
    func isAnaphoricDay(at i: Int) -> Bool {
        w(i - 1) == "on" && [",", ".", ";", ""].contains(w(i + 2)) && w(i - 2) != "day"
    }
}
