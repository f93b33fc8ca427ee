import Testing
@testable import TemporalExpressions

/// Weekdays and yearless months placed against the DCT: the "last <weekday>" convention, the year of a month
/// without one, modal perfects and nouns that look like schedule verbs, and anaphora after quoted deixis.
struct AnchoringTableTests {
    static let cases: [TimexCase] = [
        // "last <weekday>" (TimeML/HeidelTime): the latest such weekday strictly before the DCT, within 7 days.
        // DCT 2020-01-10 is a Friday.
        TimexCase("On last Thursday, the delegations had met for their summit.", dct: "2020-01-10", "last Thursday|DATE|2020-01-09"),
        TimexCase("The envoys met last Friday.", dct: "2020-01-10", "last Friday|DATE|2020-01-03"),
        TimexCase("The envoys met last Saturday.", dct: "2020-01-10", "last Saturday|DATE|2020-01-04"),
        TimexCase("Trump declared an emergency last Friday.", dct: "2019-02-21", "last Friday|DATE|2019-02-15"),
        // A month without a year in a past clause: after the DCT month → the previous year, else the DCT year.
        TimexCase("The envoys met in August.", dct: "2019-07-24", "August|DATE|2018-08"),
        TimexCase("The envoys met in July.", dct: "2019-07-24", "July|DATE|2019-07"),
        TimexCase("The envoys met in March.", dct: "2019-07-24", "March|DATE|2019-03"),
        TimexCase("The envoys met in late August.", dct: "2019-07-24", "late August|DATE|2018-08"),
        TimexCase("The protests began in early October and resumed in late October.", dct: "2019-11-10",
                  "early October|DATE|2019-10", "late October|DATE|2019-10"),
        // Modal perfects look back; the future perfect looks ahead.
        TimexCase("The New York Times reported that, in a phone call in late July, Trump might have encouraged Zelensky to investigate.",
                  dct: "2019-09-25", "late July|DATE|2019-07"),
        TimexCase("In a call in late July, Trump may have asked for a favour.", dct: "2019-09-25", "late July|DATE|2019-07"),
        TimexCase("Officials said the talks could have ended in December.", dct: "2019-06-10", "December|DATE|2018-12"),
        TimexCase("Officials said the talks would not have collapsed in November without the leak.", dct: "2019-06-10", "November|DATE|2018-11"),
        TimexCase("The talks will have ended by December.", dct: "2019-06-10", "December|DATE|2019-12"),
        TimexCase("The envoys could meet in December.", dct: "2019-06-10", "December|DATE|2019-12"),
        // Schedule verbs used as nouns are not future cues.
        TimexCase("His death was previously in the news at the end of July based on unconfirmed reports.", dct: "2019-09-17",
                  "the end of July|DATE|2019-07"),
        TimexCase("The visit in August drew protests.", dct: "2019-07-24", "August|DATE|2018-08"),
        // Months naming scheduled events are placed by nearness, whatever the clause's tense.
        TimexCase("Monday's bid for October elections failed to get the majority required.", dct: "2019-09-11",
                  "Monday|DATE|2019-09-09", "October|DATE|2019-10"),
        TimexCase("The opposition lost the March referendum.", dct: "2019-09-11", "March|DATE|2019-03"),
        // A reporting verb dates the saying, not what was said; a future modal reaches across an apposition; forms
        // shared with the present ("cut") are past.
        TimexCase("Kenya will close the Dadaab refugee camps, home to more than 300,000 Somalis, by the end of November and send their residents home, the minister said on Wednesday.",
                  dct: "2016-05-11", "the end of November|DATE|2016-11", "Wednesday|DATE|2016-05-11"),
        TimexCase("The Commission warned on Wednesday that aid could be suspended, and the United States cut aid to Niger in August.",
                  dct: "2009-10-22", "Wednesday|DATE|2009-10-21", "August|DATE|2009-08"),
        // "anticipated to begin" looks ahead.
        TimexCase("McConnell committed to an impeachment trial, anticipated to begin in January.", dct: "2019-12-21",
                  "January|DATE|2020-01"),
        // "this <weekday>" in a past clause is the latest one up to the DCT; otherwise the coming one.
        TimexCase("This Wednesday the Greek minister emphasized the requirement of approval.", dct: "2019-03-31",
                  "This Wednesday|DATE|2019-03-27"),
        TimexCase("Ministers meet this Wednesday.", dct: "2019-03-31", "this Wednesday|DATE|2019-04-03"),
        // A quoted deictic moved to the speech day is the reference of a later "the previous day".
        TimexCase("The mayor said on Tuesday, \"We buried them yesterday.\" The previous day, troops had left.", dct: "2020-01-10",
                  "Tuesday|DATE|2020-01-07", "yesterday|DATE|2020-01-06", "The previous day|DATE|2020-01-05"),
        TimexCase("The mayor spoke on Tuesday. The previous day, troops had left.", dct: "2020-01-10",
                  "Tuesday|DATE|2020-01-07", "The previous day|DATE|2020-01-06"),
    ]

    @Test("Weekdays and yearless months are placed against the DCT by convention and tense", arguments: cases)
    func anchoring(row: TimexCase) {
        #expect(rendered(row.sentence, dct: row.dct) == row.expected)
    }
}
