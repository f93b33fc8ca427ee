import Testing
@testable import TemporalExpressions

/// TimeML duration values for halves and lengths written as adjectives: "half an hour" is PT30M, not the hour
/// inside it; "a year and a half" is P18M; "a week-long truce" is P1W.
struct DurationConventionTableTests {
    static let cases: [TimexCase] = [
        TimexCase("The vote was delayed by half an hour.", dct: "2021-05-03", "half an hour|DURATION|PT30M"),
        TimexCase("Negotiators talked for about half a day.", dct: "2021-05-03", "about half a day|DURATION|PT12H"),
        TimexCase("The dispute has simmered for half a century.", dct: "2021-05-03", "half a century|DURATION|P50Y"),
        TimexCase("The junta ruled for a year and a half.", dct: "2021-05-03", "a year and a half|DURATION|P18M"),
        TimexCase("Rescuers searched for two days and a half.", dct: "2021-05-03", "two days and a half|DURATION|PT60H"),
        TimexCase("A week-long truce began on Monday.", dct: "2021-05-03", "week-long|DURATION|P1W", "Monday|DATE|2021-05-03"),
        TimexCase("The month-long strike ended.", dct: "2021-05-03", "month-long|DURATION|P1M"),
        // "half" of something else is no duration.
        TimexCase("Half a million people marched.", dct: "2021-05-03"),
    ]

    @Test("Halves and adjectival lengths take their TimeML duration values", arguments: cases)
    func durations(row: TimexCase) {
        #expect(rendered(row.sentence, dct: row.dct) == row.expected)
    }
}
