import Foundation
import OutputFiles
import Testing

@testable import storygraph

/// The output set is replaced all together or not at all, and what a killed run left behind is cleaned up.
struct OutputSetTests {
    func directory(with files: [String: String]) throws -> URL {
        let directory = try CommandLine.temporaryDirectory()
        for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        return directory
    }

    func contents(_ directory: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            result[name] = String(decoding: try Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self)
        }
        return result
    }

    func outputSet(_ directory: URL) -> OutputSet {
        OutputSet(fileSystem: OutputFileSystem(directory: directory, display: directory.path),
                  knownNames: ["a.json", "b.dot", "c.svg"])
    }

    /// Hidden backup or temporary files in the process's current directory (where none may ever go).
    func strayFilesInCurrentDirectory() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: FileManager.default.currentDirectoryPath)
            .filter { $0.hasPrefix(".") && ($0.hasSuffix(".bak") || $0.hasSuffix(".tmp")) }
    }

    @Test func aCompleteReplacementLeavesOnlyTheNewFiles() throws {
        let directory = try directory(with: ["a.json": "old a", "notes.txt": "mine"])
        try outputSet(directory).replace(with: [("a.json", Data("new a".utf8)), ("b.dot", Data("new b".utf8))])
        #expect(try contents(directory) == ["a.json": "new a", "b.dot": "new b", "notes.txt": "mine"])
        #expect(try strayFilesInCurrentDirectory().isEmpty)
    }

    @Test func aFailedRenameRestoresTheWholePreviousSet() throws {
        let directory = try directory(with: ["a.json": "old a", "c.svg": "old c"])
        // b.dot cannot be replaced: a non-empty directory stands in its way (checked late, at the rename).
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("b.dot/x"), withIntermediateDirectories: true)
        #expect(throws: OutputFileError.self) {
            try outputSet(directory).replace(with: [("a.json", Data("new a".utf8)), ("b.dot", Data("new b".utf8)),
                                                    ("c.svg", Data("new c".utf8))])
        }
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("b.dot/x").path, isDirectory: &isDirectory))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["a.json", "b.dot", "c.svg"])  // no temporary files, backups or journal left
        #expect(try String(contentsOf: directory.appendingPathComponent("a.json"), encoding: .utf8) == "old a")
        #expect(try String(contentsOf: directory.appendingPathComponent("c.svg"), encoding: .utf8) == "old c")
        #expect(try strayFilesInCurrentDirectory().isEmpty)
    }

    @Test func aRunKilledBetweenRenamesIsRolledBackByTheNextRun() throws {
        // What a run with process id 999999 (not alive) left when killed after renaming a.json and b.dot:
        // the journal, a.json's backup, the new a.json and b.dot, and c.svg's temporary file.
        let journal = #"{"pid":999999,"entries":[{"name":"a.json","hadPrevious":true},{"name":"b.dot","hadPrevious":false},{"name":"c.svg","hadPrevious":true}]}"#
        let directory = try directory(with: [
            ".storygraph-outputs.journal": journal, ".a.json.999999.bak": "old a", "a.json": "new a",
            "b.dot": "new b", ".c.svg.999999.bak": "old c", "c.svg": "old c", ".c.svg.999999.tmp": "new c",
            ".private.999999.tmp": "not ours",
        ])
        try outputSet(directory).recover()
        #expect(try contents(directory) == ["a.json": "old a", "c.svg": "old c", ".private.999999.tmp": "not ours"])
    }

    @Test func staleOutputsAreRemovedInTheSameStepAndComeBackWhenARenameFails() throws {
        let directory = try directory(with: ["a.json": "old a", "c.svg": "old c"])
        try outputSet(directory).replace(with: [("a.json", Data("new a".utf8))], removing: ["c.svg"])
        #expect(try contents(directory) == ["a.json": "new a"])

        let blocked = try self.directory(with: ["a.json": "old a", "c.svg": "old c"])
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("b.dot/x"), withIntermediateDirectories: true)
        #expect(throws: OutputFileError.self) {
            try outputSet(blocked).replace(with: [("a.json", Data("new a".utf8)), ("b.dot", Data("new b".utf8))], removing: ["c.svg"])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: blocked.path).sorted() == ["a.json", "b.dot", "c.svg"])
        #expect(try String(contentsOf: blocked.appendingPathComponent("a.json"), encoding: .utf8) == "old a")
        #expect(try String(contentsOf: blocked.appendingPathComponent("c.svg"), encoding: .utf8) == "old c")
    }

    /// A killed run's backup that the next run cannot move back either (a folder now stands where the output
    /// was) is the only copy of the previous output: it stays, with the journal and the run record, and the run
    /// stops naming it. It was removed with the other leftovers.
    @Test func aBackupThatCannotBeMovedBackIsKept() throws {
        let journal = #"{"pid":999999,"entries":[{"name":"a.json","hadPrevious":true},{"name":"b.dot","hadPrevious":true}]}"#
        let directory = try directory(with: [
            ".storygraph-outputs.journal": journal, ".a.json.999999.bak": "old a", ".b.dot.999999.bak": "old b",
            "b.dot": "new b", ".storygraph-run.999999": "",
        ])
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("a.json/x"), withIntermediateDirectories: true)
        #expect(throws: OutputFileError(
            "could not put back \(directory.path)/a.json, an output of a storygraph run that was stopped while it replaced "
                + "its outputs: moving its previous version back from its backup \(directory.path)/.a.json.999999.bak failed "
                + "(a directory is in the way); the backups and \(directory.path)/.storygraph-outputs.journal are kept, so "
                + "fix the cause and run again")
        ) {
            try outputSet(directory).recover()
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0 != "a.json" }
        #expect(try Dictionary(uniqueKeysWithValues: files.map {
            ($0, String(decoding: try Data(contentsOf: directory.appendingPathComponent($0)), as: UTF8.self))
        }) == [
            ".storygraph-outputs.journal": journal, ".a.json.999999.bak": "old a", "b.dot": "old b",
            ".storygraph-run.999999": "",
        ])
        // A replacement stops there too, before writing anything; once the folder is gone, the next run puts a.json back.
        #expect(throws: OutputFileError.self) { try outputSet(directory).replace(with: [("c.svg", Data("new c".utf8))]) }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("c.svg").path))
        try FileManager.default.removeItem(at: directory.appendingPathComponent("a.json"))
        try outputSet(directory).recover()
        #expect(try contents(directory) == ["a.json": "old a", "b.dot": "old b"])
    }

    @Test func aRunKilledAfterRemovingAStaleOutputGetsItBack() throws {
        // Killed after renaming the new a.json and removing the stale c.svg, before the journal went.
        let journal = #"{"pid":999999,"entries":[{"name":"a.json","hadPrevious":true},{"name":"c.svg","hadPrevious":true}]}"#
        let directory = try directory(with: [
            ".storygraph-outputs.journal": journal, ".a.json.999999.bak": "old a", "a.json": "new a",
            ".c.svg.999999.bak": "old c",
        ])
        try outputSet(directory).recover()
        #expect(try contents(directory) == ["a.json": "old a", "c.svg": "old c"])
    }

    @Test func oneFileIsReplacedWithoutJournalAndASymlinkInItsPlaceIsReplacedNotFollowed() throws {
        let directory = try directory(with: [
            "target.json": "theirs", ".a.json.999999.tmp": "killed run", ".storygraph-run.999999": "",
        ])
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("a.json").path, withDestinationPath: "target.json")
        try outputSet(directory).replace(with: [("a.json", Data("new a".utf8))])
        #expect(try contents(directory) == ["a.json": "new a", "target.json": "theirs"])
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("a.json").path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }

    /// A file named like a temporary file is removed only when a run of storygraph recorded it and that run is
    /// gone: a user's `.a.json.999999.tmp` stays, and so does one named after a live process with a record.
    @Test func onlyTemporariesARunRecordedAreRemoved() throws {
        let live = getppid()
        let directory = try directory(with: [
            ".a.json.999999.tmp": "mine", ".b.dot.999998.tmp": "killed run", ".storygraph-run.999998": "",
            ".c.svg.\(live).tmp": "running", ".storygraph-run.\(live)": "", ".c.svg.999998.bak": "old c",
        ])
        try outputSet(directory).replace(with: [("a.json", Data("new a".utf8))])
        #expect(try contents(directory) == [
            "a.json": "new a", ".a.json.999999.tmp": "mine", ".c.svg.\(live).tmp": "running",
            ".storygraph-run.\(live)": "",
        ])
        // A run that completes leaves no record of its own.
        try outputSet(directory).replace(with: [("a.json", Data("new a".utf8)), ("b.dot", Data("new b".utf8))])
        #expect(try contents(directory).keys.sorted() == [
            ".a.json.999999.tmp", ".c.svg.\(live).tmp", ".storygraph-run.\(live)", "a.json", "b.dot",
        ])
    }

    @Test func aSpecialFileInTheWayIsRefusedBeforeAnythingIsWritten() throws {
        let directory = try directory(with: ["a.json": "old a"])
        #expect(mkfifo(directory.appendingPathComponent("b.dot").path, 0o644) == 0)
        #expect(throws: OutputFileError.self) {
            try outputSet(directory).replace(with: [("a.json", Data("new a".utf8)), ("b.dot", Data("new b".utf8))])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["a.json", "b.dot"])
        #expect(try String(contentsOf: directory.appendingPathComponent("a.json"), encoding: .utf8) == "old a")
        var status = stat()
        #expect(lstat(directory.appendingPathComponent("b.dot").path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        // Nor is it removed as a stale output of an earlier run.
        #expect(!OutputFileSystem(directory: directory, display: "out").removeStaleFile("b.dot"))
    }
}
