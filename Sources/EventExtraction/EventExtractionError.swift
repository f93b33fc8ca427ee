import ArticleText
import Foundation

/// Errors of the event extraction module.
public enum EventExtractionError: Error, LocalizedError, Hashable, Sendable {
    /// A bundled or user resource could not be found.
    case missingResource(String)
    /// A dictionary or gold file could not be decoded.
    case malformedFile(path: String, reason: String)
    /// A dictionary file is not valid JSON: the line and column (from 1, in Unicode scalars) and the problem.
    case malformedJSON(path: String, line: Int, column: Int, problem: String)
    /// A gold line could not be decoded.
    case malformedGoldLine(line: Int, reason: String)

    /// A one-line description naming the file or line concerned.
    public var errorDescription: String? {
        switch self {
        case .missingResource(let name): "missing resource \(name)"
        case .malformedFile(let path, let reason): "\(path: path): \(reason)"
        case .malformedJSON(let path, let line, let column, let problem): "\(path: path):\(line):\(column): not valid JSON: \(problem)"
        case .malformedGoldLine(let line, let reason): "gold line \(line): \(reason)"
        }
    }
}
