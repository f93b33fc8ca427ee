import ArgumentParser
import ArticleText
import Foundation
import OutputFiles
import GraphExport
import GraphModel
import GraphRendering

/// `storygraph build`: extract every input, merge into one graph, write events.json, the relations diagram,
/// the timeline, GraphML and GEXF, rendered in process through Graphviz.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Merge the events of all inputs into one graph and write diagrams and data files.",
        discussion: """
            Writes into --out: events.json (actors, events, relations), events.csv and relations.csv (RFC 4180 \
            tables, one row per event or relation), timeline.json (TimelineJS 3), events.geojson (an RFC 7946 \
            FeatureCollection, one point per located happening: an event cluster with its article and source \
            counts), relations.dot + .svg (actors as nodes, relations as edges), timeline.dot + .svg (events \
            along a time axis), graph.graphml (with yEd's labels, colours and shapes) and graph.gexf (GEXF 1.3 \
            with time spans for Gephi); --format adds png and/or pdf renderings. Nothing is written unless everything \
            rendered; the files then go to temporary names in --out and are renamed into place only when all \
            were written, so a failed run leaves the previous outputs as they were, and a run killed between \
            the renames is undone by the next build or report into that folder before it reads anything. \
            The set includes .storygraph-outputs, the list of the files build wrote there: outputs it lists that \
            this run does not produce (relations.png without --format png) are removed in the same step, and no \
            other file is ever removed. A file it does not list that has the name of an output (your own \
            timeline.pdf, an events.json from elsewhere, the outputs of a storygraph that kept no list) is never \
            replaced: the run stops before writing anything and names it. An output that is a symbolic link is \
            replaced by the new file; the file it pointed to is left as it was. All outputs, \
            PNG and PDF included, are byte-identical between runs on the same input (the PDF carries no \
            creation date).

            events.json's "findings" lists every document's non-fatal problems (unresolved dates, unknown \
            actors, a missing publication date) with its document id; standard error gets their counts by code.

            --level country (the default) folds people and organisations into their state, so "Kim Jong Un", \
            "Pyongyang" and "North Korea" are one node; --level actor keeps them apart. The level applies to \
            the relations diagram, the relations in events.json, GraphML and GEXF; the timeline always names \
            the actors of each event.

            Events carry a "location" when their own clause names a place ("in Kandahar", "near Mosul", "in \
            the capital, Tripoli"), or, for ASSAULT, PROTEST, MOBILIZE and COERCE, when the dateline does \
            (resolved against the bundled GeoNames gazetteer). --country-of-event SYR and --near LAT,LON,KM \
            keep only events located there.

            --layout auto (the default) lays the relations diagram out with dot up to 150 nodes and 250 \
            relations, and with sfdp above: dot draws small graphs best but slows to minutes on large, \
            hub-heavy graphs. With any engine but dot, edges are straight and the relations between two \
            actors share one edge (curved edges make neato and sfdp slow).

            The timeline runs left to right along a time axis with ticks in years, months or days, one lane \
            per acting actor (--lanes dyad: per pair, --lanes type: per event type); boxes sit at their \
            dates, ongoing events ("since January") have a bar from their start, undated and vague events \
            have a lane of their own, and a lane with more than 8 events (or needing more than 3 rows) \
            shows one box per period and pair with the count (every event in its tooltip).

            Above 60 relations the diagram draws the 40 with the most articles (--top N changes the number, \
            --top 0 draws all) and says what it left out (on standard error and as a diagram.pruned \
            finding in events.json); --collapse draws one edge per pair of actors. Domestic relations (both \
            ends in one country) are loops. Edge and node tooltips in the SVG list the events with their \
            date, type, modality, article title and evidence sentence, and link to the article when it has \
            a url.
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var dictionaries: ExtractionOptions

    @Option(help: ArgumentHelp("Directory to write the outputs into (created with its parents if missing; a folder that cannot be created is named with the cause).", valueName: "dir"))
    var out: String

    @Option(
        help: ArgumentHelp(
            "Image formats, comma-separated or repeated: \(ImageFormat.allCases.map(\.rawValue).joined(separator: ", ")). SVG is always written.",
            valueName: "formats"))
    var format: [String] = ["svg"]

    @Option(help: "Relations between actors or countries.")
    var level: LevelChoice = .country

    @OptionGroup var filters: FilterOptions

    @OptionGroup var store: StoreInputOptions

    @OptionGroup var diagrams: DiagramOptions

    @Flag(help: "Start events.csv and relations.csv with a UTF-8 byte order mark (for spreadsheets that guess encodings).")
    var csvBom = false

    @OptionGroup var quietness: QuietOption

    func validate() throws {
        if out.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--out needs a directory name")
        }
        if out == "-" { throw ValidationError("--out -: build writes a set of files; give a directory name") }
        _ = try imageFormats()
        _ = try filters.query(level: level.aggregation)
        try store.check(input)
    }

    func run() throws {
        let diagnostics = quietness.diagnostics
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        // A run killed between its renames left a journal: the previous outputs come back before anything else.
        try OutputRecovery.recover(OutputFileSystem(directory: folder, display: out))
        let corpus = try CorpusGraph(
            input: input, dictionaries: dictionaries, db: store.db, query: filters.query(level: level.aggregation),
            command: "storygraph build", quiet: diagnostics.quiet)
        let filtered = try filters.apply(
            to: corpus, level: level.aggregation, command: "storygraph build", quiet: diagnostics.quiet)
        let documents = corpus.documentCount
        let digest = corpus.digest
        let outputs = try BuildOutputs.make(
            graph: filtered, level: level.aggregation, formats: imageFormats(),
            options: diagrams.options(filters: filters),
            csvByteOrderMark: csvBom)
        let removed = try outputs.write(to: folder, display: out)

        var summary = "storygraph build: \(documents) document\(documents == 1 ? "" : "s")\(InputOptions.skippedNote(corpus.skippedFiles, lines: corpus.skippedLines)), "
            + "\(CountedNoun.text(filtered.actors.count, "actor")), "
            + "\(CountedNoun.text(filtered.events.count, "event")), \(CountedNoun.text(outputs.totalRelationCount, "relation")) (\(outputs.relationCount) drawn) "
            + "(\(level.rawValue) level, \(outputs.layout.rawValue) layout)"
        if digest.total > 0 { summary += ", \(CountedNoun.text(digest.total, "finding")) (listed in events.json)" }
        summary += "; wrote \(outputs.files.map(\.name).joined(separator: ", ")) to \(path: out)"
        if !removed.isEmpty { summary += "; removed stale \(removed.joined(separator: ", "))" }
        for warning in outputs.warnings { diagnostics.say("warning: \(warning)") }
        for note in outputs.notes { diagnostics.say("storygraph build: note: \(note)") }
        digest.report(prefix: "storygraph build", to: diagnostics)
        diagnostics.say(summary)
    }

    /// The image formats asked for, SVG first and always.
    private func imageFormats() throws -> [ImageFormat] {
        var formats: [ImageFormat] = [.svg]
        for value in try CommaList.items(format, option: "--format").map({ $0.lowercased() }) {
            guard let format = ImageFormat(rawValue: value) else {
                throw ValidationError(
                    "unknown --format \"\(path: value)\"; valid formats: \(ImageFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }
}

/// `--format` choices beyond the SVG always written.
enum ImageFormat: String, CaseIterable {
    case svg, png, pdf

    var output: OutputFormat {
        switch self {
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        }
    }
}

/// `--level` choices.
enum LevelChoice: String, CaseIterable, ExpressibleByArgument {
    case country, actor

    var aggregation: AggregationLevel { self == .country ? .country : .actor }
}
