import ArticleText

extension ClauseTense {
    /// Whether `word` is the present tense of a verb of scheduled happenings ("arrives", "visits", "meets",
    /// "begins"): with a date ahead it tells what is still to come ("Xi arrives in Paris on Sunday").
    public static func isPresentScheduleVerb(_ word: String) -> Bool {
        word.hasSuffix("s") && scheduleVerbs.contains(word.lowercased())
    }

    /// Whether a DATE or TIME value (`YYYY-MM-DD…`, `YYYY-Www`, `YYYY-MM`) begins after the DCT.
    /// - Returns: `false` for other values (a year, a season, `FUTURE_REF`).
    public static func begins(_ value: String, after dct: CalendarDate) -> Bool {
        if value.count >= 10, let day = CalendarDate(iso: String(value.prefix(10))) { return day > dct }
        let parts = value.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]) else { return false }
        if parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()) {
            return CalendarDate.mondayOf(isoYear: year, week: week) > dct
        }
        guard let month = Int(parts[1]), (1...12).contains(month) else { return false }
        return year > dct.year || year == dct.year && month > dct.month
    }
}
