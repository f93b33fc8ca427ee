import ActorLexicon
import ArticleText
import EventOntology

/// One event as `storygraph query` lists it: when, who to whom, what, how sure, how widely reported, and the
/// evidence.
public struct EventListing: Hashable, Sendable, Codable {
    /// The event's id.
    public var event: EventID
    /// Its TIMEX3 date value (or range start), or `nil` when undated.
    public var date: String?
    /// Source node at the listing's level.
    public var source: ActorID
    /// Target node, or `nil` for single-actor events.
    public var target: ActorID?
    /// PLOVER type.
    public var type: EventType
    /// PLOVER mode, if any.
    public var mode: String?
    /// QuadClass (1–4).
    public var quadClass: QuadClass
    /// Modality.
    public var modality: Modality
    /// Goldstein-scale intensity.
    public var goldstein: Double
    /// The cluster (happening) it belongs to, or `nil` for an event of a duplicate document.
    public var cluster: EventID?
    /// Articles reporting the happening (0 for an event of a duplicate document).
    public var articles: Int
    /// Distinct outlets reporting it.
    public var sources: Int
    /// Earliest publication date among those articles.
    public var firstReport: CalendarDate?
    /// Latest publication date among those articles.
    public var lastReport: CalendarDate?
    /// The document the event was read from.
    public var document: DocumentID
    /// The evidence sentence.
    public var evidence: String
}

extension EventGraph {
    /// The graph's events as listings, in time order (first day of the date, then its last day; undated last),
    /// ties by event id.
    ///
    /// - Parameter level: Whether `source` and `target` name actors or their countries.
    /// - Complexity: O(*e* log *e*) plus clustering.
    public func listings(level: AggregationLevel) -> [EventListing] {
        let clusterOf = clusterIndex()
        let rows = events.values.map { event in
            let cluster = clusterOf[event.id]
            return EventListing(
                event: event.id, date: event.date?.intervalValue, source: sourceNode(of: event, at: level),
                target: targetNode(of: event, at: level), type: event.type, mode: event.mode, quadClass: event.quadClass,
                modality: event.modality, goldstein: event.goldstein, cluster: cluster?.id,
                articles: cluster?.numArticles ?? 0, sources: cluster?.numSources ?? 0,
                firstReport: cluster?.firstReport, lastReport: cluster?.lastReport, document: event.evidence.document,
                evidence: event.evidence.text)
        }
        return rows.sorted { lhs, rhs in
            let l = lhs.date.flatMap(TimexInterval.init(timex:))
            let r = rhs.date.flatMap(TimexInterval.init(timex:))
            switch (l, r) {
            case let (l?, r?): return (l, lhs.event) < (r, rhs.event)
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return lhs.event < rhs.event
            }
        }
    }
}
