import ActorLexicon
import ArticleText
import EventOntology
import OrderedCollections

/// The merged event graph of a corpus: actors are nodes, events are directed edges between them.
///
/// Documents are added one at a time (``add(actors:events:document:)``) or whole graphs merged
/// (``merge(_:)``). An actor seen in several documents is one node; when documents describe it differently
/// (another role, a missing country) each attribute takes its most frequent non-`nil` value, ties broken by
/// the smallest value, so the result does not depend on the order documents arrive in
/// (see ``actorConflicts``). Every event keeps its evidence; relations, timelines and filtered views are
/// computed from the events on demand.
///
/// Ordering is deterministic: actors, events and documents keep their first-insertion order.
public struct EventGraph: Hashable, Sendable {
    /// Documents that contributed, in insertion order.
    public internal(set) var documents: OrderedDictionary<DocumentID, DocumentRecord> = [:]
    /// Actors, resolved across documents, in order of first appearance.
    public internal(set) var actors: OrderedDictionary<ActorID, Actor> = [:]
    /// Events, in insertion order.
    public internal(set) var events: OrderedDictionary<EventID, Event> = [:]
    /// Descriptions used only to label nodes that country-level folding creates without an actor of their own
    /// (`KOR` when only "South Korean officials" were mentioned); never nodes or event endpoints themselves.
    public internal(set) var referenceActors: OrderedDictionary<ActorID, Actor> = [:]
    /// Non-fatal problems met while merging: events naming actors nobody described, clashing event ids.
    public internal(set) var findings: [Finding] = []
    /// Every distinct description of each actor with the number of times it was seen; `actors` is resolved
    /// from it. Actors absent here are placeholders created for events that named them.
    var observations: OrderedDictionary<ActorID, [Actor: Int]> = [:]
    /// Clusters read from a store, used instead of computed ones (see ``clusters``).
    public internal(set) var assignedClusters: [EventCluster]?

    /// An empty graph.
    public init() {}

    /// A graph holding one document's actors and events.
    public init(actors: [Actor], events: [Event], document: DocumentRecord? = nil) {
        add(actors: actors, events: events, document: document)
    }

    /// Whether the graph holds no actor and no event.
    public var isEmpty: Bool { actors.isEmpty && events.isEmpty }

    /// Adds one document's actors and events.
    ///
    /// An event whose id is already present is skipped: silently when it is identical (adding a document
    /// twice changes nothing), with a `graph.event.duplicate-id` finding otherwise. An event naming an actor
    /// that no document described gets a placeholder actor of kind `unknown` and a `graph.actor.missing`
    /// finding, so that every edge has both its endpoints.
    ///
    /// - Parameters:
    ///   - actors: The document's actors.
    ///   - events: The document's events.
    ///   - document: The document, when known; documents named only by evidence are recorded bare.
    /// - Complexity: O(*a* + *e*) for *a* actors and *e* events, amortised.
    public mutating func add(actors: [Actor], events: [Event], document: DocumentRecord? = nil) {
        if let document { record(document) }
        for actor in actors { observe(actor, times: 1) }
        for event in events { insert(event) }
    }

    /// Merges another graph into this one: its documents, actor descriptions, events and findings.
    ///
    /// - Parameter other: The graph to merge in.
    /// - Complexity: O(*n*) in the size of `other`, amortised.
    public mutating func merge(_ other: EventGraph) {
        for document in other.documents.values { record(document) }
        for seen in other.observations.values {
            for (actor, count) in seen.sorted(by: { ActorResolution.order($0.key, $1.key) }) {
                observe(actor, times: count)
            }
        }
        for (id, actor) in other.actors where other.observations[id] == nil && actors[id] == nil {
            actors[id] = actor
        }
        findings += other.findings
        addReferenceActors(Array(other.referenceActors.values))
        for event in other.events.values { insert(event, reportMissing: false) }
    }

    /// The graph after merging `other` into this one.
    public func merging(_ other: EventGraph) -> EventGraph {
        var merged = self
        merged.merge(other)
        return merged
    }

    /// Adds a document's own findings (unresolved dates, unknown actors, a missing DCT) so that they travel
    /// with the graph into `events.json`; a finding without a document is given `document`.
    ///
    /// - Parameters:
    ///   - documentFindings: The findings, in any order (output sorts them).
    ///   - document: The document they came from.
    public mutating func add(findings documentFindings: [Finding], of document: DocumentID) {
        for var finding in documentFindings {
            if finding.document == nil { finding.document = document }
            findings.append(finding)
        }
    }

    /// Adds descriptions for labelling folded country nodes (see ``referenceActors``); the first description
    /// of an id wins.
    ///
    /// - Parameter actors: Descriptions, typically the states of a lexicon, looked up by code.
    public mutating func addReferenceActors(_ actors: [Actor]) {
        for actor in actors where referenceActors[actor.id] == nil { referenceActors[actor.id] = actor }
    }

    /// Whether the actor exists only as a placeholder created for an event that named it.
    public func isPlaceholder(_ id: ActorID) -> Bool { actors[id] != nil && observations[id] == nil }

    private mutating func record(_ document: DocumentRecord) {
        documents[document.id] = documents[document.id]?.filling(from: document) ?? document
    }

    private mutating func observe(_ actor: Actor, times: Int) {
        observations[actor.id, default: [:]][actor, default: 0] += times
        if let seen = observations[actor.id] { actors[actor.id] = ActorResolution.resolve(seen) }
    }

    private mutating func insert(_ event: Event, reportMissing: Bool = true) {
        if let existing = events[event.id] {
            if existing != event {
                findings.append(
                    Finding(.warning, code: "graph.event.duplicate-id",
                            message: "two different events share the id \(event.id); kept the first",
                            document: event.evidence.document, span: event.evidence.span))
            }
            return
        }
        if documents[event.evidence.document] == nil { record(DocumentRecord(id: event.evidence.document)) }
        ensureActor(event.source, country: event.sourceCountry, for: event, report: reportMissing)
        if let target = event.target {
            ensureActor(target, country: event.targetCountry, for: event, report: reportMissing)
        }
        if let attribution = event.attribution {
            ensureActor(attribution, country: nil, for: event, report: reportMissing)
        }
        events[event.id] = event
    }

    private mutating func ensureActor(_ id: ActorID, country: String?, for event: Event, report: Bool) {
        guard actors[id] == nil else { return }
        actors[id] = Actor(id: id, name: id.rawValue, country: country, sector: nil, kind: .unknown)
        if report {
            findings.append(
                Finding(.warning, code: "graph.actor.missing",
                        message: "event \(event.id) names actor \(id), which no document described; added a placeholder",
                        document: event.evidence.document, span: event.evidence.span))
        }
    }
}

extension EventGraph {
    /// Builds a graph from several documents' actors and events, in the order given.
    ///
    /// - Parameter documents: Each document's record (optional), actors and events.
    public init(documents: [(document: DocumentRecord?, actors: [Actor], events: [Event])]) {
        self.init()
        for entry in documents { add(actors: entry.actors, events: entry.events, document: entry.document) }
    }

    /// Attribute clashes between documents' descriptions of the same actor, one `graph.actor.conflict` info
    /// finding per actor and attribute, naming the values seen and the one kept.
    public var actorConflicts: [Finding] {
        observations.flatMap { id, seen in ActorResolution.conflicts(of: id, in: seen) }
    }
}
