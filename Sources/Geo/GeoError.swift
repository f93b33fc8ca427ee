import ArticleText
import Foundation

/// Errors of the Geo module.
public enum GeoError: Error, LocalizedError, Hashable, Sendable {
    /// A bundled resource (the gazetteer, the world outlines) is not in the bundle.
    case bundledResourceMissing(String)
    /// A gazetteer line could not be read (file, 1-based line, problem).
    case malformedLine(file: String, line: Int, problem: String)
    /// A coordinate or radius given by the user is out of range or not a number.
    case invalidCoordinate(String)

    public var errorDescription: String? {
        switch self {
        case .bundledResourceMissing(let path): "a bundled Geo resource is missing: \(path: path)"
        case .malformedLine(let file, let line, let problem): "\(path: file):\(line): \(problem)"
        case .invalidCoordinate(let text): "not a usable circle \(text)"
        }
    }
}
