import ArticleText
import Foundation

/// Errors of the syntax layer: reading CoNLL-U and IOB2 files, loading and training models.
public enum SyntaxError: Error, LocalizedError, Equatable, Sendable {
    /// A CoNLL-U or IOB2 line is malformed; `column` is the 1-based field (0 when the line as a whole is wrong).
    case malformedLine(path: String, line: Int, column: Int, reason: String)
    /// A line of a CoNLL-U or IOB2 file has no tab at all: the file is plain text, not the tab-separated `format`
    /// (`layout` says what a line of it holds).
    case notTabSeparated(path: String, line: Int, format: String, layout: String)
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// A model file does not exist.
    case modelNotFound(path: String)
    /// A model file exists but cannot be used.
    case corruptModel(path: String, reason: String)
    /// Training data holds nothing to learn from.
    case noTrainingData(path: String)

    public var errorDescription: String? {
        switch self {
        case let .malformedLine(path, line, column, reason):
            column > 0 ? "\(path: path):\(line):\(column): \(reason)" : "\(path: path):\(line): \(reason)"
        case let .notTabSeparated(path, line, format, layout):
            "\(path: path):\(line): not \(format): the line has no tab (\(format) has \(layout); a blank line between sentences)"
        case let .unreadable(path, reason): "\(path: path): cannot be read: \(reason)"
        case let .modelNotFound(path):
            "\(path: path): model file not found (`make models` trains the bundled models; STORYGRAPH_MODELS=DIR loads tagger.sgm, parser.sgm, entities.sgm and clusters.sgm from DIR)"
        case let .corruptModel(path, reason): "\(path: path): corrupt model file: \(reason)"
        case let .noTrainingData(path): "\(path: path): no sentences to train on"
        }
    }
}
