import Foundation

/// Errors of the TemporalExpressions module.
public enum TemporalExpressionsError: Error, LocalizedError, Hashable, Sendable {
    /// A gold JSONL line could not be decoded.
    case invalidGoldLine(line: Int, reason: String)
    /// A gold annotation's offsets fall outside its document text or are reversed.
    case invalidGoldOffsets(document: String, start: Int, end: Int)
    /// A gold document's `published` is not a `YYYY-MM-DD` date.
    case invalidGoldDate(document: String, value: String)

    public var errorDescription: String? {
        switch self {
        case .invalidGoldLine(let line, let reason): "gold line \(line): \(reason)"
        case .invalidGoldOffsets(let document, let start, let end):
            "gold document \(document): TIMEX3 offsets \(start)..<\(end) lie outside the text"
        case .invalidGoldDate(let document, let value):
            "gold document \(document): published \"\(value)\" is not a YYYY-MM-DD date"
        }
    }
}
