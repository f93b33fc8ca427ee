/// A non-fatal problem or note found while processing a document: an unresolved date, an unknown actor, a
/// skipped sentence. Findings are collected and reported; they never stop the pipeline.
public struct Finding: Hashable, Sendable, Codable, Comparable {
    /// How much the finding matters.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case info, warning, error

        private var rank: Int {
            switch self {
            case .info: 0
            case .warning: 1
            case .error: 2
            }
        }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Severity.
    public var severity: Severity
    /// A short machine-readable kind, e.g. `timex.unresolved`, `actor.unknown`, `dct.missing`.
    public var code: String
    /// A one-line human-readable explanation.
    public var message: String
    /// The document concerned, if any.
    public var document: DocumentID?
    /// Offset of the first scalar concerned, if any.
    public var start: Int?
    /// Offset one past the last scalar concerned, if any.
    public var end: Int?

    /// Creates a finding.
    public init(
        _ severity: Severity, code: String, message: String, document: DocumentID? = nil, span: TextSpan? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.document = document
        self.start = span?.start
        self.end = span?.end
    }

    /// The span concerned, when the finding has one.
    public var span: TextSpan? {
        guard let start, let end else { return nil }
        return TextSpan(start: start, end: end)
    }

    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.document?.rawValue ?? "", lhs.start ?? -1, lhs.code, lhs.message)
            < (rhs.document?.rawValue ?? "", rhs.start ?? -1, rhs.code, rhs.message)
    }
}
