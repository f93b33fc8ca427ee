import Testing
@testable import TemporalExpressions

/// Words and numbers that look temporal but are not, and sentences with exactly the expected expressions.
struct NonTimexTableTests {
    static let cases: [TimexCase] = [
        TimexCase("Moscow may be supplying shells to Pyongyang.", dct: "2025-07-10"),
        TimexCase("Prime Minister Theresa May met the envoy.", dct: "2019-03-10"),
        TimexCase("May said the deal was dead.", dct: "2019-03-10"),
        TimexCase("Mrs May will travel to Brussels.", dct: "2019-03-10"),
        TimexCase("The shares cost $27 each.", dct: "2026-02-20"),
        TimexCase("The firm paid $2019 in fees.", dct: "2026-02-20"),
        TimexCase("Call 555-2019 for details.", dct: "2026-02-20"),
        TimexCase("The hotline is 02 2100 3000.", dct: "2026-02-20"),
        TimexCase("See example.com/2019/05/story for more.", dct: "2026-02-20"),
        TimexCase("The code 2882015 was leaked.", dct: "2026-02-20"),
        TimexCase("About 2000 troops crossed the border.", dct: "2026-02-20"),
        TimexCase("Officials counted 1500 people.", dct: "2026-02-20"),
        TimexCase("The march on the capital drew crowds.", dct: "2026-02-20"),
        TimexCase("Prices may fall, analysts say.", dct: "2026-02-20"),
        TimexCase("The army's second division moved.", dct: "2026-02-20"),
        TimexCase("The Arab Spring changed the region.", dct: "2026-02-20"),
        TimexCase("Stocks fall on weak data.", dct: "2026-02-20"),
        TimexCase("The daily newspaper closed.", dct: "2026-02-20"),
        TimexCase("A long-term strategy was adopted.", dct: "2026-02-20"),
        TimexCase("His second term began badly.", dct: "2026-02-20"),
        TimexCase("The fall of the city shocked the world.", dct: "2026-02-20"),
        TimexCase("Version 2.0 was shipped with 1080 pixels.", dct: "2026-02-20"),
        TimexCase("Flight 2019 landed safely.", dct: "2026-02-20"),
        TimexCase("The vote won 51% support.", dct: "2026-02-20"),
        TimexCase("The company said it may cut jobs in May.", dct: "2026-02-20", "May|DATE|2026-05"),
        TimexCase("Talks were held in May and June.", dct: "2026-09-20", "May|DATE|2026-05", "June|DATE|2026-06"),
        TimexCase("Mr. May and Ms. June spoke.", dct: "2026-09-20"),
        TimexCase("The gathering, the first of its kind since 2021, opened.", dct: "2026-02-20", "2021|DATE|2021"),
        TimexCase("Engagement has been frozen since 2019, when talks collapsed.", dct: "2026-02-20", "2019|DATE|2019"),
    ]

    @Test("Look-alikes are not temporal expressions", arguments: cases)
    func lookAlikes(_ row: TimexCase) {
        #expect(rendered(row.sentence, dct: row.dct) == row.expected)
    }

    @Test("\"since 2021\" keeps the preposition out and records the range to the DCT")
    func sinceRange() throws {
        let t = try #require(tag("The first gathering since 2021 opened.", dct: "2026-02-20").timexes.first)
        #expect(t.text == "2021")
        #expect(t.rangeBegin == "2021")
        #expect(t.rangeEnd == "2026-02-20")
    }

    @Test("\"from 2019 to 2021\" and \"between March and May\" record both ends on both expressions")
    func fromToRange() {
        let years = tag("Output doubled from 2019 to 2021.", dct: "2026-02-20").timexes
        #expect(years.map(\.rangeBegin) == ["2019", "2019"])
        #expect(years.map(\.rangeEnd) == ["2021", "2021"])
        let months = tag("Trade grew between March and May.", dct: "2025-10-02").timexes
        #expect(months.map(\.rangeBegin) == ["2025-03", "2025-03"])
        #expect(months.map(\.rangeEnd) == ["2025-05", "2025-05"])
    }
}

/// Weekday names inside titles of newspapers and events.
struct WeekdayTitleTests {
    @Test("\"The Sunday Times\" is a newspaper, not a date")
    func newspaper() {
        #expect(rendered("The Sunday Times reported the deal.", dct: "2026-02-20").isEmpty)
        #expect(rendered("The deal was reported on Sunday.", dct: "2026-02-20") == ["Sunday|DATE|2026-02-15"])
    }
}
