import Foundation
import Testing

/// `query -o ''` exited 1 instead of 64; `series -o s.json` wrote CSV into a JSON name, and `parse`/`ner -o
/// x.json` wrote CoNLL-U or IOB2 under it.
struct OutputFileNameTests {
    static let db: String = {
        let folder = try! CommandLine.temporaryDirectory()
        let input = folder.appendingPathComponent("corpus.jsonl")
        try! StoreCommandTests.corpus(2).write(to: input, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("corpus.sqlite").path
        _ = try! CommandLine.run(["ingest", input.path, "--db", db, "--quiet"])
        return db
    }()

    @Test(arguments: [
        ["query", "--db", "DB", "-o", ""], ["query", "--db", "DB", "-o", " "], ["series", "--db", "DB", "-o", ""],
        ["parse", "examples", "-o", ""], ["ner", "Tests/Gold/none.iob2", "--output", ""],
    ])
    func anEmptyOutputNameIsAUsageError(arguments: [String]) throws {
        let result = try CommandLine.run(arguments.map { $0 == "DB" ? Self.db : $0 })
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("-o/--output needs a file name (or - for standard output)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func seriesWritesJSONForAJSONName() throws {
        let folder = try CommandLine.temporaryDirectory()
        let json = folder.appendingPathComponent("s.JSON")
        let written = try CommandLine.run(["series", "--db", Self.db, "-o", json.path, "--quiet"])
        #expect(written.status == 0, "\(written.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { Set($0.keys) == ["period", "clusters", "meanGoldstein"] })
        let csv = try CommandLine.run(["series", "--db", Self.db, "--quiet"])
        #expect(csv.stdoutText.split(separator: "\r\n").count == rows.count + 1)  // the header, then one line a period
        // --format wins over the extension; --csv-bom goes with CSV only.
        #expect(try CommandLine.run(["series", "--db", Self.db, "-o", json.path, "--format", "csv", "--quiet"]).status == 0)
        #expect(try String(contentsOf: json, encoding: .utf8).hasPrefix("period,clusters,mean_goldstein"))
        let bom = try CommandLine.run(["series", "--db", Self.db, "-o", json.path, "--csv-bom"])
        #expect(bom.status == 64)
        #expect(bom.stderr.contains("--csv-bom is for CSV: give --format csv (the format is json)"))
        let geo = try CommandLine.run(["series", "--db", Self.db, "-o", folder.appendingPathComponent("s.html").path])
        #expect(geo.status == 64)
        #expect(geo.stderr.contains("s.html: .html is for HTML, but storygraph series writes CSV or JSON only; give a name ending in .csv, .json or .txt"), "\(geo.stderr)")
    }

    @Test(arguments: [
        (["parse", "examples"], "x.json", ": .json is for JSON, but storygraph parse writes CoNLL-U only; give a name ending in .conllu, .conll or .txt"),
        (["ner", "Tests/Gold/none.iob2"], "x.csv", ": .csv is for CSV, but storygraph ner writes IOB2 only; give a name ending in .iob2, .iob, .txt or .tsv"),
    ])
    func aSingleFormatCommandRefusesAnotherFormatsName(arguments: [String], name: String, message: String) throws {
        let folder = try CommandLine.temporaryDirectory()
        let out = folder.appendingPathComponent(name)
        let result = try CommandLine.run(arguments + ["-o", out.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("-o \(out.path)\(message)"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func parseWritesCoNLLUUnderItsOwnName() throws {
        let folder = try CommandLine.temporaryDirectory()
        let out = folder.appendingPathComponent("x.conllu")
        let result = try CommandLine.run(["parse", "examples", "-o", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("# newdoc") || String(contentsOf: out, encoding: .utf8).hasPrefix("# sent_id"))
    }

    /// `report --out .md` wrote a hidden file named `.md`, and `query -o .` said "a directory is in the way" after
    /// the work: one check of every command's output name refuses a folder and a name that is only an extension,
    /// before any work, with exit status 64 and a name to give instead.
    @Test(arguments: [
        (["query", "--db", "DB"], "-o", ".", "Error: -o . is a directory; give a file name in it, such as ./events.csv\n"),
        (["query", "--db", "DB"], "-o", "..", "Error: -o .. is a directory; give a file name in it, such as ../events.csv\n"),
        (["query", "--db", "DB"], "-o", ".csv",
         "Error: -o .csv: the file name is only an extension, which would write a hidden file named .csv; give a name before it, such as events.csv\n"),
        (["series", "--db", "DB"], "-o", "FOLDER/.JSON",
         "Error: -o FOLDER/.JSON: the file name is only an extension, which would write a hidden file named .JSON; give a name before it, such as FOLDER/series.JSON\n"),
        (["series", "--db", "DB"], "-o", "FOLDER/", "Error: -o FOLDER/ is a directory; give a file name in it, such as FOLDER/series.csv\n"),
        (["parse", "examples"], "-o", "FOLDER", "Error: -o FOLDER is a directory; give a file name in it, such as FOLDER/parsed.conllu\n"),
        (["parse", "examples"], "-o", ".conllu",
         "Error: -o .conllu: the file name is only an extension, which would write a hidden file named .conllu; give a name before it, such as parsed.conllu\n"),
        (["ner", "Tests/Gold/none.iob2"], "--output", "FOLDER/.",
         "Error: -o FOLDER/. is a directory; give a file name in it, such as FOLDER/./tagged.iob2\n"),
        (["report", "examples"], "--out", ".md",
         "Error: --out .md: the file name is only an extension, which would write a hidden file named .md; give a name before it, such as report.md\n"),
        (["report", "examples"], "--out", "FOLDER/.html",
         "Error: --out FOLDER/.html: the file name is only an extension, which would write a hidden file named .html; give a name before it, such as FOLDER/report.html\n"),
        (["report", "examples"], "--out", "FOLDER", "Error: --out FOLDER is a directory; give a file name in it, such as FOLDER/report.html\n"),
    ])
    func aFolderOrABareExtensionIsNoOutputName(arguments: [String], option: String, name: String, message: String) throws {
        let folder = try CommandLine.temporaryDirectory()
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let resolve = { (text: String) in text.replacingOccurrences(of: "FOLDER", with: folder.path) }
        let result = try CommandLine.run(arguments.map { $0 == "DB" ? Self.db : $0 } + [option, resolve(name)])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(resolve(message)), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == before)
    }
}
