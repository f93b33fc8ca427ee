import ActorLexicon
import ArgumentParser
import EventExtraction
import Foundation

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

    /// The pipeline with the bundled dictionaries extended by the user's files.
    /// - Throws: the lexicon's or pattern file's error, naming the file (and line) and the problem.
    func pipeline() throws -> ExtractionPipeline {
        guard lexicon != nil || patterns != nil else { return ExtractionPipeline() }
        var actorLexicon = Lexicon.bundled()
        if let lexicon {
            guard FileManager.default.fileExists(atPath: lexicon) else {
                throw ValidationError("--lexicon \(lexicon): no such file")
            }
            actorLexicon = try actorLexicon.merging(userFile: URL(fileURLWithPath: lexicon))
        }
        var dictionary = PatternDictionary.shared
        if let patterns {
            guard FileManager.default.fileExists(atPath: patterns) else {
                throw ValidationError("--patterns \(patterns): no such file")
            }
            dictionary = try dictionary.adding(contentsOf: URL(fileURLWithPath: patterns))
        }
        return ExtractionPipeline(
            recognizer: ActorRecognizer(lexicon: actorLexicon),
            extractor: EventExtractor(dictionary: dictionary, lexicon: actorLexicon))
    }
}
