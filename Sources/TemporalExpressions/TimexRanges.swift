import ArticleText

/// Records the ranges that prepositions give to time expressions, keeping the prepositions out of the extent:
/// "since 2021" (2021 … DCT), "until March 2026" (end 2026-03; begin the DCT when the end lies after it and
/// the clause is not in the past: "the ban will stay until March 2026", not "the prorogation … until October"),
/// "from 2019 to 2021" and "between March and May" (both ends on both expressions).
enum TimexRanges {
    /// Sets `rangeBegin`/`rangeEnd` on candidates of one sentence.
    static func link(_ candidates: inout [TimexCandidate], words: [String], dct: CalendarDate?) {
        for index in candidates.indices {
            let c = candidates[index]
            guard c.type == .date || c.type == .time else { continue }
            let before = c.first > 0 ? words[c.first - 1] : ""
            if before == "since" {
                candidates[index].rangeBegin = c.value
                candidates[index].rangeEnd = dct.map(TimexFormat.day) ?? "PRESENT_REF"
            }
            if ["until", "till", "til"].contains(before), candidates[index].rangeEnd == nil {
                candidates[index].rangeEnd = c.value
                if let dct, let end = TimexValue.dayRange(of: c.value, dct: dct), end.begin > dct,
                   [.future, .present].contains(ClauseTense.of(words: words, around: c.first))
                {
                    candidates[index].rangeBegin = TimexFormat.day(dct)
                }
            }
            guard index + 1 < candidates.count else { continue }
            let next = candidates[index + 1]
            guard next.type == c.type || next.type == .date, next.first - c.last == 2 else { continue }
            let joiner = words[c.last + 1]
            let opener = c.first > 0 ? words[c.first - 1] : ""
            let isRange = (opener == "from" && ["to", "until", "till", "through", "-", "–"].contains(joiner))
                || (opener == "between" && joiner == "and")
                || (["-", "–", "through"].contains(joiner) && !c.value.contains("_"))
            if isRange {
                for k in [index, index + 1] {
                    candidates[k].rangeBegin = c.value
                    candidates[k].rangeEnd = next.value
                }
            }
        }
    }
}
