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
///   "selfRelations": [...], "undatedEvents": n}`.
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
    /// Number of events without a calendar date (left out of the timeline).
    public var undatedEvents: Int

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
        undatedEvents = graph.timeline(level: level).undatedCount
    }
}
