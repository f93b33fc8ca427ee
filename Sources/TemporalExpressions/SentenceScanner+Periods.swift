import ArticleText

/// Seasons, quarters and halves of a year.
extension SentenceScanner {
    /// "summer 2024", "the summer of 2024", "in winter", "the summer" (with `allowBare`).
    func matchSeason(at i: Int, allowBare: Bool) -> TimexCandidate? {
        guard let (code, startMonth) = TemporalLexicon.seasons[w(i)] else { return nil }
        if isCapitalized(i), i > 0, isCapitalized(i - 1), w(i - 1) != "the" { return nil }  // "Arab Spring"
        if let y = yearNumber(i + 1) {
            return TimexCandidate(first: i, last: i + 1, type: .date, value: "\(TimexFormat.year(y))-\(code)", anchoring: .absolute)
        }
        if w(i + 1) == "of", let y = yearNumber(i + 2) {
            return TimexCandidate(first: i, last: i + 2, type: .date, value: "\(TimexFormat.year(y))-\(code)", anchoring: .absolute)
        }
        if w(i + 1) == "of" || w(i) == "fall" && !allowBare { return nil }  // "the fall of Saigon", the verb "fall"
        let previous = w(allowBare ? i - 2 : i - 1)
        let leads = ScanWords.seasonLeads
        // "Forecasters expect the winter to be drier": a definite season before a verb or the end of its phrase
        // names that season ("the winter Olympics", "the winter months" name something else).
        let definite = allowBare && w(i - 1) == "the" && (i + 1 >= words.count || ScanWords.afterDefiniteSeason.contains(w(i + 1)))
        guard leads.contains(previous) || (allowBare && previous.isEmpty) || definite else { return nil }
        let tense = tense(at: i)
        return relative(i, i, .date, resolve: { dct in
            seasonYear(code: code, startMonth: startMonth, dct: dct, tense: tense, offset: 0)
        }, unresolved: "XXXX-\(code)")
    }

    /// The TIMEX3 value of a season relative to the DCT: `offset` 0 = this/the (by tense), -1 = last, 1 = next.
    func seasonYear(code: String, startMonth: Int, dct: CalendarDate, tense: ClauseTense, offset: Int) -> String {
        // The season that contains or most recently started before the DCT has year `current`.
        var current = dct.year
        if startMonth == 12 { if dct.month < 12 { current -= 1 } } else if startMonth > dct.month { current -= 1 }
        let seasonEnd = startMonth == 12 ? 2 : startMonth + 2
        let inSeason = startMonth == 12 ? (dct.month == 12 || dct.month <= 2) : (startMonth...seasonEnd).contains(dct.month)
        var y = current
        switch offset {
        case -1: y = inSeason ? current - 1 : current
        case 1: y = current + 1
        default:
            if !inSeason, tense == .future || tense == .unknown || tense == .present { y = current + 1 }
        }
        return "\(TimexFormat.year(y))-\(code)"
    }

    /// "Q3", "Q3 2024", "third quarter", "the third quarter of 2024", "fourth-quarter", "the first half of 2024".
    func matchQuarter(at i: Int) -> TimexCandidate? {
        let word = w(i)
        var n: Int? = nil
        var kind = "Q"
        var k = i
        if word.count == 2, word.hasPrefix("q"), let q = Int(word.dropFirst()), (1...4).contains(q) {
            n = q
        } else if word.count == 2, word.hasPrefix("h"), let h = Int(word.dropFirst()), (1...2).contains(h), isCapitalized(i),
                  yearNumber(i + 1) != nil
        {
            n = h
            kind = "H"
        } else if word.hasSuffix("-quarter"), let q = TemporalLexicon.ordinals[String(word.dropLast(8))], (1...4).contains(q) {
            n = q
        } else if word.hasSuffix("-half"), let h = TemporalLexicon.ordinals[String(word.dropLast(5))], (1...2).contains(h) {
            n = h
            kind = "H"
        } else if let q = TemporalLexicon.ordinals[word], q != 0, w(i + 1) == "quarter" || w(i + 1) == "half" {
            kind = w(i + 1) == "half" ? "H" : "Q"
            n = q == -1 ? (kind == "Q" ? 4 : 2) : q
            k = i + 1
        }
        guard let n, kind == "Q" ? (1...4).contains(n) : (1...2).contains(n) else { return nil }
        if kind == "H" && !word.utf8.contains(UInt8(ascii: "-")) && w(i - 1) != "the" && word.count != 2 { return nil }
        // An explicit year: "Q3 2024", "the third quarter of 2024", "2024's third quarter".
        if let y = yearNumber(k + 1) {
            return TimexCandidate(first: i, last: k + 1, type: .date, value: "\(TimexFormat.year(y))-\(kind)\(n)", anchoring: .absolute)
        }
        if w(k + 1) == "of", let y = yearNumber(k + 2) {
            return TimexCandidate(first: i, last: k + 2, type: .date, value: "\(TimexFormat.year(y))-\(kind)\(n)", anchoring: .absolute)
        }
        if w(k + 1) == "of", ["this", "last", "next", "the"].contains(w(k + 2)), w(k + 3) == "year" {
            let offset = ["last": -1, "next": 1][w(k + 2)] ?? 0
            return relative(i, k + 3, .date, resolve: { "\(TimexFormat.year($0.year + offset))-\(kind)\(n)" },
                            unresolved: "XXXX-\(kind)\(n)")
        }
        let tense = tense(at: i)
        return relative(i, k, .date, resolve: { dct in
            let current = kind == "Q" ? (dct.month - 1) / 3 + 1 : (dct.month - 1) / 6 + 1
            var y = dct.year
            if tense == .past, n > current { y -= 1 }
            if tense == .future, n < current { y += 1 }
            return "\(TimexFormat.year(y))-\(kind)\(n)"
        }, unresolved: "XXXX-\(kind)\(n)")
    }
}
