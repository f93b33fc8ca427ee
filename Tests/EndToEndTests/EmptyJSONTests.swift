import Foundation
import Testing

/// Every JSON output writes an empty array as `[]` and an empty object as `{}`: an empty query result is `[]`,
/// and no JSON file or `--json` output holds a line of white space alone (Foundation's pretty printer writes an
/// empty array as "[", an empty line and "]").
struct EmptyJSONTests {
    /// Whether `text` has a line holding only white space (an empty container printed over three lines).
    static func hasBlankLine(_ text: String) -> Bool {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .contains { $0.allSatisfy(\.isWhitespace) }
    }

    @Test func anEmptyQueryResultIsTwoBrackets() throws {
        let folder = try CommandLine.temporaryDirectory()
        let db = folder.appendingPathComponent("news.db").path
        #expect(try CommandLine.run(["ingest", "examples", "--db", db, "--quiet"]).status == 0)
        let empty = try CommandLine.run(["query", "--db", db, "--format", "json", "--from", "1990-01", "--to", "1990-02"])
        #expect(empty.status == 0)
        #expect(empty.stdoutText == "[]\n")
        let full = try CommandLine.run(["query", "--db", db, "--format", "json"])
        #expect(full.stdoutText.hasPrefix("[\n  {\n"))
        #expect(!Self.hasBlankLine(full.stdoutText))
    }

    @Test func prettyExtractAndBuildFilesHoldNoBlankLine() throws {
        let extract = try CommandLine.run(["extract", "examples/korea-party-congress.txt", "--pretty"])
        #expect(extract.status == 0)
        #expect(!Self.hasBlankLine(extract.stdoutText))
        #expect(extract.stdoutText.contains("\"additionalEvidence\" : [],\n"))
        let out = try CommandLine.temporaryDirectory()
        let build = try CommandLine.run(["build", "examples", "--out", out.path])
        #expect(build.status == 0)
        for name in ["events.json", "timeline.json", "events.geojson"] {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(!Self.hasBlankLine(text), "\(name)")
        }
        let events = try String(contentsOf: out.appendingPathComponent("events.json"), encoding: .utf8)
        #expect(events.contains("\"additionalEvidence\" : [],\n"))
    }

    @Test func evalJSONHoldsNoBlankLine() throws {
        let result = try CommandLine.run(["eval-parse", "Tests/SyntaxTests/Fixtures/parser-tiny.conllu", "--json"])
        #expect(result.status == 0)
        #expect(!Self.hasBlankLine(result.stdoutText))
    }
}
