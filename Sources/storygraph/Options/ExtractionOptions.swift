import ActorLexicon
import ArgumentParser
import ArticleText
import EventExtraction
import Foundation
import OutputFiles
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
        if let lexicon { try Self.checkFile(lexicon, option: "--lexicon") }
        if let patterns { try Self.checkFile(patterns, option: "--patterns") }
    }

    /// Fails, before any input is read, when the dictionary file `path` given to `option` cannot be a lexicon
    /// or pattern file: missing, a directory, unreadable or empty. Like a bad input file, and like a problem
    /// inside the file found when it is read, that is an error naming the file (exit status 1), not a usage
    /// error. A named pipe passes unread (`--lexicon <(…)`): reading it here would use it up.
    /// - Throws: `CommandFailure` "`--lexicon PATH`: PROBLEM".
    static func checkFile(_ path: String, option: String) throws {
        let what = option == "--lexicon"
            ? "a YAML or JSON actor lexicon (see examples/lexicon-example.yaml)" : "a JSON event-pattern file"
        var status = stat()
        guard stat(path, &status) == 0 else {
            let problem = errno == ENOENT ? "no such file" : OutputFileSystem.reason(errno)
            throw CommandFailure("\(option) \(path: path): \(problem)")
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            throw CommandFailure("\(option) \(path: path): is a directory; give the file itself, \(what)")
        case S_IFREG:
            guard access(path, R_OK) == 0 else { throw CommandFailure("\(option) \(path: path): \(OutputFileSystem.reason(errno))") }
            if status.st_size == 0 { throw CommandFailure("\(option) \(path: path): the file is empty; it should be \(what)") }
        default:
            return
        }
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
        if let patterns { dictionary = try dictionary.adding(contentsOf: URL(fileURLWithPath: patterns)) }
        // The extractor reads the CAMEO verb dictionary here while the models finish loading.
        let extractor = EventExtractor(dictionary: dictionary, lexicon: actorLexicon)
        preload.wait()
        return ExtractionPipeline(
            syntax: SyntaxAnalyzer(models: try SyntaxModels.bundled()),
            recognizer: ActorRecognizer(lexicon: actorLexicon),
            extractor: extractor,
            places: noPlaces ? nil : PlaceRecognizer(gazetteer: try Gazetteer.bundledOrError()))
    }
}
