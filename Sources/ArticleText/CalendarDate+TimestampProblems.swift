/// Messages for publication timestamps in shapes that other tools write and RFC 3339 does not allow.
extension CalendarDate {
    /// What is wrong with `string`, a publication date that is no ``init(published:)`` value but whose day is
    /// a real `YYYY-MM-DD` day followed by a time: the shapes feeds and databases write that RFC 3339 does not
    /// allow — a space instead of the `T` (`2025-01-01 10:00:00Z`, SQL's format), a time without seconds, no
    /// UTC offset, an offset without its colon (`+0530`, ISO 8601's basic format) or without minutes (`+05`) —
    /// and a time or offset out of range (`25:00:00`, `+25:00`), named. `nil` when `string` has no such
    /// shape (the caller's message then says what a date must look like).
    /// - Returns: The problems in one phrase, with the corrected timestamp when the problems can be corrected
    ///   without guessing (`a space stands between the day and the time where RFC 3339 has a T; write
    ///   2025-01-01T10:00:00Z`).
    public static func publishedProblem(_ string: String) -> String? {
        let bytes = Array(string.utf8)
        guard bytes.count > 10, CalendarDate(iso: String(decoding: bytes[0..<10], as: UTF8.self)) != nil else { return nil }
        let digit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        func value(_ slice: ArraySlice<UInt8>) -> Int { slice.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        var problems: [String] = []
        var fixed = Array(bytes[0..<10]) + Array("T".utf8)
        var guessable = true
        switch bytes[10] {
        case UInt8(ascii: "T"), UInt8(ascii: "t"): break
        case UInt8(ascii: " "): problems.append("a space stands between the day and the time where RFC 3339 has a T")
        default: return nil
        }
        // The time: HH:MM, then :SS and a fraction.
        var index = 11
        let time = bytes[index...].prefix { digit($0) || $0 == UInt8(ascii: ":") }
        let parts = time.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0.count == 2 }) else { return nil }
        index += time.count
        let (hour, minute) = (value(parts[0]), value(parts[1]))
        if hour > 23 { problems.append("hour \(hour) is out of range (00–23)") }
        if minute > 59 { problems.append("minute \(minute) is out of range (00–59)") }
        if parts.count == 3, value(parts[2]) > 60 { problems.append("second \(value(parts[2])) is out of range (00–60)") }
        fixed += time
        if parts.count == 2 {
            problems.append("the time has no seconds (RFC 3339 needs HH:MM:SS)")
            fixed += Array(":00".utf8)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            let digits = bytes[(index + 1)...].prefix(while: digit)
            guard !digits.isEmpty else { return nil }
            fixed += bytes[index..<index + 1 + digits.count]
            index += 1 + digits.count
        }
        // The UTC offset: Z, or ±HH:MM.
        let zone = bytes[index...]
        let shown = String(decoding: zone, as: UTF8.self)
        if zone.isEmpty {
            problems.append("it has no UTC offset (add Z for UTC or the publisher's offset, such as -05:00)")
            guessable = false
        } else if zone.count == 1, zone.first == UInt8(ascii: "Z") || zone.first == UInt8(ascii: "z") {
            fixed += zone
        } else if let sign = zone.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            let rest = zone.dropFirst()
            let hours: ArraySlice<UInt8>, minutes: ArraySlice<UInt8>
            if rest.count == 5, rest[rest.startIndex + 2] == UInt8(ascii: ":") {
                (hours, minutes) = (rest.prefix(2), rest.suffix(2))
            } else if rest.count == 4 {
                (hours, minutes) = (rest.prefix(2), rest.suffix(2))
                problems.append("its UTC offset \(shown) has no colon (RFC 3339 writes \(shown.prefix(3)):\(shown.suffix(2)))")
            } else if rest.count == 2 {
                (hours, minutes) = (rest.prefix(2), Array("00".utf8)[...])
                problems.append("its UTC offset \(shown) has no minutes (RFC 3339 writes \(shown):00)")
            } else {
                return nil
            }
            guard hours.allSatisfy(digit), minutes.allSatisfy(digit) else { return nil }
            if value(hours) > 23 || value(minutes) > 59 {
                problems.append("its UTC offset \(shown) is out of range (-23:59 to +23:59)")
            }
            fixed += [sign] + hours + Array(":".utf8) + minutes
        } else {
            return nil
        }
        guard !problems.isEmpty else { return nil }
        let corrected = String(decoding: fixed, as: UTF8.self)
        let advice = guessable && CalendarDate(published: corrected) != nil ? "; write \(corrected)" : ""
        return problems.joined(separator: "; ") + advice
    }
}
