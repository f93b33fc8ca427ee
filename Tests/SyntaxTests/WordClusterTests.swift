import Foundation
@testable import Syntax
import Testing

struct WordClusterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let bundled = root.appendingPathComponent("Sources/Syntax/Resources/clusters.sgm")

    /// Clusters as spaCy's lookups data gives them (first bit of the path lowest).
    @Test(arguments: [
        ("Mexico", 1446), ("Russia", 1446), ("Kenya", 1446), ("Pyongyang", 1446), ("the", 11), ("The", 30),
        ("said", 116), ("Monday", 874), ("Friday", 874), ("sanctions", 1381), ("Sanctions", 966), ("MEXICO", 478),
        // Not in the table as written: looked up lower-cased.
        ("KENYA", 1446), ("SANCTIONS", 1381),
        // No cluster.
        ("Obama", 0), ("qxzvtw", 0),
    ])
    func theBundledTableGivesSpaCysCluster(word: String, cluster: UInt32) throws {
        let table = try WordClusters(contentsOf: Self.bundled)
        #expect(table.cluster(of: word) == cluster)
    }

    @Test func theBundledTableKeepsTheMostProbableForms() throws {
        let table = try WordClusters(contentsOf: Self.bundled)
        #expect(table.count == 86_865)
        #expect(table.source == "spacy-lookups-data 1.0.5 en_lexeme_cluster, 120000 most probable forms")
        // "Mexico" shares its first 8 bits with "Canada" and "Europe", not its whole path.
        let mexico = table.cluster(of: "Mexico"), canada = table.cluster(of: "Canada")
        #expect(mexico & 0xFF == canada & 0xFF)
        #expect(mexico != canada)
    }

    @Test func prefixesOfOneClusterAgreeAndNoClusterIsItsOwnValue() {
        let mexico = ClusterFeatures(path: 1446), near = ClusterFeatures(path: 1446 & 0x3FF)
        #expect(mexico.prefix4 == near.prefix4)
        #expect(mexico.prefix10 == near.prefix10)
        #expect(mexico.full != near.full)
        let zeroPrefix = ClusterFeatures(path: 0b1_0000)
        #expect(zeroPrefix.prefix4 != ClusterFeatures.none.prefix4)
        #expect(ClusterFeatures(path: 0).full == ClusterFeatures.none.full)
        #expect(ClusterFeatures.none.full != ClusterFeatures.boundary.full)
    }

    @Test func aMissingClusterFileIsAnErrorNamingIt() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).sgm")
        #expect(throws: SyntaxError.modelNotFound(path: path.path)) { _ = try WordClusters(contentsOf: path) }
    }

    @Test func aCorruptClusterFileIsAnErrorNamingIt() throws {
        var bytes = [UInt8](try Data(contentsOf: Self.bundled))
        bytes[bytes.count / 2] ^= 0xFF
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("clusters-\(UUID().uuidString).sgm")
        try Data(bytes).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        #expect(throws: SyntaxError.corruptModel(path: path.path, reason: "checksum mismatch (truncated or altered file)")) {
            _ = try WordClusters(contentsOf: path)
        }
        // Another kind of model file in its place.
        let tagger = Self.root.appendingPathComponent("Sources/Syntax/Resources/tagger.sgm")
        #expect(throws: SyntaxError.corruptModel(path: tagger.path, reason: "holds a tagger model, expected clusters")) {
            _ = try WordClusters(contentsOf: tagger)
        }
    }

    /// A model folder of the bundled parser and recogniser and a small tagger trained with clusters, in a fresh
    /// temporary folder (removed by the caller).
    static func folderWithClusteredTagger() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("models-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let resources = root.appendingPathComponent("Sources/Syntax/Resources")
        for name in ["parser.sgm", "entities.sgm"] {
            try FileManager.default.createSymbolicLink(
                at: folder.appendingPathComponent(name), withDestinationURL: resources.appendingPathComponent(name))
        }
        var trainer = PartOfSpeechTaggerTrainer(iterations: 2, seed: 1)
        trainer.clusters = try WordClusters(contentsOf: bundled)
        let tagger = trainer.train([Fixtures.sentence("Kenya PROPN NNP 2 nsubj;voted VERB VBD 0 root;. PUNCT . 2 punct")])
        var archive = tagger.archive(metadata: [:])
        Lemmatizer.learn(from: []).store(in: &archive)
        try archive.write(to: folder.appendingPathComponent("tagger.sgm"))
        return folder
    }

    /// A model trained with clusters needs the table: missing or damaged, it is an error naming the table.
    @Test func modelsTrainedWithClustersNeedTheTable() throws {
        let folder = try Self.folderWithClusteredTagger()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = folder.appendingPathComponent("clusters.sgm")
        #expect(throws: SyntaxError.modelNotFound(path: table.path)) { _ = try SyntaxModels(directory: folder) }
        try Data("SGMODEL1 not really".utf8).write(to: table)
        #expect(throws: SyntaxError.corruptModel(path: table.path, reason: "not a Storygraph model file (bad magic)")) {
            _ = try SyntaxModels(directory: folder)
        }
        try FileManager.default.removeItem(at: table)
        try FileManager.default.copyItem(at: Self.bundled, to: table)
        let models = try SyntaxModels(directory: folder)
        #expect(models.clusters.count == 86_865)
        #expect(models.tagger.clusters.count == 86_865)
        // The bundled parser and recogniser were trained with the same clusters and read them too.
        #expect(models.parser.clusters.count == 86_865)
        #expect(models.recognizer.clusters.count == 86_865)
    }

    /// Models trained without clusters never read the table: a damaged one beside them is not opened.
    @Test func modelsWithoutClustersDoNotReadTheTable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("models-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Three small models trained without clusters (the bundled ones read them).
        let sentence = Fixtures.sentence("Kenya PROPN NNP 2 nsubj;voted VERB VBD 0 root;. PUNCT . 2 punct")
        var tagger = PartOfSpeechTaggerTrainer(iterations: 2, seed: 1).train([sentence]).archive(metadata: [:])
        Lemmatizer.learn(from: []).store(in: &tagger)
        try tagger.write(to: folder.appendingPathComponent("tagger.sgm"))
        try DependencyParserTrainer(iterations: 2, seed: 1).train([sentence]).archive(metadata: [:])
            .write(to: folder.appendingPathComponent("parser.sgm"))
        let gazetteer = EntityGazetteer(entries: [("Kenya", .location)])
        try EntityRecognizerTrainer(iterations: 2, seed: 1, gazetteer: gazetteer)
            .train([(words: sentence.map { SyntaxWord(form: $0.form, upos: $0.upos) }, entities: [])])
            .archive(metadata: [:]).write(to: folder.appendingPathComponent("entities.sgm"))
        try Data("damaged".utf8).write(to: folder.appendingPathComponent("clusters.sgm"))
        let models = try SyntaxModels(directory: folder)
        #expect(models.clusters.isEmpty)
        #expect(models.tagger.clusters.isEmpty)
        #expect(models.parser.clusters.isEmpty)
        #expect(models.recognizer.clusters.isEmpty)
    }

    @Test func aTaggerTrainedWithClustersRefusesAnotherTable() throws {
        let words = Fixtures.sentence("Kenya PROPN NNP 2 nsubj;voted VERB VBD 0 root;. PUNCT . 2 punct")
        let table = try WordClusters(contentsOf: Self.bundled)
        var trainer = PartOfSpeechTaggerTrainer(iterations: 2, seed: 1)
        trainer.clusters = table
        let tagger = trainer.train([words])
        let archive = try ModelArchive.decode(tagger.archive(metadata: [:]).encoded(), kind: "tagger", path: "m")
        #expect(archive.metadata["clusters"] == table.source)
        #expect(try PartOfSpeechTagger(archive: archive, path: "m", clusters: table).clusters.count == table.count)
        let other = WordClusters(table: table.table, paths: table.paths, source: "other clusters")
        #expect(throws: SyntaxError.corruptModel(
            path: "m", reason: "trained with the word clusters \"\(table.source)\", but the cluster table holds \"other clusters\""
        )) { _ = try PartOfSpeechTagger(archive: archive, path: "m", clusters: other) }
    }

    /// The committed table is what `Scripts/build_clusters.py` writes from the pinned wheel (when it has been
    /// downloaded into `.venv-clusters/wheels/`, as `make clusters` does; skipped otherwise).
    @Test func theBuildScriptReproducesTheResource() throws {
        let wheel = Self.root.appendingPathComponent(".venv-clusters/wheels/spacy_lookups_data-1.0.5-py2.py3-none-any.whl")
        let python = URL(fileURLWithPath: "/usr/bin/python3")
        guard FileManager.default.isExecutableFile(atPath: python.path), FileManager.default.fileExists(atPath: wheel.path)
        else { return }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("clusters-\(UUID().uuidString).sgm")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = python
        process.arguments = [
            Self.root.appendingPathComponent("Scripts/build_clusters.py").path, "--wheel", wheel.path, "--out", output.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        #expect(try Data(contentsOf: output) == Data(contentsOf: Self.bundled))
    }
}
