import Testing
@testable import TemporalExpressions

/// Deictic, anaphoric and vague dates, weekdays by tense, and times of day.
struct RelativeTableTests {
    static let cases: [TimexCase] = [
        // Pinned cases from public bug reports of other taggers
        TimexCase("The talks were put off until Monday.", dct: "2025-06-15", "Monday|DATE|2025-06-16"),
        TimexCase("The envoys last met on Monday.", dct: "2025-06-15", "Monday|DATE|2025-06-09"),
        // "agreed to" + a noun reports the agreement; a date before a past intention dates the intention.
        TimexCase("India and Pakistan agreed to a ceasefire on Saturday.", dct: "2025-03-08", "Saturday|DATE|2025-03-08"),
        // A noun that no determiner opens: its ending or hyphen marks it ("power-sharing", "elections").
        TimexCase("The president agreed to power-sharing with the opposition on Monday.", dct: "2025-03-08", "Monday|DATE|2025-03-03"),
        TimexCase("The junta pledged to elections on Tuesday.", dct: "2025-03-08", "Tuesday|DATE|2025-03-04"),
        TimexCase("On Monday Kenya agreed to send troops to Haiti.", dct: "2025-03-08", "Monday|DATE|2025-03-03"),
        TimexCase("Iran and the United States agreed to meet on Monday.", dct: "2025-03-08", "Monday|DATE|2025-03-10"),
        // The intention's own date between it and its infinitive: the infinitive still looks ahead.
        TimexCase("Mexico agreed on Friday to resume talks with the United States on Monday.", dct: "2024-05-04",
                  "Friday|DATE|2024-05-03", "Monday|DATE|2024-05-06"),
        TimexCase("Later on Tuesday Mitsotakis met with the IMF.", dct: "2020-01-10", "Tuesday|DATE|2020-01-07"),
        TimexCase("Officials said they would meet next week.", dct: "2026-12-30", "next week|DATE|2027-W01"),
        TimexCase("Officials met last week.", dct: "2026-12-30", "last week|DATE|2026-W52"),
        TimexCase("Officials met last week.", dct: "2027-01-06", "last week|DATE|2026-W53"),
        TimexCase("The envoys will meet next Friday afternoon.", dct: "2025-03-12", "next Friday afternoon|TIME|2025-03-14TAF"),
        TimexCase("Moscow may be supplying shells to Pyongyang, and the two sides may hold talks in May.", dct: "2025-07-10", "May|DATE|2026-05"),
        // Years, months, weeks relative to the DCT
        TimexCase("Last year, he traveled to China.", dct: "2026-02-20", "Last year|DATE|2025"),
        TimexCase("Growth will slow next year.", dct: "2026-02-20", "next year|DATE|2027"),
        TimexCase("Exports rose this year.", dct: "2026-02-20", "this year|DATE|2026"),
        TimexCase("Prices fell last month.", dct: "2026-01-15", "last month|DATE|2025-12"),
        TimexCase("The vote is due next month.", dct: "2026-12-15", "next month|DATE|2027-01"),
        TimexCase("Talks resume this month.", dct: "2026-02-20", "this month|DATE|2026-02"),
        TimexCase("The envoy arrives this week.", dct: "2026-02-20", "this week|DATE|2026-W08"),
        TimexCase("The envoy arrives next week.", dct: "2026-02-20", "next week|DATE|2026-W09"),
        TimexCase("Ties improved earlier this year.", dct: "2026-06-20", "earlier this year|DATE|2026"),
        TimexCase("Results are due later this month.", dct: "2026-06-20", "later this month|DATE|2026-06"),
        TimexCase("Rebels attacked the town last weekend.", dct: "2026-02-20", "last weekend|DATE|2026-W07-WE"),
        TimexCase("The company reported losses in the coming year.", dct: "2026-02-20", "the coming year|DATE|2027"),
        TimexCase("Profits rose this quarter.", dct: "2026-02-20", "this quarter|DATE|2026-Q1"),
        TimexCase("Profits fell last quarter.", dct: "2026-02-20", "last quarter|DATE|2025-Q4"),
        TimexCase("Ties improved in this decade.", dct: "2026-02-20", "this decade|DATE|202"),
        // Today, yesterday, tomorrow and parts of days
        TimexCase("The minister resigned today.", dct: "2026-02-20", "today|DATE|2026-02-20"),
        TimexCase("The minister resigned yesterday.", dct: "2026-02-20", "yesterday|DATE|2026-02-19"),
        TimexCase("The verdict is due tomorrow.", dct: "2026-02-20", "tomorrow|DATE|2026-02-21"),
        TimexCase("Strikes hit the city last night.", dct: "2026-02-20", "last night|TIME|2026-02-19TNI"),
        TimexCase("The president speaks tonight.", dct: "2026-02-20", "tonight|TIME|2026-02-20TNI"),
        TimexCase("Troops crossed the border yesterday morning.", dct: "2026-02-20", "yesterday morning|TIME|2026-02-19TMO"),
        TimexCase("The market fell this morning.", dct: "2026-02-20", "this morning|TIME|2026-02-20TMO"),
        TimexCase("The congress opened on Thursday morning.", dct: "2026-02-20", "Thursday morning|TIME|2026-02-19TMO"),
        TimexCase("The vote will take place on Sunday evening.", dct: "2026-02-20", "Sunday evening|TIME|2026-02-22TEV"),
        // Weekdays by tense
        TimexCase("The congress opened on Thursday.", dct: "2026-02-20", "Thursday|DATE|2026-02-19"),
        TimexCase("Delegates will vote on Saturday.", dct: "2026-02-20", "Saturday|DATE|2026-02-21"),
        TimexCase("The ministry said on Tuesday that talks had failed.", dct: "2026-02-20", "Tuesday|DATE|2026-02-17"),
        TimexCase("Talks are due to resume on Wednesday.", dct: "2026-02-20", "Wednesday|DATE|2026-02-25"),
        TimexCase("On Monday, rebels seized the airport.", dct: "2026-02-20", "Monday|DATE|2026-02-16"),
        TimexCase("The envoy left last Friday.", dct: "2025-03-12", "last Friday|DATE|2025-03-07"),
        TimexCase("Ministers meet this Friday.", dct: "2025-03-12", "this Friday|DATE|2025-03-14"),
        TimexCase("The leaders plan to meet next Monday.", dct: "2025-03-12", "next Monday|DATE|2025-03-17"),
        TimexCase("The plane landed on Friday.", dct: "2025-03-14", "Friday|DATE|2025-03-14"),
        TimexCase("Police expect more protests on Friday.", dct: "2025-03-12", "Friday|DATE|2025-03-14"),
        TimexCase("The envoys are meeting on Monday in Geneva.", dct: "2026-02-20", "Monday|DATE|2026-02-23"),
        TimexCase("The vote, set for Monday, may be delayed.", dct: "2026-02-20", "Monday|DATE|2026-02-23"),
        TimexCase("Officials are investigating the attack, which happened on Tuesday.", dct: "2026-02-20", "Tuesday|DATE|2026-02-17"),
        TimexCase("He has been held since Tuesday.", dct: "2026-02-20", "Tuesday|DATE|2026-02-17"),
        TimexCase("An event is to be held on October 12.", dct: "2005-10-04", "October 12|DATE|2005-10-12"),
        // Months relative to the DCT
        TimexCase("Inflation peaked last March.", dct: "2025-10-02", "last March|DATE|2025-03"),
        TimexCase("The election is due next March.", dct: "2025-10-02", "next March|DATE|2026-03"),
        // Counting back and forth
        TimexCase("The treaty was signed two years ago.", dct: "2026-02-20", "two years ago|DATE|2024"),
        TimexCase("The fighting started three months ago.", dct: "2026-02-20", "three months ago|DATE|2025-11"),
        TimexCase("The ship sank a week ago.", dct: "2026-02-20", "a week ago|DATE|2026-W07"),
        TimexCase("The truce collapsed five days ago.", dct: "2026-02-20", "five days ago|DATE|2026-02-15"),
        TimexCase("The plant was built a decade ago.", dct: "2026-02-20", "a decade ago|DATE|201"),
        TimexCase("They first met several years ago.", dct: "2026-02-20", "several years ago|DATE|PAST_REF"),
        TimexCase("Such talks were unthinkable years ago.", dct: "2026-02-20", "years ago|DATE|PAST_REF"),
        // Anaphoric: relative to the last date in the text
        TimexCase("The army attacked on March 3, 2024. The previous day, talks had failed.", dct: "2026-02-20", "March 3, 2024|DATE|2024-03-03", "The previous day|DATE|2024-03-02"),
        TimexCase("Rebels struck on June 5, 2023; the next day the army replied.", dct: "2026-02-20", "June 5, 2023|DATE|2023-06-05", "the next day|DATE|2023-06-06"),
        TimexCase("The accord was signed in 2015. The following year, it collapsed.", dct: "2026-02-20", "2015|DATE|2015", "The following year|DATE|2016"),
        TimexCase("Troops withdrew on May 2, 2022. Later that day, shelling resumed.", dct: "2026-02-20", "May 2, 2022|DATE|2022-05-02", "that day|DATE|2022-05-02"),
        TimexCase("Talks began on Jan. 4, 2021, and a deal was struck a week later.", dct: "2026-02-20", "Jan. 4, 2021|DATE|2021-01-04", "a week later|DATE|2021-W02"),
        // Vague references
        TimexCase("The agency recently told lawmakers about it.", dct: "2026-02-20", "recently|DATE|PAST_REF"),
        TimexCase("North Korea has tested missiles in recent years.", dct: "2026-02-20", "recent years|DATE|PAST_REF"),
        TimexCase("Pyongyang will position itself in the months ahead.", dct: "2026-02-20", "the months ahead|DATE|FUTURE_REF"),
        TimexCase("For now, the congress serves as a reminder.", dct: "2026-02-20", "now|DATE|PRESENT_REF"),
        TimexCase("The country is currently in recession.", dct: "2026-02-20", "currently|DATE|PRESENT_REF"),
        TimexCase("More strikes are expected in the coming weeks.", dct: "2026-02-20", "the coming weeks|DATE|FUTURE_REF"),
        TimexCase("Such talks may resume in the future.", dct: "2026-02-20", "the future|DATE|FUTURE_REF"),
        TimexCase("Ties were warmer in the past.", dct: "2026-02-20", "the past|DATE|PAST_REF"),
        TimexCase("At present, no talks are planned.", dct: "2026-02-20", "present|DATE|PRESENT_REF"),
        TimexCase("Prices have risen lately.", dct: "2026-02-20", "lately|DATE|PAST_REF"),
        TimexCase("A deal is likely in the near future.", dct: "2026-02-20", "the near future|DATE|FUTURE_REF"),
        TimexCase("Protests grew in recent weeks.", dct: "2026-02-20", "recent weeks|DATE|PAST_REF"),
        // Clock times
        TimexCase("The blast happened at 10:30 a.m. on the bridge.", dct: "2026-02-20", "10:30 a.m.|TIME|2026-02-20T10:30"),
        TimexCase("The curfew starts at 9 p.m. tonight.", dct: "2026-02-20", "9 p.m.|TIME|2026-02-20T21:00", "tonight|TIME|2026-02-20TNI"),
        TimexCase("Polls close at 8pm.", dct: "2026-02-20", "8pm|TIME|2026-02-20T20:00"),
        TimexCase("The deadline passed at noon.", dct: "2026-02-20", "noon|TIME|2026-02-20T12:00"),
    ]

    @Test("Relative expressions resolve against the DCT or the previous date", arguments: cases)
    func relative(_ row: TimexCase) {
        #expect(rendered(row.sentence, dct: row.dct) == row.expected)
    }
}
