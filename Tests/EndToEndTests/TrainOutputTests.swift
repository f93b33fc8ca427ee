#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// `storygraph-train` checks every input before it makes `--out`, and a run that fails leaves `--out` as it was:
/// no empty folder, no half-written set of models.
struct TrainOutputTests {
    func run(_ arguments: [String]) throws -> CommandLine.Result {
        try CommandLine.run(arguments, program: "storygraph-train")
    }

    @Test(arguments: [
        (["--clusters", "/nonexistent/clusters.sgm"],
         "--clusters /nonexistent/clusters.sgm is read only with --word-clusters or --cluster-stages: add one of them, or leave --clusters out"),
        (["--word-clusters", "--clusters", "/nonexistent/clusters.sgm"], "--clusters /nonexistent/clusters.sgm: no such file"),
        (["--lexicon", "/nonexistent/lexicon.json"], "--lexicon /nonexistent/lexicon.json: no such file"),
        (["--wordnet", "/nonexistent/wordnet"], "--wordnet /nonexistent/wordnet: no such folder"),
        (["--wordnet", "examples/lexicon-example.yaml"], "--wordnet examples/lexicon-example.yaml: a file, not a folder"),
        (["--treebank", "README.md"],
         "--treebank README.md: a file, not a folder (give the folder that holds gum/, the EWT dev files and UNER)"),
        (["--treebank", "/nonexistent/treebank"],
         "--treebank /nonexistent/treebank: /nonexistent/treebank/gum/splits.md: cannot be read: no such file"),
    ])
    func aMissingInputStopsTheRunBeforeOutIsMade(arguments: [String], message: String) throws {
        let out = try CommandLine.temporaryDirectory().appendingPathComponent("models/new")
        let result = try run(arguments + ["--out", out.path])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.deletingLastPathComponent().path))
    }

    /// A failure once training has begun (a damaged tagger in --reuse-tags) leaves an existing --out untouched
    /// and removes an --out the run made.
    @Test func aFailedRunLeavesOutAsItWas() throws {
        let folder = try CommandLine.temporaryDirectory()
        let kept = folder.appendingPathComponent("kept")
        try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
        try Data("not a model".utf8).write(to: kept.appendingPathComponent("tagger.sgm"))
        let existing = folder.appendingPathComponent("existing")
        try FileManager.default.createDirectory(at: existing, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: existing.appendingPathComponent("tagger.sgm"))
        let failed = try run(["--stages", "tagger", "--reuse-tags", kept.path, "--out", existing.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("Error: \(kept.path)/tagger.sgm: corrupt model file"), "\(failed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: existing.path) == ["tagger.sgm"])
        #expect(try String(contentsOf: existing.appendingPathComponent("tagger.sgm"), encoding: .utf8) == "old")
        let fresh = folder.appendingPathComponent("fresh/models")
        let again = try run(["--stages", "tagger", "--reuse-tags", kept.path, "--out", fresh.path])
        #expect(again.status == 1)
        #expect(!FileManager.default.fileExists(atPath: fresh.deletingLastPathComponent().path))
    }

    /// A run that succeeds moves its models into --out, replacing older ones, and leaves no staging folder.
    @Test func aSuccessfulRunReplacesTheModelsAndLeavesNothingElse() throws {
        let out = try CommandLine.temporaryDirectory()
        try Data("old".utf8).write(to: out.appendingPathComponent("tagger.sgm"))
        let result = try run(["--stages", "tagger", "--tagger-iterations", "1", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["tagger.sgm"])
        let model = try Data(contentsOf: out.appendingPathComponent("tagger.sgm"))
        #expect(model.count > 1_000_000)
    }

    /// A path under a regular file, for any folder the run writes, is named with the option, the path and what
    /// is in the way (exit 64, before any training), never as a Foundation error; nothing is made.
    @Test(arguments: [
        (["--out", "FILE/sub"], "--out: could not create FILE/sub: FILE is a regular file, not a directory"),
        (["--out", "FILE/sub/deeper"], "--out: could not create FILE/sub/deeper: FILE is a regular file, not a directory"),
        (["--out", "FILE"], "--out: could not write into FILE: it is a regular file, not a directory; give a folder name"),
        (["--out", "NEW", "--reuse-tags", "FILE/kept"], "--reuse-tags: could not create FILE/kept: FILE is a regular file, not a directory"),
        (["--out", "NEW", "--dump-entities", "FILE/d.iob2"],
         "--dump-entities: could not write FILE/d.iob2: FILE is a regular file, not a directory"),
    ])
    func aFolderUnderARegularFileIsNamed(arguments: [String], message: String) throws {
        let folder = try CommandLine.temporaryDirectory()
        let file = folder.appendingPathComponent("notes.txt")
        try Data("my notes".utf8).write(to: file)
        let new = folder.appendingPathComponent("models").path
        let result = try run(["--stages", "tagger"] + arguments.map {
            $0.replacingOccurrences(of: "FILE", with: file.path).replacingOccurrences(of: "NEW", with: new)
        })
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: \(message.replacingOccurrences(of: "FILE", with: file.path))\n"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        #expect(try Data(contentsOf: file) == Data("my notes".utf8))
    }

    /// A folder where a model file goes would stop the run only when it moves the models in, after training:
    /// it is named before.
    @Test func aFolderInPlaceOfAModelIsNamedBeforeTraining() throws {
        let out = try CommandLine.temporaryDirectory()
        try FileManager.default.createDirectory(at: out.appendingPathComponent("tagger.sgm"), withIntermediateDirectories: true)
        let result = try run(["--stages", "tagger", "--out", out.path])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --out: could not write \(out.path)/tagger.sgm: a directory is in the way\n"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["tagger.sgm"])
    }

    /// A run killed with SIGKILL cannot remove its hidden staging folder; the next run into the same --out removes
    /// it (even when that run then fails) and keeps what is not a left-over of its kind: the folder of a running
    /// process, other names, and a symbolic link named like a staging folder (whose target stays whole).
    @Test func theNextRunRemovesTheStagingFolderOfAKilledRun() throws {
        let folder = try CommandLine.temporaryDirectory()
        let out = folder.appendingPathComponent("models")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: out.appendingPathComponent("tagger.sgm"))

        let killed = Process()
        killed.executableURL = CommandLine.product("storygraph-train")
        killed.arguments = ["--stages", "tagger", "--tagger-iterations", "1", "--out", out.path]
        killed.currentDirectoryURL = CommandLine.packageRoot
        killed.standardOutput = FileHandle.nullDevice
        killed.standardError = FileHandle.nullDevice
        try killed.run()
        let staging = out.appendingPathComponent(".storygraph-train-\(killed.processIdentifier)")
        for _ in 0..<600 where !FileManager.default.fileExists(atPath: staging.path) { Thread.sleep(forTimeInterval: 0.05) }
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        #expect(killed.terminationReason == .uncaughtSignal)
        try #require(FileManager.default.fileExists(atPath: staging.path))
        try Data("half a model".utf8).write(to: staging.appendingPathComponent("tagger.sgm"))

        let running = ".storygraph-train-\(getpid())"  // this test process: alive
        try FileManager.default.createDirectory(at: out.appendingPathComponent(running), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out.appendingPathComponent(".storygraph-train-notes"), withIntermediateDirectories: true)
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: elsewhere.appendingPathComponent("keep.txt"))
        let link = ".storygraph-train-\(gone.processIdentifier)"
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent(link), withDestinationURL: elsewhere)

        let kept = folder.appendingPathComponent("kept")
        try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
        try Data("not a model".utf8).write(to: kept.appendingPathComponent("tagger.sgm"))
        let next = try run(["--stages", "tagger", "--reuse-tags", kept.path, "--out", out.path])
        #expect(next.status == 1)
        #expect(next.stderr.hasPrefix(
            "removed \(staging.path), the unfinished models of an earlier run that was stopped\n"), "\(next.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
            == [running, link, ".storygraph-train-notes", "tagger.sgm"].sorted())
        #expect(try String(contentsOf: out.appendingPathComponent("tagger.sgm"), encoding: .utf8) == "old")
        #expect(try String(contentsOf: elsewhere.appendingPathComponent("keep.txt"), encoding: .utf8) == "mine")
    }
}
