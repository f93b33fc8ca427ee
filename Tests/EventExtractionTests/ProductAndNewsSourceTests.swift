import ActorLexicon
import ArticleText
import EventExtraction
import Testing

/// Names that are no actor of the story's places: products after an article or a model number ("the Dreamliner",
/// "the first Air") are no persons, and a news outlet that reports ("…, The Guardian reported") takes no country from
/// the places of the story it reports.
struct ProductAndNewsSourceTests {
    static let pipeline = ExtractionPipeline()

    static func extract(_ text: String) -> DocumentExtraction {
        pipeline.extract(Document(id: "t", text: text, published: CalendarDate(iso: "2024-05-15")))
    }

    @Test(arguments: [
        ("The Dreamliner will be the first commercial jet to be built mostly of composites.", "Dreamliner"),
        ("Boeing unveiled the 787 Dreamliner at its factory near Seattle.", "Dreamliner"),
        ("Sales and hype over the first Air decreased soon after its introduction.", "Air"),
        ("He said that the App Store will be available for Apple's current operating system.", "App Store"),
        ("The App Store currently has around 225,000 different applications.", "App Store"),
    ])
    func aProductAfterAnArticleIsNoPerson(text: String, name: String) {
        let actors = Self.extract(text).actors
        #expect(!actors.flatMap(\.mentions).contains { $0.text == name }, "\(actors.map(\.id))")
    }

    /// A person's name without an article stays an actor.
    @Test(arguments: [
        "Jane Doakes said the plant would close in June.",
        "The plant will close in June, factory manager Jane Doakes said on Monday.",
        "Elected in this district were the localist camp's Jane Doakes and two others.",
    ])
    func aPersonStaysAnActor(text: String) {
        #expect(Self.extract(text).actors.contains { $0.name == "Jane Doakes" })
    }

    @Test func aReportingOutletTakesNoCountryFromTheStory() throws {
        let text = "Pohiva was a long-time advocate for democratization in Tonga, The Guardian reported. "
            + "He first joined parliament in Tonga in 1987."
        let actors = Self.extract(text).actors
        let guardian = try #require(actors.first { $0.name == "Guardian" })
        #expect(guardian.country == nil)
    }
}
