import ArticleText

/// Durations ("five years", "weeks of", "a decade", "two-year"), dates counted back ("two years ago") and
/// recurrences ("every five years", "annually", "twice a year", "each week").
extension SentenceScanner {
    func matchDuration(at i: Int) -> TimexCandidate? {
        var k = i
        var mod: String? = nil
        // Quantity modifiers are part of the TIMEX3 extent: "about three years", "more than a decade".
        switch w(i) {
        case "about", "around", "approximately", "roughly", "some": mod = "APPROX"; k += 1
        case "nearly", "almost": mod = "LESS_THAN"; k += 1
        case "over": mod = "MORE_THAN"; k += 1
        case "more", "less", "fewer":
            guard w(i + 1) == "than" else { return nil }
            mod = w(i) == "more" ? "MORE_THAN" : "LESS_THAN"; k += 2
        case "at":
            guard w(i + 1) == "least" || w(i + 1) == "most" else { return nil }
            mod = w(i + 1) == "least" ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS"; k += 2
        case "up":
            guard w(i + 1) == "to" else { return nil }
            mod = "EQUAL_OR_LESS"; k += 2
        default: break
        }
        if mod != nil, w(k) == "the" { return nil }
        // A count then a unit: "five years", "24 hours", "a decade", "several weeks", "two-year", "10-year".
        var n: Int? = nil
        var unitIndex = k
        var hyphenated = false
        if let (value, len) = count(at: k) {
            n = value
            unitIndex = k + len
            if w(unitIndex) == "-" { unitIndex += 1; hyphenated = true }
            // "six straight months", "three consecutive years", "two full days": the adjective sits inside the
            // extent, as TimeML's "the last three full years" does.
            if !hyphenated, ["straight", "consecutive", "successive", "full", "whole"].contains(w(unitIndex)),
               TemporalLexicon.units[w(unitIndex + 1)] != nil
            {
                unitIndex += 1
            }
        } else if w(k).utf8.contains(UInt8(ascii: "-")) {
            let pieces = w(k).split(separator: "-").map(String.init)
            let parts = pieces.last == "old" || pieces.last == "long" ? Array(pieces.dropLast()) : pieces
            if parts.count == 1, pieces.count == 2, let unit = TemporalLexicon.units[parts[0]], parts[0].hasSuffix("s") {
                return TimexCandidate(first: i, last: k, type: .duration, value: unit.duration(nil), mod: mod, anchoring: .absolute)  // "decades-long"
            }
            if parts.count == 1, pieces.last == "long", let unit = TemporalLexicon.units[parts[0]], unit != .weekend, unit != .quarter {
                return TimexCandidate(first: i, last: k, type: .duration, value: unit.duration(1), mod: mod, anchoring: .absolute)  // "week-long"
            }
            if parts.count == 2, let unit = TemporalLexicon.units[parts[1]], let value = TemporalLexicon.numberWords[parts[0]] ?? Int(parts[0]), unit != .second {
                return TimexCandidate(first: i, last: k, type: .duration, value: unit.duration(value), mod: mod, anchoring: .absolute)
            }
            if parts.count == 3, let unit = TemporalLexicon.units[parts[2]], let tens = TemporalLexicon.numberWords[parts[0]],
               let ones = TemporalLexicon.numberWords[parts[1]], tens >= 20, ones < 10
            {
                return TimexCandidate(first: i, last: k, type: .duration, value: unit.duration(tens + ones), mod: mod, anchoring: .absolute)
            }
            return nil
        } else if w(k) == "half", ["a", "an"].contains(w(k + 1)), let c = halfOf(first: i, unitIndex: k + 2, mod: mod) {
            return c
        } else if mod == nil, let unit = TemporalLexicon.units[w(k)], w(k).hasSuffix("s") {
            return bareDuration(at: k, unit: unit)
        } else {
            return nil
        }
        var unitWord = w(unitIndex)
        var ageOrLength = false
        for suffix in ["-old", "-long"] where unitWord.hasSuffix(suffix) && hyphenated {
            unitWord = String(unitWord.dropLast(suffix.count))  // "53-year-old", "10-year-long"
            ageOrLength = true
        }
        var half = false
        if unitWord == "and", w(unitIndex + 1) == "a", w(unitIndex + 2) == "half", n != nil {
            half = true
            unitIndex += 3
            unitWord = w(unitIndex)
        } else if unitWord.hasSuffix("-and-a-half") {
            half = true
            unitWord = String(unitWord.dropLast(11))
        }
        guard let unit = TemporalLexicon.units[unitWord], unit != .weekend else { return nil }
        if unit == .quarter, w(unitIndex + 1) == "of" || n == 1 && !hyphenated { return nil }  // "a quarter of the staff"
        if half, let whole = n {
            return halfDuration(first: i, unitIndex: unitIndex, whole: whole, unit: unit, mod: mod)
        }
        if let whole = n, w(unitIndex + 1) == "and", w(unitIndex + 2) == "a", w(unitIndex + 3) == "half", !hyphenated {
            // "a year and a half" (P18M), "two weeks and a half"
            return halfDuration(first: i, unitIndex: unitIndex + 3, whole: whole, unit: unit, mod: mod)
        }
        if unit == .second, !unitWord.hasSuffix("s") && (n != 1 || w(k) == "a" || w(k) == "an") { return nil }  // "a second term"
        if n == 1, unitWord.hasSuffix("s"), w(k) == "a" || w(k) == "an" { return nil }
        if ageOrLength { return TimexCandidate(first: i, last: unitIndex, type: .duration, value: unit.duration(n), mod: mod, anchoring: .absolute) }
        if w(k) == "a" || w(k) == "an" {
            // "a year" right after an amount is a rate ("15 a year"): left to the SET matcher.
            if isNumber(k - 1) || ["times", "once", "twice", "%"].contains(w(k - 1)) { return nil }
            if isRateContext(k) { return nil }
            if w(k - 1) == "per" { return nil }
        }
        let last = unitIndex
        let after = w(last + 1)
        if after == "ago" {
            if n == nil { return vague(i, last + 1, "PAST_REF") }
            let amount = n ?? 1
            var c = relative(i, last + 1, .date, resolve: { dct in agoValue(dct, unit: unit, count: amount) }, unresolved: "PAST_REF")
            c.mod = mod
            return c
        }
        if after == "from", w(last + 2) == "now", let amount = n {
            return relative(i, last + 2, .date, resolve: { agoValue($0, unit: unit, count: -amount) }, unresolved: "FUTURE_REF")
        }
        if (after == "earlier" || after == "later"), w(last + 2) != "than", let amount = n {
            let fine = [TimeUnit.day, .week, .weekend, .hour, .minute, .second].contains(unit)
            let chosen = fine ? reference : coarseReference
            if fine, let month = monthReference, unit == .day || unit == .week {
                // "In March 2004 … two days later": no finer than the month named.
                return TimexCandidate(first: i, last: last + 1, type: .date, value: TimexFormat.month(month.year, month.month),
                                      mod: mod, anchoring: .timex)
            }
            if let base = chosen ?? dct {
                let signed = after == "earlier" ? amount : -amount
                return TimexCandidate(first: i, last: last + 1, type: .date, value: agoValue(base, unit: unit, count: signed),
                                      mod: mod, anchoring: chosen == nil || chosen == dct ? .dct : .timex)
            }
        }
        if after == "old", unit == .year { return TimexCandidate(first: i, last: last + 1, type: .duration, value: unit.duration(n), mod: mod, anchoring: .absolute) }
        return TimexCandidate(first: i, last: last, type: .duration, value: unit.duration(n), mod: mod, anchoring: .absolute)
    }

