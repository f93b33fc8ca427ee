import Foundation
import Testing

/// A failed `ingest` leaves nothing half-written, and a finished run leaves the database as one file.
@Suite struct IngestFailureTests {
    /// A JSONL file whose first record is good and whose second line is not JSON.
    static func badFeed(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("bad.jsonl").path
        try (#"{"id":"a","text":"Russia attacked Ukraine.","published":"2022-02-24"}"# + "\n" + #"{"id":"b", oops"# + "\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The names in `folder`, sorted.
    static func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test(arguments: [1, 64])
    func aMalformedFeedIntoANewFolderLeavesNoFolderAndNoDatabase(batchSize: Int) throws {
        let folder = try CommandLine.temporaryDirectory()
        let feed = try Self.badFeed(in: folder)
        let db = folder.appendingPathComponent("new/deeper/corpus.sqlite").path
        // With batches of 1 the good first record is committed before the bad line is read: still taken back.
        let result = try CommandLine.run(["ingest", feed, "--db", db, "--batch-size", String(batchSize)])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(feed):2: bad JSONL record: not valid JSON"), "\(result.stderr)")
        #expect(try Self.names(folder) == ["bad.jsonl"])
    }

    /// `ingest a.txt --db b` crashed with an illegal instruction: Foundation's `deletingLastPathComponent` traps
    /// on a path of one character.
    @Test func aOneCharacterDatabaseNameIsAFileInTheCurrentFolder() throws {
        let folder = try CommandLine.temporaryDirectory()
        let article = CommandLine.packageRoot.appendingPathComponent("examples/korea-party-congress.txt").path
        let result = try CommandLine.run(["ingest", article, "--db", "b", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["b"])
        let dot = try CommandLine.run(["ingest", article, "--db", ".", "--quiet"], in: folder)
        #expect(dot.status == 1)
        #expect(dot.stderr == "Error: .: cannot open the database: it is a directory\n")
    }

    @Test func aNewDatabaseInAnExistingFolderIsRemovedAndTheFolderKept() throws {
        let folder = try CommandLine.temporaryDirectory()
        let feed = try Self.badFeed(in: folder)
        let result = try CommandLine.run(
            ["ingest", feed, "--db", folder.appendingPathComponent("corpus.sqlite").path, "--batch-size", "1"])
        #expect(result.status == 1)
        #expect(try Self.names(folder) == ["bad.jsonl"])
    }

    @Test func aFailedRunLeavesAnExistingStoreAsItWas() throws {
        let folder = try CommandLine.temporaryDirectory()
        let db = folder.appendingPathComponent("corpus.sqlite").path
        #expect(try CommandLine.run(["ingest", "examples", "--db", db]).status == 0)
        let before = try CommandLine.run(["query", "--db", db, "--format", "json"])
        #expect(before.stderr.contains("16 events of 16 happenings"), "\(before.stderr)")
        let feed = try Self.badFeed(in: folder)
        let failed = try CommandLine.run(["ingest", feed, "--db", db])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("\(feed):2: bad JSONL record"))
        #expect(try Self.names(folder) == ["bad.jsonl", "corpus.sqlite"])
        let after = try CommandLine.run(["query", "--db", db, "--format", "json"])
        #expect(after.stdout == before.stdout)
        let again = try CommandLine.run(["ingest", "examples", "--db", db])
        #expect(again.stderr.contains("1 document: 0 added, 0 replaced, 1 unchanged; 0 events written"), "\(again.stderr)")
        #expect(again.stderr.contains("now holds 1 document") && !again.stderr.contains("1 documents"))  // the good record "a" of the failed batch was not stored
    }

    @Test func aFinishedRunLeavesOnlyTheDatabaseFile() throws {
        let folder = try CommandLine.temporaryDirectory()
        let db = folder.appendingPathComponent("corpus.sqlite").path
        #expect(try CommandLine.run(["ingest", "examples", "--db", db]).status == 0)
        #expect(try Self.names(folder) == ["corpus.sqlite"])
        // Readers open it read-only and leave nothing beside it either.
        #expect(try CommandLine.run(["query", "--db", db]).status == 0)
        #expect(try CommandLine.run(["series", "--db", db]).status == 0)
        let out = folder.appendingPathComponent("out").path
        #expect(try CommandLine.run(["build", "--db", db, "--out", out]).status == 0)
        #expect(try CommandLine.run(["report", "--db", db, "--out", folder.appendingPathComponent("r.html").path]).status == 0)
        #expect(try CommandLine.run(["ingest", "examples", "--db", db]).status == 0)
        #expect(try Self.names(folder) == [".storygraph-outputs", "corpus.sqlite", "out", "r.html"])
    }
}
