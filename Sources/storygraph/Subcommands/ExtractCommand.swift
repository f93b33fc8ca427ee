import ArgumentParser
import ArticleText
import EventExtraction
import Foundation

/// `storygraph extract`: per-document timexes, actors and events as JSON (JSONL for several documents).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print each document's TIMEX3 expressions, actors and PLOVER events as JSON.",
        discussion: "One JSON object per document, one per line (JSONL); --pretty indents a single document."
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var dictionaries: ExtractionOptions

    @Flag(help: "Indent the JSON (one document per block instead of one per line).")
    var pretty = false

    func run() throws {
        let documents = try input.documents()
        let pipeline = try dictionaries.pipeline()
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        var output = Data()
        for document in documents {
            output += try encoder.encode(pipeline.extract(document))
            output += Data("\n".utf8)
        }
        FileHandle.standardOutput.write(output)
    }
}
