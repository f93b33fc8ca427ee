import ArticleText
import EventOntology
import TemporalExpressions

/// The calendar days a TIMEX3 date value covers, from its first to its last day (both inclusive).
///
/// TIMEX3 values carry their granularity: `2019` covers the whole year, `2019-03` the month, `2019-03-14` the
/// day. Comparing values of different granularity (for time windows and timelines) needs the interval, not the
/// text: `2019-03` lies inside `2019`, and `2019` starts before `2019-03-14`.
///
/// Understood values are those of `TimexValue.dayRange(of:)`: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (a `T…` time
/// suffix is ignored), ISO weeks, quarters, halves, seasons, decades `YYY` and centuries `YY`. Vague values
/// (`PAST_REF`), durations (`P5Y`) and values with unknown digits (`XXXX-02-19`) have no interval.
public struct TimexInterval: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// First day covered.
    public var first: CalendarDate
    /// Last day covered.
    public var last: CalendarDate

    /// Creates an interval; `first` must not be after `last`.
    public init(first: CalendarDate, last: CalendarDate) {
        self.first = Swift.min(first, last)
        self.last = Swift.max(first, last)
    }

    /// Parses a TIMEX3 date value; returns `nil` for vague, duration and partially unknown values.
    ///
    /// The value grammar is read by `TimexValue.dayRange(of:)` (TemporalExpressions), the one reader of TIMEX3
    /// values in the package; no DCT is passed, so vague `…_REF` values have no interval here.
    public init?(timex value: String) {
        guard let range = TimexValue.dayRange(of: value) else { return nil }
        self.init(first: range.begin, last: range.end)
    }

    /// Whether the two intervals share at least one day.
    public func overlaps(_ other: TimexInterval) -> Bool { first <= other.last && other.first <= last }

    /// Whether `other` lies wholly inside this interval.
    public func contains(_ other: TimexInterval) -> Bool { first <= other.first && other.last <= last }

    /// Orders by first day, then by last day: of two intervals starting together, the one ending sooner
    /// (`2019-01-01`) sorts before the longer one (`2019`).
    public static func < (lhs: TimexInterval, rhs: TimexInterval) -> Bool {
        (lhs.first, lhs.last) < (rhs.first, rhs.last)
    }

    public var description: String { first == last ? "\(first)" : "\(first)…\(last)" }
}

extension EventDate {
    /// The days the event's date covers: its TIMEX3 `value`, or failing that the start of its range
    /// (`rangeBegin`); `nil` when neither is a calendar value.
    public var interval: TimexInterval? {
        if let value, let interval = TimexInterval(timex: value) { return interval }
        if let rangeBegin, let interval = TimexInterval(timex: rangeBegin) { return interval }
        return nil
    }

    /// The TIMEX3 value that ``interval`` was read from.
    public var intervalValue: String? {
        if let value, TimexInterval(timex: value) != nil { return value }
        if let rangeBegin, TimexInterval(timex: rangeBegin) != nil { return rangeBegin }
        return nil
    }
}