    /// "half an hour" (PT30M), "half a day" (PT12H), "half a year" (P6M), "half a century" (P50Y): the unit
    /// word at `unitIndex`; `nil` for units whose half has no whole TIMEX3 count.
    func halfOf(first: Int, unitIndex: Int, mod: String?) -> TimexCandidate? {
        guard !w(unitIndex).hasSuffix("s"), let unit = TemporalLexicon.units[w(unitIndex)] else { return nil }
        let value: String
        switch unit {
        case .hour: value = "PT30M"
        case .minute: value = "PT30S"
        case .day: value = "PT12H"
        case .year: value = "P6M"
        case .decade: value = "P5Y"
        case .century: value = "P50Y"
        default: return nil
        }
        return TimexCandidate(first: first, last: unitIndex, type: .duration, value: value, mod: mod, anchoring: .absolute)
    }

    /// "two and a half years" (P30M), "a year-and-a-half ago" (a month 18 months before the DCT).
    func halfDuration(first: Int, unitIndex: Int, whole: Int, unit: TimeUnit, mod: String?) -> TimexCandidate? {
        let value: String
        var months: Int? = nil
        switch unit {
        case .year: months = whole * 12 + 6; value = "P\(whole * 12 + 6)M"
        case .day: value = "PT\(whole * 24 + 12)H"
        case .hour: value = "PT\(whole * 60 + 30)M"
        case .week: value = "P\(whole * 7 + 3)D"
        default: value = unit.duration(whole)
        }
        if w(unitIndex + 1) == "ago", let months {
            return relative(first, unitIndex + 1, .date, resolve: { dct in
                let d = dct.plusMonths(-months)
                return TimexFormat.month(d.year, d.month)
            }, unresolved: "PAST_REF")
        }
        return TimexCandidate(first: first, last: unitIndex, type: .duration, value: value, mod: mod, anchoring: .absolute)
    }

