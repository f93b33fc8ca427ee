import ArgumentParser
import ArticleText
import EventExtraction
import Foundation

/// `storygraph extract`: per-document timexes, actors and events as JSON (JSONL for several documents).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print each document's TIMEX3 expressions, actors and PLOVER events as JSON.",
        discussion: """
            One JSON object per document, one per line (JSONL); --pretty indents a single document; --syntax adds \
            the dependency parse and named entities of every sentence. Each \
            object's "findings" lists the non-fatal problems met (unresolved dates, unknown actors, a missing \
            publication date); standard error gets their counts by code. "places" lists the places the document \
            names, resolved to GeoNames entries (id, name, country, admin1, lat, lon, precision), and each event \
            has a "location" when its clause or, for on-the-ground types, the dateline names a place; \
            --no-places skips both.
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var dictionaries: ExtractionOptions

    @Flag(help: "Add each sentence's UD words (lemma, UPOS, XPOS, head, relation, offsets) and named entities as \"syntax\".")
    var syntax = false

    @Flag(help: "Indent the JSON (one document per block instead of one per line).")
    var pretty = false

    func run() throws {
        let documents = try input.documents()
        let pipeline = try dictionaries.pipeline()
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        var output = Data()
        var digest = FindingDigest()
        for document in documents {
            var extraction = pipeline.extract(document)
            if !syntax { extraction.syntax = nil }
            digest.add(extraction.findings)
            output += try encoder.encode(extraction)
            output += Data("\n".utf8)
        }
        try OutputText.writeStandardOutput(output)
        digest.report(prefix: "storygraph extract")
    }
}
