import ArticleText
import EventOntology

/// The calendar days a TIMEX3 date value covers, from its first to its last day (both inclusive).
///
/// TIMEX3 values carry their granularity: `2019` covers the whole year, `2019-03` the month, `2019-03-14` the
/// day. Comparing values of different granularity (for time windows and timelines) needs the interval, not the
/// text: `2019-03` lies inside `2019`, and `2019` starts before `2019-03-14`.
///
/// Understood values (ISO 8601 as profiled by TIMEX3): `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (a `T…` time suffix is
/// ignored), ISO weeks `YYYY-Www`, quarters `YYYY-Qn`, halves `YYYY-Hn`, seasons `YYYY-SP|SU|FA|WI`, decades
/// `YYY` / `YYYX` and centuries `YY` / `YYXX`. Vague values (`PAST_REF`), durations (`P5Y`) and values with
/// unknown digits (`XXXX-02-19`) have no interval.
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
    public init?(timex value: String) {
        let datePart = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let head = parts.first, let interval = TimexInterval.parse(head: head, rest: Array(parts.dropFirst()))
        else { return nil }
        self = interval
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

    private static func parse(head: String, rest: [String]) -> TimexInterval? {
        guard head.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "X" }) else { return nil }
        let digits = head.prefix { $0 != "X" }
        guard head.dropFirst(digits.count).allSatisfy({ $0 == "X" }) else { return nil }
        switch (digits.count, head.count) {
        case (4, 4):
            guard let year = Int(digits) else { return nil }
            return parse(year: year, rest: rest)
        case (3, _) where rest.isEmpty && head.count <= 4:  // decade: 199, 199X
            guard let decade = Int(digits) else { return nil }
            return years(decade * 10, decade * 10 + 9)
        case (2, _) where rest.isEmpty && head.count <= 4:  // century: 19, 19XX
            guard let century = Int(digits) else { return nil }
            return years(century * 100, century * 100 + 99)
        default:
            return nil
        }
    }

    private static func parse(year: Int, rest: [String]) -> TimexInterval? {
        guard let second = rest.first else { return years(year, year) }
        if rest.count >= 2 {
            guard rest.count == 2, second.count == 2, rest[1].count == 2, let month = Int(second),
                  let day = Int(rest[1]), let date = CalendarDate(year: year, month: month, day: day)
            else { return nil }
            return TimexInterval(first: date, last: date)
        }
        if second.count == 2, let month = Int(second) { return months(year, month, month) }
        let unit = second.first
        let number = Int(second.dropFirst())
        switch (unit, number) {
        case ("W", let week?) where (1...53).contains(week) && second.count == 3:
            return isoWeek(year: year, week: week)
        case ("Q", let quarter?) where (1...4).contains(quarter):
            return months(year, quarter * 3 - 2, quarter * 3)
        case ("H", let half?) where (1...2).contains(half):
            return months(year, half * 6 - 5, half * 6)
        default:
            break
        }
        switch second {
        case "SP": return months(year, 3, 5)
        case "SU": return months(year, 6, 8)
        case "FA": return months(year, 9, 11)
        case "WI":
            guard let first = CalendarDate(year: year, month: 12, day: 1),
                  let last = CalendarDate(year: year + 1, month: 2, day: CalendarDate.daysIn(year: year + 1, month: 2))
            else { return nil }
            return TimexInterval(first: first, last: last)
        default: return nil
        }
    }

    private static func years(_ first: Int, _ last: Int) -> TimexInterval? {
        guard let start = CalendarDate(year: first, month: 1, day: 1),
              let end = CalendarDate(year: last, month: 12, day: 31)
        else { return nil }
        return TimexInterval(first: start, last: end)
    }

    private static func months(_ year: Int, _ first: Int, _ last: Int) -> TimexInterval? {
        guard let start = CalendarDate(year: year, month: first, day: 1),
              let end = CalendarDate(year: year, month: last, day: CalendarDate.daysIn(year: year, month: last))
        else { return nil }
        return TimexInterval(first: start, last: end)
    }

    private static func isoWeek(year: Int, week: Int) -> TimexInterval? {
        // ISO 8601: week 1 is the week holding January 4th; weeks start on Monday.
        guard let january4 = CalendarDate(year: year, month: 1, day: 4) else { return nil }
        let monday = january4.adding(1 - january4.isoWeekday, .day).adding(7 * (week - 1), .day)
        guard monday.isoWeek == (year, week) else { return nil }
        return TimexInterval(first: monday, last: monday.adding(6, .day))
    }
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
