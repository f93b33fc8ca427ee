import Foundation

/// Errors raised by the exporters.
public enum GraphExportError: Error, Hashable, Sendable, LocalizedError {
    /// A value could not be written in `format`.
    case encodingFailed(format: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .encodingFailed(let format, let reason): "could not encode the graph as \(format): \(reason)"
        }
    }
}
