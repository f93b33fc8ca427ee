import ArticleText
import EventExtraction
import EventOntology
import Testing

/// Undated acts of a news story take its narrative day, the day its lede gives, when told in the simple past;
/// a past act's weekday that the tense cues read ahead names the weekday before publication.
struct NarrativeDayTests {
    static func events(_ text: String, published: String) -> [Event] {
        ParseCodingTests.pipeline.extract(Document(id: "n", text: text, published: CalendarDate(iso: published))).events
    }

    static func dates(_ events: [Event]) -> [String] {
        events.map { "\($0.type.rawValue) \($0.sourceCountry ?? "-")>\($0.targetCountry ?? "-") \($0.date?.value ?? "-")" }
    }

    @Test("the lede's day dates the simple-past acts after it, not the present perfect ones")
    func ledeDay() {
        let events = Self.events(
            "ANKARA — Turkey's foreign minister pledged on Wednesday to keep the grain corridor open through the spring.\n\n"
                + "The minister met Ukrainian officials in Ankara and urged Russia to extend the deal. Police have detained "
                + "12 protesters outside the embassy.",
            published: "2023-03-09")
        #expect(Self.dates(events) == ["CONSULT TUR>UKR 2023-03-08", "REQUEST TUR>RUS 2023-03-08", "COERCE TUR>TUR 2023-03-09"])
        #expect(events.map { $0.date?.anchoring } == [.narrative, .narrative, .dctTense])
    }

    @Test("a past act's weekday read ahead by the tense cues is the weekday before publication")
    func pastWeekday() {
        let events = Self.events(
            "Kenya signed a trade agreement with Japan in Nairobi on Saturday, where its officials are to open a new office.",
            published: "2021-06-13")
        #expect(Self.dates(events) == ["SUPPORT KEN>JPN 2021-06-12"])
    }

    @Test("a weekday after an infinitive stays the planned act's: the agreement keeps the publication day")
    func plannedWeekday() {
        let events = Self.events("Kenya and Japan agreed to resume trade talks on Monday.", published: "2021-06-11")
        #expect(Self.dates(events) == ["AGREE KEN>JPN 2021-06-11"])
    }
}
