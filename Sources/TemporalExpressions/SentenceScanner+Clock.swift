import ArticleText

/// Clock times: "10:30", "10:30 a.m.", "3 p.m.", "3pm", "noon", "midnight", resolved on the reference day.
extension SentenceScanner {
    func matchClockTime(at i: Int) -> TimexCandidate? {
        if ["around", "about", "approximately", "roughly", "shortly", "just"].contains(w(i)) {
            guard w(i) != "shortly" && w(i) != "just" || ["before", "after"].contains(w(i + 1)) else { return nil }
            let inner = w(i) == "shortly" || w(i) == "just" ? i + 2 : i + 1
            guard var c = matchClockTime(at: inner) else { return nil }
            if inner == i + 1 {
                c.first = i
                c.mod = "APPROX"
            }
            return inner == i + 1 ? c : nil
        }
        let word = w(i)
        if word == "noon" || word == "midnight" {
            guard ["at", "by", "until", "before", "after", "around", "from", "to", "till", "past"].contains(w(i - 1)) else { return nil }
            return onReferenceDay(i, i, clock: word == "noon" ? "12:00" : "24:00")
        }
        guard isNumber(i), !isInsideIdentifier(i) else { return nil }
        var hour: Int
        var minute = 0
        var last = i
        var body = Substring(word)
        var meridiem: String? = nil
        for suffix in ["am", "pm"] where body.hasSuffix(suffix) {
            meridiem = suffix
            body = body.dropLast(2)
        }
        let pieces = body.split(separator: ":")
        if pieces.count == 2, pieces[1].count == 2, let h = Int(pieces[0]), let m = Int(pieces[1]), h < 25, m < 60 {
            hour = h
            minute = m
        } else if pieces.count == 1, let h = Int(pieces[0]), h >= 1, h <= 12 {
            hour = h
        } else {
            return nil
        }
        if meridiem == nil {
            // "a.m." / "p.m." arrive as letters and periods; "am"/"pm" as a word.
            if ["a", "p"].contains(w(i + 1)), w(i + 2) == ".", w(i + 3) == "m" {
                meridiem = w(i + 1) + "m"
                last = i + 3
                if w(i + 4) == "." , i + 5 < words.count { last = i + 4 }
            } else if ["am", "pm", "a.m", "p.m", "a.m.", "p.m."].contains(w(i + 1)) {
                meridiem = String(w(i + 1).prefix(1)) + "m"
                last = i + 1
            } else if w(i + 1) == "o'clock" {
                last = i + 1
            } else if pieces.count == 1 {
                return nil
            }
        }
        if meridiem == "pm", hour < 12 { hour += 12 }
        if meridiem == "am", hour == 12 { hour = 0 }
        if SentenceScanner.timeZones.contains(w(last + 1)) { last += 1 }
        return onReferenceDay(i, last, clock: "\(TimexFormat.two(hour)):\(TimexFormat.two(minute))")
    }

    /// The day named by a weekday or month-day at `k`, if any.
    func followingDay(at k: Int) -> CalendarDate? {
        guard k < words.count, TemporalLexicon.weekdays[w(k)] != nil || monthAt(k) != nil else { return nil }
        let c = TemporalLexicon.weekdays[w(k)] != nil ? matchWeekday(at: k) : matchMonthFirst(at: k, start: k)
        guard let value = c?.value.split(separator: "T").first else { return nil }
        return CalendarDate(iso: String(value))
    }

    /// Time-zone abbreviations that may follow a clock time.
    static let timeZones: Set<String> = ["gmt", "utc", "est", "edt", "pst", "pdt", "cet", "cest", "kst", "jst", "bst", "ist", "msk"]

    /// A TIME on the reference day (the last day mentioned, or the DCT).
    func onReferenceDay(_ first: Int, _ last: Int, clock: String) -> TimexCandidate {
        // A weekday or date right after the clock time names its day: "midnight Wednesday", "9 a.m. on May 2".
        var k = last + 1
        if w(k) == "on" || w(k) == "," { k += 1 }
        if let day = followingDay(at: k) {
            return TimexCandidate(first: first, last: last, type: .time, value: "\(TimexFormat.day(day))T\(clock)", anchoring: .dct)
        }
        guard let day = timeOfDayReference ?? dct else {
            return TimexCandidate(first: first, last: last, type: .time, value: "XXXX-XX-XXT\(clock)", anchoring: .unresolved)
        }
        return TimexCandidate(first: first, last: last, type: .time, value: "\(TimexFormat.day(day))T\(clock)",
                              anchoring: timeOfDayReference == nil ? .dct : .timex)
    }

    /// The day a time of day without its own day falls on: the last day this sentence named before it, else
    /// the scene day (`sceneDay`), else the last day mentioned.
    var timeOfDayReference: CalendarDate? {
        namedDay ? reference : sceneDay ?? reference
    }
}
