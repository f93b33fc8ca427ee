import ActorLexicon
import ArticleText
import EventOntology
import TemporalExpressions

/// Extracts PLOVER events from a segmented document, given its actors and temporal expressions.
public struct EventExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The events of `document`, in text order.
    public func extract(
        _ document: SegmentedDocument, actors: ActorAnnotation, temporal: TemporalAnnotation
    ) -> (events: [Event], findings: [Finding]) {
        ([], [])
    }
}
