import ActorLexicon
import ArticleText
import EventExtraction
import EventStore
import Foundation
import GraphModel

/// Every input read, extracted and merged into one graph, as `build` and `report` start; or, with `--db`, the
/// events a store holds that match the query, with every stored document (as the inputs would give them).
struct CorpusGraph {
    /// The merged graph, with reference descriptions for folded country nodes.
    var graph: EventGraph
    /// The documents' findings counted by code.
    var digest: FindingDigest
    /// Number of documents read.
    var documentCount: Int
    /// Number of bad input files skipped (`--skip-bad-files`).
    var skippedFiles = 0
    /// Number of malformed JSONL lines skipped (`--skip-bad-lines`).
    var skippedLines = 0
    /// With a store, the query that selected the graph: the filters with their ids resolved against the store.
    var storeQuery: GraphQuery?

    /// The graph of the inputs, or with `db` the events of that store that `query` keeps (its ids resolved
    /// against the store, those that match nothing warned about, prefixed with `command`); reading's warnings
    /// go to standard error unless `quiet`.
    init(
        input: InputOptions, dictionaries: ExtractionOptions, db: String?, query: GraphQuery, command: String, quiet: Bool
    ) throws {
        guard let db else {
            try self.init(input: input, dictionaries: dictionaries, quiet: quiet)
            return
        }
        let store = try EventStore.open(path: db, create: false)
        let resolved = try FilterOptions.resolve(query, in: store, command: command, quiet: quiet)
        var graph = try store.graph(matching: resolved, documents: .all)
        let lexicon = try Lexicon.bundledOrError()
        graph.addReferenceActors(graph.undescribedCountryNodes.compactMap { lexicon.entry($0)?.actor(asOf: nil) })
        var digest = FindingDigest()
        digest.add(graph.findings)
        self.init(graph: graph, digest: digest, documentCount: graph.documents.count, storeQuery: resolved)
    }

    private init(graph: EventGraph, digest: FindingDigest, documentCount: Int, storeQuery: GraphQuery?) {
        self.graph = graph
        self.digest = digest
        self.documentCount = documentCount
        self.storeQuery = storeQuery
    }

    /// Reads, extracts and merges every input.
    init(input: InputOptions, dictionaries: ExtractionOptions, quiet: Bool) throws {
        let (documents, skippedFiles, skippedLines) = try input.documents(quiet: quiet)
        guard !documents.isEmpty else {
            throw BuildFailure("no document left to read in \(input.inputs.joined(separator: ", "))\(InputOptions.skippedNote(skippedFiles, lines: skippedLines, quiet: quiet))")
        }
        let pipeline = try dictionaries.pipeline()
        var graph = EventGraph()
        var digest = FindingDigest()
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
        let lexicon = pipeline.recognizer.lexicon
        graph.addReferenceActors(graph.undescribedCountryNodes.compactMap { lexicon.entry($0)?.actor(asOf: nil) })
        self.init(graph: graph, digest: digest, documentCount: documents.count, storeQuery: nil)
        self.skippedFiles = skippedFiles
        self.skippedLines = skippedLines
    }
}
