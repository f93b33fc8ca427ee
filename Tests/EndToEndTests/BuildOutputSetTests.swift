#if canImport(Glibc)
import Glibc
#endif
import Foundation
import OutputFiles
import Testing

/// `build` replaces its outputs as one set: a failed write leaves the previous run's files as they were, and
/// outputs the run did not produce are removed only after success. Only files build wrote (listed in the
/// folder's `.storygraph-outputs`) are ever removed or replaced.
@Suite(.serialized)
struct BuildOutputSetTests {
    static let ours = [
        "events.json", "events.csv", "relations.csv", "timeline.json", "events.geojson", "relations.dot", "timeline.dot",
        "graph.graphml", "graph.gexf", "relations.svg", "timeline.svg",
    ]

    func contents(of directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            var isDirectory: ObjCBool = false
            let path = directory.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    @Test func aDirectoryInTheWayFailsBeforeAnyFileIsReplaced() throws {
        let directory = try CommandLine.temporaryDirectory()
        for name in Self.ours { try Data("old \(name)".utf8).write(to: directory.appendingPathComponent(name)) }
        let blocked = directory.appendingPathComponent("timeline.svg")
        try FileManager.default.removeItem(at: blocked)
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: false)
        let before = try contents(of: directory)

        let result = try CommandLine.run(["build", "examples", "--out", directory.path, "--format", "png"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("could not write \(directory.path)/timeline.svg: a directory is in the way"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        #expect(try contents(of: directory) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            == Self.ours.sorted())  // no relations.png, no record, no temporary files left behind
    }

    @Test func staleOutputsGoOnlyAfterASuccessfulRunAndOtherFilesStay() throws {
        let directory = try CommandLine.temporaryDirectory()
        let first = try CommandLine.run(["build", "examples", "--out", directory.path, "--format", "png,pdf"])
        #expect(first.status == 0, "\(first.stderr)")
        try Data("mine".utf8).write(to: directory.appendingPathComponent("notes.txt"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("relations.png").path))

        let second = try CommandLine.run(["build", "examples", "--out", directory.path])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("removed stale relations.png, relations.pdf, timeline.png, timeline.pdf"))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == (Self.ours + ["notes.txt", OutputManifest.fileName]).sorted())
        #expect(try recordedNames(directory) == Self.ours.sorted())
    }

    /// The names the folder's record of build's outputs lists.
    func recordedNames(_ directory: URL) throws -> [String] {
        let text = try String(contentsOf: directory.appendingPathComponent(OutputManifest.fileName), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    }

    /// The trial's data loss: a user's own timeline.pdf put into a folder build wrote before went on the next
    /// run ("removed stale timeline.pdf"). It is now listed nowhere, so it is left alone.
    @Test func aUsersFileInAFolderBuildWroteBeforeSurvivesTheNextRun() throws {
        let directory = try CommandLine.temporaryDirectory()
        let first = try CommandLine.run(["build", "examples", "--out", directory.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try recordedNames(directory) == Self.ours.sorted())
        let mine = directory.appendingPathComponent("timeline.pdf")
        try Data("my own timeline".utf8).write(to: mine)

        let second = try CommandLine.run(["build", "examples", "--out", directory.path])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!second.stderr.contains("removed stale"))
        #expect(try Data(contentsOf: mine) == Data("my own timeline".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            == (Self.ours + ["timeline.pdf", OutputManifest.fileName]).sorted())

        // Asked for PDF, build would replace it: it stops before writing anything and names the file.
        let before = try contents(of: directory)
        let pdf = try CommandLine.run(["build", "examples", "--out", directory.path, "--format", "pdf"])
        #expect(pdf.status == 1)
        #expect(pdf.stderr == "Error: could not write \(directory.path)/timeline.pdf: a file of that name is there that "
            + "storygraph build did not write (\(directory.path)/.storygraph-outputs, the record of storygraph's outputs, does "
            + "not list it); move or remove it, or give another --out\n")
        #expect(try contents(of: directory) == before)
    }

    /// A folder holding a user's events.json (and timeline.pdf) was taken for an earlier build's: its
    /// timeline.pdf was removed as stale and its events.json overwritten. Now nothing is written or removed.
    @Test func aFolderHoldingAUsersEventsJSONIsRefusedAndLeftAsItWas() throws {
        let directory = try CommandLine.temporaryDirectory()
        try Data("{\"mine\": true}".utf8).write(to: directory.appendingPathComponent("events.json"))
        try Data("my own timeline".utf8).write(to: directory.appendingPathComponent("timeline.pdf"))
        try Data("notes".utf8).write(to: directory.appendingPathComponent("relations.csv"))
        let before = try contents(of: directory)

        let result = try CommandLine.run(["build", "examples", "--out", directory.path])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: could not write into \(directory.path): it holds events.json and relations.csv, files "
            + "named like build's outputs that storygraph build did not write (the folder has no record of storygraph's "
            + "outputs, \(directory.path)/.storygraph-outputs, as folders an older storygraph wrote have none); move or remove "
            + "them, or give another --out\n")
        #expect(!result.stderr.contains("removed stale"))
        #expect(try contents(of: directory) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            == ["events.json", "relations.csv", "timeline.pdf"])

        // Only events.json in the way: the message names that one file.
        try FileManager.default.removeItem(at: directory.appendingPathComponent("relations.csv"))
        let single = try CommandLine.run(["build", "examples", "--out", directory.path, "--quiet"])
        #expect(single.status == 1)
        #expect(single.stderr.hasPrefix("Error: could not write \(directory.path)/events.json: a file of that name is there "
            + "that storygraph build did not write (the folder has no record of storygraph's outputs"))
        #expect(try Data(contentsOf: directory.appendingPathComponent("events.json")) == Data("{\"mine\": true}".utf8))
    }

    /// An output listed in the record but replaced by the user with a link is still build's: replaced, not
    /// refused, and only outputs the record lists are removed as stale.
    @Test func onlyRecordedOutputsAreRemovedAsStale() throws {
        let directory = try CommandLine.temporaryDirectory()
        #expect(try CommandLine.run(["build", "examples", "--out", directory.path, "--format", "png", "--quiet"]).status == 0)
        #expect(try recordedNames(directory) == (Self.ours + ["relations.png", "timeline.png"]).sorted())
        // The record forgets timeline.png (as if a user edited it): that file is no longer build's to remove.
        let record = directory.appendingPathComponent(OutputManifest.fileName)
        let edited = try String(contentsOf: record, encoding: .utf8).replacingOccurrences(of: "timeline.png\n", with: "")
        try Data(edited.utf8).write(to: record)
        let second = try CommandLine.run(["build", "examples", "--out", directory.path])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("; removed stale relations.png\n"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("timeline.png").path))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("relations.png").path))
        #expect(try recordedNames(directory) == Self.ours.sorted())
    }

    /// A folder no build wrote before keeps a user's own file that bears an output's name.
    @Test func aUsersFileInANewOutputFolderIsNoStaleOutput() throws {
        let directory = try CommandLine.temporaryDirectory()
        try Data("mine".utf8).write(to: directory.appendingPathComponent("timeline.pdf"))
        let run = try CommandLine.run(["build", "examples", "--out", directory.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("removed stale"))
        #expect(try Data(contentsOf: directory.appendingPathComponent("timeline.pdf")) == Data("mine".utf8))
    }

    @Test func pngAndPDFAreByteIdenticalAcrossRunsTimeZonesAndLocales() throws {
        let first = try CommandLine.temporaryDirectory()
        let second = try CommandLine.temporaryDirectory()
        let arguments = ["build", "examples", "--format", "png,pdf", "--out"]
        #expect(try CommandLine.run(arguments + [first.path], environment: ["TZ": "UTC", "LC_ALL": "C"]).status == 0)
        Thread.sleep(forTimeInterval: 1.1)
        let elsewhere = ["TZ": "Asia/Kolkata", "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"]
        #expect(try CommandLine.run(arguments + [second.path], environment: elsewhere).status == 0)
        for name in ["relations.png", "timeline.png", "relations.pdf", "timeline.pdf"] {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between runs")
            #expect(a.count > 100)
        }
    }

    @Test func emptyOutIsAUsageError() throws {
        let result = try CommandLine.run(["build", "examples", "--out", ""])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--out needs a directory name"))
    }

    @Test func outThatIsARegularFileIsRefusedPlainly() throws {
        let directory = try CommandLine.temporaryDirectory()
        let file = directory.appendingPathComponent("graphs")
        try Data("not a folder".utf8).write(to: file)
        let result = try CommandLine.run(["build", "examples", "--out", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("could not write into \(file.path): it is a regular file, not a directory; give a folder name"))
        #expect(try Data(contentsOf: file) == Data("not a folder".utf8))

        let below = try CommandLine.run(["build", "examples", "--out", file.path + "/sub"])
        #expect(below.status == 1)
        #expect(below.stderr == "Error: could not create \(file.path)/sub: \(file.path) is a regular file, not a directory\n")
    }

    @Test(.disabled(if: CommandLine.runsAsRoot, CommandLine.rootSkipReason))
    func readOnlyFolderSaysPermissionDenied() throws {
        let directory = try CommandLine.temporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path) }
        let result = try CommandLine.run(["build", "examples", "--out", directory.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("could not write \(directory.path)/events.json: the folder \(directory.path) is not writable: permission denied"))
    }
}
