import ArticleText
import Testing
@testable import TemporalExpressions

/// Random word salads built from temporal vocabulary: the tagger must never trap and must keep its invariants.
struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so that failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let vocabulary = [
        "the", "a", "last", "next", "this", "past", "coming", "previous", "following", "early", "late", "mid-",
        "end", "of", "since", "from", "to", "between", "and", "until", "every", "each", "other", "per", "times",
        "twice", "ago", "later", "earlier", "before", "after", "in", "on", "at", "about", "more", "than", "nearly",
        "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "quarter",
        "hour", "hours", "weekend", "morning", "afternoon", "night", "Monday", "Friday", "Sunday", "May", "March",
        "Feb", ".", ",", "'", "'s", "’s", "-", "–", "/", ":", "$", "%", "2019", "1990s", "2021-22", "2026-02-30",
        "21st", "31", "29", "0", "99", "10:30", "3pm", "a.m.", "p.m.", "Q3", "FY2025", "fiscal", "summer",
        "winter", "fall", "spring", "now", "recently", "today", "yesterday", "tomorrow", "tonight", "Christmas",
        "New", "Year", "Eve", "Day", "two", "twenty-five", "several", "few", "couple", "half", "and-a-half",
        "year-and-a-half", "two-year-old", "decades-long", "H1", "seventies", "latest", "most", "recent", "ahead",
        "future", "moment", "present", "2882015", "555-2019", "example.com/2019/05", "🙂", "e\u{301}",
    ]

    @Test("Random temporal word salads never trap and keep spans exact, ordered and in the text")
    func wordSalads() {
        var rng = SplitMix(state: 20_260_220)
        let dcts: [CalendarDate?] = [
            CalendarDate(iso: "2026-12-30"), CalendarDate(iso: "2027-01-01"), CalendarDate(iso: "2024-02-29"),
            CalendarDate(iso: "2025-06-15"), nil,
        ]
        for round in 0..<400 {
            let count = Int.random(in: 1...30, using: &rng)
            let words = (0..<count).map { _ in Self.vocabulary.randomElement(using: &rng) ?? "" }
            let text = words.joined(separator: Bool.random(using: &rng) ? " " : "  ") + (round % 3 == 0 ? "" : ".")
            let dct = dcts[round % dcts.count]
            let segmented = TextSegmenter().segment(Document(id: "r", text: text, published: dct))
            let annotation = TemporalTagger().tag(segmented)
            var previousEnd = 0
            for t in annotation.timexes {
                #expect(t.start >= previousEnd && t.start < t.end && t.end <= segmented.text.count)
                #expect(segmented.text[t.span] == t.text)
                previousEnd = t.end
                if dct == nil, t.anchoring == .dct { Issue.record("\(t.text) anchored to a missing DCT in \(text)") }
            }
        }
    }
}
