import Foundation
import Testing

@testable import ArticleText

struct TextSegmenterTests {
    static let seedURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/korea-party-congress.txt")

    func segment(_ text: String) -> SegmentedDocument {
        TextSegmenter().segment(Document(id: "t", text: text, published: nil))
    }

    @Test(arguments: [
        ("He met U.S. officials. Then he left.", ["He met U.S. officials.", "Then he left."]),
        ("Talks began on Feb. 20 in Seoul. They ended.", ["Talks began on Feb. 20 in Seoul.", "They ended."]),
        ("It could reach the U.S. mainland. The North denied it.",
         ["It could reach the U.S. mainland.", "The North denied it."]),
        ("Mr. Kim spoke. “We won,” he said. Was it true? Yes!",
         ["Mr. Kim spoke.", "“We won,” he said.", "Was it true?", "Yes!"]),
        ("They met in Washington, D.C. on Monday.", ["They met in Washington, D.C. on Monday."]),
        ("Talks with the U.S. He left.", ["Talks with the U.S.", "He left."]),
    ])
    func sentencesSplitAtSentenceEndsOnly(text: String, expected: [String]) {
        #expect(segment(text).sentences.map(\.text) == expected)
    }

    @Test func headingsAreTheirOwnSentences() {
        let document = segment("First line ends here.\nRussia ties and regional alignment\nNext paragraph.")
        #expect(document.sentences.map(\.isHeading) == [false, true, false])
        #expect(document.sentences.map(\.paragraph) == [0, 1, 2])
    }

    @Test func seedArticleDatelineAndFooterAreMarked() throws {
        let document = try DocumentReader().read(paths: [Self.seedURL.path])[0]
        let segmented = TextSegmenter().segment(document)
        let dateline = try #require(segmented.dateline)
        #expect(segmented.text[dateline] == "SEOUL, South Korea (Journos News) –")
        #expect(segmented.boilerplate.count == 3)
        #expect(segmented.text[segmented.boilerplate[0]].hasPrefix("This article was rewritten"))
        let content = segmented.contentSentences
        #expect(content.last?.text.hasPrefix("For now, the congress serves") == true)
        #expect(segmented.sentences.filter(\.isHeading).map(\.text) == [
            "Kim highlights economic resilience at party congress",
            "Russia ties and regional alignment",
            "Delegates and potential policy signals",
            "Succession speculation and internal consolidation",
            "Diplomacy remains stalled",
        ])
        // Every sentence span matches its text, and spans are in order without overlap.
        for (a, b) in zip(segmented.sentences, segmented.sentences.dropFirst()) { #expect(a.end <= b.start) }
        for sentence in segmented.sentences { #expect(segmented.text[sentence.span] == sentence.text) }
    }

    @Test func noDatelineInOrdinaryOpening() {
        #expect(segment("On Friday, fishermen rescued 700 people. It was cold.").dateline == nil)
        #expect(segment("WASHINGTON — The Senate voted on Tuesday.").dateline.map { _ in true } == true)
    }
}
