import ArticleText
import Testing
@testable import TemporalExpressions

/// Where the DCT comes from, and what happens without one.
struct DCTSourceTests {
    @Test("A dateline with a year supplies the DCT when metadata has none, and its date is tagged inside the dateline")
    func datelineWithYear() {
        let text = "SEOUL, Feb. 20, 2026 (Yonhap) – North Korea fired a missile on Thursday. Talks ended last year."
        let annotation = TemporalTagger().tag(TextSegmenter().segment(Document(id: "d", text: text, published: nil)))
        #expect(annotation.dct == CalendarDate(iso: "2026-02-20"))
        #expect(annotation.dctSource == .dateline)
        #expect(annotation.timexes.map(\.value) == ["2026-02-20", "2026-02-19", "2025"])
        let segmented = TextSegmenter().segment(Document(id: "d", text: text, published: nil))
        #expect(annotation.timexes.map { segmented.isExcluded($0.span) } == [true, false, false])
    }

    @Test("A dateline without a year takes the latest year in the text and says so")
    func datelineWithoutYear() {
        let text = "SEOUL, Feb. 20 (Yonhap) – The two Koreas last talked in 2025. Officials met on Monday."
        let annotation = TemporalTagger().tag(TextSegmenter().segment(Document(id: "d", text: text, published: nil)))
        #expect(annotation.dct == CalendarDate(iso: "2025-02-20"))
        #expect(annotation.dctSource == .dateline)
        #expect(annotation.findings.contains { $0.code == "dct.year-guessed" })
    }

    @Test("A first line holding only a date is read as the DCT")
    func dateHeader() {
        let text = "March 01, 2008\nBoeing lost the contract on Friday."
        let annotation = TemporalTagger().tag(TextSegmenter().segment(Document(id: "d", text: text, published: nil)))
        #expect(annotation.dct == CalendarDate(iso: "2008-03-01"))
        #expect(annotation.dctSource == .dateline)
        #expect(annotation.timexes.map(\.value) == ["2008-03-01", "2008-02-29"])
    }

    @Test("Metadata wins over the dateline")
    func metadataWins() {
        let text = "SEOUL, Feb. 20, 2026 (Yonhap) – Talks ended last year."
        let document = Document(id: "d", text: text, published: CalendarDate(iso: "2027-01-05"))
        let annotation = TemporalTagger().tag(TextSegmenter().segment(document))
        #expect(annotation.dctSource == .metadata)
        #expect(annotation.timexes.map(\.value) == ["2026-02-20", "2026"])
    }

    static let unresolvedCases: [TimexCase] = [
        TimexCase("Talks collapsed last year.", dct: nil, "last year|DATE|XXXX"),
        TimexCase("The envoys met on Monday.", dct: nil, "Monday|DATE|XXXX-WXX-1"),
        TimexCase("They signed the pact on March 21.", dct: nil, "March 21|DATE|XXXX-03-21"),
        TimexCase("Troops left in December.", dct: nil, "December|DATE|XXXX-12"),
        TimexCase("The vote was held yesterday.", dct: nil, "yesterday|DATE|XXXX-XX-XX"),
        TimexCase("Talks collapsed in 2019.", dct: nil, "2019|DATE|2019"),
        TimexCase("The war lasted five years.", dct: nil, "five years|DURATION|P5Y"),
        TimexCase("The agency recently said so.", dct: nil, "recently|DATE|PAST_REF"),
    ]

    @Test("Without any DCT, relative expressions keep an unresolved TIMEX3 value", arguments: unresolvedCases)
    func unresolved(_ row: TimexCase) {
        #expect(rendered(row.sentence, dct: nil) == row.expected)
    }

    @Test("Unresolved expressions are marked and reported as findings")
    func unresolvedFindings() {
        let annotation = tag("Talks collapsed last year, in 2019 and on Monday.", dct: nil)
        #expect(annotation.dct == nil && annotation.dctSource == DCTSource.none)
        #expect(annotation.timexes.map(\.anchoring) == [.unresolved, .absolute, .unresolved])
        #expect(annotation.findings.filter { $0.code == "timex.unresolved" }.count == 2)
    }

    @Test("Output depends only on the DCT: repeated runs are identical")
    func deterministic() {
        let sentence = "The talks were put off until Monday; envoys last met on Monday, a week after last year's vote."
        let first = tag(sentence, dct: "2025-06-15")
        for _ in 0..<5 { #expect(tag(sentence, dct: "2025-06-15") == first) }
        #expect(first.timexes.map(\.value).prefix(2) == ["2025-06-16", "2025-06-09"])
    }
}
