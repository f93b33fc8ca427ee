import ActorLexicon
import ArgumentParser
import ArticleText
import EventExtraction
import EventOntology
import EventStore
import Foundation
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
            Writes into --out: events.json (actors, events, relations), relations.dot + .svg (actors as nodes, \
            relations as edges), timeline.dot + .svg (dated events in time order), graph.graphml and \
            graph.gexf; --format adds png and/or pdf renderings. Nothing is written unless everything \
            rendered; the files then go to temporary names in --out and are renamed into place only when all \
            were written, so a failed run leaves the previous outputs as they were. Outputs of an earlier run \
            that this run does not produce (relations.png without --format png) are removed. All outputs, \
            PNG and PDF included, are byte-identical between runs on the same input (the PDF carries no \
            creation date).

            events.json's "findings" lists every document's non-fatal problems (unresolved dates, unknown \
            actors, a missing publication date) with its document id; standard error gets their counts by code.

            --level country (the default) folds people and organisations into their state, so "Kim Jong Un", \
            "Pyongyang" and "North Korea" are one node; --level actor keeps them apart. The level applies to \
            the relations diagram, the relations in events.json, GraphML and GEXF; the timeline always names \
            the actors of each event.

            --layout auto (the default) lays the relations diagram out with dot up to 150 nodes and 250 \
            relations, and with sfdp above: dot draws small graphs best but slows to minutes on large, \
            hub-heavy graphs. With any engine but dot, edges are straight and the relations between two \
            actors share one edge (curved edges make neato and sfdp slow). The timeline is always laid out \
            with dot.

            Filters combine with AND. A time window keeps events whose TIMEX3 date lies inside it             (--include-partial also keeps those that only overlap it); relations count happenings: the events             of different articles reporting the same one form one cluster (see ingest). --db reads the events             from a store written by ingest instead of extracting INPUTs.
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var dictionaries: ExtractionOptions

    @Option(help: ArgumentHelp("Directory to write the outputs into (created if missing).", valueName: "dir"))
    var out: String

    @Option(
        help: ArgumentHelp(
            "Image formats, comma-separated or repeated: \(ImageFormat.allCases.map(\.rawValue).joined(separator: ", ")). SVG is always written.",
            valueName: "formats"))
    var format: [String] = ["svg"]

    @Option(help: "Relations between actors or countries.")
    var level: LevelChoice = .country

    @Option(help: "Layout engine of the relations diagram.")
    var layout: LayoutChoice = .auto

    @OptionGroup var filters: FilterOptions

    @Option(
        help: ArgumentHelp(
            "Read the events from this store (see ingest) instead of extracting INPUTs; the filters are answered by the store.",
            valueName: "file"))
    var db: String?

    func validate() throws {
        if out.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--out needs a directory name")
        }
        if db == nil { try input.requireInputs() }
        if db != nil, !input.inputs.isEmpty { throw ValidationError("give either INPUTs or --db, not both") }
        _ = try imageFormats()
    }

    func run() throws {
        var query = try filters.query(level: level.aggregation)
        var documentCount = 0
        var graph = EventGraph()
        var digest = FindingDigest()
        let lexicon: Lexicon
        if let db {
            graph = try EventStore.open(path: db, create: false).graph(matching: query)
            query.keyword = nil  // answered by the store's full-text index
            documentCount = graph.documents.count
            lexicon = Lexicon.bundled()
        } else {
            let documents = try input.documents()
            documentCount = documents.count
            let pipeline = try dictionaries.pipeline()
            for (document, extraction) in zip(documents, pipeline.extractAll(documents)) {
                digest.add(extraction.findings)
                graph.add(findings: extraction.findings, of: document.id)
                graph.add(
                    actors: extraction.actors.map(\.actor), events: extraction.events,
                    document: DocumentRecord(
                        id: document.id, published: extraction.document.published, title: document.title,
                        url: document.url, textLength: document.text.unicodeScalars.count,
                        fingerprint: document.textFingerprint))
            }
            lexicon = pipeline.recognizer.lexicon
        }
        graph.addReferenceActors(graph.undescribedCountryNodes.compactMap { lexicon.entry($0)?.actor(asOf: nil) })
        let resolution = ActorSelection(graph: graph, requested: query.actors.map(\.rawValue).sorted())
        query.actors = Set(resolution.matched)
        for warning in resolution.warnings {
            FileHandle.standardError.write(Data("storygraph build: warning: \(warning)\n".utf8))
        }
        let filtered = try graph.filtered(by: query)
        if filtered.events.isEmpty, !graph.events.isEmpty {
            FileHandle.standardError.write(Data(
                "storygraph build: warning: the filters removed all \(graph.events.count) events; the diagrams are empty\n".utf8))
        }
        let outputs = try BuildOutputs.make(
            graph: filtered, level: level.aggregation, layout: layout, formats: imageFormats())
        let removed = try outputs.write(to: URL(fileURLWithPath: out, isDirectory: true), display: out)

        var summary = "storygraph build: \(documentCount) document\(documentCount == 1 ? "" : "s"), \(filtered.actors.count) actors, "
            + "\(filtered.events.count) events, \(outputs.relationCount) relations "
            + "(\(level.rawValue) level, \(outputs.layout.rawValue) layout)"
        if digest.total > 0 { summary += ", \(digest.total) findings (listed in events.json)" }
        summary += "; wrote \(outputs.files.map(\.name).joined(separator: ", ")) to \(out)"
        if !removed.isEmpty { summary += "; removed stale \(removed.joined(separator: ", "))" }
        for warning in outputs.warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        digest.report(prefix: "storygraph build")
        FileHandle.standardError.write(Data((summary + "\n").utf8))
    }

    /// The image formats asked for, SVG first and always.
    private func imageFormats() throws -> [ImageFormat] {
        var formats: [ImageFormat] = [.svg]
        for value in format.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let format = ImageFormat(rawValue: value) else {
                throw ValidationError(
                    "unknown --format \"\(value)\"; valid formats: \(ImageFormat.allCases.map(\.rawValue).joined(separator: ", "))")
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

/// `--layout` choices: `auto` picks by graph size.
enum LayoutChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, dot, neato, fdp, sfdp, circo, twopi

    func engine(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
        LayoutEngine(rawValue: rawValue) ?? .recommended(nodeCount: nodeCount, edgeCount: edgeCount)
    }
}
