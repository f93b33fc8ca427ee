import Foundation

/// Errors of the Geo module.
public enum GeoError: Error, LocalizedError, Hashable, Sendable {
    /// The bundled gazetteer resource is not in the bundle.
    case bundledResourceMissing(String)
    /// A gazetteer line could not be read (file, 1-based line, problem).
    case malformedLine(file: String, line: Int, problem: String)
    /// A coordinate or radius given by the user is out of range or not a number.
    case invalidCoordinate(String)

    public var errorDescription: String? {
        switch self {
        case .bundledResourceMissing(let path): "the bundled gazetteer is missing: \(path)"
        case .malformedLine(let file, let line, let problem): "\(file):\(line): \(problem)"
        case .invalidCoordinate(let text): "not a coordinate: \(text)"
        }
    }
}
