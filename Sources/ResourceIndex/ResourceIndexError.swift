import Foundation

/// Why a pre-built resource index could not be used.
public enum ResourceIndexError: Error, LocalizedError, Equatable, Sendable {
    /// The file could not be opened or mapped.
    case unreadable(path: String, reason: String)
    /// The file is not an index of this format, or is truncated or damaged.
    case corrupt(path: String, reason: String)
    /// The index was built from other bytes than the source file beside it (regenerate it: `make indexes`).
    case stale(path: String, source: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
        case .corrupt(let path, let reason): "\(path): not a usable index: \(reason)"
        case .stale(let path, let source): "\(path): was built from another version of \(source) (run `make indexes`)"
        }
    }
}
