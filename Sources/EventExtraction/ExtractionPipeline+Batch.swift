import ArticleText
import Dispatch
import Foundation

extension ExtractionPipeline {
    /// Extracts every document, spreading the work over all cores; the result keeps the input order.
    ///
    /// Each document is processed independently, so the output is identical to extracting them one by one.
    /// - Complexity: O(total text length / cores).
    public func extractAll(_ documents: [Document]) -> [DocumentExtraction] {
        guard documents.count > 1 else { return documents.map(extract) }
        let results = ExtractionSlots(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            results.store(extract(documents[index]), at: index)
        }
        return results.values
    }
}

/// Write-once slots that concurrent workers fill by index.
private final class ExtractionSlots: @unchecked Sendable {
    private var slots: [DocumentExtraction?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: DocumentExtraction, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    var values: [DocumentExtraction] { lock.withLock { slots.compactMap { $0 } } }
}
