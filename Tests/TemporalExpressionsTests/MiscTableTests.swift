import Testing
@testable import TemporalExpressions

/// Holidays, ages, hyphenated periods and anaphoric parts of days.
struct MiscTableTests {
    static let cases: [TimexCase] = [
        TimexCase("The 53-year-old leader met a two-year-old girl.", dct: "2008-10-10", "53-year-old|DURATION|P53Y", "two-year-old|DURATION|P2Y"),
        TimexCase("Troops will be home by Christmas.", dct: "2008-10-10", "Christmas|DATE|2008-12-25"),
        TimexCase("The attack came on Christmas Eve.", dct: "2008-10-10", "Christmas Eve|DATE|2007-12-24"),
        TimexCase("The law takes effect on New Year's Day.", dct: "2008-10-10", "New Year's Day|DATE|2009-01-01"),
        TimexCase("The Great Orchestra of Christmas Charity raised money.", dct: "2008-10-10"),
        TimexCase("Rebels attacked on June 2, 2008. The following morning, troops withdrew.", dct: "2008-10-10", "June 2, 2008|DATE|2008-06-02", "The following morning|TIME|2008-06-03TMO"),
        TimexCase("Profits rose in H1 2008 and will fall by end-2009.", dct: "2008-10-10", "H1 2008|DATE|2008-H1", "end-2009|DATE|2009"),
        TimexCase("The 10-year-long war ended.", dct: "2008-10-10", "10-year-long|DURATION|P10Y"),
        TimexCase("The girl, six years old, survived.", dct: "2008-10-10", "six years old|DURATION|P6Y"),
        TimexCase("He died two and a half years later.", dct: "2008-10-10", "two and a half years|DURATION|P30M"),
        TimexCase("He converted a year-and-a-half ago.", dct: "2019-10-05", "a year-and-a-half ago|DATE|2018-04"),
        TimexCase("Prices peaked in the 90s and again in the early 80s.", dct: "2026-02-20", "the 90s|DATE|199", "the early 80s|DATE|198"),
        TimexCase("The plant will reopen in the fall.", dct: "2026-02-20", "the fall|DATE|2026-FA"),
        TimexCase("The first plane will be in service by 2011 and all by 2016.", dct: "2008-03-27", "2011|DATE|2011", "2016|DATE|2016"),
    ]

    @Test("Holidays, ages and hyphenated periods", arguments: cases)
    func misc(_ row: TimexCase) {
        #expect(rendered(row.sentence, dct: row.dct) == row.expected)
    }
}

/// Deictic words inside direct quotes follow the day the quote was spoken, when the sentence names it.
struct QuotedDeixisTests {
    @Test("\"today\" in a quote spoken on Thursday is that Thursday")
    func quotedToday() {
        #expect(rendered("\"Paris is mourning today,\" the mayor said on Thursday.", dct: "2019-10-05")
            == ["today|DATE|2019-10-03", "Thursday|DATE|2019-10-03"])
        #expect(rendered("“We will decide tomorrow,” he said on Wednesday.", dct: "2020-01-18")
            == ["tomorrow|DATE|2020-01-16", "Wednesday|DATE|2020-01-15"])
        #expect(rendered("\"Paris is mourning today,\" the mayor said.", dct: "2019-10-05") == ["today|DATE|2019-10-05"])
    }
}
