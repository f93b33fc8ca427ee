import Foundation

/// Errors raised by the graph model.
public enum GraphModelError: Error, Hashable, Sendable, LocalizedError {
    /// A query bound is not a TIMEX3 calendar value (`2019`, `2019-03`, `2019-03-14`, `2019-Q2`, …).
    case invalidDateValue(String)
    /// A query's window ends before it starts.
    case emptyWindow(from: String, to: String)
    /// The graph broke one of its invariants; each string names one violation.
    case invariantsViolated([String])

    public var errorDescription: String? {
        switch self {
        case .invalidDateValue(let value):
            "\"\(value)\" is not a TIMEX3 calendar value (expected e.g. 2019, 2019-03, 2019-03-14, 2019-Q2)"
        case .emptyWindow(let from, let to):
            "the time window \(from) … \(to) is empty: it ends before it starts"
        case .invariantsViolated(let violations):
            "the event graph is inconsistent: " + violations.joined(separator: "; ")
        }
    }
}
