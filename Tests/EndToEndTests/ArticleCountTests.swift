import Foundation
import Testing

/// `events.csv`, the report's key events and `query` count the articles of an event's happening (its
/// cross-document cluster) alike; `events.csv` said 1 for every event while `query --min-articles 2` kept the
/// events of happenings two articles report.
@Suite struct ArticleCountTests {
    /// The column `name` of every data row of a CSV text without quoted commas.
    static func column(_ name: String, of csv: String) -> [String] {
        var lines = csv.split(separator: "\r\n").map(String.init)
        let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard let index = header.firstIndex(of: name) else { return [] }
        return lines.map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return index < cells.count ? cells[index] : ""
        }
    }

    @Test func eventsCSVCountsTheArticlesOfTheHappeningAsQueryDoes() throws {
        let folder = try CommandLine.temporaryDirectory()
        let input = folder.appendingPathComponent("corpus.jsonl")
        try StoreCommandTests.corpus(4).write(to: input, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let build = try CommandLine.run(["build", input.path, "--out", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        let events = try String(contentsOf: out.appendingPathComponent("events.csv"), encoding: .utf8)
        #expect(Self.column("type", of: events) == ["COERCE", "COERCE", "COERCE", "COERCE"])
        #expect(Self.column("num_articles", of: events) == ["2", "2", "2", "2"])

        let db = folder.appendingPathComponent("corpus.sqlite").path
        #expect(try CommandLine.run(["ingest", input.path, "--db", db, "--quiet"]).status == 0)
        let query = try CommandLine.run(["query", "--db", db, "--format", "csv", "--min-articles", "2"])
        #expect(query.status == 0, "\(query.stderr)")
        #expect(Self.column("articles", of: query.stdoutText) == ["2", "2", "2", "2"])
        #expect(Self.column("sources", of: query.stdoutText) == ["2", "2", "2", "2"])

        // The report ranks and shows its key events by the same count.
        let report = folder.appendingPathComponent("r.md")
        #expect(try CommandLine.run(["report", input.path, "--out", report.path, "--quiet"]).status == 0)
        let markdown = try String(contentsOf: report, encoding: .utf8)
        let section = try #require(markdown.components(separatedBy: "## Key events\n").last?.components(separatedBy: "\n## ").first)
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("COERCE") }
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0.contains(" | 2 | ") }, "\(rows)")
    }

    /// `--document` selects the events of one article, but their happenings are clustered over every input, as
    /// a store clusters every ingested document: `build` and `report` from files said 1 article where
    /// `build --db` and `query` said 2, and `--min-articles 2` kept an event whose row then said 1.
    @Test func documentFilterCountsTheArticlesOfEveryInput() throws {
        let folder = try CommandLine.temporaryDirectory()
        let input = folder.appendingPathComponent("corpus.jsonl")
        try StoreCommandTests.corpus(4).write(to: input, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("corpus.sqlite").path
        #expect(try CommandLine.run(["ingest", input.path, "--db", db, "--quiet"]).status == 0)
        for (name, source) in [("files", [input.path]), ("store", ["--db", db])] {
            for extra in [[], ["--min-articles", "2"]] {
                let out = folder.appendingPathComponent("out-\(name)\(extra.count)")
                let build = try CommandLine.run(["build"] + source + ["--out", out.path, "--document", "doc-0", "--quiet"] + extra)
                #expect(build.status == 0, "\(build.stderr)")
                let events = try String(contentsOf: out.appendingPathComponent("events.csv"), encoding: .utf8)
                #expect(Self.column("document_id", of: events) == ["doc-0"], "\(name) \(extra)")
                #expect(Self.column("num_articles", of: events) == ["2"], "\(name) \(extra)")
            }
            let report = folder.appendingPathComponent("r-\(name).md")
            let run = try CommandLine.run(["report"] + source + ["--out", report.path, "--document", "doc-0", "--quiet"])
            #expect(run.status == 0, "\(run.stderr)")
            let markdown = try String(contentsOf: report, encoding: .utf8)
            let section = try #require(markdown.components(separatedBy: "## Key events\n").last?.components(separatedBy: "\n## ").first)
            let rows = section.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("COERCE") }
            #expect(rows.count == 1, "\(name)")
            #expect(rows.allSatisfy { $0.contains(" | 2 | ") }, "\(name) \(rows)")
        }
        let query = try CommandLine.run(["query", "--db", db, "--format", "csv", "--document", "doc-0"])
        #expect(Self.column("articles", of: query.stdoutText) == ["2"])
        // A filter that keeps every event leaves the counts as they were.
        let out = folder.appendingPathComponent("out-all")
        #expect(try CommandLine.run(["build", input.path, "--out", out.path, "--quiet", "--type", "COERCE"]).status == 0)
        let events = try String(contentsOf: out.appendingPathComponent("events.csv"), encoding: .utf8)
        #expect(Self.column("num_articles", of: events) == ["2", "2", "2", "2"])
    }

    /// Goldstein values are written one way in every table: no trailing zeros (`-8`, not `-8.0`).
    @Test func queryWritesGoldsteinAsEventsCSVDoes() throws {
        let folder = try CommandLine.temporaryDirectory()
        let input = folder.appendingPathComponent("corpus.jsonl")
        try StoreCommandTests.corpus(2).write(to: input, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("corpus.sqlite").path
        #expect(try CommandLine.run(["ingest", input.path, "--db", db, "--quiet"]).status == 0)
        let query = try CommandLine.run(["query", "--db", db, "--format", "csv"])
        #expect(Self.column("goldstein", of: query.stdoutText) == ["-8", "-8"])
        let out = folder.appendingPathComponent("out")
        #expect(try CommandLine.run(["build", input.path, "--out", out.path, "--quiet"]).status == 0)
        let events = try String(contentsOf: out.appendingPathComponent("events.csv"), encoding: .utf8)
        #expect(Self.column("goldstein", of: events) == ["-8", "-8"])
    }
}
