import ArticleText
import EventExtraction
import EventOntology
import Testing

/// Events get the date of the TIMEX3 in their clause or governing clause.
struct DatingTests {
    @Test("a time expression in the clause dates the event, not the DCT")
    func sameClause() {
        let events = Fixture("Talks between North Korea and the United States collapsed in 2019.", dct: "2026-02-20")
            .korea().timex("2019", "2019").extract()
        #expect(events.map(summary) == ["CONSULT PRK>USA asserted 2019"])
        #expect(events.first?.date?.anchoring == .timex)
        #expect(events.first?.date?.text == "2019")
    }

    @Test("a sentence-initial expression governs coordinated clauses")
    func sentenceInitial() {
        let events = Fixture("Last year, Kim traveled to China and held his first summit in six years with Xi.", dct: "2026-02-20")
            .korea().actor("kim", "PRK", kind: .person, "Kim").actor("xi", "CHN", kind: .person, "Xi")
            .timex("Last year", "2025").timex("six years", "P6Y", type: .duration).extract()
        #expect(events.map(summary) == ["CONSULT PRK>CHN asserted 2025", "CONSULT PRK>CHN asserted 2025"])
    }

    @Test("a when-clause takes the governing clause's date")
    func whenClause() {
        let events = Fixture(
            "Engagement has been frozen since 2019, when talks between North Korea and the United States collapsed.",
            dct: "2026-02-20"
        ).korea().timex("2019", "2019", rangeBegin: "2019").extract()
        #expect(events.map(summary) == ["CONSULT PRK>USA asserted 2019"])
    }

    @Test("an after-clause lies the measured interval before the governing clause's day")
    func intervalBefore() throws {
        let document = Document(
            id: "t", text: "Russia expelled two British diplomats on Friday, a week after Britain expelled a Russian attache.",
            published: CalendarDate(iso: "2020-05-21"))
        let events = ParseCodingTests.pipeline.extract(document).events
        let dates = Dictionary(events.map { ($0.sourceCountry ?? "", $0.date?.value ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(dates["RUS"] == "2020-05-15")
        #expect(dates["GBR"] == "2020-05-08")
    }

    @Test("since a term began: the start of that term as the range's beginning")
    func termStart() throws {
        let events = Fixture("Since Trump began his second term, North Korea has rejected U.S. offers for dialogue.",
                             dct: "2026-02-20")
            .korea().actor("donald-trump", "USA", kind: .person, sector: "GOV", "Trump").extract()
        let event = try #require(events.first)
        #expect(summary(event) == "REJECT PRK>USA asserted 2025-01-20")
        #expect(event.date?.rangeBegin == "2025-01-20")
        #expect(event.mode == "meet")
    }

    @Test("without a time expression, after an act of the days before publication: that news day")
    func newsDay() {
        let events = Fixture("North Korea attacked Seoul on Tuesday. Japan condemned Pyongyang. China will visit Seoul.",
                             dct: "2026-02-20").korea().timex("on Tuesday", "2026-02-17").extract()
        #expect(events.map(summary) == ["ASSAULT PRK>KOR asserted 2026-02-17", "ACCUSE JPN>PRK asserted 2026-02-17",
                                        "CONSULT CHN>KOR future -"])
        #expect(events.map { $0.date?.anchoring } == [.timex, .narrative, EventDate.Anchoring.none])
    }

    @Test("an act told as done is never dated after publication: the later day is what it plans")
    func noDoneActAfterPublication() {
        let events = Fixture("North Korea and China agreed to resume talks on Monday.", dct: "2026-02-20")
            .korea().timex("on Monday", "2026-02-23").extract()
        #expect(events.first.map(summary) == "AGREE PRK>CHN asserted 2026-02-20")
    }

    @Test("without a time expression: the DCT for present and past reporting, nothing for the future")
    func tense() {
        let events = Fixture("North Korea has suspended cooperation with Seoul. North Korea will visit China.",
                             dct: "2026-02-20").korea().extract()
        #expect(events.map { $0.date?.anchoring } == [.dctTense, EventDate.Anchoring.none])
    }

    @Test("a sentence-initial date without a comma governs the clauses after a quotation")
    func sentenceInitialWithoutComma() {
        let document = Document(
            id: "t", text: "On Thursday Greece called the raid \"a provocation\", recalled its ambassador from Turkey and closed the border.",
            published: CalendarDate(iso: "2020-03-09"))
        let events = ParseCodingTests.pipeline.extract(document).events
        #expect(events.map(summary) == ["SANCTION GRC>TUR asserted 2020-03-05", "COERCE GRC>TUR asserted 2020-03-05"])
        #expect(events.first?.date?.anchoring == .timex)
    }

    @Test("a past act right after 'and' takes the date of the act it is coordinated with")
    func coordinatedAct() {
        let document = Document(
            id: "t", text: "Greek police fired tear gas on Friday night at migrants who had gathered at the border, and detained 20 Turkish smugglers.",
            published: CalendarDate(iso: "2020-03-09"))
        let events = ParseCodingTests.pipeline.extract(document).events
        #expect(events.map(summary) == ["COERCE GRC>TUR asserted 2020-03-06TNI"])
    }
}
