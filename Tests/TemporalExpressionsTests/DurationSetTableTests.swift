import Testing
@testable import TemporalExpressions

/// Durations, anchored durations and recurrences.
struct DurationSetTableTests {
    static let cases: [TimexCase] = [
        // Durations
        TimexCase("He served five years in prison.", dct: "2026-02-20", "five years|DURATION|P5Y"),
        TimexCase("The siege lasted 24 hours.", dct: "2026-02-20", "24 hours|DURATION|PT24H"),
        TimexCase("He held his first summit in six years with Xi.", dct: "2026-02-20", "six years|DURATION|P6Y"),
        TimexCase("The congress follows weeks of visits.", dct: "2026-02-20", "weeks|DURATION|PXW"),
        TimexCase("The strike went on for months.", dct: "2026-02-20", "months|DURATION|PXM"),
        TimexCase("Talks have stalled for years.", dct: "2026-02-20", "years|DURATION|PXY"),
        TimexCase("The war has lasted a decade.", dct: "2026-02-20", "a decade|DURATION|P1DE"),
        TimexCase("The talks took several weeks.", dct: "2026-02-20", "several weeks|DURATION|PXW"),
        TimexCase("The vote was delayed by a few days.", dct: "2026-02-20", "a few days|DURATION|PXD"),
        TimexCase("The ceasefire held for 30 minutes.", dct: "2026-02-20", "30 minutes|DURATION|PT30M"),
        TimexCase("He won a two-year term.", dct: "2026-02-20", "two-year|DURATION|P2Y"),
        TimexCase("The 10-year plan was approved.", dct: "2026-02-20", "10-year|DURATION|P10Y"),
        TimexCase("The fighting lasted twenty-five days.", dct: "2026-02-20", "twenty-five days|DURATION|P25D"),
        TimexCase("The project took about three years.", dct: "2026-02-20", "about three years|DURATION|P3Y"),
        TimexCase("The blockade lasted more than a decade.", dct: "2026-02-20", "more than a decade|DURATION|P1DE"),
        TimexCase("The dispute has run for nearly two decades.", dct: "2026-02-20", "nearly two decades|DURATION|P2DE"),
        TimexCase("Decisions could shape policy for the next five years.", dct: "2026-02-20", "the next five years|DURATION|P5Y"),
        TimexCase("Prices doubled over the past two years.", dct: "2026-02-20", "the past two years|DURATION|P2Y"),
        TimexCase("Twelve people died in the last 24 hours.", dct: "2026-02-20", "the last 24 hours|DURATION|PT24H"),
        TimexCase("Exports rose over the past year.", dct: "2026-02-20", "the past year|DURATION|P1Y"),
        TimexCase("Attacks rose over the past few months.", dct: "2026-02-20", "the past few months|DURATION|PXM"),
        TimexCase("The accord lasted three days.", dct: "2026-02-20", "three days|DURATION|P3D"),
        TimexCase("He spent a month in Moscow.", dct: "2026-02-20", "a month|DURATION|P1M"),
        TimexCase("The trial lasted a week.", dct: "2026-02-20", "a week|DURATION|P1W"),
        TimexCase("Officials had two hours to leave.", dct: "2026-02-20", "two hours|DURATION|PT2H"),
        TimexCase("It is his first visit in decades.", dct: "2026-02-20", "decades|DURATION|PXDE"),
        TimexCase("A 90-day truce was agreed.", dct: "2026-02-20", "90-day|DURATION|P90D"),
        // Sets
        TimexCase("The congress meets every five years.", dct: "2026-02-20", "every five years|SET|P5Y"),
        TimexCase("The report is published annually.", dct: "2026-02-20", "annually|SET|P1Y"),
        TimexCase("Inspectors visit each week.", dct: "2026-02-20", "each week|SET|P1W"),
        TimexCase("The council meets every Monday.", dct: "2026-02-20", "every Monday|SET|XXXX-WXX-1"),
        TimexCase("Leaders meet twice a year.", dct: "2026-02-20", "twice a year|SET|P1Y"),
        TimexCase("The plant makes 15 tankers a year.", dct: "2026-02-20", "a year|SET|P1Y"),
        TimexCase("Elections are held every year.", dct: "2026-02-20", "every year|SET|P1Y"),
        TimexCase("Patrols run every other week.", dct: "2026-02-20", "every other week|SET|P2W"),
        TimexCase("The drill is held every summer.", dct: "2026-02-20", "every summer|SET|XXXX-SU"),
        TimexCase("The board meets three times a month.", dct: "2026-02-20", "three times a month|SET|P1M"),
        TimexCase("Fees rise 5% per year.", dct: "2026-02-20", "per year|SET|P1Y"),
        TimexCase("Guards change every morning.", dct: "2026-02-20", "every morning|SET|TMO"),
        TimexCase("The council meets once a week.", dct: "2026-02-20", "once a week|SET|P1W"),
    ]

    @Test("Durations and sets get ISO 8601 duration values", arguments: cases)
    func durations(_ row: TimexCase) {
        #expect(rendered(row.sentence, dct: row.dct) == row.expected)
    }

    @Test("An anchored duration records its range from the DCT")
    func anchoredRange() throws {
        let next = try #require(tag("Decisions could shape policy for the next five years.", dct: "2026-02-20").timexes.first)
        #expect(next.rangeBegin == "2026-02-20")
        #expect(next.rangeEnd == "2031-02-20")
        let past = try #require(tag("Prices doubled over the past two years.", dct: "2026-02-20").timexes.first)
        #expect(past.rangeBegin == "2024-02-20")
        #expect(past.rangeEnd == "2026-02-20")
    }

    @Test("A set carries its quantifier and frequency")
    func setAttributes() throws {
        let every = try #require(tag("The congress meets every five years.", dct: "2026-02-20").timexes.first)
        #expect(every.quant == "EVERY")
        let twice = try #require(tag("Leaders meet twice a year.", dct: "2026-02-20").timexes.first)
        #expect(twice.freq == "2X")
    }
}
