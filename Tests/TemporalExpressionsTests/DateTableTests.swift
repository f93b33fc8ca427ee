import Testing
@testable import TemporalExpressions

/// Calendar dates in the forms news uses, resolved against the DCT.
struct DateTableTests {
    static let cases: [TimexCase] = [
        // Full dates
        TimexCase("The deal was signed on Feb. 20, 2026, in Seoul.", dct: "2026-03-01", "Feb. 20, 2026|DATE|2026-02-20"),
        TimexCase("The deal was signed on 20 February 2026 in Seoul.", dct: "2026-03-01", "20 February 2026|DATE|2026-02-20"),
        TimexCase("The filing is dated 2026-02-20.", dct: "2026-03-01", "2026-02-20|DATE|2026-02-20"),
        TimexCase("He was born on March 3, 1951.", dct: "2026-03-01", "March 3, 1951|DATE|1951-03-03"),
        TimexCase("The treaty took effect on January 1, 2020.", dct: "2021-05-01", "January 1, 2020|DATE|2020-01-01"),
        TimexCase("Voting ended on Sept. 30, 2019.", dct: "2019-10-02", "Sept. 30, 2019|DATE|2019-09-30"),
        TimexCase("The order came on 1 July 2016.", dct: "2016-07-05", "1 July 2016|DATE|2016-07-01"),
        TimexCase("The summit opened on Monday, March 21, 2022.", dct: "2022-03-25", "Monday, March 21, 2022|DATE|2022-03-21"),
        TimexCase("A report dated 3/21/2025 was leaked.", dct: "2025-04-01", "3/21/2025|DATE|2025-03-21"),
        TimexCase("The vote is on the 19th of February 2026.", dct: "2026-02-01", "the 19th of February 2026|DATE|2026-02-19"),
        // Month and year
        TimexCase("The plant closed in March 2024.", dct: "2025-01-10", "March 2024|DATE|2024-03"),
        TimexCase("The plant closed in March of 2024.", dct: "2025-01-10", "March of 2024|DATE|2024-03"),
        TimexCase("Prices rose in Dec. 2023.", dct: "2025-01-10", "Dec. 2023|DATE|2023-12"),
        TimexCase("In August, 2015, the company moved.", dct: "2016-01-10", "August, 2015|DATE|2015-08"),
        // Month-day without a year: tense decides
        TimexCase("They signed the pact on March 21.", dct: "2025-10-02", "March 21|DATE|2025-03-21"),
        TimexCase("The leaders are due to meet on March 21.", dct: "2025-10-02", "March 21|DATE|2026-03-21"),
        TimexCase("The talks will resume on Feb. 3.", dct: "2025-10-02", "Feb. 3|DATE|2026-02-03"),
        TimexCase("Officials met on Nov. 14 in Geneva.", dct: "2025-10-02", "Nov. 14|DATE|2024-11-14"),
        TimexCase("The rally was held on 3 September.", dct: "2025-10-02", "3 September|DATE|2025-09-03"),
        TimexCase("The ceasefire begins on October 15.", dct: "2025-10-02", "October 15|DATE|2025-10-15"),
        TimexCase("Elections are scheduled for December 7.", dct: "2025-10-02", "December 7|DATE|2025-12-07"),
        // Month without a year
        TimexCase("North Korea test-fired a missile in December.", dct: "2025-10-02", "December|DATE|2024-12"),
        TimexCase("The two sides plan to hold talks in December.", dct: "2025-10-02", "December|DATE|2025-12"),
        TimexCase("Exports fell in August.", dct: "2025-10-02", "August|DATE|2025-08"),
        TimexCase("Parliament will vote in January.", dct: "2025-10-02", "January|DATE|2026-01"),
        TimexCase("Fighting continued through July.", dct: "2025-10-02", "July|DATE|2025-07"),
        TimexCase("He resigned in May.", dct: "2025-10-02", "May|DATE|2025-05"),
        TimexCase("Trade grew between March and May.", dct: "2025-10-02", "March|DATE|2025-03", "May|DATE|2025-05"),
        TimexCase("Sales rose from January to March.", dct: "2025-10-02", "January|DATE|2025-01", "March|DATE|2025-03"),
        // Years
        TimexCase("The talks collapsed in 2019.", dct: "2026-02-20", "2019|DATE|2019"),
        TimexCase("The party last met in 2021.", dct: "2026-02-20", "2021|DATE|2021"),
        TimexCase("The 2021 gathering drew 5,000 delegates.", dct: "2026-02-20", "2021|DATE|2021"),
        TimexCase("Output doubled from 2019 to 2021.", dct: "2026-02-20", "2019|DATE|2019", "2021|DATE|2021"),
        TimexCase("The war ended in 1953.", dct: "2026-02-20", "1953|DATE|1953"),
        TimexCase("The plan runs through 2030.", dct: "2026-02-20", "2030|DATE|2030"),
        TimexCase("The 2019-2021 programme was cut.", dct: "2026-02-20", "2019-2021|DATE|2019"),
        TimexCase("The colony was founded in 1788.", dct: "2026-02-20", "1788|DATE|1788"),
        // Decades and centuries
        TimexCase("The famine of the 1990s killed many.", dct: "2026-02-20", "the 1990s|DATE|199"),
        TimexCase("Ties warmed in the 2000s.", dct: "2026-02-20", "the 2000s|DATE|200"),
        TimexCase("Relations soured in the early 1980s.", dct: "2026-02-20", "the early 1980s|DATE|198"),
        TimexCase("It was built in the mid-1990s.", dct: "2026-02-20", "mid-1990s|DATE|199"),
        TimexCase("Such wars defined the 20th century.", dct: "2026-02-20", "the 20th century|DATE|19"),
        TimexCase("Music of the '80s is back.", dct: "2026-02-20", "the '80s|DATE|198"),
        TimexCase("The city grew in the 1800s.", dct: "2026-02-20", "the 1800s|DATE|18"),
        // Modified dates
        TimexCase("Growth slowed in mid-2024.", dct: "2026-02-20", "mid-2024|DATE|2024"),
        TimexCase("Talks resumed in early March.", dct: "2026-04-20", "early March|DATE|2026-03"),
        TimexCase("The bridge opened in late 2019.", dct: "2026-02-20", "late 2019|DATE|2019"),
        TimexCase("Troops left at the end of 2021.", dct: "2026-02-20", "the end of 2021|DATE|2021"),
        TimexCase("The law takes effect at the beginning of next year.", dct: "2026-02-20", "the beginning of next year|DATE|2027"),
        TimexCase("Shipments resumed in mid-March.", dct: "2026-04-20", "mid-March|DATE|2026-03"),
        TimexCase("A decision is expected by the end of the year.", dct: "2026-02-20", "the end of the year|DATE|2026"),
        // Quarters, halves, fiscal years, seasons
        TimexCase("Profit rose in the third quarter of 2024.", dct: "2025-02-20", "the third quarter of 2024|DATE|2024-Q3"),
        TimexCase("Revenue in Q3 2024 beat forecasts.", dct: "2025-02-20", "Q3 2024|DATE|2024-Q3"),
        TimexCase("Sales fell in the fourth quarter.", dct: "2025-02-20", "the fourth quarter|DATE|2024-Q4"),
        TimexCase("The company expects a loss in fiscal 2025.", dct: "2025-02-20", "fiscal 2025|DATE|FY2025"),
        TimexCase("The budget for FY2026 is ready.", dct: "2025-02-20", "FY2026|DATE|FY2026"),
        TimexCase("Output grew in the first half of 2024.", dct: "2025-02-20", "the first half of 2024|DATE|2024-H1"),
        TimexCase("The offensive began in the summer of 2023.", dct: "2025-02-20", "the summer of 2023|DATE|2023-SU"),
        TimexCase("Floods hit in spring 2022.", dct: "2025-02-20", "spring 2022|DATE|2022-SP"),
        TimexCase("The army will attack this summer.", dct: "2025-02-20", "this summer|DATE|2025-SU"),
        TimexCase("Fighting eased last winter.", dct: "2025-07-20", "last winter|DATE|2024-WI"),
        TimexCase("The vote is expected next spring.", dct: "2025-07-20", "next spring|DATE|2026-SP"),
        TimexCase("Fighting stalled during the winter.", dct: "2025-07-20", "the winter|DATE|2024-WI"),
        // Day of month alone
        TimexCase("The council meets again on the 19th.", dct: "2026-02-10", "the 19th|DATE|2026-02-19"),
    ]

    @Test("Dates normalise to TIMEX3 values at their own granularity", arguments: cases)
    func dates(_ row: TimexCase) {
        #expect(rendered(row.sentence, dct: row.dct) == row.expected)
    }
}
