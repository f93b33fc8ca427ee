import ArticleText

/// Clock times: "10:30", "10:30 a.m.", "3 p.m.", "3pm", "noon", "midnight", resolved on the reference day.
extension SentenceScanner {
    func matchClockTime(at i: Int) -> TimexCandidate? {
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
        } else if pieces.count == 1, let h = Int(pieces[0]), h >= 1, h <= 12, meridiem != nil || true {
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
        if ["gmt", "utc", "est", "edt", "pst", "pdt", "cet", "kst", "jst", "bst"].contains(w(last + 1)) { last += 1 }
        return onReferenceDay(i, last, clock: "\(TimexFormat.two(hour)):\(TimexFormat.two(minute))")
    }

    /// A TIME on the reference day (the last day mentioned, or the DCT).
    func onReferenceDay(_ first: Int, _ last: Int, clock: String) -> TimexCandidate {
        guard let day = reference ?? dct else {
            return TimexCandidate(first: first, last: last, type: .time, value: "XXXX-XX-XXT\(clock)", anchoring: .unresolved)
        }
        return TimexCandidate(first: first, last: last, type: .time, value: "\(TimexFormat.day(day))T\(clock)",
                              anchoring: reference == nil ? .dct : .timex)
    }
}
