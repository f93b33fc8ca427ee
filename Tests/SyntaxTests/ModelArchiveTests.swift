import Foundation
import Syntax
import Testing

struct ModelArchiveTests {
    func tinyTagger() -> PartOfSpeechTagger {
        let sentences = [
            Fixtures.sentence("The DET DT 2 det;dog NOUN NN 3 nsubj;barks VERB VBZ 0 root;. PUNCT . 3 punct"),
            Fixtures.sentence("A DET DT 2 det;cat NOUN NN 3 nsubj;sleeps VERB VBZ 0 root;. PUNCT . 3 punct"),
            Fixtures.sentence("Dogs NOUN NNS 2 nsubj;bark VERB VBP 0 root;loudly ADV RB 2 advmod"),
        ]
        return PartOfSpeechTaggerTrainer(iterations: 5, seed: 7).train(sentences)
    }

    @Test func roundTripKeepsEveryTable() throws {
        let archive = tinyTagger().archive(metadata: ["data": "test"])
        let bytes = try archive.encoded()
        let decoded = try ModelArchive.decode(bytes, kind: "tagger", path: "t.sgm")
        #expect(decoded == archive)
        #expect(decoded.metadata["data"] == "test")
    }

    @Test func sameDataAndSeedGiveIdenticalBytes() throws {
        let first = try tinyTagger().archive(metadata: [:]).encoded()
        let second = try tinyTagger().archive(metadata: [:]).encoded()
        #expect(first == second)
    }

    @Test func alteredByteIsReportedAsCorrupt() throws {
        var bytes = try tinyTagger().archive(metadata: [:]).encoded()
        bytes[bytes.count / 2] ^= 0xFF
        #expect(throws: SyntaxError.corruptModel(path: "t.sgm", reason: "checksum mismatch (truncated or altered file)")) {
            try ModelArchive.decode(bytes, kind: "tagger", path: "t.sgm")
        }
    }

    @Test func truncatedAndForeignFilesAreErrorsNotCrashes() throws {
        let bytes = try tinyTagger().archive(metadata: [:]).encoded()
        #expect(throws: SyntaxError.self) { try ModelArchive.decode(Array(bytes.prefix(40)), kind: "tagger", path: "t") }
        #expect(throws: SyntaxError.corruptModel(path: "t", reason: "not a Storygraph model file (bad magic)")) {
            try ModelArchive.decode(Array("hello world, not a model at all".utf8), kind: "tagger", path: "t")
        }
        #expect(throws: SyntaxError.corruptModel(path: "t", reason: "holds a tagger model, expected parser")) {
            try ModelArchive.decode(bytes, kind: "parser", path: "t")
        }
    }

    @Test func missingModelFileNamesIt() {
        #expect(throws: SyntaxError.modelNotFound(path: "/nonexistent/tagger.sgm")) {
            try ModelArchive.read(from: URL(fileURLWithPath: "/nonexistent/tagger.sgm"), kind: "tagger")
        }
    }
}
