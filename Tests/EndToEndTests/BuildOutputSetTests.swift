#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// `build` replaces its outputs as one set: a failed write leaves the previous run's files as they were, and
/// outputs the run did not produce are removed only after success.
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
            == Self.ours.sorted())  // no relations.png, no temporary files left behind
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
        #expect(names == (Self.ours + ["notes.txt"]).sorted())
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
        #expect(result.stderr.contains("could not write \(directory.path)/events.json: permission denied"))
    }
}
