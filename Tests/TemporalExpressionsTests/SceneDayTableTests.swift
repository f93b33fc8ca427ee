import Testing
@testable import TemporalExpressions

/// A clock time or "that morning" without a day of its own falls on the scene day (the first day the latest
/// dated sentence named), not on the last day mentioned; adjectival frequencies, definite seasons, durations
/// with "straight" or "consecutive", and "the full year" after a quarter.
struct SceneDayTableTests {
    static let cases: [TimexCase] = [
        // The scene is Tuesday's; "March 2" is background and the report is published on Thursday.
        TimexCase("The ferry sank off the coast early Tuesday, a week after it left port on March 2. Rescuers reached the wreck at 6:15 a.m. and pulled 40 people from the water that morning.",
                  dct: "2021-03-11",
                  "early Tuesday|DATE|2021-03-09", "a week|DURATION|P1W", "March 2|DATE|2021-03-02",
                  "6:15 a.m.|TIME|2021-03-09T06:15", "that morning|TIME|2021-03-09TMO"),
        // A day named earlier in the clock time's own sentence still dates it.
        TimexCase("The talks resumed on Monday. Delegates left on Wednesday at 9 p.m. for Geneva.", dct: "2021-03-11",
                  "Monday|DATE|2021-03-08", "Wednesday|DATE|2021-03-10", "9 p.m.|TIME|2021-03-10T21:00"),
        TimexCase("Forecasters expect the winter to be mild.", dct: "2019-10-02", "the winter|DATE|2019-WI"),
        TimexCase("Hospitals must file daily reports on bed numbers.", dct: "2019-10-02", "daily|SET|P1D"),
        TimexCase("Exports have fallen for six straight months and for three consecutive years.", dct: "2019-10-02",
                  "six straight months|DURATION|P6M", "three consecutive years|DURATION|P3Y"),
        TimexCase("The brewer earned $40 million in the fourth quarter. For the full year, it earned $150 million.",
                  dct: "2020-02-05", "the fourth quarter|DATE|2019-Q4", "the full year|DATE|2019"),
        // Titles and adjectives after a determiner stay untagged.
        TimexCase("The Daily Telegraph reported the sale. The daily newspaper lost readers.", dct: "2020-02-05"),
    ]

    @Test("Times of day take the scene day; adjectival frequencies, definite seasons and full years", arguments: cases)
    func sceneDay(row: TimexCase) {
        #expect(rendered(row.sentence, dct: row.dct) == row.expected)
    }
}
