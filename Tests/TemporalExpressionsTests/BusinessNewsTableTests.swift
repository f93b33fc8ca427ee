import Testing
@testable import TemporalExpressions

/// Expressions typical of business and market reports (quarters, fiscal years, sessions), DCT Friday 2008-10-10.
struct BusinessNewsTableTests {
    static let cases: [TimexCase] = [
        TimexCase("Shares fell late Friday after the Dow closed at its lowest level since 2003.", dct: "2008-10-10", "late Friday|DATE|2008-10-10", "2003|DATE|2003"),
        TimexCase("Ford posted a loss in the latest quarter.", dct: "2008-10-10", "the latest quarter|DATE|2008-Q3"),
        TimexCase("GM's third-quarter loss widened from last year's third quarter.", dct: "2008-10-10", "third-quarter|DATE|2008-Q3", "last year's third quarter|DATE|2007-Q3"),
        TimexCase("Profit rose from 2007's fourth quarter.", dct: "2008-10-10", "2007's fourth quarter|DATE|2007-Q4"),
        TimexCase("The index hit a 52-week low on Thursday.", dct: "2008-10-10", "52-week|DURATION|P52W", "Thursday|DATE|2008-10-09"),
        TimexCase("Stocks rose in early trading on Monday morning.", dct: "2008-10-10", "Monday morning|TIME|2008-10-06TMO"),
        TimexCase("Sales fell 20% in September from a year earlier.", dct: "2008-10-10", "September|DATE|2008-09", "a year earlier|DATE|2007"),
        TimexCase("The company will report earnings on Oct. 28.", dct: "2008-10-10", "Oct. 28|DATE|2008-10-28"),
        TimexCase("The plant will close by the end of next year.", dct: "2008-10-10", "the end of next year|DATE|2009"),
        TimexCase("The Dow fell 7.3 percent to 8,579 at 4 p.m. in New York.", dct: "2008-10-10", "4 p.m.|TIME|2008-10-10T16:00"),
        TimexCase("The stock has lost half its value over the past 12 months.", dct: "2008-10-10", "the past 12 months|DURATION|P12M"),
        TimexCase("The deal should close in the fourth quarter of 2008 or early 2009.", dct: "2008-10-10", "the fourth quarter of 2008|DATE|2008-Q4", "early 2009|DATE|2009"),
        TimexCase("Earlier this week, the Fed cut rates.", dct: "2008-10-10", "Earlier this week|DATE|2008-W41"),
        TimexCase("On Sept. 15, Lehman filed for bankruptcy.", dct: "2008-10-10", "Sept. 15|DATE|2008-09-15"),
        TimexCase("Last Thursday, the House passed the bill.", dct: "2008-10-10", "Last Thursday|DATE|2008-10-09"),
        TimexCase("The two-day meeting ends Saturday.", dct: "2008-10-10", "two-day|DURATION|P2D", "Saturday|DATE|2008-10-11"),
        TimexCase("The bailout passed Congress a week ago.", dct: "2008-10-10", "a week ago|DATE|2008-W40"),
        TimexCase("He was named chief executive in 2006 after 22 years at the firm.", dct: "2008-10-10", "2006|DATE|2006", "22 years|DURATION|P22Y"),
        TimexCase("Chrysler expects to return to profit by 2010.", dct: "2008-10-10", "2010|DATE|2010"),
        TimexCase("Profit in the most recent quarter fell.", dct: "2008-10-10", "the most recent quarter|DATE|2008-Q3"),
    ]

    @Test("Market and business report expressions", arguments: cases)
    func business(_ row: TimexCase) {
        #expect(rendered(row.sentence, dct: row.dct) == row.expected)
    }
}
