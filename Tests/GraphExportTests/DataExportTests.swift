import GraphFixtures
import ActorLexicon
import ArticleText
import CSV
import EventOntology
import Foundation
@testable import GraphExport
import GraphModel
import Testing

@Suite struct DataExportTests {
    static var graph: EventGraph { SeedFixture.mergedGraphWithSources }

    @Test func eventsCSVMatchesItsGoldenFile() throws {
        try Golden.check(String(decoding: try CSVTables().events(Self.graph), as: UTF8.self), named: "events.csv")
    }

    @Test func relationsCSVMatchesItsGoldenFile() throws {
        try Golden.check(String(decoding: try CSVTables().relations(Self.graph), as: UTF8.self), named: "relations.csv")
    }

    @Test func timelineJSONMatchesItsGoldenFile() throws {
        try Golden.check(String(decoding: try TimelineJSEncoder().encode(Self.graph), as: UTF8.self), named: "timeline.json")
    }

    /// Article text reaches the tables with its control characters: ESC, BEL, DEL and the C1 controls become
    /// U+FFFD, tab and line breaks (which CSV quotes) stay.
    @Test func controlCharactersOfArticleTextAreShownAsReplacementCharacters() throws {
        let data = try CSVTables.table(header: ["evidence"], rows: [["a\u{1B}[31mb\u{07}c\u{7F}d\u{85}e\tf\ng"]])
        #expect(String(decoding: data, as: UTF8.self) == "evidence\r\n\"a\u{FFFD}[31mb\u{FFFD}c\u{FFFD}d\u{FFFD}e\tf\ng\"\r\n")
        #expect(CSVTables.visible("plain text") == "plain text")
        #expect([-8, 1, 3.4, 1.25, -7.5, 2.0 / 3].map(CSVTables.number) == ["-8", "1", "3.4", "1.25", "-7.5", "0.67"])
    }

    @Test func eventsCSVHasOneRowPerEventWithCRLFAndReadsBack() throws {
        let data = try CSVTables().events(Self.graph)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("event_id,date,date_first,date_last,granularity,since,"))
        #expect(text.hasSuffix("\r\n"))
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        var rows: [[String: String]] = []
        while reader.next() != nil {
            var row: [String: String] = [:]
            for column in CSVTables.eventColumns { row[column] = reader[column] }
            rows.append(row)
        }
        #expect(rows.count == Self.graph.events.count)
        let reject = try #require(rows.first { $0["event_id"] == "korea-party-congress#e8" })
        #expect(reject["type"] == "REJECT")
        #expect(reject["since"] == "true")
        #expect(reject["date_first"] == "2025-01-20")
        #expect(reject["granularity"] == "day")
        #expect(reject["quad_class"] == "3")
        let treaty = try #require(rows.first { $0["event_id"] == "pyongyang-moscow-treaty#e1" })
        #expect(treaty["url"] == "https://example.org/treaty")
        #expect(treaty["title"] == "Treaty signed")
        #expect(treaty["granularity"] == "day")
        let withBOM = try CSVTables(byteOrderMark: true).events(Self.graph)
        #expect(Array(withBOM.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(withBOM.dropFirst(3) == data)
    }

    @Test func hostileEvidenceSurvivesCSVAndIsEscapedInTimelineJS() throws {
        let hostile = "He said \"no\", then\r\nleft; <script>alert('x')</script> &amp; \\"
        let events = [SeedFixture.event(1, SeedFixture.prk, .accuse, SeedFixture.kor, date: SeedFixture.date("2025-09"), text: hostile)]
        let graph = EventGraph(
            actors: [SeedFixture.prk, SeedFixture.kor], events: events,
            document: DocumentRecord(id: SeedFixture.seed, title: "<b>T</b>", url: "javascript:alert(1)"))
        let reader = try CSVReader(string: String(decoding: try CSVTables().events(graph), as: UTF8.self), hasHeaderRow: true)
        _ = reader.next()
        #expect(reader["evidence"] == hostile)
        #expect(reader["title"] == "<b>T</b>")
        let json = try #require(try JSONSerialization.jsonObject(with: TimelineJSEncoder().encode(graph)) as? [String: Any])
        let slide = try #require((json["events"] as? [[String: Any]])?.first)
        let text = try #require((slide["text"] as? [String: String])?["text"])
        #expect(text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;amp;"))
        #expect(!text.contains("<script") && !text.contains("javascript:") && !text.contains("<b>"))
        #expect((slide["start_date"] as? [String: Int]) == ["year": 2025, "month": 9])
        #expect(slide["group"] as? String == "North Korea → South Korea")
    }

    @Test func aLocatedEventFillsTheLocationColumns() throws {
        let json = #"{"name":"Kandahar","geonameId":1138336,"country":"AFG","admin1":"Kandahar","lat":31.61332,"lon":65.71013,"precision":"city","text":"Kandahar","start":10,"end":18,"basis":"clause"}"#
        let location = try JSONDecoder().decode(EventLocation.self, from: Data(json.utf8))
        #expect(CSVTables.locationFields(location) == ["Kandahar", "AFG", "Kandahar", "31.61332", "65.71013", "city", "1138336"])
        #expect(CSVTables.locationFields(nil) == Array(repeating: "", count: 7))
        #expect(CSVTables.eventColumns.suffix(7).first == "location_name")
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1 Iran", "'+1 Iran"), ("@SUM(A1)", "'@SUM(A1)"),
        ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"), ("-9", "-9"), ("-2.5", "-2.5"), ("Iran said", "Iran said"), ("", ""),
    ])
    func cellsThatASpreadsheetWouldRunAreMadeInert(cell: String, written: String) {
        #expect(CSVTables.inert(cell) == written)
    }
}
