import ArticleText

extension Timex {
    /// The calendar days this expression places an event in, for sorting events on a timeline.
    ///
    /// Ranges recorded by prepositions or anchored durations win: "since 2021" covers 2021-01-01 … the DCT,
    /// "the next five years" the DCT … five years later. Otherwise a DATE or TIME covers the days of its value
    /// (`TimexValue.dayRange(of:dct:)`); durations and sets without a range, and unresolved values, give `nil`.
    /// - Parameter dct: the document creation time, used for `…_REF` values.
    /// - Returns: the first and last day covered, or `nil`.
    public func dayRange(dct: CalendarDate?) -> TimexDayRange? {
        if let rangeBegin, let rangeEnd,
           let begin = TimexValue.dayRange(of: rangeBegin, dct: dct), let end = TimexValue.dayRange(of: rangeEnd, dct: dct)
        {
            return TimexDayRange(begin: begin.begin, end: end.end)
        }
        guard type == .date || type == .time else { return nil }
        return TimexValue.dayRange(of: value, dct: dct)
    }

    /// Whether the value still needs a DCT to mean a calendar time (`XXXX-03-21`, or anchoring `.unresolved`).
    public var isUnresolved: Bool { anchoring == .unresolved || TimexValue.isUnresolved(value) }
}

extension TemporalAnnotation {
    /// The TIMEX3 expressions of sentence `index`, in text order.
    public func timexes(inSentence index: Int) -> [Timex] {
        timexes.filter { $0.sentence == index }
    }

    /// The day range of `timex` against this annotation's DCT (see `Timex.dayRange(dct:)`).
    public func dayRange(of timex: Timex) -> TimexDayRange? { timex.dayRange(dct: dct) }
}
