import Foundation
import OutputFiles
import Testing

@testable import storygraph

/// A `build` or `report` whose outputs could not all be replaced puts the previous ones back and leaves none of
/// its hidden backups behind: once the run record `.storygraph-run.PID` is gone, nothing would ever remove them.
@Suite(.serialized)
struct FailedReplacementLeftoverTests {
    /// Every entry of `directory` (hidden ones too) with its bytes.
    func everything(_ directory: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            result[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return result
    }

    /// A JSONL feed of other articles than `examples`, so that every output of a second run differs.
    func feed() throws -> URL {
        let feed = try CommandLine.temporaryDirectory().appendingPathComponent("feed.jsonl")
        try Data(StoreCommandTests.bidenFeed.utf8).write(to: feed)
        return feed
    }

    @Test(.enabled(if: ImmutableFolderTests.canMakeImmutable, "chattr +i needs root and a file system that has the attribute"))
    func aBuildThatCannotReplaceAnOutputLeavesThePreviousSetAndNoBackup() throws {
        let directory = try CommandLine.temporaryDirectory()
        #expect(try CommandLine.run(["build", "examples", "--out", directory.path, "--quiet"]).status == 0)
        let previous = try everything(directory)
        let locked = directory.appendingPathComponent("timeline.svg")
        try #require(ImmutableFolderTests.chattr("+i", locked))
        let failed: CommandLine.Result
        do {
            defer { _ = ImmutableFolderTests.chattr("-i", locked) }
            failed = try CommandLine.run(["build", try feed().path, "--out", directory.path, "--quiet"])
        }
        #expect(failed.status == 1)
        #expect(failed.stderr == "Error: could not write \(directory.path)/timeline.svg: \(ImmutableFolderTests.reason)\n", "\(failed.stderr)")
        let after = try everything(directory)
        #expect(after.keys.sorted() == previous.keys.sorted(), "left behind: \(Set(after.keys).subtracting(previous.keys).sorted())")
        #expect(after == previous)
    }

    @Test(.enabled(if: ImmutableFolderTests.canMakeImmutable, "chattr +i needs root and a file system that has the attribute"))
    func aMarkdownReportThatCannotReplaceADiagramLeavesThePreviousFilesAndNoBackup() throws {
        let directory = try CommandLine.temporaryDirectory()
        let report = directory.appendingPathComponent("b.md").path
        #expect(try CommandLine.run(["report", "examples", "--out", report, "--quiet"]).status == 0)
        let previous = try everything(directory)
        #expect(previous.keys.sorted() == [".storygraph-outputs", "b-relations.svg", "b-timeline.svg", "b.md"])
        let locked = directory.appendingPathComponent("b-timeline.svg")
        try #require(ImmutableFolderTests.chattr("+i", locked))
        let failed: CommandLine.Result
        do {
            defer { _ = ImmutableFolderTests.chattr("-i", locked) }
            failed = try CommandLine.run(["report", try feed().path, "--out", report, "--quiet"])
        }
        #expect(failed.status == 1)
        #expect(failed.stderr == "Error: could not write \(directory.path)/b-timeline.svg: \(ImmutableFolderTests.reason)\n", "\(failed.stderr)")
        #expect(try everything(directory) == previous)
    }
}
