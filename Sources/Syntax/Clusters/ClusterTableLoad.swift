import Foundation

/// The cluster table beside a folder's models, read at most once and only when a model asks for it: models
/// trained without clusters cost nothing at start-up, and the models loading on two threads share one table.
final class ClusterTableLoad: @unchecked Sendable {
    private let url: URL
    private let lock = NSLock()
    // Guarded by `lock`.
    private var result: Result<WordClusters, any Error>?

    /// A loader of the table at `url`.
    init(url: URL) { self.url = url }

    /// The table the model stored in `archive` was trained with: `empty` when it records none, else the table
    /// at `url` (`WordClusters.absent(at:)` when the file does not exist, which the model then reports).
    /// - Throws: `SyntaxError.corruptModel` naming the table when it is damaged.
    func table(for archive: ModelArchive) throws -> WordClusters {
        guard archive.metadata[WordClusters.metadataKey] != nil else { return .empty }
        lock.lock()
        defer { lock.unlock() }
        if result == nil {
            result = Result {
                FileManager.default.fileExists(atPath: url.path)
                    ? try WordClusters(contentsOf: url) : WordClusters.absent(at: url.path)
            }
        }
        return try result!.get()
    }

    /// The table if a model loaded it, else `empty`.
    var loaded: WordClusters {
        lock.lock()
        defer { lock.unlock() }
        return (try? result?.get()) ?? .empty
    }
}
