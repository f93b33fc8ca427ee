import ArticleText
import Foundation

/// Clock-free day arithmetic on the proleptic Gregorian calendar, used by the TIMEX3 normaliser.
///
/// Days are counted from 1970-01-01 (day 0) with the civil-calendar algorithm, so no Foundation calendar is
/// consulted on the hot path.
extension CalendarDate {
    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int { CalendarDate.dayNumber(year: year, month: month, day: day) }

    /// The day `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        // The algorithm only produces real calendar days; the Foundation path is a never-taken fallback.
        self = CalendarDate(year: y, month: m, day: d)
            ?? CalendarDate(Date(timeIntervalSince1970: Double(dayNumber) * 86_400))
    }

    /// Days since 1970-01-01 of `year`-`month`-`day` (the day may overflow the month; it is counted on).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// This date moved by `days` days.
    public func plusDays(_ days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// This date moved by `months` calendar months, the day clamped to the target month's length.
    public func plusMonths(_ months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        let d = Swift.min(day, CalendarDate.daysIn(year: y, month: m))
        return CalendarDate(year: y, month: m, day: d) ?? self
    }

    /// ISO 8601 weekday computed without Foundation: 1 = Monday … 7 = Sunday.
    public var weekdayNumber: Int {
        let r = (dayNumber + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// ISO 8601 week-numbering year and week computed without Foundation, e.g. `(2026, 53)` for 2026-12-30.
    public var isoYearWeek: (year: Int, week: Int) {
        let thursday = dayNumber - (weekdayNumber - 1) + 3
        let weekYear = CalendarDate(dayNumber: thursday).year
        let week = (thursday - CalendarDate.dayNumber(year: weekYear, month: 1, day: 1)) / 7 + 1
        return (weekYear, week)
    }

    /// The Monday of ISO week `week` of ISO week-numbering year `year`.
    public static func mondayOf(isoYear year: Int, week: Int) -> CalendarDate {
        let jan4 = CalendarDate.dayNumber(year: year, month: 1, day: 4)
        let r = (jan4 + 3) % 7
        let jan4Weekday = (r < 0 ? r + 7 : r) + 1
        return CalendarDate(dayNumber: jan4 - (jan4Weekday - 1) + (week - 1) * 7)
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
