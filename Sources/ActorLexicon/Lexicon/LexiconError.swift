import ArticleText
import Foundation

/// Errors raised while loading a lexicon: the bundled resource or a user's extension file.
public enum LexiconError: Error, Hashable, Sendable, LocalizedError {
    /// The bundled lexicon resource is missing from the module bundle.
    case bundledResourceMissing(String)
    /// The bundled lexicon resource could not be decoded.
    case bundledResourceCorrupt(String)
    /// A user lexicon file could not be read.
    case unreadableFile(path: String, reason: String)
    /// A user lexicon file holds nothing: no bytes, or only white space and comments.
    case empty(path: String)
    /// A user lexicon file is not valid YAML/JSON.
    case syntax(path: String, line: Int, message: String)
    /// A user lexicon file is well-formed but an entry is wrong (missing name, bad date, unknown actor, …).
    case invalidEntry(path: String, line: Int, message: String)

    public var errorDescription: String? {
        switch self {
        case .bundledResourceMissing(let name): "bundled lexicon resource \(name) is missing"
        case .bundledResourceCorrupt(let reason): "bundled lexicon is corrupt: \(reason)"
        case .unreadableFile(let path, let reason): "\(path: path): cannot read lexicon file: \(reason)"
        case .empty(let path):
            "\(path: path): the lexicon file holds no entries (only white space or comments); give actors, aliases, notActors or agents (see examples/lexicon-example.yaml)"
        case .syntax(let path, let line, let message): "\(path: path):\(line): not valid YAML: \(message)"
        case .invalidEntry(let path, let line, let message): "\(path: path):\(line): \(message)"
        }
    }
}