    /// "weeks", "years", "months" on their own, where the context shows a length of time: "for years",
    /// "weeks of talks", "in years", "years ago".
    func bareDuration(at k: Int, unit: TimeUnit) -> TimexCandidate? {
        guard unit != .weekend, unit != .quarter, unit != .second else { return nil }
        let previous = w(k - 1)
        let next = w(k + 1)
        if next == "ago" { return vague(k, k + 1, "PAST_REF") }
        let leads = ScanWords.durationLeads
        let tails = ScanWords.durationTails
        guard leads.contains(previous) || tails.contains(next) else { return nil }
        if previous == "in" && next != "of" && !["first", "time", "since"].contains(w(k - 3)) && !isLatestLike(k - 2) {
            // "in years" mostly follows a superlative or "first … in": "the first summit in years".
            if !["for", "since"].contains(w(k - 2)) && k >= 2 && !words[..<k].contains("first") { return nil }
        }
        if next == "later" || next == "earlier" {
            return TimexCandidate(first: k, last: k, type: .duration, value: unit.duration(nil), anchoring: .absolute)
        }
        return TimexCandidate(first: k, last: k, type: .duration, value: unit.duration(nil), anchoring: .absolute)
    }

    func isLatestLike(_ k: Int) -> Bool { w(k).hasSuffix("est") || ["first", "last", "worst", "best"].contains(w(k)) }

    /// The date `count` units before `dct`, at the unit's granularity (negative `count` looks ahead).
    func agoValue(_ dct: CalendarDate, unit: TimeUnit, count: Int) -> String {
        switch unit {
        case .hour, .minute, .second: return TimexFormat.day(dct)
        default: return period(unit: unit, around: shifted(dct, unit: unit, by: -count), offset: 0)
        }
    }

