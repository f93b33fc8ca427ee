import ArticleText

/// A TIMEX3 value read as a span of calendar days, so that dates of different granularity can be sorted and
/// compared: `2021` covers 2021-01-01…2021-12-31, `2027-W01` covers 2027-01-04…2027-01-10, `199` the 1990s.
///
/// Use it to put events on a timeline: sort by `begin`, then by `end`.
public struct TimexDayRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// First day covered (inclusive).
    public var begin: CalendarDate
    /// Last day covered (inclusive).
    public var end: CalendarDate

    /// Creates a range; `begin` must not be after `end`.
    public init(begin: CalendarDate, end: CalendarDate) {
        self.begin = Swift.min(begin, end)
        self.end = Swift.max(begin, end)
    }

    /// Number of days covered, at least 1.
    public var days: Int { end.dayNumber - begin.dayNumber + 1 }

    /// Whether `date` falls inside the range.
    public func contains(_ date: CalendarDate) -> Bool { begin <= date && date <= end }

    public static func < (lhs: TimexDayRange, rhs: TimexDayRange) -> Bool {
        (lhs.begin, lhs.end) < (rhs.begin, rhs.end)
    }

    /// `begin/end` in ISO 8601 interval notation.
    public var description: String { "\(begin)/\(end)" }
}

/// Helpers for reading TIMEX3 `value` strings (TimeML 1.2.1 value grammar, ISO 8601 based).
public enum TimexValue {
    /// The calendar days a DATE or TIME value covers.
    ///
    /// Understands `YYYY`, `YYY` (decade), `YY` (century), `YYYY-MM`, `YYYY-MM-DD` (with any `T…` time part),
    /// `YYYY-Www`, `YYYY-Www-D`, `YYYY-Www-WE`, `YYYY-Qn`, `YYYY-Hn`, seasons `YYYY-SP|SU|FA|WI`, fiscal
    /// years `FYYYYY` (read as the calendar year), and, when `dct` is given, `PRESENT_REF` (the DCT),
    /// `PAST_REF` (the year before the DCT, up to the day before it) and `FUTURE_REF` (the day after the DCT
    /// through a year later).
    /// - Parameters:
    ///   - value: a TIMEX3 value.
    ///   - dct: the document creation time, needed only for the `…_REF` values.
    /// - Returns: the covered days, or `nil` for durations, sets, unresolved (`X`) values and anything else.
    public static func dayRange(of value: String, dct: CalendarDate? = nil) -> TimexDayRange? {
        switch value {
        case "PRESENT_REF": return dct.map { TimexDayRange(begin: $0, end: $0) }
        case "PAST_REF": return dct.map { TimexDayRange(begin: $0.plusMonths(-12), end: $0.plusDays(-1)) }
        case "FUTURE_REF": return dct.map { TimexDayRange(begin: $0.plusDays(1), end: $0.plusMonths(12)) }
        default: break
        }
        var v = Substring(value)
        if v.hasPrefix("FY") { v = v.dropFirst(2) }
        if let t = v.firstIndex(of: "T") { v = v[..<t] }
        let parts = v.split(separator: "-", omittingEmptySubsequences: false)
        guard var head = parts.first else { return nil }
        // Decades and centuries may be written with placeholders: "201X" is "201", "20XX" is "20".
        if parts.count == 1, head.count == 4, head.hasSuffix("X") {
            let digits = head.prefix { $0 != "X" }
            guard head.dropFirst(digits.count).allSatisfy({ $0 == "X" }) else { return nil }
            head = digits
        }
        guard head.allSatisfy(\.isNumber), let number = Int(head) else { return nil }
        func years(_ from: Int, _ to: Int) -> TimexDayRange? {
            guard let b = CalendarDate(year: from, month: 1, day: 1), let e = CalendarDate(year: to, month: 12, day: 31)
            else { return nil }
            return TimexDayRange(begin: b, end: e)
        }
        func months(_ y: Int, _ from: Int, _ to: Int) -> TimexDayRange? {
            guard let b = CalendarDate(year: y, month: from, day: 1),
                  let e = CalendarDate(year: y, month: to, day: CalendarDate.daysIn(year: y, month: to))
            else { return nil }
            return TimexDayRange(begin: b, end: e)
        }
        if parts.count == 1 {
            switch head.count {
            case 4: return years(number, number)
            case 3: return years(number * 10, number * 10 + 9)
            case 2: return years(number * 100, number * 100 + 99)
            case 1: return years(number * 1000, number * 1000 + 999)
            default: return nil
            }
        }
        guard head.count == 4 else { return nil }
        let second = parts[1]
        if second.hasPrefix("W"), let week = Int(second.dropFirst()), week >= 1 {
            let monday = CalendarDate.mondayOf(isoYear: number, week: week)
            guard monday.isoYearWeek.year == number else { return nil }  // no week 53 in a 52-week year
            if parts.count == 3 {
                if parts[2] == "WE" { return TimexDayRange(begin: monday.plusDays(5), end: monday.plusDays(6)) }
                if let d = Int(parts[2]), (1...7).contains(d) {
                    return TimexDayRange(begin: monday.plusDays(d - 1), end: monday.plusDays(d - 1))
                }
                return nil
            }
            return TimexDayRange(begin: monday, end: monday.plusDays(6))
        }
        if second.hasPrefix("Q"), let q = Int(second.dropFirst()), (1...4).contains(q) {
            return months(number, q * 3 - 2, q * 3)
        }
        if second.hasPrefix("H"), let h = Int(second.dropFirst()), (1...2).contains(h) {
            return months(number, h * 6 - 5, h * 6)
        }
        switch second {
        case "SP": return months(number, 3, 5)
        case "SU": return months(number, 6, 8)
        case "FA": return months(number, 9, 11)
        case "WI":
            guard let b = CalendarDate(year: number, month: 12, day: 1),
                  let e = CalendarDate(year: number + 1, month: 2, day: CalendarDate.daysIn(year: number + 1, month: 2))
            else { return nil }
            return TimexDayRange(begin: b, end: e)
        default: break
        }
        guard let month = Int(second), second.count == 2 else { return nil }
        if parts.count == 2 { return months(number, month, month) }
        guard parts.count == 3, let day = Int(parts[2]), let date = CalendarDate(year: number, month: month, day: day)
        else { return nil }
        return TimexDayRange(begin: date, end: date)
    }

