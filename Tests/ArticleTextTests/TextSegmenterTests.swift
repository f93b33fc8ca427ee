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

    // A text that is all capitals up to a final hyphen ran the dateline scan past its end (a trap).
    @Test(arguments: ["NATO-", "UN-", "U.S.-"])
    func aCapitalisedTextEndingInAHyphenIsNoDateline(text: String) {
        let document = segment(text)
        #expect(document.dateline == nil)
        #expect(document.sentences.map(\.text) == [text])
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

    @Test(arguments: [
        ("Farmers block roads as fuel prices rise\n\nQUITO, Ecuador — Farmers blocked roads.", "QUITO, Ecuador —"),
        ("Court frees editor\n\nLUSAKA (Agency) – A court freed an editor.", "LUSAKA (Agency) –"),
    ])
    func aDatelineAfterAHeadlineIsFound(text: String, dateline: String) throws {
        let segmented = segment(text)
        let span = try #require(segmented.dateline)
        #expect(segmented.text[span] == dateline)
    }

    @Test func aSecondLineAfterASentenceIsNoDateline() {
        // The first line ends a sentence: it is no headline, so the second line's capitals are not a dateline.
        #expect(segment("The vote was held.\n\nQUITO, Ecuador — Farmers blocked roads.").dateline == nil)
    }
}

/// Sentences too long to analyse in linear time are cut into pieces.
struct LongSentenceTests {
    @Test func aSentenceWithoutPunctuationIsCutIntoPiecesThatCoverIt() {
        let words = (0..<1_000).map { $0 % 7 == 6 ? "talks," : "word" }
        let text = words.joined(separator: " ")
        var segmenter = TextSegmenter()
        segmenter.maximumSentenceTokens = 100
        let segmented = segmenter.segment(Document(id: DocumentID("long"), text: text, published: nil))
        #expect(segmented.sentences.count > 10)
        #expect(segmented.tokenRanges.allSatisfy { $0.count <= 100 })
        #expect(segmented.sentences.map(\.index) == Array(segmented.sentences.indices))
        #expect(segmented.tokens.count == 1_000 + 1_000 / 7)
        for (index, range) in segmented.tokenRanges.enumerated() {
            #expect(segmented.tokens[range].allSatisfy { $0.sentence == index })
            // Pieces end after a comma when one falls in their second half.
            if index < segmented.tokenRanges.count - 1 { #expect(segmented.tokens[range.upperBound - 1].text == ",") }
        }
        #expect(segmented.sentences.first?.start == 0)
        #expect(segmented.sentences.last?.end == text.unicodeScalars.count)
    }

    @Test func ordinarySentencesAreNotCut() {
        let segmented = TextSegmenter().segment(Document(id: DocumentID("s"), text: "Russia met China. Iran protested.", published: nil))
        #expect(segmented.sentences.map(\.text) == ["Russia met China.", "Iran protested."])
    }
}
