import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Paths given to `--db` and `--out` that name nothing usable: an empty one, a device, a database another
/// writer holds. Each is refused naming the option or the path and what is wrong, and nothing is left behind.
@Suite struct OptionPathTests {
    @Test(arguments: [
        ["ingest", "examples", "--db", ""], ["query", "--db", " "], ["series", "--db", ""],
        ["build", "--db", "", "--out", "out"], ["report", "--db", "", "--out", "r.html"],
    ])
    func anEmptyDatabasePathIsAUsageError(arguments: [String]) throws {
        let result = try CommandLine.run(arguments)
        #expect(result.status == 64, "\(arguments)")
        #expect(result.stderr.hasPrefix("Error: --db needs a path: the SQLite database file (--db corpus.sqlite)\n"), "\(result.stderr)")
    }

    @Test func aDeviceIsNeitherAnOutputFolderNorADatabase() throws {
        let build = try CommandLine.run(["build", "examples", "--out", "/dev/null"])
        #expect(build.status == 1)
        #expect(build.stderr == "Error: could not write into /dev/null: it is a character device, not a directory; give a folder name\n")
        let ingest = try CommandLine.run(["ingest", "examples", "--db", "/dev/null"])
        #expect(ingest.status == 1)
        #expect(ingest.stderr == "Error: /dev/null: cannot open the database: it is a character device, not a regular file\n")
    }

    @Test func anIngestIntoADatabaseAnotherWriterHoldsIsRefusedAndTouchesNothing() throws {
        // The other writer has just created the new database and holds the writer's lock, as a concurrent
        // `ingest --db` of the same new file does.
        let folder = try CommandLine.temporaryDirectory()
        let db = folder.appendingPathComponent("news.db").path
        let descriptor = open(db, O_RDWR | O_CREAT | O_EXCL, 0o666)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let result = try CommandLine.run(["ingest", "examples", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix(
            "Error: \(db): another storygraph ingest is writing to this database; nothing was written (run this one again when it has finished)\n"))
        // The loser removed nothing it had not created, and left no -wal or -shm.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["news.db"])
        #expect(try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int == 0)
    }
}
