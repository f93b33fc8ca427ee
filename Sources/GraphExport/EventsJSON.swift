import ActorLexicon
import ArticleText
import EventOntology
import GraphModel

/// The content of `events.json`: a merged graph's actors, events, relations and documents.
///
/// JSON shape (keys sorted):
/// `{"actors": [{id, name, country, sector, kind, role}], "documents": [{id, published, title, url,
///   textLength}], "events": [<Event as `storygraph extract` prints it>], "findings": [...],
///   "level": "country"|"actor", "relations": [{id, source, target, type, quadClass, symmetric, negated,
///   count, modalities: {asserted: n, …}, firstDate, lastDate, goldstein, events}],
///   "selfRelations": [...], "timeline": [{event, value, first, last, since}], "undatedEvents": n}`.
/// Actors are sorted by id; events keep graph order (documents in input order, events in text order).
public struct EventsJSON: Hashable, Sendable, Codable {
    /// Actors, sorted by id.
    public var actors: [Actor]
    /// Documents in input order.
    public var documents: [DocumentRecord]
    /// Events in graph order.
    public var events: [Event]
    /// Merge findings and actor-description conflicts, sorted.
    public var findings: [Finding]
    /// The aggregation level of `relations`.
    public var level: AggregationLevel
    /// Relations at `level` between two different nodes, sorted.
    public var relations: [Relation]
    /// Relations folded onto one node at `level` (domestic events at country level), sorted.
    public var selfRelations: [Relation]
    /// The dated events in time order, as the timeline diagram draws them.
    public var timeline: [TimelineItem]
    /// Number of events without a calendar date (left out of the timeline).
    public var undatedEvents: Int

    /// One dated event of the timeline.
    public struct TimelineItem: Hashable, Sendable, Codable {
        /// The event.
        public var event: EventID
        /// The TIMEX3 value placing it.
        public var value: String
        /// The first day `value` covers (ISO 8601).
        public var first: String
        /// The last day `value` covers (ISO 8601).
        public var last: String
        /// Whether `value` only starts a range the event lies in ("since 2021").
        public var since: Bool
    }

    /// Collects the content of `graph` with relations at `level`.
    public init(graph: EventGraph, level: AggregationLevel) {
        actors = graph.actors.values.sorted { $0.id < $1.id }
        documents = Array(graph.documents.values)
        events = Array(graph.events.values)
        findings = (graph.findings + graph.actorConflicts).sorted()
        self.level = level
        let relations = graph.relationGraph(level: level)
        self.relations = relations.relations
        selfRelations = relations.selfRelations
        let timeline = graph.timeline(level: level)
        self.timeline = timeline.entries.map { entry in
            TimelineItem(
                event: entry.event.id, value: entry.value, first: entry.interval.first.description,
                last: entry.interval.last.description, since: entry.isRangeStart)
        }
        undatedEvents = timeline.undatedCount
    }
}
