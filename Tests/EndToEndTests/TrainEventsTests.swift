import Foundation
import Testing

/// `storygraph train-events`: the model it writes and the inputs it refuses.
struct TrainEventsTests {
    static let sentences = "Tests/Gold/events-sentences2.jsonl"

    @Test func trainingTwiceWritesTheSameModel() throws {
        let out = try CommandLine.temporaryDirectory()
        let first = out.appendingPathComponent("a.tsv").path
        let second = out.appendingPathComponent("b.tsv").path
        #expect(try CommandLine.run(["train-events", Self.sentences, "--epochs", "2", "--out", first]).status == 0)
        #expect(try CommandLine.run(["train-events", Self.sentences, "--epochs", "2", "--out", second]).status == 0)
        let model = try String(contentsOfFile: first, encoding: .utf8)
        #expect(model == (try String(contentsOfFile: second, encoding: .utf8)))
        #expect(model.hasPrefix("# Storygraph event-type model v2"))
        #expect(model.contains("\nlabels\tAGREE\tCONSULT\tSUPPORT\t"))
        #expect(model.contains("\nf\tR=accuse\t8:"))  // a root "accuse" weighs for ACCUSE (label 8)
    }

    @Test(arguments: [
        (["Tests/Gold/events-gold.jsonl"], "Tests/Gold/events-gold.jsonl: no record of one or two sentences"),
        ([sentences, "--negatives", "nonexistent.conllu"], "nonexistent.conllu: no such file"),
        ([sentences, "--negatives", "Tests"], "Tests: is a directory, not a CoNLL-U file"),
        ([sentences, "--negatives", sentences], "is given twice"),
        ([sentences, sentences, "--cross-validate"], "is given twice"),
        ([sentences, "--margin", "3"], "--margin only applies with --cross-validate"),
        ([sentences, "examples/korea-party-congress.txt", "--cross-validate", "--margin", "nan"], "--margin must be a number of 0 or more"),
    ])
    func badInputIsRefusedAndNothingIsWritten(arguments: [String], message: String) throws {
        let out = try CommandLine.temporaryDirectory().appendingPathComponent("model.tsv")
        let result = try CommandLine.run(["train-events"] + arguments + ["--out", out.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(message))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aNegativesFileIsNeverOverwritten() throws {
        let folder = try CommandLine.temporaryDirectory()
        let negatives = folder.appendingPathComponent("negatives.conllu")
        let text = "# text = The film was shown last year.\n1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n\n"
        try text.write(to: negatives, atomically: true, encoding: .utf8)
        let result = try CommandLine.run(["train-events", Self.sentences, "--negatives", negatives.path, "--out", negatives.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("it is the input"))
        #expect(try String(contentsOf: negatives, encoding: .utf8) == text)
    }
}