    /// Whether `value` is a vague reference point (`PAST_REF`, `PRESENT_REF`, `FUTURE_REF`).
    public static func isReference(_ value: String) -> Bool { value.hasSuffix("_REF") }

    /// Whether `value` still holds unresolved `X` placeholders in its date part (`XXXX-03-21`, `XXXX-WXX-1`).
    public static func isUnresolved(_ value: String) -> Bool {
        !value.hasPrefix("P") && value.utf8.contains(UInt8(ascii: "X"))
    }

    /// The granularity of a DATE/TIME value, coarsest first, or `nil` when it is not a date.
    public static func granularity(of value: String) -> TimexGranularity? {
        guard let range = dayRange(of: value) else { return nil }
        if value.utf8.contains(UInt8(ascii: "T")) { return .time }
        switch range.days {
        case 1: return .day
        case 2...7: return .week
        case 8...31: return .month
        case 32...184: return .quarter
        case 185...366: return .year
        case 367...3653: return .decade
        default: return .century
        }
    }
}

/// How finely a TIMEX3 DATE/TIME value pins down its time.
public enum TimexGranularity: String, Hashable, Sendable, Codable, Comparable, CaseIterable {
    /// A century or coarser (`19`).
    case century
    /// A decade (`199`) or a span of up to ten years.
    case decade
    /// A year (`2021`, `FY2025`), half-year or season-long span over six months.
    case year
    /// A quarter, season or half-year (`2024-Q3`, `2024-SU`).
    case quarter
    /// A month (`2024-03`).
    case month
    /// An ISO week or weekend (`2027-W01`, `2026-W08-WE`).
    case week
    /// A calendar day (`2026-02-20`).
    case day
    /// A time of day (`2025-03-14TAF`, `2026-02-19T10:30`).
    case time

    private var rank: Int { TimexGranularity.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: TimexGranularity, rhs: TimexGranularity) -> Bool { lhs.rank < rhs.rank }
}
