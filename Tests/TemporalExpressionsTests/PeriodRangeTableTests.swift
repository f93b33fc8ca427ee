import Testing
@testable import TemporalExpressions

/// Ranges from "until", the adjective "annual", stretches of a year and year-earlier comparisons, rendered with
/// their recorded ranges as `text|TYPE|value|rangeBegin|rangeEnd`.
struct PeriodRangeTableTests {
    static let cases: [TimexCase] = [
        // "until X": the end of the range; the DCT begins it when X lies ahead.
        TimexCase("The ban will remain in force until March 2026.", dct: "2019-10-15", "March 2026|DATE|2026-03|2019-10-15|2026-03"),
        TimexCase("The talks were put off until Monday.", dct: "2025-06-15", "Monday|DATE|2025-06-16||2025-06-16"),
        TimexCase("\"I will be governor until next Wednesday,\" he said.", dct: "2019-08-04",
                  "next Wednesday|DATE|2019-08-07|2019-08-04|2019-08-07"),
        TimexCase("The court ruled on the suspension of Parliament until October 14.", dct: "2019-09-24",
                  "October 14|DATE|2019-10-14||2019-10-14"),
        TimexCase("The ceasefire lasted until 2019.", dct: "2020-05-01", "2019|DATE|2019||2019"),
        TimexCase("He held the post till 2011.", dct: "2019-01-04", "2011|DATE|2011||2011"),
        TimexCase("He served as Vice President from 2008 until 2016.", dct: "2019-09-25",
                  "2008|DATE|2008|2008|2016", "2016|DATE|2016|2008|2016"),
        // "annual" is a SET, like "annually".
        TimexCase("The two leaders hold an annual summit.", dct: "2019-10-15", "annual|SET|P1Y||"),
        TimexCase("It was revealed at the company's annual Worldwide Developers Conference.", dct: "2009-06-09", "annual|SET|P1Y||"),
        TimexCase("It raises money annually.", dct: "2019-01-14", "annually|SET|P1Y||"),
        // Stretches of a year: DURATIONs whose range records the months.
        TimexCase("Profits rose 5% in the first nine months of the year.", dct: "2019-10-15",
                  "the first nine months of the year|DURATION|P9M|2019-01|2019-09"),
        TimexCase("Sales rose in the first three months of 2018.", dct: "2019-10-15",
                  "the first three months of 2018|DURATION|P3M|2018-01|2018-03"),
        TimexCase("Profit rose in the first six months.", dct: "2019-10-15", "the first six months|DURATION|P6M|2019-01|2019-06"),
        TimexCase("Profit rose in the first six months.", dct: "2019-03-15", "the first six months|DURATION|P6M|2018-01|2018-06"),
        TimexCase("Sales fell in the last three months of last year.", dct: "2019-10-15",
                  "the last three months of last year|DURATION|P3M|2018-10|2018-12"),
        TimexCase("Prices rose over the last nine months.", dct: "2019-10-15", "the last nine months|DURATION|P9M|2019-01-15|2019-10-15"),
        TimexCase("Sales fell in the first half of the year.", dct: "2019-10-15", "the first half of the year|DATE|2019-H1||"),
        // Year-earlier comparisons: the period last named, a year back.
        TimexCase("Net income rose to $5 million in the third quarter from $3 million in the year-earlier period.", dct: "2019-10-15",
                  "the third quarter|DATE|2019-Q3||", "the year-earlier period|DATE|2018-Q3||"),
        TimexCase("Sales rose in the first nine months of 2019 from the year-earlier period.", dct: "2019-10-15",
                  "the first nine months of 2019|DURATION|P9M|2019-01|2019-09", "the year-earlier period|DURATION|P9M|2018-01|2018-09"),
        TimexCase("Revenue rose in September from the year-ago month.", dct: "2019-10-15",
                  "September|DATE|2019-09||", "the year-ago month|DATE|2018-09||"),
        TimexCase("Net income rose from the year-earlier quarter.", dct: "2019-10-15", "the year-earlier quarter|DATE|2018-Q3||"),
    ]

    @Test("Ranges, annual sets and year stretches carry their values and ranges", arguments: cases)
    func periods(row: TimexCase) {
        let found = tag(row.sentence, dct: row.dct).timexes.map {
            "\($0.text)|\($0.type.rawValue)|\($0.value)|\($0.rangeBegin ?? "")|\($0.rangeEnd ?? "")"
        }
        #expect(found == row.expected)
    }
}
