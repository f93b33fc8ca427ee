import Foundation
import Testing

/// What the tables and the report carry from article text and metadata: no raw control characters (a table
/// shown in a terminal ran them), no `javascript:` or `data:` address, and the options that shape them.
@Suite struct TableTextTests {
    /// One article whose text holds ESC and BEL and whose url is a `javascript:` address.
    static let hostile = #"{"id":"esc","published":"2020-03-02","url":"javascript:alert(1)","text":"The United States imposed new sanctions on Iran on March 1, 2020, \u001b[31mofficials\u0007 said."}"# + "\n"

    func corpus() throws -> (folder: URL, input: URL) {
        let folder = try CommandLine.temporaryDirectory()
        let input = folder.appendingPathComponent("esc.jsonl")
        try Data(Self.hostile.utf8).write(to: input)
        return (folder, input)
    }

    @Test func eventsCSVAndQueryReplaceControlCharactersAndDropTheScriptAddress() throws {
        let (folder, input) = try corpus()
        let out = folder.appendingPathComponent("out")
        let build = try CommandLine.run(["build", input.path, "--out", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        let events = try String(contentsOf: out.appendingPathComponent("events.csv"), encoding: .utf8)
        #expect(events.contains("\u{FFFD}[31mofficials\u{FFFD} said."))
        #expect(!events.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        #expect(ArticleCountTests.column("url", of: events) == [""])
        for name in ["events.csv", "events.geojson", "timeline.json", "relations.svg", "timeline.svg", "graph.graphml", "graph.gexf"] {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.lowercased().contains("javascript"), "\(name) names the script address")
        }
        #expect(build.stderr.contains("1 document.url-scheme"), "\(build.stderr)")
        // events.json has no address for the document; its finding names the one left out.
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("events.json"))) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.count == 1 && documents[0]["url"] == nil)
        let findings = try #require(json["findings"] as? [[String: Any]])
        let finding = try #require(findings.first { $0["code"] as? String == "document.url-scheme" })
        #expect(finding["message"] as? String == "\(input.path):1: the url \"javascript:alert(1)\" is a javascript: address, "
            + "not a web address (http or https); it is left out of every output")

        let report = folder.appendingPathComponent("r.html")
        #expect(try CommandLine.run(["report", input.path, "--out", report.path, "--quiet"]).status == 0)
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(!html.lowercased().contains("javascript:"))
        #expect(!html.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })

        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try CommandLine.run(["ingest", input.path, "--db", db, "--quiet"]).status == 0)
        for format in ["csv", "table"] {
            let query = try CommandLine.run(["query", "--db", db, "--format", format])
            #expect(query.status == 0, "\(query.stderr)")
            #expect(query.stdoutText.contains("\u{FFFD}[31mofficials\u{FFFD} said."), "\(format)")
            #expect(!query.stdoutText.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, "\(format)")
        }
    }

    @Test func queryAndSeriesTakeCSVBOMAsBuildDoes() throws {
        let (folder, input) = try corpus()
        let db = folder.appendingPathComponent("s.sqlite").path
        #expect(try CommandLine.run(["ingest", input.path, "--db", db, "--quiet"]).status == 0)
        let plain = try CommandLine.run(["query", "--db", db, "--format", "csv"])
        let marked = try CommandLine.run(["query", "--db", db, "--format", "csv", "--csv-bom"])
        #expect(marked.status == 0, "\(marked.stderr)")
        #expect(Array(marked.stdout.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(marked.stdout.dropFirst(3) == plain.stdout)
        #expect(plain.stdoutText.hasPrefix("date,source,"))
        let series = try CommandLine.run(["series", "--db", db, "--csv-bom"])
        #expect(series.status == 0, "\(series.stderr)")
        #expect(Array(series.stdout.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(series.stdout.dropFirst(3).starts(with: Data("period,clusters,mean_goldstein\r\n".utf8)))

        let table = try CommandLine.run(["query", "--db", db, "--csv-bom"])
        #expect(table.status == 64)
        #expect(table.stderr.contains("--csv-bom is for CSV: give --format csv (the format is table)"))
    }

    @Test(arguments: [["build", "examples", "--out", "NOWHERE"], ["report", "examples", "--out", "NOWHERE.html"]])
    func depthWithoutAroundIsAUsageError(arguments: [String]) throws {
        let folder = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(
            arguments.map { $0.replacingOccurrences(of: "NOWHERE", with: folder.appendingPathComponent("x").path) } + ["--depth", "2"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--depth 2 needs --around: it is the radius of the --around ego network (--around PRK --depth 2)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let around = try CommandLine.run(
            arguments.map { $0.replacingOccurrences(of: "NOWHERE", with: folder.appendingPathComponent("x").path) }
                + ["--around", "PRK", "--depth", "2", "--quiet"])
        #expect(around.status == 0, "\(around.stderr)")
    }
}
