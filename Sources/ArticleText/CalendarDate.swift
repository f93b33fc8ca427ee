import Foundation

/// A day in the proleptic Gregorian calendar, written `YYYY-MM-DD` (ISO 8601 calendar date).
///
/// Used for the document creation time (DCT) and for resolving relative expressions. Arithmetic goes through
/// Foundation's ISO 8601 `Calendar` in UTC; this type never reads the clock.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Year, e.g. `2026`.
    public var year: Int
    /// Month, 1–12.
    public var month: Int
    /// Day of month, 1–31.
    public var day: Int

    /// Creates a date if `year`-`month`-`day` is a real calendar day, otherwise returns `nil`.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(year: year, month: month) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (ASCII digits only, years 0001–9999); returns `nil` for any other shape or an
    /// impossible day.
    public init?(iso string: String) {
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let year = Int(parts[0]), year >= 1, let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The publication day of a document's `published` value: a `YYYY-MM-DD` day, an RFC 3339 timestamp as
    /// news feeds write it ("2025-01-01T10:00:00Z", "2025-01-01t23:30:00.5-05:00"), or an RFC 822 date-time as
    /// RSS writes `pubDate` ("Tue, 03 Jun 2025 09:00:00 GMT", see ``readRFC822(_:)``), whose day is taken as
    /// written (the publisher's own calendar day, not converted to UTC). `nil` for anything else.
    ///
    /// The timestamp is RFC 3339's `date-time`: `T` or `t` between date and time, hours 00–23, minutes 00–59,
    /// seconds 00–60 (a leap second), optional fractional seconds, then `Z`, `z` or a UTC offset `±HH:MM` of
    /// hours 00–23 and minutes 00–59 (`+25:00` is no offset).
    public init?(published string: String) {
        if let day = CalendarDate(iso: string) {
            self = day
            return
        }
        if Self.isInternetDateTime(Array(string.utf8)), let day = CalendarDate(iso: String(string.prefix(10))) {
            self = day
            return
        }
        guard case .day(let day) = Self.readRFC822(string) else { return nil }
        self = day
    }

    /// Whether `bytes` are an RFC 3339 `date-time` whose time and offset are in range (the day is checked by
    /// the caller).
    static func isInternetDateTime(_ bytes: [UInt8]) -> Bool {
        func number(_ range: Range<Int>, _ limit: Int) -> Bool {
            guard range.upperBound <= bytes.count,
                  bytes[range].allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
            return bytes[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } <= limit
        }
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
              number(11..<13, 23), bytes[13] == UInt8(ascii: ":"), number(14..<16, 59), bytes[16] == UInt8(ascii: ":"),
              number(17..<19, 60)
        else { return false }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let digits = bytes[index...].prefix { (0x30...0x39).contains($0) }.count
            guard digits > 0 else { return false }
            index += digits
        }
        let zone = bytes[index...]
        if zone.count == 1 { return zone.first == UInt8(ascii: "Z") || zone.first == UInt8(ascii: "z") }
        guard zone.count == 6, zone.first == UInt8(ascii: "+") || zone.first == UInt8(ascii: "-"),
              bytes[index + 3] == UInt8(ascii: ":")
        else { return false }
        return number(index + 1..<index + 3, 23) && number(index + 4..<index + 6, 59)
    }

    /// The ISO 8601 calendar in UTC that all date arithmetic uses.
    public static let isoCalendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        calendar.locale = Locale(identifier: "en_US_POSIX")
        return calendar
    }()

    /// Number of days in `month` of `year`.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Midnight UTC of this day.
    public var foundationDate: Date {
        CalendarDate.isoCalendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// The calendar day of a Foundation `Date`, read in UTC.
    public init(_ date: Date) {
        let parts = CalendarDate.isoCalendar.dateComponents([.year, .month, .day], from: date)
        self.year = parts.year!
        self.month = parts.month!
        self.day = parts.day!
    }

    /// This date moved by `count` of `component` (`.day`, `.weekOfYear`, `.month`, `.year`).
    public func adding(_ count: Int, _ component: Calendar.Component) -> CalendarDate {
        CalendarDate(CalendarDate.isoCalendar.date(byAdding: component, value: count, to: foundationDate)!)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let weekday = CalendarDate.isoCalendar.component(.weekday, from: foundationDate)  // 1 = Sunday
        return weekday == 1 ? 7 : weekday - 1
    }

    /// ISO 8601 week-numbering year and week, e.g. `(2026, 53)` for 2026-12-30.
    public var isoWeek: (year: Int, week: Int) {
        let parts = CalendarDate.isoCalendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: foundationDate)
        return (parts.yearForWeekOfYear!, parts.weekOfYear!)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension CalendarDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        guard let date = CalendarDate(iso: string) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a YYYY-MM-DD date, found \"\(string)\"")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
