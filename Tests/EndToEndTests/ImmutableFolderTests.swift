import Foundation
import OutputFiles
import Testing

/// An immutable folder (`chattr +i`) refuses every write with `EPERM`, even to root: it was reported as
/// "permission denied", which sent users to the mode bits. It is now named as what it is.
@Suite(.serialized) struct ImmutableFolderTests {
    static let reason = "operation not permitted (not a permission bit: is it immutable or append-only? `lsattr -d` shows the i or a attribute)"

    @Test func eachErrorNumberIsExplainedAsWhatItIs() {
        #expect(OutputFileSystem.reason(EPERM) == Self.reason)
        #expect(OutputFileSystem.reason(EACCES) == "permission denied")
    }

    /// Runs `chattr` on `folder`; whether it worked (it needs root and a file system with the attribute).
    static func chattr(_ flag: String, _ folder: URL) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, folder.path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static var canMakeImmutable: Bool {
        guard let folder = try? CommandLine.temporaryDirectory() else { return false }
        defer { _ = chattr("-i", folder) }
        return chattr("+i", folder)
    }

    @Test(.enabled(if: canMakeImmutable, "chattr +i needs root and a file system (ext4, xfs, btrfs) that has the attribute"),
          arguments: [
              (["build", "examples", "--out", "DIR", "--quiet"], "could not write DIR/events.json: the folder DIR is not writable: "),
              (["build", "examples", "--out", "DIR/sub", "--quiet"], "could not create DIR/sub: "),
              (["parse", "examples/korea-party-congress.txt", "-o", "DIR/a.conllu"], "could not write DIR/a.conllu: the folder DIR is not writable: "),
              (["ingest", "examples", "--db", "DIR/a.db", "--quiet"], "could not create DIR/a.db: the folder DIR is not writable: "),
              (["report", "examples", "--out", "DIR/r.html", "--quiet"], "could not create DIR/r.html: the folder DIR is not writable: "),
          ])
    func anImmutableOutputFolderIsNamedAsImmutable(arguments: [String], message: String) throws {
        let folder = try CommandLine.temporaryDirectory()
        try #require(Self.chattr("+i", folder))
        defer { _ = Self.chattr("-i", folder) }
        let result = try CommandLine.run(arguments.map { $0.replacingOccurrences(of: "DIR", with: folder.path) })
        #expect(result.status == 1)
        let expected = "Error: " + message.replacingOccurrences(of: "DIR", with: folder.path) + Self.reason + "\n"
        #expect(result.stderr == expected, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// `ingest` into an existing store whose folder is immutable showed SQLite's "unable to open database file":
    /// SQLite creates its journal beside the database. The folder is named, with the cause.
    @Test(.enabled(if: canMakeImmutable, "chattr +i needs root and a file system (ext4, xfs, btrfs) that has the attribute"))
    func anExistingStoreInAnImmutableFolderNamesTheFolder() throws {
        let folder = try CommandLine.temporaryDirectory()
        let db = folder.appendingPathComponent("s.db").path
        #expect(try CommandLine.run(["ingest", "examples", "--db", db, "--quiet"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        try #require(Self.chattr("+i", folder))
        defer { _ = Self.chattr("-i", folder) }
        let result = try CommandLine.run(["ingest", "examples", "--db", db, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(db): cannot write the database: its folder \(folder.path) is not writable "
            + "(operation not permitted: is it immutable or append-only? `lsattr -d` shows the i or a attribute), and SQLite "
            + "writes its journal (s.db-wal) beside the database; nothing was written\n", "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["s.db"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }
}
