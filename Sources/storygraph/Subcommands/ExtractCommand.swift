import ArgumentParser
import ArticleText
import EventExtraction
import Foundation
import GraphExport

/// `storygraph extract`: per-document timexes, actors and events as JSON (JSONL for several documents),
/// streamed a batch at a time.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print each document's TIMEX3 expressions, actors and PLOVER events as JSON.",
        discussion: """
            One JSON object per document, one per line (JSONL), in input order; --pretty indents them; --syntax \
            adds the dependency parse and named entities of every sentence. Each object's "findings" lists the \
            non-fatal problems met (unresolved dates, unknown actors, a missing publication date); standard \
            error gets their counts by code. "places" lists the places the document names, resolved to GeoNames entries (id, name, country, admin1, lat, lon, precision), "unresolvedPlaces" those no entry holds (start, end, text, cue; no id or coordinates), and each event has a "location" when its clause or, for on-the-ground types, the dateline names a place; --no-places skips both.

            Works as a streaming filter: JSONL on standard input ('-') or in files is read line by line, one \
            batch of --batch-size documents is extracted at a time (in parallel) and written before the next is \
            read, so memory stays bounded whatever the corpus size: `cat corpus.jsonl | storygraph extract - > \
            events.jsonl`. A bad record stops the run with its file and line after the batches before it were \
            written. A progress line (documents, documents/s, ETA) goes to standard error when it is a terminal.
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var dictionaries: ExtractionOptions

    @OptionGroup var verbosity: VerbosityOptions

    @Flag(help: "Add each sentence's UD words (lemma, UPOS, XPOS, head, relation, offsets) and named entities as \"syntax\".")
    var syntax = false

    @Flag(help: "Indent the JSON (one document per block instead of one per line).")
    var pretty = false

    func validate() throws { try input.requireInputs() }

    func run() throws {
        let stream = DocumentStream(paths: input.inputs, reader: input.reader)
        let pipeline = try dictionaries.pipeline()
        // One line per document through the fast encoder (the same bytes as JSONEncoder's); --pretty through
        // JSONEncoder's printer.
        let prettyEncoder = JSONEncoder()
        prettyEncoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let lineEncoder = SortedJSONEncoder()
        var digest = FindingDigest()
        var progress = ProgressLine(
            command: "extract", quiet: verbosity.quiet, verbose: verbosity.verbose,
            total: verbosity.quiet ? nil : ProgressLine.count(paths: input.inputs, reader: input.reader))
        var done = 0
        var warned = 0
        while true {
            let batch = try stream.next(maximum: verbosity.batchSize)
            if !verbosity.quiet {
                if stream.findings.count > warned { progress.finish() }
                InputOptions.warn(stream.findings.dropFirst(warned))
            }
            warned = stream.findings.count
            if batch.isEmpty { break }
            var output: [UInt8] = []
            for var extraction in pipeline.extractAll(batch) {
                if !syntax { extraction.syntax = nil }
                digest.add(extraction.findings)
                if pretty {
                    output += try JSONText.encode(extraction, with: prettyEncoder)
                } else {
                    try lineEncoder.append(extraction, to: &output)
                }
                output.append(UInt8(ascii: "\n"))
            }
            try OutputText.writeStandardOutput(Data(output))
            done += batch.count
            progress.update(done: done)
        }
        progress.finish()
        let skipped = stream.findings.count { $0.code == InputOptions.skippedCode }
        let badLines = stream.findings.count { $0.code == DocumentReader.badLineCode }
        guard done > 0 || skipped == 0 else {
            throw BuildFailure("no document left to read in \(input.inputs.joined(separator: ", "))\(InputOptions.skippedNote(skipped, lines: badLines, quiet: verbosity.quiet))")
        }
        if !verbosity.quiet {
            digest.report(prefix: "storygraph extract", to: verbosity.diagnostics)
            if skipped > 0 || badLines > 0 {
                StandardStreams.writeError("storygraph extract: \(done) document\(done == 1 ? "" : "s")\(InputOptions.skippedNote(skipped, lines: badLines))\n")
            }
        }
    }
}
