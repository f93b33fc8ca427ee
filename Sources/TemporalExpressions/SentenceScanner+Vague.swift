import ArticleText

/// Vague reference points and modified dates: "recently", "now", "in recent years", "the months ahead",
/// "early March", "mid-2024", "the end of the year", "late 2019".
extension SentenceScanner {
    func matchVague(at i: Int) -> TimexCandidate? {
        let word = w(i)
        switch word {
        case "now":
            if w(i - 1) == "from" || w(i + 1) == "that" { return nil }  // "from now" belongs to a duration; "now that"
            return vague(i, i, "PRESENT_REF")
        case "currently", "presently", "nowadays": return vague(i, i, "PRESENT_REF")
        case "recently", "lately": return vague(i, i, "PAST_REF")
        case "recent":
            if let unit = TemporalLexicon.units[w(i + 1)], w(i + 1).hasSuffix("s"), unit != .second {
                return vague(i, i + 1, "PAST_REF")  // "in recent years", "recent weeks"
            }
            if w(i + 1) == "past" { return vague(i - (w(i - 1) == "the" ? 1 : 0), i + 1, "PAST_REF") }
            return nil
        case "present":
            if w(i - 1) == "at" { return vague(i, i, "PRESENT_REF") }
            if w(i - 1) == "the", [",", ".", ";", "day", ""].contains(w(i + 1)) { return vague(i - 1, i, "PRESENT_REF") }
            return nil
        case "these":
            return w(i + 1) == "days" ? vague(i, i + 1, "PRESENT_REF") : nil
        case "the":
            let next = w(i + 1)
            if next == "moment", w(i - 1) == "at" { return vague(i, i + 1, "PRESENT_REF") }
            if next == "future", ["in", "for", "into", "about", "of", "on"].contains(w(i - 1))
                || ["of", ",", ".", ";", "is", "was", "and", "or", "looks", "remains", "will", "holds", "lies", ""].contains(w(i + 2))
            {
                return vague(i, i + 1, "FUTURE_REF")
            }
            if next == "near" || next == "distant", w(i + 2) == "future" { return vague(i, i + 2, "FUTURE_REF") }
            if next == "past", w(i - 1) == "in", [",", ".", ";", "and", "but", "when", "as", "there", "that", "the", "he", "she", "they", "it", "we"].contains(w(i + 2)) || w(i + 2).isEmpty {
                return vague(i, i + 1, "PAST_REF")
            }
            if next == "recent", w(i + 2) == "past" { return vague(i, i + 2, "PAST_REF") }
            if let unit = TemporalLexicon.units[next], next.hasSuffix("s"), unit != .second {
                if w(i + 2) == "ahead" { return vague(i, i + 2, "FUTURE_REF") }  // "the months ahead"
                if w(i + 2) == "to", w(i + 3) == "come" { return vague(i, i + 3, "FUTURE_REF") }
            }
            if TemporalLexicon.units[next] != nil, w(i + 2) == "ahead" { return vague(i, i + 2, "FUTURE_REF") }
            return nil
        default:
            return nil
        }
    }

    /// "early March", "mid-2024", "late 2019", "the end of the year", "the beginning of next month", "the early 1990s".
    func matchModified(at i: Int) -> TimexCandidate? {
        let word = w(i)
        let mods = ScanWords.modifiers
        // "mid-2024", "mid-1990s", "late-2019": one word token.
        if let dash = word.firstIndex(of: "-"), let mod = mods[String(word[..<dash])], ["mid", "late", "early", "end", "start"].contains(String(word[..<dash])) {
            let rest = word[word.index(after: dash)...]
            if rest.count == 4, let y = Int(rest), (1000...2199).contains(y) {
                return TimexCandidate(first: i, last: i, type: .date, value: String(y), mod: mod, anchoring: .absolute)
            }
            if rest.count == 5, rest.hasSuffix("s"), let y = Int(rest.dropLast()), y % 10 == 0 {
                return TimexCandidate(first: i, last: i, type: .date, value: String(y / 10), mod: mod, anchoring: .absolute)
            }
            return nil
        }
        var k = i
        var first = i
        if word == "the" { k += 1 }
        guard let mod = mods[w(k)] else { return nil }
        let isNoun = ["beginning", "start", "end", "middle", "turn", "close", "dawn"].contains(w(k))
        if isNoun {
            guard w(k + 1) == "of" else { return nil }
            k += 2
            if word != "the" && w(i - 1) == "the" { return nil }
        } else {
            if !["early", "late", "mid"].contains(w(k)) { return nil }
            k += 1
            if w(k) == "-" { k += 1 }
            if word == "the", !isNumber(k) { return nil }  // "the early 1990s" only
        }
        if word != "the" { first = i }
        // "the end of the year", "the start of the month": the current period.
        if w(k) == "the", let unit = TemporalLexicon.units[w(k + 1)], !w(k + 1).hasSuffix("s"),
           [.year, .month, .week, .decade, .century, .day].contains(unit)
        {
            var c = relative(first, k + 1, .date, resolve: { period(unit: unit, around: $0, offset: 0) }, unresolved: "XXXX")
            c.mod = mod
            return c
        }
        guard var inner = matchRelative(at: k) ?? matchCalendar(at: k) ?? matchVague(at: k), inner.first == k || inner.first == k - 1,
              inner.type == .date, !TimexValue.isReference(inner.value)
        else { return nil }
        if inner.first == k - 1 && w(k - 1) != "the" { return nil }
        inner.first = first
        inner.mod = mod
        return inner
    }
}
