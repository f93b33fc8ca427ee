import ArticleText
import EventExtraction
import Foundation
import GraphModel

/// Every input read, extracted and merged into one graph, as `build` and `report` start.
struct CorpusGraph {
    /// The merged graph, with reference descriptions for folded country nodes.
    var graph: EventGraph
    /// The documents' findings counted by code.
    var digest: FindingDigest
    /// Number of documents read.
    var documentCount: Int

    /// Reads, extracts and merges every input.
    init(input: InputOptions, dictionaries: ExtractionOptions) throws {
        let documents = try input.documents()
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
                    url: document.url, textLength: document.text.unicodeScalars.count))
        }
        let lexicon = pipeline.recognizer.lexicon
        graph.addReferenceActors(graph.undescribedCountryNodes.compactMap { lexicon.entry($0)?.actor(asOf: nil) })
        self.graph = graph
        self.digest = digest
        documentCount = documents.count
    }
}
