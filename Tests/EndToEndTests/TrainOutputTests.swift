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
}
