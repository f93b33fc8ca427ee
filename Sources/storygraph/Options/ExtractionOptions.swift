import ActorLexicon
import ArgumentParser
import ArticleText
import EventExtraction
import Foundation
import Geo
import Syntax

/// The user's own dictionaries, shared by every subcommand that extracts.
struct ExtractionOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A YAML or JSON actor lexicon that extends or overrides the bundled one (see examples/lexicon-example.yaml).",
            valueName: "file"))
    var lexicon: String?

    @Option(
        help: ArgumentHelp(
            "A JSON event-pattern file (the shape of plover-patterns.json) whose entries are added to the bundled ones.",
            valueName: "file"))
    var patterns: String?

    @Flag(name: .customLong("no-places"), help: "Skip place recognition and event locations (the bundled GeoNames gazetteer).")
    var noPlaces = false

    func validate() throws {
        if let lexicon { try Self.checkExists(lexicon, option: "--lexicon") }
        if let patterns { try Self.checkExists(patterns, option: "--patterns") }
    }

    /// Fails with a usage error when `path` is not an existing regular file.
    static func checkExists(_ path: String, option: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValidationError("\(option) \(path): no such file")
        }
        if isDirectory.boolValue { throw ValidationError("\(option) \(path): is a directory, not a file") }
    }

    /// The pipeline with the bundled dictionaries extended by the user's files.
    /// - Throws: the lexicon's or pattern file's error, naming the file (and line) and the problem.
    func pipeline() throws -> ExtractionPipeline {
        // Start-up: the syntax models and the gazetteer load on another core while the lexicon is decoded here.
        let preload = DispatchGroup()
        DispatchQueue.global().async(group: preload) { _ = try? SyntaxModels.bundled() }
        if !noPlaces { DispatchQueue.global().async(group: preload) { _ = try? Gazetteer.bundledOrError() } }
        var actorLexicon = try Lexicon.bundledOrError()
        if let lexicon {
            actorLexicon = try actorLexicon.merging(userFile: URL(fileURLWithPath: lexicon))
        }
        var dictionary = PatternDictionary.shared
        if let patterns {
            try Self.checkPatternFile(patterns)
            dictionary = try dictionary.adding(contentsOf: URL(fileURLWithPath: patterns))
        }
        // The extractor reads the CAMEO verb dictionary here while the models finish loading.
        let extractor = EventExtractor(dictionary: dictionary, lexicon: actorLexicon)
        preload.wait()
        return ExtractionPipeline(
            syntax: SyntaxAnalyzer(models: try SyntaxModels.bundled()),
            recognizer: ActorRecognizer(lexicon: actorLexicon),
            extractor: extractor,
            places: noPlaces ? nil : PlaceRecognizer(gazetteer: try Gazetteer.bundledOrError()))
    }

    /// Decodes the pattern file once more to explain a problem plainly (`PATH: missing key "version"`).
    private static func checkPatternFile(_ path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("--patterns \(path): cannot be read (permission denied?)")
        }
        do {
            _ = try JSONDecoder().decode(PatternFile.self, from: data)
        } catch {
            throw CommandFailure("\(path): \(JSONLines.describe(error))")
        }
    }
}
