import ActorLexicon
import ArticleText
import EventExtraction
import EventStore
import Foundation
import GraphModel

/// Every input read, extracted and merged into one graph, as `build` and `report` start; or, with `--db`, the
/// events a store holds that match the query.
struct CorpusGraph {
    /// The merged graph, with reference descriptions for folded country nodes.
    var graph: EventGraph
    /// The documents' findings counted by code.
    var digest: FindingDigest
    /// Number of documents read.
    var documentCount: Int
    /// Number of bad input files skipped (`--skip-bad-files`).
    var skippedFiles = 0
    /// Whether the graph was read from a store (its keyword filter was then answered by the full-text index).
    var fromStore = false

    /// The graph of the inputs, or with `db` the events of that store that `query` keeps; reading's warnings
    /// go to standard error unless `quiet`.
    init(input: InputOptions, dictionaries: ExtractionOptions, db: String?, query: GraphQuery, quiet: Bool) throws {
        guard let db else {
            try self.init(input: input, dictionaries: dictionaries, quiet: quiet)
            return
        }
        var graph = try EventStore.open(path: db, create: false).graph(matching: query)
        let lexicon = try Lexicon.bundledOrError()
        graph.addReferenceActors(graph.undescribedCountryNodes.compactMap { lexicon.entry($0)?.actor(asOf: nil) })
        var digest = FindingDigest()
        digest.add(graph.findings)
        self.init(graph: graph, digest: digest, documentCount: graph.documents.count, fromStore: true)
    }

    private init(graph: EventGraph, digest: FindingDigest, documentCount: Int, fromStore: Bool) {
        self.graph = graph
        self.digest = digest
        self.documentCount = documentCount
        self.fromStore = fromStore
    }

    /// Reads, extracts and merges every input.
    init(input: InputOptions, dictionaries: ExtractionOptions, quiet: Bool) throws {
        let (documents, skippedFiles) = try input.documents(quiet: quiet)
        guard !documents.isEmpty else {
            throw BuildFailure("no document left to read in \(input.inputs.joined(separator: ", "))\(InputOptions.skippedNote(skippedFiles, quiet: quiet))")
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
        self.init(graph: graph, digest: digest, documentCount: documents.count, fromStore: false)
        self.skippedFiles = skippedFiles
    }
}
