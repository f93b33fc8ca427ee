import ArticleText
import Foundation
import Testing
@testable import TemporalExpressions

/// Reading TIMEX3 values as day ranges, ISO weeks, and robustness over the development corpus.
struct TimexValueTests {
    static let ranges: [(String, String?)] = [
        ("2021", "2021-01-01/2021-12-31"),
        ("2024-02", "2024-02-01/2024-02-29"),
        ("2026-02-20", "2026-02-20/2026-02-20"),
        ("2025-03-14TAF", "2025-03-14/2025-03-14"),
        ("2027-W01", "2027-01-04/2027-01-10"),
        ("2026-W53", "2026-12-28/2027-01-03"),
        ("2026-W08-WE", "2026-02-21/2026-02-22"),
        ("2024-Q3", "2024-07-01/2024-09-30"),
        ("2024-H1", "2024-01-01/2024-06-30"),
        ("2023-WI", "2023-12-01/2024-02-29"),
        ("199", "1990-01-01/1999-12-31"),
        ("19", "1900-01-01/1999-12-31"),
        ("FY2025", "2025-01-01/2025-12-31"),
        ("PAST_REF", "2025-02-20/2026-02-19"),
        ("P5Y", nil),
        ("XXXX-03-21", nil),
    ]

    @Test("TIMEX3 values read as inclusive day ranges", arguments: ranges)
    func dayRanges(_ row: (String, String?)) {
        #expect(TimexValue.dayRange(of: row.0, dct: CalendarDate(iso: "2026-02-20"))?.description == row.1)
    }

    @Test("ISO weeks across 53-week years match Foundation's ISO 8601 calendar")
    func isoWeeks() throws {
        var date = try #require(CalendarDate(iso: "2019-12-20"))
        for _ in 0..<800 {
            #expect(date.isoYearWeek == date.isoWeek)
            #expect(date.weekdayNumber == date.isoWeekday)
            #expect(date.plusDays(1) == date.adding(1, .day))
            date = date.plusDays(3)
        }
    }

    @Test("A range recorded by \"since\" runs to the DCT")
    func sinceDayRange() throws {
        let annotation = tag("The first gathering since 2021 opened.", dct: "2026-02-20")
        let t = try #require(annotation.timexes.first)
        #expect(annotation.dayRange(of: t)?.description == "2021-01-01/2026-02-20")
    }

    static let corpusFiles: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("../shared/corpus").standardized
        return ["wikinews-dev.jsonl", "politics-dev.jsonl"].map { root.appendingPathComponent($0).path }
    }()

    @Test(
        "Tagging the development corpus keeps offsets exact and stays fast",
        .enabled(if: corpusFiles.allSatisfy { FileManager.default.fileExists(atPath: $0) }, "needs ../shared/corpus"))
    func corpusSmoke() throws {
        let files = Self.corpusFiles
        let documents = try DocumentReader().read(paths: files)
        for document in documents {
            for dct in [document.published, nil] {
                var copy = document
                copy.published = dct
                copy.dctSource = dct == nil ? .none : .metadata
                let segmented = TextSegmenter().segment(copy)
                let annotation = TemporalTagger().tag(segmented)
                for t in annotation.timexes {
                    #expect(segmented.text[t.span] == t.text)
                    #expect(!t.text.isEmpty)
                }
                #expect(zip(annotation.timexes, annotation.timexes.dropFirst()).allSatisfy { $0.end <= $1.start })
            }
        }
    }
}
