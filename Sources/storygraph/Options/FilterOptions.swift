import ActorLexicon
import ArgumentParser
import ArticleText
import EventOntology
import EventStore
import Foundation
import GraphModel

/// The filters of one query model (`GraphQuery`), shared by `build`, `report`, `query` and `series`.
struct FilterOptions: ParsableArguments {
    @OptionGroup var location: LocationOptions

    @Option(
        parsing: .unconditional,  // "-2020" gets the date message, not "missing value"
        help: ArgumentHelp(
            "Keep events dated in or after this TIMEX3 calendar value: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn. With --from or --to, undated events are dropped.",
            valueName: "YYYY"))
    var from: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Keep events dated in or before this TIMEX3 calendar value (2021 runs to 2021-12-31). With --from or --to, undated events are dropped.",
            valueName: "YYYY"))
    var to: String?

    @Flag(help: "Also keep events whose date only partly overlaps the window (a 2021 event in a window of 2021-03).")
    var includePartial = false

    @Option(
        name: .customLong("type"),
        help: ArgumentHelp(
            "Keep only these PLOVER event types (comma-separated or repeated, any case): \(EventType.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "TYPE"))
    var types: [String] = []

    @Option(
        name: .customLong("quad-class"),
        help: ArgumentHelp("Keep only these QuadClasses (comma-separated or repeated): 1–4.", valueName: "N"))
    var quadClasses: [String] = []

    @Option(
        name: .customLong("actor"),
        help: ArgumentHelp(
            "Keep only events involving these actors (comma-separated or repeated): ISO 3166 alpha-3 country codes such as PRK or usa (any case), or actor ids as events.json lists them, such as kim-jong-un.",
            valueName: "ID"))
    var actors: [String] = []

    @Option(
        help: ArgumentHelp(
            "Keep only events between these two actors or countries, in either direction (AND): --dyad USA,IRN.",
            valueName: "A,B"))
    var dyad: String?

    @Option(
        help: ArgumentHelp(
            "Keep only the ego network of these actors or countries: events among the nodes within --depth relations of them.",
            valueName: "ID"))
    var around: [String] = []

    @Option(parsing: .unconditional, help: "Radius of the --around ego network, in relations (default: 1); only with --around.")
    var depth: Int?

    @Option(
        name: .customLong("sector"),
        help: ArgumentHelp(
            "Keep only events whose actors all belong to these CAMEO sectors (comma-separated): GOV, MIL, … (a state counts as GOV).",
            valueName: "SECTOR"))
    var sectors: [String] = []

    @Option(
        name: .customLong("modality"),
        help: ArgumentHelp(
            "Keep only events with these modalities (comma-separated or repeated): \(Modality.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "MODALITY"))
    var modalities: [String] = []

    @Option(
        name: .customLong("document"),
        help: ArgumentHelp("Keep only events of these document ids (comma-separated or repeated).", valueName: "ID"))
    var documents: [String] = []

    @Option(
        help: ArgumentHelp(
            "Keep only events whose evidence contains this text (with --db: these words, full-text, stemmed).",
            valueName: "TEXT"))
    var keyword: String?

    @Option(parsing: .unconditional, help: "Keep only events of happenings reported by at least this many articles.")
    var minArticles: Int = 1

    @Option(parsing: .unconditional, help: "Keep only relations with at least this many happenings.")
    var minCount: Int = 1

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            guard let value else { continue }
            let year = value.prefix(4)
            guard year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw ValidationError(
                    "\(name) \"\(path: value)\" is not a date: give at least a year, as YYYY, YYYY-MM or YYYY-MM-DD")
            }
        }
        _ = try query(level: .country)
    }

    /// The query the options describe, counting relations at `level`.
    func query(level: AggregationLevel) throws -> GraphQuery {
        let types = try Self.list(types, "--type").map { name in
            guard let type = EventType(rawValue: name.uppercased()) else {
                throw ValidationError(
                    "unknown --type \"\(path: name)\"; PLOVER types: \(EventType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return type
        }
        let quadClasses = try Self.list(quadClasses, "--quad-class").map { value in
            guard let number = Int(value), let quadClass = QuadClass(rawValue: number) else {
                throw ValidationError("unknown --quad-class \"\(path: value)\"; QuadClasses: 1, 2, 3, 4")
            }
            return quadClass
        }
        let modalities = try Self.list(modalities, "--modality").map { name in
            guard let modality = Modality(rawValue: name.lowercased()) else {
                throw ValidationError(
                    "unknown --modality \"\(path: name)\"; modalities: \(Modality.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return modality
        }
        let sectors = try Self.list(sectors, "--sector").map { name in
            guard Actor.cameoSectors.contains(name.uppercased()) else {
                throw ValidationError(
                    "unknown --sector \"\(path: name)\"; CAMEO sectors: \(Actor.cameoSectors.sorted().joined(separator: ", "))")
            }
            return name.uppercased()
        }
        let dyad = try Self.list(dyad.map { [$0] } ?? [], "--dyad").map(Self.actorID)
        guard dyad.isEmpty || dyad.count == 2 else { throw ValidationError("--dyad needs two ids: --dyad USA,IRN") }
        guard minCount >= 1 else { throw ValidationError("--min-count must be at least 1") }
        guard minArticles >= 1 else { throw ValidationError("--min-articles must be at least 1") }
        if let depth {
            guard depth >= 0 else { throw ValidationError("--depth must be 0 or more") }
            guard !around.isEmpty else {
                throw ValidationError("--depth \(depth) needs --around: it is the radius of the --around ego network (--around PRK --depth \(depth))")
            }
        }
        if let keyword, keyword.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--keyword needs a word or phrase to look for in the evidence")
        }
        var query = GraphQuery(
            from: from, to: to, includePartial: includePartial, actors: Set(try Self.list(actors, "--actor").map(Self.actorID)),
            dyad: dyad, around: Set(try Self.list(around, "--around").map(Self.actorID)), depth: depth ?? 1, types: Set(types),
            quadClasses: Set(quadClasses), sectors: Set(sectors),
            modalities: Set(modalities), documents: Set(try Self.list(documents, "--document").map { DocumentID($0) }), keyword: keyword,
            minimumArticles: minArticles, minimumCount: minCount, level: level)
        query.location = try location.filter()
        do {
            _ = try query.window()
        } catch let error as GraphModelError {
            let option = from.map { (try? GraphQuery(from: $0).window()) == nil } == true ? "--from" : "--to"
            throw ValidationError("\(option): " + (error.errorDescription ?? "invalid date").escapingControlCharacters)
        }
        return query
    }

    /// The graph of `corpus` with only the events the filters keep. Ids the filters name that match nothing in
    /// the corpus are warned about on standard error (prefixed with `command`; see ``FilterVocabulary``), as
    /// is a filter that removes every event; `quiet` keeps the warnings to itself. A graph read from a store
    /// was selected by the store with the query it resolved (``CorpusGraph/storeQuery``); its keyword, answered
    /// by the full-text index, is not asked again. A graph read from input files whose events the filters thin
    /// keeps the happenings (``GraphModel/EventGraph/clusters``) clustered over all of them, as a store keeps
    /// those of every ingested document: an event's article count is the same with and without `--document`.
    func apply(to corpus: CorpusGraph, level: AggregationLevel, command: String, quiet: Bool = false) throws -> EventGraph {
        let graph = corpus.graph
        let diagnostics = Diagnostics(quiet: quiet)
        var query: GraphQuery
        if let stored = corpus.storeQuery {
            query = stored
            query.keyword = nil
        } else {
            let resolution = FilterVocabulary(graph: graph).resolve(try self.query(level: level))
            for warning in resolution.warnings { diagnostics.say("\(command): warning: \(warning)") }
            query = resolution.query
        }
        var filtered = try graph.filtered(by: query)
        if graph.assignedClusters == nil, filtered.events.count < graph.events.count {
            // As a store does: happenings clustered over every input, then filtered, so that an event's
            // num_articles and --min-articles count the articles the filters dropped too.
            var whole = graph
            whole.assign(clusters: graph.clusters)
            filtered = try whole.filtered(by: query)
        }
        if filtered.events.isEmpty, !graph.events.isEmpty {
            diagnostics.say("\(command): warning: the filters removed all \(graph.events.count) events; the diagrams are empty")
        }
        return filtered
    }

    /// `query` with the ids it names resolved against `store`, each one that matches nothing warned about on
    /// standard error (prefixed with `command`) unless `quiet`.
    /// - Throws: `EventStoreError` when the store cannot be read.
    static func resolve(_ query: GraphQuery, in store: EventStore, command: String, quiet: Bool) throws -> GraphQuery {
        let named = !query.actors.isEmpty || !query.around.isEmpty || !query.dyad.isEmpty || !query.documents.isEmpty
        guard named else { return query }
        let resolution = try FilterVocabulary(store: store).resolve(query)
        for warning in resolution.warnings { Diagnostics(quiet: quiet).say("\(command): warning: \(warning)") }
        return resolution.query
    }

    /// An actor id as given, or a country code in capitals (`usa` → `USA`, `igouno` → `IGOUNO`).
    static func actorID(_ value: String) -> ActorID {
        let isCode = value.allSatisfy { $0.isASCII && $0.isLetter }
            && (value.count == 3 || (value.lowercased().hasPrefix("igo") && value.count > 3))
        return ActorID(rawValue: isCode ? value.uppercased() : value)
    }

    /// Comma-separated or repeated values of `option`, trimmed; an empty item is a usage error.
    static func list(_ values: [String], _ option: String) throws -> [String] {
        try CommaList.items(values, option: option)
    }
}
