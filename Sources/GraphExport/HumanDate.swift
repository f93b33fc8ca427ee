/// TIMEX3 date values as people write them in a briefing: `2025-09` → "Sep 2025", `2025-09-14` →
/// "14 Sep 2025", `2020-01-11TMO` → "11 Jan 2020" (the time of day is dropped), `2025-Q1` → "Q1 2025",
/// `201` → "2010s". Values it cannot read (durations, `XXXX-02-19`) come back unchanged; vague reference
/// values read "in the past", "now", "in future".
enum HumanDate {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let seasons = ["SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"]

    /// One TIMEX3 value as text.
    static func text(_ value: String) -> String {
        switch value {
        case "PAST_REF": return "in the past"
        case "PRESENT_REF": return "now"
        case "FUTURE_REF": return "in future"
        default: break
        }
        let date = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? value
        let parts = date.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = parts.first, year.allSatisfy(\.isNumber), !year.isEmpty else { return value }
        switch (year.count, parts.count) {
        case (2, 1): return "\(year)00s"
        case (3, 1): return "\(year)0s"
        case (4, 1): return year
        case (4, 2):
            let part = parts[1]
            if let month = Int(part), (1...12).contains(month), part.count == 2 { return "\(months[month - 1]) \(year)" }
            if let season = seasons[part] { return "\(season) \(year)" }
            if part.hasPrefix("Q") || part.hasPrefix("H") { return "\(part) \(year)" }
            if part.hasPrefix("W"), let week = Int(part.dropFirst()) { return "week \(week), \(year)" }
            return value
        case (4, 3):
            guard let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]) else { return value }
            return "\(day) \(months[month - 1]) \(year)"
        default: return value
        }
    }

    /// A date as text, "since …" when it opens a range the event lies in.
    static func text(_ value: String, since: Bool) -> String { since ? "since \(text(value))" : text(value) }

    /// A range of values as text: "2025", "2019 – Sep 2025", or `nil` when undated.
    static func range(first: String?, last: String?) -> String? {
        switch (first, last) {
        case let (first?, last?) where first != last: "\(text(first)) – \(text(last))"
        case let (first?, _): text(first)
        case let (nil, last?): text(last)
        case (nil, nil): nil
        }
    }

    /// The granularity of a TIMEX3 value: `day`, `week`, `month`, `season`, `quarter`, `half`, `year`,
    /// `decade`, `century`, `vague` (reference values, unknown digits) or `none` (no value).
    static func granularity(_ value: String?) -> String {
        guard let value else { return "none" }
        let date = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? value
        let parts = date.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = parts.first, !year.isEmpty, year.allSatisfy(\.isNumber) else { return "vague" }
        switch (year.count, parts.count) {
        case (2, 1): return "century"
        case (3, 1): return "decade"
        case (4, 1): return "year"
        case (4, 2):
            let part = parts[1]
            if Int(part) != nil { return "month" }
            if seasons[part] != nil { return "season" }
            if part.hasPrefix("Q") { return "quarter" }
            if part.hasPrefix("H") { return "half" }
            if part.hasPrefix("W") { return "week" }
            return "vague"
        case (4, 3): return Int(parts[2]) != nil ? "day" : "vague"
        default: return "vague"
        }
    }
}
