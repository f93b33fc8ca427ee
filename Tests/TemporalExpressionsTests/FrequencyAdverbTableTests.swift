import Testing
@testable import TemporalExpressions

/// Frequency adverbs are SETs wherever they end their phrase (before punctuation, a preposition or a conjunction),
/// "quarterly" among them; the adjective before a noun is not.
struct FrequencyAdverbTableTests {
    static let cases: [TimexCase] = [
        TimexCase("The two committees have met weekly since the flood.", dct: "2023-08-14", "weekly|SET|P1W"),
        TimexCase("The airline hopes to fly monthly by next spring.", dct: "2023-08-14",
                  "monthly|SET|P1M", "next spring|DATE|2024-SP"),
        TimexCase("The fund pays interest quarterly and reinvests the rest.", dct: "2023-08-14", "quarterly|SET|P3M"),
        TimexCase("Prices are reviewed quarterly.", dct: "2023-08-14", "quarterly|SET|P3M"),
        TimexCase("Inspectors visited the plant daily until the leak was sealed.", dct: "2023-08-14", "daily|SET|P1D"),
        // Adjectives before their noun stay untagged.
        TimexCase("The quarterly report showed a loss.", dct: "2023-08-14"),
        TimexCase("Its weekly market drew crowds.", dct: "2023-08-14"),
    ]

    @Test("Frequency adverbs that end their phrase are SETs; adjectives before a noun are not", arguments: cases)
    func frequencies(row: TimexCase) {
        #expect(rendered(row.sentence, dct: row.dct) == row.expected)
    }
}
