import ArticleText
import Foundation
import Testing
@testable import TemporalExpressions

/// The bundled seed article (examples/korea-party-congress.txt, DCT 2026-02-20).
struct SeedArticleTests {
    static func annotation() throws -> (TemporalAnnotation, SegmentedDocument) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/korea-party-congress.txt")
        let document = try DocumentReader().read(paths: [url.path])[0]
        let segmented = TextSegmenter().segment(document)
        return (TemporalTagger().tag(segmented), segmented)
    }

    @Test("The seed article yields the expected TIMEX3 expressions, in order")
    func seedExpressions() throws {
        let (annotation, _) = try Self.annotation()
        #expect(annotation.dct == CalendarDate(iso: "2026-02-20"))
        #expect(annotation.dctSource == .metadata)
        let rendered = annotation.timexes.map { "\($0.text)|\($0.type.rawValue)|\($0.value)" }
        #expect(rendered == [
            "the next five years|DURATION|P5Y",
            "2021|DATE|2021",
            "2021|DATE|2021",
            "Last year|DATE|2025",
            "six years|DURATION|P6Y",
            "weeks|DURATION|PXW",
            "2021|DATE|2021",
            "recent years|DATE|PAST_REF",
            "recently|DATE|PAST_REF",
            "2019|DATE|2019",
            "the months ahead|DATE|FUTURE_REF",
            "now|DATE|PRESENT_REF",
        ])
    }

    @Test("Ranges and anchors in the seed article")
    func seedRanges() throws {
        let (annotation, _) = try Self.annotation()
        let since2021 = try #require(annotation.timexes.first { $0.value == "2021" })
        #expect(since2021.rangeBegin == "2021")
        #expect(since2021.rangeEnd == "2026-02-20")
        let next = try #require(annotation.timexes.first)
        #expect(next.rangeBegin == "2026-02-20" && next.rangeEnd == "2031-02-20")
        let since2019 = try #require(annotation.timexes.first { $0.value == "2019" })
        #expect(since2019.rangeEnd == "2026-02-20")
    }

    @Test("The publisher footer yields nothing")
    func footerIsSkipped() throws {
        let (annotation, segmented) = try Self.annotation()
        for timex in annotation.timexes {
            #expect(!segmented.boilerplate.contains { $0.contains(timex.span) })
        }
    }

    @Test("Offsets index the document text in Unicode scalars")
    func offsetsMatchText() throws {
        let (annotation, segmented) = try Self.annotation()
        for timex in annotation.timexes {
            #expect(segmented.text[timex.span] == timex.text)
        }
    }
}
