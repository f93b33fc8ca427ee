#if canImport(Glibc)
import Glibc
#endif
import Foundation
import OutputFiles
import Testing

@testable import storygraph

/// `build` killed with SIGKILL while it writes: every output is then its old or its new version (never a torn
/// file), and the next run — even one that stops at once on a bad input — first puts the previous set back
/// whole (or keeps the new one, when the kill came after the last rename) and removes the journal, the backups
/// and the temporary files the killed run left.
@Suite(.serialized)
struct KilledBuildTests {
    /// The outputs `build` writes by default.
    static let outputs = BuildOutputSetTests.ours

    /// The visible files of `directory` with their bytes, and its hidden ones (temporary files, backups, journal).
    func listing(_ directory: URL) throws -> (visible: [String: Data], hidden: [String]) {
        var visible: [String: Data] = [:]
        var hidden: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() {
            if name.hasPrefix(".") {
                hidden.append(name)
            } else {
                visible[name] = try Data(contentsOf: directory.appendingPathComponent(name))
            }
        }
        return (visible, hidden)
    }

    /// Copies the files of `source` into a new folder.
    func copy(_ source: URL) throws -> URL {
        let target = try CommandLine.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: target.appendingPathComponent(name))
        }
        return target
    }

    /// The previous outputs (of the bundled article) and the new ones (of a feed about other things).
    func previousAndNext() throws -> (feed: URL, previous: [String: Data], previousFolder: URL, next: [String: Data]) {
        let folder = try CommandLine.temporaryDirectory()
        let feed = folder.appendingPathComponent("feed.jsonl")
        try Data(StoreCommandTests.bidenFeed.utf8).write(to: feed)
        let previousFolder = folder.appendingPathComponent("previous")
        let nextFolder = folder.appendingPathComponent("next")
        #expect(try CommandLine.run(["build", "examples", "--out", previousFolder.path, "--quiet"]).status == 0)
        #expect(try CommandLine.run(["build", feed.path, "--out", nextFolder.path, "--quiet"]).status == 0)
        let previous = try listing(previousFolder).visible
        let next = try listing(nextFolder).visible
        #expect(previous.keys.sorted() == Self.outputs.sorted() && next.keys.sorted() == Self.outputs.sorted())
        for name in Self.outputs { #expect(previous[name] != next[name], "\(name) is the same in both sets") }
        return (feed, previous, previousFolder, next)
    }

    /// Checks a folder right after a kill (each file old or new) and after the next run, which fails on a
    /// missing input: one whole set, nothing hidden. Returns whether the new set was in place.
    /// - Parameter report: Whether the next run is `report` (a Markdown report into the folder) instead of `build`.
    func checkKilled(_ directory: URL, previous: [String: Data], next: [String: Data], report: Bool = false) throws -> Bool {
        let killed = try listing(directory)
        for (name, data) in killed.visible {
            #expect(data == previous[name] || data == next[name], "\(name) is neither the old nor the new version")
        }
        let again = try CommandLine.run(
            report ? ["report", "no/such/input.jsonl", "--out", directory.appendingPathComponent("r.md").path]
                : ["build", "no/such/input.jsonl", "--out", directory.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("no/such/input.jsonl: no such file or directory"))
        let after = try listing(directory)
        #expect(after.hidden == [OutputManifest.fileName], "left behind: \(after.hidden)")
        #expect(after.visible == previous || after.visible == next, "a mix of old and new outputs: \(killed.hidden)")
        return after.visible == next
    }

    /// Starts `storygraph build feed --out directory` (through `wrapper`, when given) and returns the process.
    func startBuild(_ feed: URL, into directory: URL, wrapper: [String] = []) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: wrapper.first ?? CommandLine.executable.path)
        process.arguments = Array(wrapper.dropFirst()) + (wrapper.isEmpty ? [] : [CommandLine.executable.path])
            + ["build", feed.path, "--out", directory.path, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Killed by `timeout -s KILL` (as a user's script would) at ten moments from the start to past the end:
    /// `timeout` kills itself with the build, which stays a zombie until init collects it, and the next run,
    /// started at once, must not take it for a live writer.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/timeout"), "needs timeout(1)"))
    func aBuildKilledAtAnyMomentLeavesOneWholeSet() throws {
        let sets = try previousAndNext()
        let started = Date()
        let timing = try startBuild(sets.feed, into: try copy(sets.previousFolder))
        timing.waitUntilExit()
        let duration = Date().timeIntervalSince(started)
        var finished = 0
        for fraction in [0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 1.0, 1.02] {
            let directory = try copy(sets.previousFolder)
            let build = try startBuild(
                sets.feed, into: directory,
                wrapper: ["/usr/bin/timeout", "-s", "KILL", String(format: "%.3f", duration * fraction)])
            build.waitUntilExit()
            if try checkKilled(directory, previous: sets.previous, next: sets.next) { finished += 1 }
        }
        #expect(finished < 10)  // most kills came before the end
    }

    /// A `report` into the folder of a killed `build` cleans up as the next `build` would: the previous set back,
    /// and none of the killed run's temporary files, backups, journal or run record left. (It removed the run
    /// record and the journal but kept the temporary files and backups, which nothing removed after that.)
    @Test func aReportAfterAKilledBuildCleansUpAsBuildDoes() throws {
        let sets = try previousAndNext()
        let directory = try copy(sets.previousFolder)
        // What build 999999 (gone) left when killed after writing its temporary files, its backups and journal.
        let pid: Int32 = 999_999
        var entries: [String] = []
        for name in Self.outputs + [OutputManifest.fileName] {
            let file = directory.appendingPathComponent(name)
            try Data((sets.next[name] ?? Data("new".utf8))).write(to: directory.appendingPathComponent(".\(name).\(pid).tmp"))
            try FileManager.default.linkItem(at: file, to: directory.appendingPathComponent(".\(name).\(pid).bak"))
            entries.append(#"{"name":"\#(name)","hadPrevious":true}"#)
        }
        try Data(#"{"pid":\#(pid),"entries":[\#(entries.joined(separator: ","))]}"#.utf8)
            .write(to: directory.appendingPathComponent(OutputSet.journalName))
        try Data().write(to: directory.appendingPathComponent(OutputSet.runRecordName(pid: pid)))
        #expect(try listing(directory).hidden.count == 2 * (Self.outputs.count + 1) + 3)
        #expect(try !checkKilled(directory, previous: sets.previous, next: sets.next, report: true))
    }

    /// The same after a real kill between the renames, the next run being a `report`.
    @Test(.enabled(if: canTrace, "needs strace and ptrace"))
    func aReportAfterABuildKilledBetweenItsRenamesRestoresThePreviousSet() throws {
        let sets = try previousAndNext()
        let directory = try copy(sets.previousFolder)
        try killBetweenRenames(sets.feed, into: directory)
        #expect(try !checkKilled(directory, previous: sets.previous, next: sets.next, report: true))
    }

    @Test func aKilledProcessNotYetCollectedIsNotAlive() throws {
        var pid: pid_t = 0
        let arguments: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sleep"), strdup("30"), nil]
        defer { for argument in arguments { free(argument) } }
        #expect(posix_spawn(&pid, "/bin/sleep", nil, nil, arguments, environ) == 0)
        #expect(RunTemporaries.isAlive(pid))
        kill(pid, SIGKILL)
        var state = ""
        for _ in 0..<200 where !state.contains(") Z") {  // not collected: a zombie
            Thread.sleep(forTimeInterval: 0.01)
            state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        }
        #expect(state.contains(") Z"))
        #expect(!RunTemporaries.isAlive(pid))
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(!RunTemporaries.isAlive(pid))
        #expect(!RunTemporaries.isAlive(-1) && RunTemporaries.isAlive(getpid()))
    }

    /// Whether `strace` can trace a child here (installed, and ptrace allowed).
    static let canTrace: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        probe.arguments = ["-o", "/dev/null", "/bin/true"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    /// Each rename slowed to 0.3 s by `strace`, the build is killed between its renames: some outputs are new,
    /// others old, and the journal says which; the next run restores the previous set whole.
    @Test(.enabled(if: canTrace, "needs strace and ptrace"))
    func aBuildKilledBetweenItsRenamesIsRolledBackByTheNextRun() throws {
        let sets = try previousAndNext()
        let directory = try copy(sets.previousFolder)
        try killBetweenRenames(sets.feed, into: directory)
        let killed = try listing(directory)
        #expect(killed.hidden.contains(".storygraph-outputs.journal"))
        let renamed = Self.outputs.filter { killed.visible[$0] == sets.next[$0] }
        #expect(!renamed.isEmpty && renamed.count < Self.outputs.count, "renamed before the kill: \(renamed)")
        #expect(try !checkKilled(directory, previous: sets.previous, next: sets.next))
    }

    /// Runs `build feed --out directory` with each rename slowed to 0.3 s and kills it about three renames in.
    func killBetweenRenames(_ feed: URL, into directory: URL) throws {
        let tracer = try startBuild(
            feed, into: directory,
            wrapper: ["/usr/bin/strace", "-f", "-o", "/dev/null", "-e", "trace=rename", "-e", "inject=rename:delay_exit=300000"])
        let journal = directory.appendingPathComponent(".storygraph-outputs.journal").path
        let deadline = Date().addingTimeInterval(120)
        while !FileManager.default.fileExists(atPath: journal), tracer.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        Thread.sleep(forTimeInterval: 1.0)  // about three renames done
        let children = try String(
            contentsOfFile: "/proc/\(tracer.processIdentifier)/task/\(tracer.processIdentifier)/children", encoding: .utf8)
        let build = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
        kill(build, SIGKILL)
        tracer.waitUntilExit()
    }
}
