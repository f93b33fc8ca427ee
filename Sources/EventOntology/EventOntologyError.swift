import ArticleText
import Foundation

/// Errors raised while loading the EventOntology module's CAMEO resources.
public enum EventOntologyError: Error, Hashable, Sendable, LocalizedError {
    /// A bundled resource is missing from the module bundle.
    case bundledResourceMissing(String)
    /// A resource file could not be read.
    case unreadableFile(path: String, reason: String)
    /// A line of a resource file is malformed.
    case malformedLine(path: String, line: Int, message: String)

    public var errorDescription: String? {
        switch self {
        case .bundledResourceMissing(let name): "bundled resource \(name) is missing"
        case .unreadableFile(let path, let reason): "\(path: path): cannot read: \(reason)"
        case .malformedLine(let path, let line, let message): "\(path: path):\(line): \(message)"
        }
    }
}

/// Locates and reads a file of the module's `Resources` folder.
enum BundledResource {
    /// The URL of `Resources/name.ext` in the module bundle.
    static func url(_ name: String, _ ext: String) throws(EventOntologyError) -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: ext)
        else { throw .bundledResourceMissing("Resources/\(name).\(ext)") }
        return url
    }

    /// The lines of a UTF-8 text file, without `#` comment lines and blank lines, with their 1-based numbers.
    static func lines(of url: URL) throws(EventOntologyError) -> [(number: Int, text: Substring)] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .unreadableFile(path: url.path, reason: error.localizedDescription)
        }
        var out: [(number: Int, text: Substring)] = []
        for (index, line) in split(text[...], on: UInt8(ascii: "\n")).enumerated()
        where !line.isEmpty && line.utf8.first != UInt8(ascii: "#") {
            out.append((index + 1, line))
        }
        return out
    }

    /// Splits on an ASCII byte, keeping empty pieces; faster than splitting on `Character`.
    static func split(_ text: Substring, on separator: UInt8) -> [Substring] {
        text.utf8.split(separator: separator, omittingEmptySubsequences: false).map { Substring($0) }
    }
}
