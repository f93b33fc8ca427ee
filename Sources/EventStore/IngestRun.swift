import ArticleText
import Dispatch
import EventExtraction
import Foundation

/// Reads, extracts and stores a stream of documents in batches, extracting one batch while the one before it
/// is being written, so that both cores stay busy and at most two batches are in memory.
///
/// Documents the store already holds unchanged are not extracted. Each batch is one transaction: a run that is
/// stopped keeps every batch committed before and loses only the ones in flight.
public struct IngestRun {
    /// The store written to.
    public var store: EventStore
    /// Makes the extraction pipeline, called once, when the first changed document needs it (a re-ingest of
    /// an unchanged corpus never loads the models).
    public var makePipeline: () throws -> ExtractionPipeline
    /// Documents per batch.
    public var batchSize: Int

    /// Creates a run.
    public init(store: EventStore, batchSize: Int, makePipeline: @escaping () throws -> ExtractionPipeline) {
        self.store = store
        self.makePipeline = makePipeline
        self.batchSize = max(batchSize, 1)
    }

    /// Ingests every document of `stream`.
    ///
    /// - Parameters:
    ///   - stream: The documents.
    ///   - progress: Called after each batch is read, with the documents read so far and the summary of the
    ///     batches stored so far.
    ///   - findings: Called with each extracted document's findings.
    /// - Returns: What changed.
    /// - Throws: The stream's `ArticleTextError` or the store's ``EventStoreError``; batches stored before stay.
    public func run(
        _ stream: DocumentStream, progress: (Int, IngestSummary) -> Void, findings: ([Finding]) -> Void
    ) throws -> IngestSummary {
        let writer = BackgroundWriter(store: store)
        var read = 0
        var pipeline: ExtractionPipeline?
        defer { writer.wait() }
        while true {
            let batch = try stream.next(maximum: batchSize)
            if batch.isEmpty { break }
            read += batch.count
            let unchanged = try store.unchangedDocuments(batch)
            let changed = batch.filter { !unchanged.contains($0.id) }
            if pipeline == nil, !changed.isEmpty { pipeline = try makePipeline() }
            let extractions = pipeline?.extractAll(changed) ?? []
            for extraction in extractions { findings(extraction.findings) }
            let items = zip(changed, extractions).map { IngestItem(document: $0, extraction: $1) }
            try writer.submit(items, unchanged: unchanged.count)
            progress(read, writer.summary)
        }
        writer.wait()
        try writer.check()
        return writer.summary
    }
}

/// Writes one batch at a time on its own queue; the next submission waits for the previous write.
private final class BackgroundWriter: @unchecked Sendable {
    private let store: EventStore
    private let queue = DispatchQueue(label: "storygraph.ingest.writer")
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var total = IngestSummary()
    private var failure: (any Error)?

    init(store: EventStore) { self.store = store }

    var summary: IngestSummary { lock.withLock { total } }

    /// Waits for the write in flight, rethrows its error, then starts writing `items`.
    func submit(_ items: [IngestItem], unchanged: Int) throws {
        wait()
        try check()
        queue.async(group: group) { [self] in
            do {
                var result = try store.ingest(items)
                result.unchanged += unchanged
                lock.withLock { total += result }
            } catch {
                lock.withLock { failure = error }
            }
        }
    }

    func wait() { group.wait() }

    func check() throws {
        if let failure = lock.withLock({ failure }) { throw failure }
    }
}
