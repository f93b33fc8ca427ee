import ArticleText
import GraphModel
import Testing

@Suite struct TimexIntervalTests {
    @Test(arguments: [
        ("2025", "2025-01-01", "2025-12-31"),
        ("2019-03", "2019-03-01", "2019-03-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2026-02-19", "2026-02-19", "2026-02-19"),
        ("2026-02-19T10:30", "2026-02-19", "2026-02-19"),
        ("2024-Q3", "2024-07-01", "2024-09-30"),
        ("2024-H1", "2024-01-01", "2024-06-30"),
        ("2024-SU", "2024-06-01", "2024-08-31"),
        ("2024-WI", "2024-12-01", "2025-02-28"),
        ("2027-W01", "2027-01-04", "2027-01-10"),
        ("2026-W53", "2026-12-28", "2027-01-03"),
        ("199", "1990-01-01", "1999-12-31"),
        ("201X", "2010-01-01", "2019-12-31"),
        ("19", "1900-01-01", "1999-12-31"),
    ])
    func calendarValuesCoverTheirDays(value: String, first: String, last: String) throws {
        let interval = try #require(TimexInterval(timex: value))
        #expect(interval.first.description == first)
        #expect(interval.last.description == last)
    }

    @Test(arguments: ["PAST_REF", "PRESENT_REF", "P5Y", "XXXX-02-19", "2025-13", "2025-02-30", "2025-W54", "", "soon"])
    func vagueAndMalformedValuesHaveNoInterval(value: String) {
        #expect(TimexInterval(timex: value) == nil)
    }

    @Test func aDaySortsBeforeTheYearItStartsAndTheYearBeforeLaterDays() throws {
        let values = ["2025-06", "2025", "2025-01-01", "2019", "2026-02-20"]
        let sorted = try values.map { try #require(TimexInterval(timex: $0)) }.sorted()
        #expect(sorted.map(\.description) == [
            "2019-01-01…2019-12-31", "2025-01-01", "2025-01-01…2025-12-31", "2025-06-01…2025-06-30", "2026-02-20",
        ])
    }

    @Test func intervalsOverlapAndContain() throws {
        let year = try #require(TimexInterval(timex: "2025"))
        let month = try #require(TimexInterval(timex: "2025-03"))
        let later = try #require(TimexInterval(timex: "2026"))
        #expect(year.contains(month) && year.overlaps(month) && !month.contains(year))
        #expect(!year.overlaps(later))
    }
}
