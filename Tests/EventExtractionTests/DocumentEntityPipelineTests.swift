import ArticleText
import EventExtraction
import Geo
import Syntax
import Testing

/// `extract` runs the syntax layer's document step: the place recogniser reads the document's harmonised names.
struct DocumentEntityPipelineTests {
    static let text = "Supporters gathered in D.C. on Saturday. Police in D.C. closed streets. Thousands of people rallied in Washington (D.C.) for the march."

    static func extraction() -> DocumentExtraction {
        LocationTests.pipeline.extract(Document(id: "dc", text: text, published: CalendarDate(iso: "2026-03-02")))
    }

    @Test func theSyntaxShownIsTheHarmonisedOne() throws {
        let syntax = try #require(Self.extraction().syntax)
        let second = try #require(syntax.sentences.last)
        // "D.C.", found in the first two sentences, is found again in the brackets of the third.
        #expect(second.entities.map { second.words[$0.start].form } == ["Washington", "D.C."])
        #expect(second.entities.map(\.type) == [.location, .location])
    }

    @Test func aPlaceInBracketsAfterAPlaceIsNoMentionOfItsOwn() throws {
        let places = try #require(Self.extraction().places)
        #expect(places.map(\.text) == ["D.C.", "D.C.", "Washington"])
        #expect(places.map(\.start) == [23, 51, 103])
    }
}
