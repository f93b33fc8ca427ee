import Foundation
import Testing

/// `query -o x.csv` wrote the terminal table; the format now follows the file's extension unless `--format`
/// says otherwise, and the help names the columns each format has.
struct QueryOutputFormatTests {
    @Test func theOutputFileExtensionChoosesTheFormat() throws {
        let folder = try CommandLine.temporaryDirectory()
        let input = folder.appendingPathComponent("corpus.jsonl")
        try StoreCommandTests.corpus(2).write(to: input, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("corpus.sqlite").path
        #expect(try CommandLine.run(["ingest", input.path, "--db", db, "--quiet"]).status == 0)

        let csv = folder.appendingPathComponent("x.CSV")
        let written = try CommandLine.run(["query", "--db", db, "-o", csv.path, "--quiet"])
        #expect(written.status == 0, "\(written.stderr)")
        let text = try String(contentsOf: csv, encoding: .utf8)
        #expect(text.hasPrefix("date,source,target,type,mode,modality,goldstein,articles,sources,cluster,document,evidence\r\n"))
        #expect(ArticleCountTests.column("articles", of: text) == ["2", "2"])

        let json = folder.appendingPathComponent("x.json")
        #expect(try CommandLine.run(["query", "--db", db, "-o", json.path, "--quiet"]).status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows.first.map { Set($0.keys) } == [
            "articles", "cluster", "date", "document", "event", "evidence", "firstReport", "goldstein", "lastReport",
            "modality", "quadClass", "source", "sources", "target", "type",
        ])

        // --format wins over the extension; another extension writes the table.
        let table = folder.appendingPathComponent("x.txt")
        #expect(try CommandLine.run(["query", "--db", db, "-o", table.path, "--quiet"]).status == 0)
        #expect(try String(contentsOf: table, encoding: .utf8).hasPrefix("date "))
        #expect(try CommandLine.run(["query", "--db", db, "-o", csv.path, "--format", "table", "--quiet"]).status == 0)
        #expect(try String(contentsOf: csv, encoding: .utf8).hasPrefix("date "))
        #expect(try CommandLine.run(["query", "--db", db, "-o", csv.path, "--csv-bom", "--quiet"]).status == 0)
        #expect(try Data(contentsOf: csv).starts(with: [0xEF, 0xBB, 0xBF]))
        let refused = try CommandLine.run(["query", "--db", db, "-o", json.path, "--csv-bom"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--csv-bom is for CSV: give --format csv (the format is json)"), "\(refused.stderr)")
    }

    @Test func theHelpNamesEachFormatsColumnsAndAnOutFolderThatIsNotGraphs() throws {
        let help = try CommandLine.run(["query", "--help"])
        let text = help.stdoutText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains(
            "--format csv has the columns date, source, target, type, mode, modality, goldstein, articles, sources, "
                + "cluster and document (the cluster's and the document's ids) and evidence; json has the same fields and "
                + "adds event (the event's id), quadClass, firstReport and lastReport"), "\(text)")
        #expect(!text.contains("json adds the cluster id"))
        let top = try CommandLine.run(["--help"])
        #expect(top.stdoutText.contains("Start with: storygraph build examples --out out\n"))
    }
}
