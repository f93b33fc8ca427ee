import Testing
@testable import TemporalExpressions

/// Past accounts: weekdays, yearless months and month-days, and anaphoric days counted from the narrative time
/// (the last explicit date well before the DCT) instead of the DCT, and the text's return to news time.
struct NarrativeTimeTableTests {
    static let cases: [TimexCase] = [
        // A weekday in a past clause after a full date: the one nearest that date (14 November 2012 is a Wednesday).
        TimexCase("Rebels entered Goma on 14 November 2012. On Friday they took the airport.", dct: "2013-03-01",
                  "14 November 2012|DATE|2012-11-14", "Friday|DATE|2012-11-16"),
        TimexCase("Rebels entered Goma on 14 November 2012. The army had fled on Monday, officers said.", dct: "2013-03-01",
                  "14 November 2012|DATE|2012-11-14", "Monday|DATE|2012-11-12"),
        // Each narrative weekday moves the narrative time on.
        TimexCase("The strike began on 28 December 2018. On Sunday the unions marched. On Wednesday the port closed.", dct: "2020-06-10",
                  "28 December 2018|DATE|2018-12-28", "Sunday|DATE|2018-12-30", "Wednesday|DATE|2019-01-02"),
        // A month-day or month without a year after a date in another year: the one nearest the narrative time.
        TimexCase("The strike began on 28 December 2018. It ended on January 9 with a deal.", dct: "2020-06-10",
                  "28 December 2018|DATE|2018-12-28", "January 9|DATE|2019-01-09"),
        TimexCase("The strike began on 28 December 2018. In February the government gave way.", dct: "2020-06-10",
                  "28 December 2018|DATE|2018-12-28", "February|DATE|2019-02"),
        TimexCase("The dam was finished in 2016. In September the first turbines ran.", dct: "2021-04-01",
                  "2016|DATE|2016", "September|DATE|2016-09"),
        // A year alone does not move a month that ends within a quarter before the DCT, nor a weekday.
        TimexCase("Sales fell in 2007. In March the firm cut 300 jobs.", dct: "2008-04-20", "2007|DATE|2007", "March|DATE|2008-03"),
        TimexCase("The dam was finished in 2016. On Monday the minister visited it.", dct: "2021-04-01",
                  "2016|DATE|2016", "Monday|DATE|2021-03-29"),
        // A month-day whose news reading falls within a month before the DCT keeps it, whatever the narrative time.
        TimexCase("The fraud came to light on 2 April 2016. The hearing opened on May 30 in Leeds.", dct: "2017-06-12",
                  "2 April 2016|DATE|2016-04-02", "May 30|DATE|2017-05-30"),
        TimexCase("The fraud came to light on 2 April 2016. The hearing opened on May 3 in Leeds.", dct: "2017-06-12",
                  "2 April 2016|DATE|2016-04-02", "May 3|DATE|2016-05-03"),
        // Clauses that are not in the past keep the DCT's reading.
        TimexCase("The company was founded in 2005 and is due to list its shares in June.", dct: "2020-03-02",
                  "2005|DATE|2005", "June|DATE|2020-06"),
        TimexCase("The strike began on 28 December 2018. The unions will meet again on Friday.", dct: "2020-06-10",
                  "28 December 2018|DATE|2018-12-28", "Friday|DATE|2020-06-12"),
        // A month after "since" stretches to the present: no narrative time moves it.
        TimexCase("The truce, signed in March 2009, has frayed since the governor took office in October.", dct: "2012-01-15",
                  "March 2009|DATE|2009-03", "October|DATE|2011-10"),
        // A month-year narrative time moves a later month of the story ("the same month … in March").
        TimexCase("In February 2011 the port was closed. It reopened in March after talks.", dct: "2013-05-16",
                  "February 2011|DATE|2011-02", "March|DATE|2011-03"),
        TimexCase("Rebels entered Goma on 14 November 2012. Fighting has flared since the army returned in January.", dct: "2014-03-01",
                  "14 November 2012|DATE|2012-11-14", "January|DATE|2014-01"),
        // The bound of a range is not a narrative time.
        TimexCase("Turnout has fallen since 2010. In March the party lost two seats.", dct: "2019-09-20",
                  "2010|DATE|2010", "March|DATE|2019-03"),
        TimexCase("Ties have soured since the revolt began in March 2011. Ankara shut its embassy in March.", dct: "2012-06-27",
                  "March 2011|DATE|2011-03", "March|DATE|2012-03"),
        // Background dates inside a relative clause or an apposition set no narrative time.
        TimexCase("Hezbollah wants a cleric whom commandos seized in July 1989. Israel launched its offensive on 11 April.", dct: "1996-07-22",
                  "July 1989|DATE|1989-07", "11 April|DATE|1996-04-11"),
        TimexCase("The truce, signed in March 2009, collapsed in October.", dct: "2012-01-15",
                  "March 2009|DATE|2009-03", "October|DATE|2011-10"),
        // An expression resolved against the DCT returns the text to news time.
        TimexCase("The plant closed on 3 June 2015. Today the site is a park, and on Tuesday the council voted to sell it.",
                  dct: "2020-02-14", "3 June 2015|DATE|2015-06-03", "Today|DATE|2020-02-14", "Tuesday|DATE|2020-02-11"),
        // The narrative time lapses two sentences after its date.
        TimexCase("The plant closed on 3 June 2015. Workers protested. Police were called. Shareholders met. On Tuesday the council voted.",
                  dct: "2020-02-14", "3 June 2015|DATE|2015-06-03", "Tuesday|DATE|2020-02-11"),
        // Anaphoric days count from the narrative day: "the day", "the same day", "the following week".
        TimexCase("The vote took place on 9 May 2019. Results came in on the day, and turnout was high.", dct: "2019-11-30",
                  "9 May 2019|DATE|2019-05-09", "the day|DATE|2019-05-09"),
        TimexCase("Two reporters were arrested on 9 May 2019 and released on the day.", dct: "2019-11-30",
                  "9 May 2019|DATE|2019-05-09", "the day|DATE|2019-05-09"),
        TimexCase("The ferry sank on 2 April 2017. The same day divers arrived, and the following week the inquiry opened.",
                  dct: "2018-01-15", "2 April 2017|DATE|2017-04-02", "The same day|DATE|2017-04-02",
                  "the following week|DATE|2017-W14"),
        // "that night", "the same evening": that part of the reference day.
        TimexCase("Parliament met on 12 August 2016 and that night the speaker resigned.", dct: "2017-01-05",
                  "12 August 2016|DATE|2016-08-12", "that night|TIME|2016-08-12TNI"),
        TimexCase("The mayor spoke on Tuesday. The same evening, the council voted.", dct: "2020-01-10",
                  "Tuesday|DATE|2020-01-07", "The same evening|TIME|2020-01-07TEV"),
        // A count of days after a month named later than any day is placed no finer than that month.
        TimexCase("In June 2011 the coastguard seized two trawlers and released them three days later.", dct: "2012-02-01",
                  "June 2011|DATE|2011-06", "three days later|DATE|2011-06"),
        TimexCase("In June 2011 the coastguard seized two trawlers. The following day, their owners protested.", dct: "2012-02-01",
                  "June 2011|DATE|2011-06", "The following day|DATE|2011-06"),
        // "the day" before "of" or a relative clause is no anaphor, and "later in the day" stays untagged.
        TimexCase("Crowds gathered on the day of the vote.", dct: "2019-11-30"),
        TimexCase("Later in the day the results came in.", dct: "2019-11-30"),
    ]

    @Test("Past accounts count weekdays, yearless months and anaphoric days from the narrative time", arguments: cases)
    func narrativeTime(row: TimexCase) {
        #expect(rendered(row.sentence, dct: row.dct) == row.expected)
    }
}
