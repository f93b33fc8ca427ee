import ArticleText

/// Finds actor mentions in a document and resolves them to actors of a `Lexicon`.
public struct ActorRecognizer: Sendable {
    /// Creates a recognizer.
    public init() {}

    /// Recognises the actors of `document`, resolving dated roles as of `date` (the DCT when `nil`).
    public func recognize(_ document: SegmentedDocument, asOf date: CalendarDate? = nil) -> ActorAnnotation {
        ActorAnnotation(actors: [], mentions: [], findings: [])
    }
}
