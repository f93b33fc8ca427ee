import ArgumentParser
import ArticleText
import Foundation
import Syntax

/// `storygraph ner FILE.iob2`: the same tokens with predicted PER/ORG/LOC tags.
struct NERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Tag the tokens of an IOB2 file with predicted PER, ORG and LOC entities.",
        discussion: """
            Reads IOB2 (one token a line: id, token, tag[, more columns]; blank line between sentences; '#' \
            comments) and writes it back with only the tag column replaced by the recogniser's IOB2 tags; within \
            each document ('# newdoc' comments) a name keeps one type and, found twice, is found wherever it \
            recurs. Plain text is refused with the file and line (a line without tabs is not IOB2), and so is an \
            input tag of a type other than PER, ORG, LOC and MISC (B-XYZ), naming the tag; `storygraph extract \
            --syntax FILE` gives the named entities of an article.
            """
    )

    @Argument(help: "IOB2 file.")
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write to this file instead of standard output (IOB2: a name ending in .json, .csv or another format's extension is refused).",
        valueName: "file"))
    var output: String?

    func validate() throws {
        try OutputFileName.check(output, command: "ner", writes: "IOB2", extensions: ["iob2", "iob", "txt", "tsv"], example: "tagged.iob2")
    }

    @OptionGroup var quietness: QuietOption

    func run() throws {
        var sentences: [IOB2Sentence]
        do {
            sentences = try IOB2Reader().read(path: file)
        } catch let error as SyntaxError {
            guard case .notTabSeparated = error else { throw error }
            throw CommandFailure(
                "\(error.errorDescription ?? "\(error)"); `storygraph ner` tags IOB2 files only: for the named entities of an "
                    + "article, run `storygraph extract --syntax \(path: file)`")
        }
        let analyzer = SyntaxAnalyzer(models: try SyntaxModels.bundled())
        let found = sentences.map { sentence in
            var words = sentence.words.map { SyntaxWord(form: $0) }
            return analyzer.entities(&words)
        }
        for (index, entities) in EntityRecognizer.harmonized(found, in: sentences).enumerated() {
            sentences[index].entities = entities
        }
        try OutputText.write(IOB2Writer().write(sentences), to: output, inputs: [file])
    }
}
