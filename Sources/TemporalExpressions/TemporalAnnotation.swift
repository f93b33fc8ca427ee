import ArticleText

/// The temporal expressions of one document and the DCT they were resolved against.
public struct TemporalAnnotation: Hashable, Sendable {
    /// TIMEX3 annotations in text order.
    public var timexes: [Timex]
    /// The DCT used: the document's, or one read from its dateline; `nil` when there was none.
    public var dct: CalendarDate?
    /// Where `dct` came from.
    public var dctSource: DCTSource
    /// Unresolved expressions and other notes.
    public var findings: [Finding]

    /// Creates an annotation.
    public init(timexes: [Timex], dct: CalendarDate?, dctSource: DCTSource, findings: [Finding]) {
        self.timexes = timexes
        self.dct = dct
        self.dctSource = dctSource
        self.findings = findings
    }
}
