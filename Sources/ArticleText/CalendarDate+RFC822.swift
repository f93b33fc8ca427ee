/// RSS's `pubDate`: the date-time of RFC 822 as RFC 1123 and RFC 5322 write it, `Tue, 03 Jun 2025 09:00:00 GMT`.
extension CalendarDate {
    /// The month names of RFC 822, `Jan` … `Dec`.
    static let rfc822Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The day names of RFC 822, Monday first (ISO weekday 1 … 7).
    static let rfc822Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// The English names of the days, Monday first, for messages.
    static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The zone names RFC 822 allows besides a numeric offset: universal time and the North American zones.
    static let rfc822Zones: Set<String> = ["gmt", "ut", "utc", "z", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"]

    /// What an RFC 822 date-time (RSS's `pubDate`) says: its day, or why it is not one.
    enum RFC822Reading {
        /// Not an RFC 822 date-time at all (another shape).
        case notRFC822
        /// The day as written (the publisher's day, not converted to UTC).
        case day(CalendarDate)
        /// The shape of one, with this problem (a weekday that does not match, a two-digit year).
        case problem(String)
    }

    /// Reads `string` as an RFC 822 date-time as RSS feeds write `pubDate`: an optional day name and comma, the
    /// day of the month (1 or 2 digits), the month's English abbreviation, a four-digit year, `HH:MM` or `HH:MM:SS`,
    /// then a zone (`GMT`, `UT`, `UTC`, `Z`, `EST` … `PDT`, or `±HHMM`). Names match in any case.
    /// - Returns: The day as written, or the problem of a string shaped like one (a weekday that is not the
    ///   date's, a two-digit year, a day the month does not have, a time out of range).
    static func readRFC822(_ string: String) -> RFC822Reading {
        var words = string.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var weekday: Int?
        if let first = words.first?.lowercased(), first.hasSuffix(",") {
            guard let index = rfc822Days.firstIndex(of: String(first.dropLast())) else { return .notRFC822 }
            weekday = index + 1
            words.removeFirst()
        } else if let first = words.first, let index = rfc822Days.firstIndex(of: first.lowercased()) {
            // "Tue 03 Jun 2025 …": the day name without its comma.
            weekday = index + 1
            words.removeFirst()
        }
        guard words.count == 5, let monthIndex = rfc822Months.firstIndex(of: words[1].lowercased()),
              (1...2).contains(words[0].count), isDigits(words[0]), let day = Int(words[0]),
              isDigits(words[2]), let year = Int(words[2])
        else { return .notRFC822 }
        let time = words[3].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 2 || time.count == 3, time.allSatisfy({ $0.count == 2 && isDigits($0) }) else {
            return .notRFC822
        }
        let zone = words[4].lowercased()
        let numericZone = zone.count == 5 && (zone.first == "+" || zone.first == "-") && isDigits(zone.dropFirst())
        guard rfc822Zones.contains(zone) || numericZone else { return .notRFC822 }
        let month = monthIndex + 1
        if words[2].count != 4 {
            return .problem("its year \(words[2]) is not written with four digits; write the year in full")
        }
        guard year >= 1 else { return .problem("year \(words[2]) is out of range (0001–9999)") }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            return .problem(Self.missingDayProblem(year: year, month: month, day: day))
        }
        let (hour, minute) = (Int(time[0]) ?? 0, Int(time[1]) ?? 0)
        if hour > 23 || minute > 59 || (time.count == 3 && (Int(time[2]) ?? 0) > 60) {
            return .problem("its time \(words[3]) is out of range (00:00:00–23:59:60)")
        }
        if numericZone, let hours = Int(zone.dropFirst().prefix(2)), let minutes = Int(zone.suffix(2)), hours > 23 || minutes > 59 {
            return .problem("its UTC offset \(words[4]) is out of range (-2359 to +2359)")
        }
        if let weekday, weekday != date.isoWeekday {
            return .problem("\(date) is a \(dayNames[date.isoWeekday - 1]), not a \(dayNames[weekday - 1])")
        }
        return .day(date)
    }

    /// Whether `text` is ASCII digits only (and not empty).
    private static func isDigits(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Why `year`-`month`-`day` is no day of the calendar (the month and day being numbers in range of their
    /// shape): `there is no month 13`, `2025-02-29 does not exist: February 2025 has 28 days (2025 is not a
    /// leap year)`.
    static func missingDayProblem(year: Int, month: Int, day: Int) -> String {
        guard (1...12).contains(month) else { return "there is no month \(String(format: "%02d", month)) (months run 01–12)" }
        let written = String(format: "%04d-%02d-%02d", year, month, day)
        let monthName = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"][month - 1]
        let days = daysIn(year: year, month: month)
        guard day >= 1 else { return "\(written) does not exist: days run from 01" }
        let leap = month == 2 && day == 29 ? " (\(String(format: "%04d", year)) is not a leap year)" : ""
        return "\(written) does not exist: \(monthName) \(String(format: "%04d", year)) has \(days) days\(leap)"
    }

    /// Why the `YYYY-MM-DD` day at the start of `string` (alone, or before a time) does not exist: a month or day
    /// out of range, February 29 of a common year, year 0000. `nil` when `string` does not start with that shape
    /// or its day exists.
    static func dayProblem(_ string: String) -> String? {
        let bytes = Array(string.utf8)
        guard bytes.count >= 10, bytes.count == 10 || [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[10]),
              bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
        else { return nil }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9].map { bytes[$0] }
        guard digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        func number(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
        if year == 0 { return "year 0000 does not exist (years run from 0001 to 9999)" }
        guard CalendarDate(year: year, month: month, day: day) == nil else { return nil }
        return missingDayProblem(year: year, month: month, day: day)
    }
}
