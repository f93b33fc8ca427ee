import Foundation

/// The trained models of the syntax layer: tagger (with its lemmatiser and WordNet classes), dependency
/// parser and named-entity recogniser, and the Brown-cluster table they share.
///
/// The bundled files (`tagger.sgm`, `parser.sgm`, `entities.sgm` in the module's resources) are written by
/// `make models` (`storygraph-train`), `clusters.sgm` by `Scripts/build_clusters.py`; `STORYGRAPH_MODELS=DIR`
/// or `init(directory:)` loads others. Loading reads each file once, checks its checksum and copies its tables;
/// nothing is allocated per document afterwards.
public struct SyntaxModels: Sendable {
    /// Part-of-speech tagger.
    public let tagger: PartOfSpeechTagger
    /// Lemmatiser learnt with the tagger.
    public let lemmatizer: Lemmatizer
    /// Dependency parser.
    public let parser: DependencyParser
    /// Named-entity recogniser.
    public let recognizer: EntityRecognizer
    /// The Brown clusters the models read (empty when none of them was trained with clusters).
    public let clusters: WordClusters

    /// File names of the three models.
    public static let fileNames = (tagger: "tagger.sgm", parser: "parser.sgm", entities: "entities.sgm")

    /// Loads the three models from `directory` (the parser on another thread meanwhile), with the cluster table
    /// `clusters.sgm` when a model was trained with it.
    /// - Throws: `SyntaxError.modelNotFound` or `.corruptModel` naming the file; a model trained with clusters
    ///   needs the table it was trained with.
    public init(directory: URL) throws {
        let clusterTable = ClusterTableLoad(url: directory.appendingPathComponent(WordClusters.fileName))
        let parserURL = directory.appendingPathComponent(Self.fileNames.parser)
        let parser = BackgroundLoad {
            let archive = try ModelArchive.read(from: parserURL, kind: "parser")
            return try DependencyParser(
                archive: archive, path: parserURL.path, clusters: clusterTable.table(for: archive))
        }
        let taggerURL = directory.appendingPathComponent(Self.fileNames.tagger)
        let taggerArchive = try ModelArchive.read(from: taggerURL, kind: "tagger")
        tagger = try PartOfSpeechTagger(
            archive: taggerArchive, path: taggerURL.path, clusters: clusterTable.table(for: taggerArchive))
        var lemmatizer = try Lemmatizer(archive: taggerArchive, path: taggerURL.path)
        lemmatizer.wordClasses = tagger.wordClasses
        self.lemmatizer = lemmatizer
        let entitiesURL = directory.appendingPathComponent(Self.fileNames.entities)
        let entitiesArchive = try ModelArchive.read(from: entitiesURL, kind: "entities")
        recognizer = try EntityRecognizer(
            archive: entitiesArchive, path: entitiesURL.path, clusters: clusterTable.table(for: entitiesArchive))
        self.parser = try parser.value()
        clusters = clusterTable.loaded
    }

    /// The folder of the bundled models, or the one `STORYGRAPH_MODELS` names.
    public static var bundledDirectory: URL {
        if let override = ProcessInfo.processInfo.environment["STORYGRAPH_MODELS"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        if let readme = Bundle.module.url(forResource: "README", withExtension: "md", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "README", withExtension: "md")
        {
            return readme.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: "Sources/Syntax/Resources")
    }

    private static let loaded: Result<SyntaxModels, SyntaxError> = {
        do {
            return .success(try SyntaxModels(directory: bundledDirectory))
        } catch let error as SyntaxError {
            return .failure(error)
        } catch {
            return .failure(.unreadable(path: bundledDirectory.path, reason: error.localizedDescription))
        }
    }()

    /// The bundled models, loaded once per process.
    /// - Throws: `SyntaxError.modelNotFound` or `.corruptModel` when a file is missing or damaged.
    public static func bundled() throws -> SyntaxModels { try loaded.get() }
}
