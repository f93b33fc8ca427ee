import ArticleText
import Foundation

/// Day arithmetic for the TIMEX3 normaliser, through the ISO 8601 calendar in UTC that `CalendarDate` uses
/// (Foundation's `Calendar`, never the clock): one date library for the whole package.
extension CalendarDate {
    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int { Int((foundationDate.timeIntervalSince1970 / 86_400).rounded(.down)) }

    /// The day `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        self.init(Date(timeIntervalSince1970: Double(dayNumber) * 86_400))
    }

    /// This date moved by `days` days.
    public func plusDays(_ days: Int) -> CalendarDate { adding(days, .day) }

    /// This date moved by `months` calendar months, the day clamped to the target month's length.
    public func plusMonths(_ months: Int) -> CalendarDate { adding(months, .month) }

    /// ISO 8601 weekday: 1 = Monday … 7 = Sunday.
    public var weekdayNumber: Int { isoWeekday }

    /// ISO 8601 week-numbering year and week, e.g. `(2026, 53)` for 2026-12-30.
    public var isoYearWeek: (year: Int, week: Int) { isoWeek }

    /// The Monday of ISO week `week` of ISO week-numbering year `year`; a week the year lacks (week 53 of a
    /// 52-week year) runs on into the next year.
    public static func mondayOf(isoYear year: Int, week: Int) -> CalendarDate {
        let january4 = CalendarDate(year: year, month: 1, day: 4)!  // January 4th is always in ISO week 1
        return january4.plusDays(1 - january4.isoWeekday + 7 * (week - 1))
    }

    /// The TIMEX3 week value of this day's ISO week, e.g. `2027-W01`.
    public var isoWeekValue: String {
        let (y, w) = isoYearWeek
        return "\(TimexFormat.year(y))-W\(TimexFormat.two(w))"
    }
}

/// Zero-padded number formatting for TIMEX3 values.
enum TimexFormat {
    /// Four-digit year.
    static func year(_ y: Int) -> String {
        if y < 0 { return String(y) }
        let s = String(y)
        return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }

    /// Two-digit field.
    static func two(_ n: Int) -> String { n < 10 && n >= 0 ? "0\(n)" : String(n) }

    /// `YYYY-MM`.
    static func month(_ y: Int, _ m: Int) -> String { "\(year(y))-\(two(m))" }

    /// `YYYY-MM-DD`.
    static func day(_ date: CalendarDate) -> String { "\(year(date.year))-\(two(date.month))-\(two(date.day))" }
}
