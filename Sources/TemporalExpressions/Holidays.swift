/// Fixed-date holidays read as month-days ("Christmas" → `XXXX-12-25` resolved by tense).
enum Holidays {
    /// Holiday name (lower-cased first word) → (second word needed or `nil`, month, day).
    static let fixed: [String: [(next: String?, month: Int, day: Int)]] = [
        "christmas": [("eve", 12, 24), ("day", 12, 25), (nil, 12, 25)],
        "new": [("year's", 1, 1)],
        "valentine's": [("day", 2, 14)],
        "halloween": [(nil, 10, 31)],
        "boxing": [("day", 12, 26)],
    ]
}

extension SentenceScanner {
    /// "Christmas", "Christmas Eve", "New Year's Day", "New Year's Eve", "Valentine's Day", "Halloween".
    func matchHoliday(at i: Int) -> TimexCandidate? {
        guard isCapitalized(i), let options = Holidays.fixed[w(i)] else { return nil }
        for option in options {
            var last = i
            var month = option.month
            var day = option.day
            if let next = option.next {
                if w(i) == "new" {
                    // "New Year's Day" / "New Year's Eve": "Year", "'s", "Day|Eve" (or "Year's" as one word).
                    var k = i + 1
                    guard w(k) == "year" || w(k) == "year's" else { return nil }
                    if w(k) == "year", w(k + 1) == "'s" || w(k + 1) == "’s" { k += 1 }
                    k += 1
                    guard w(k) == "day" || w(k) == "eve" else { return nil }
                    if w(k) == "eve" { month = 12; day = 31 }
                    last = k
                } else {
                    guard w(i + 1) == next else { continue }
                    last = i + 1
                }
            } else if isCapitalized(i + 1) {
                return nil  // "Christmas Charity", "Halloween Parade"
            }
            if let y = yearNumber(last + 1) {
                return TimexCandidate(first: i, last: last + 1, type: .date,
                                      value: "\(TimexFormat.month(y, month))-\(TimexFormat.two(day))", anchoring: .absolute)
            }
            return monthDay(month: month, day: day, first: i, last: last, tenseAt: i)
        }
        return nil
    }
}