    /// "every five years", "each week", "every Monday", "annually", "twice a year", "15 a year", "per month".
    func matchSet(at i: Int) -> TimexCandidate? {
        let word = w(i)
        switch word {
        case "daily", "weekly", "monthly", "quarterly", "hourly", "nightly":
            // Adverbs only: "protests filled the streets daily.", "met weekly since January" — not "the daily
            // newspaper".
            // As an adjective without a determiner it is a SET like "annual" ("send daily reports", "weekly
            // briefings"), but not a title ("the Daily Telegraph", "People's Daily").
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            let adjective = next?.kind == .word && i > 0 && tokens[i].text.first?.isLowercase == true
                && next?.text.first?.isLowercase == true
            guard next == nil || next?.kind == .punctuation || ScanWords.afterAdverbialSet.contains(w(i + 1)) || adjective,
                  !["the", "a", "its", "their", "his", "her"].contains(w(i - 1))
            else { return nil }
            let unit = ScanWords.adverbialSets
            return TimexCandidate(first: i, last: i, type: .set, value: unit[word] ?? "P1D", anchoring: .absolute)
        case "annual":
            // TimeML: the adjective is a SET too ("the company's annual conference" → P1Y).
            return TimexCandidate(first: i, last: i, type: .set, value: "P1Y", anchoring: .absolute)
        case "annually", "yearly":
            if word == "yearly", w(i - 1) == "a" { return nil }
            if word == "yearly", tokens.indices.contains(i + 1), tokens[i + 1].kind == .word, w(i + 1) != "and" { return nil }
            return TimexCandidate(first: i, last: i, type: .set, value: "P1Y", freq: nil, anchoring: .absolute)
        case "every", "each":
            var k = i + 1
            var step = 1
            if w(k) == "other" { step = 2; k += 1 }
            var n: Int? = step
            if let (value, len) = count(at: k), w(k) != "a" { n = value.map { $0 * step }; k += len }
            if let weekday = TemporalLexicon.weekdays[w(k)] {
                var c = TimexCandidate(first: i, last: k, type: .set, value: "XXXX-WXX-\(weekday)", anchoring: .absolute)
                if let part = TemporalLexicon.partsOfDay[w(k + 1)] { c.value += "T" + part; c.last = k + 1 }
                c.quant = word.uppercased()
                return c
            }
            if let part = TemporalLexicon.partsOfDay[w(k)] {
                return TimexCandidate(first: i, last: k, type: .set, value: "T" + part, quant: word.uppercased(), anchoring: .absolute)
            }
            if let (code, _) = TemporalLexicon.seasons[w(k)], w(k) != "fall" {
                return TimexCandidate(first: i, last: k, type: .set, value: "XXXX-\(code)", quant: word.uppercased(), anchoring: .absolute)
            }
            guard let unit = TemporalLexicon.units[w(k)], unit != .weekend else { return nil }
            if w(k).hasSuffix("s") && (n ?? 2) == 1 { return nil }
            return TimexCandidate(first: i, last: k, type: .set, value: unit.duration(n), quant: word.uppercased(), anchoring: .absolute)
        case "once", "twice", "thrice":
            let times = ["once": 1, "twice": 2, "thrice": 3][word] ?? 1
            return rate(first: i, at: i + 1, freq: "\(times)X")
        case "times":
            guard let (value, len) = count(at: i - 1), len == 1, let value else { return nil }
            return rate(first: i - 1, at: i + 1, freq: "\(value)X")
        case "a", "per":
            guard isNumber(i - 1) || w(i - 1) == "%" || w(i - 1) == "percent" || TemporalLexicon.numberWords[w(i - 1)] != nil && w(i - 1) != "a"
                || isRateContext(i)
            else { return nil }
            return rate(first: i, at: i, freq: nil)
        default:
            return nil
        }
    }

    /// Whether "a"/"per" at `k` follows an amount ("15 tankers a year", "$5 billion a year").
    func isRateContext(_ k: Int) -> Bool {
        let blockers = ScanWords.rateBlockers
        if blockers.contains(w(k - 1)) { return false }
        var j = k - 1
        while j >= 0, k - j <= 3 {
            if isNumber(j) { return true }
            if tokens[j].kind == .punctuation, w(j) != "$" { return false }
            j -= 1
        }
        return false
    }

    /// "a year", "per week", "every month" after a frequency, as a SET; `at` points at "a"/"per"/"every".
    func rate(first: Int, at k: Int, freq: String?) -> TimexCandidate? {
        guard ["a", "an", "per", "every", "each"].contains(w(k)), let unit = TemporalLexicon.units[w(k + 1)],
              !w(k + 1).hasSuffix("s"), unit != .weekend
        else { return nil }
        return TimexCandidate(first: first, last: k + 1, type: .set, value: unit.duration(1), freq: freq, anchoring: .absolute)
    }
}
