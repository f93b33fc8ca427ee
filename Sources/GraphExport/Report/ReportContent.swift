import ActorLexicon
import Foundation
import ArticleText
import EventOntology
import GraphModel

/// What a briefing report says about a graph, before it is written as HTML or Markdown: a summary, the key
/// events, the sources and the findings. Plain values; every text is still raw article text, escaped only by
/// the encoders.
public struct ReportContent: Sendable {
    /// Counts and the span of dates.
    public struct Summary: Hashable, Sendable {
        /// Articles in the graph.
        public var documents: Int
        /// Events in the graph.
        public var events: Int
        /// Events without a calendar date (undated or vague).
        public var undatedEvents: Int
        /// Actors in the graph.
        public var actors: Int
        /// Relations at the report's level, domestic ones (an actor or country with itself) included, of every
        /// modality: the rows of `build`'s `relations.csv` for the same graph.
        public var relations: Int
        /// The relations the relations diagram draws (after its modality filter and `--top`), when known.
        public var drawnRelations: Int?
        /// The earliest date as people write it ("Jan 2019"), or `nil` without dated events.
        public var firstDate: String?
        /// The latest date as people write it, or `nil` without dated events.
        public var lastDate: String?
    }

    /// One row of the key-events table.
    public struct KeyEvent: Hashable, Sendable {
        /// The event.
        public var id: EventID
        /// The date as people write it ("Sep 2025", "since Jan 2025", "undated").
        public var date: String
        /// The first day the date covers (ISO 8601), for sorting; empty when undated.
        public var sortKey: String
        /// "North Korea → Russia".
        public var dyad: String
        /// "AID (military)", "not CONSULT".
        public var type: String
        /// The event's QuadClass (colours the row).
        public var quadClass: QuadClass
        /// How the text commits to the event.
        public var modality: Modality
        /// Distinct articles reporting the event's happening (its ``EventCluster``, as `events.csv` and `query`
        /// count them).
        public var articles: Int
        /// The evidence sentence.
        public var evidence: String
        /// The article's title (or its id).
        public var source: String
        /// The article's address, if known.
        public var url: String?
    }

    /// One article.
    public struct Source: Hashable, Sendable {
        /// Document id.
        public var id: DocumentID
        /// Headline, or the id when there is none.
        public var title: String
        /// Original address, if known.
        public var url: String?
        /// Publication date (ISO 8601), if known.
        public var published: String?
        /// Events read from it.
        public var events: Int
    }

    /// A name the lexicon does not know, with how often it was met.
    public struct UnknownActor: Hashable, Sendable {
        /// The name as written.
        public var name: String
        /// Times it was met.
        public var mentions: Int
        /// Articles it was met in.
        public var documents: Int
        /// How the recogniser took it ("taken as person of AFG").
        public var reading: String
    }

    /// The report's title.
    public var title: String
    /// Counts and the span of dates.
    public var summary: Summary
    /// The events whose happenings the most articles report (then the strongest Goldstein intensity), in time
    /// order.
    public var keyEvents: [KeyEvent]
    /// The articles, in input order.
    public var sources: [Source]
    /// Unknown names, most mentioned first: candidates for a user lexicon.
    public var unknownActors: [UnknownActor]
    /// Findings about the drawing itself (relations left out of the diagram).
    public var notes: [String]
    /// The located happenings (event clusters), placed as in `events.geojson`.
    public var places: [MappedHappening]

    /// A point on the report's map: one located happening, the reports of different articles about it merged
    /// (an ``EventCluster``), at the place ``GeoJSONFeatureCollection`` chooses for it.
    public struct MappedHappening: Hashable, Sendable {
        /// The cluster id (its smallest event id).
        public var id: String
        /// GeoNames name of the place.
        public var name: String
        /// ISO 3166-1 alpha-3 code of its country.
        public var country: String
        /// WGS 84 latitude and longitude in degrees.
        public var lat: Double
        public var lon: Double
        /// Distinct articles and outlets (URL hosts) reporting the happening.
        public var numArticles: Int
        public var numSources: Int
        /// The articles reporting it, so that happenings drawn as one point count an article once.
        public var documents: Set<DocumentID>
        /// One line per event of the cluster, in time order: "date · dyad · TYPE".
        public var events: [String]
        /// The QuadClass of the event that names the place.
        public var quadClass: QuadClass
    }

    /// Collects the report of `graph`.
    ///
    /// - Parameters:
    ///   - graph: The (filtered) graph.
    ///   - title: The report's title.
    ///   - level: The aggregation level of the relations counted.
    ///   - notes: Findings about the drawing to repeat in the report.
    ///   - drawnRelations: The relations the diagram draws, for the summary's "N relations (M drawn)".
    ///   - keyEventLimit: The most rows of the key-events table.
    /// - Complexity: O(*e* log *e* + *f*) for *e* events and *f* findings.
    public init(
        graph: EventGraph, title: String, level: AggregationLevel, notes: [String] = [], drawnRelations: Int? = nil,
        keyEventLimit: Int = 60
    ) {
        self.title = title
        self.notes = notes
        let timeline = graph.timeline(level: .actor)
        let relations = graph.relationGraph(level: level)
        summary = Summary(
            documents: graph.documents.count, events: graph.events.count, undatedEvents: timeline.undatedCount,
            actors: graph.actors.count, relations: relations.relations.count + relations.selfRelations.count,
            drawnRelations: drawnRelations,
            firstDate: timeline.entries.min { $0.interval.first < $1.interval.first }.map { HumanDate.text($0.value) },
            lastDate: timeline.entries.max { $0.interval.last < $1.interval.last }.map { HumanDate.text($0.value) })

        let clusterOf = graph.clusterIndex()
        let ranked = graph.events.values.map { event in (event: event, articles: clusterOf[event.id]?.numArticles ?? 0) }
            .sorted {
                ($1.articles, abs($1.event.goldstein), $0.event.id.rawValue) < ($0.articles, abs($0.event.goldstein), $1.event.id.rawValue)
            }
            .prefix(keyEventLimit)
        keyEvents = ranked.map { item in
            let event = item.event
            let source = graph.nodeActor(graph.sourceNode(of: event, at: .actor))
            let target = graph.targetNode(of: event, at: .actor).map(graph.nodeActor)
            let document = graph.documents[event.evidence.document]
            let value = event.date?.intervalValue
            return KeyEvent(
                id: event.id,
                date: value.map { HumanDate.text($0, since: EventGraph.startsRange($0, event.date)) }
                    ?? event.date?.value.map(HumanDate.text) ?? "undated",
                sortKey: event.date?.interval?.first.description ?? "", dyad: TimelineChart.dyad(event, source: source, target: target),
                type: TimelineChart.typeText(event), quadClass: event.quadClass, modality: event.modality,
                articles: item.articles, evidence: event.evidence.text,
                source: document?.title ?? event.evidence.document.rawValue, url: document?.url)
        }.sorted { ($0.sortKey.isEmpty ? "~" : $0.sortKey, $0.id) < ($1.sortKey.isEmpty ? "~" : $1.sortKey, $1.id) }

        var eventsPerDocument: [DocumentID: Int] = [:]
        for event in graph.events.values { eventsPerDocument[event.evidence.document, default: 0] += 1 }
        sources = graph.documents.values.map { document in
            Source(
                id: document.id, title: document.title ?? document.id.rawValue, url: document.url,
                published: document.published?.description, events: eventsPerDocument[document.id] ?? 0)
        }
        unknownActors = Self.unknownActors(graph.findings)
        places = Self.places(graph)
    }

    /// The located happenings of `graph`: the features of ``GeoJSONFeatureCollection`` (same clusters, same
    /// place chosen), in its order.
    static func places(_ graph: EventGraph) -> [MappedHappening] {
        GeoJSONFeatureCollection(graph: graph).features.map { feature in
            let properties = feature.properties
            let events = properties.events.compactMap { graph.events[EventID(rawValue: $0)] }.sorted {
                ($0.date?.interval?.first.description ?? "~", $0.id) < ($1.date?.interval?.first.description ?? "~", $1.id)
            }
            let lines = events.map { event -> String in
                let source = graph.nodeActor(graph.sourceNode(of: event, at: .actor))
                let target = graph.targetNode(of: event, at: .actor).map(graph.nodeActor)
                let date = event.date?.intervalValue.map { HumanDate.text($0) } ?? event.date?.value.map(HumanDate.text) ?? "undated"
                return "\(date) · \(TimelineChart.dyad(event, source: source, target: target)) · \(TimelineChart.typeText(event))"
            }
            return MappedHappening(
                id: properties.id, name: properties.location, country: properties.country,
                lat: feature.geometry.coordinates[1], lon: feature.geometry.coordinates[0],
                numArticles: properties.numArticles, numSources: properties.numSources,
                documents: Set(events.map(\.evidence.document)), events: lines,
                quadClass: QuadClass(rawValue: properties.quadClass) ?? .verbalCooperation)
        }
    }

    /// The `actor.unknown` findings grouped by the quoted name, most mentions first (ties: more documents,
    /// then name).
    static func unknownActors(_ findings: [Finding]) -> [UnknownActor] {
        var order: [String] = []
        var mentions: [String: Int] = [:]
        var documents: [String: Set<DocumentID>] = [:]
        var readings: [String: [String: Int]] = [:]
        for finding in findings where finding.code == "actor.unknown" {
            let parts = finding.message.split(separator: "\"", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3 else { continue }
            let name = String(parts[1])
            if mentions[name] == nil { order.append(name) }
            mentions[name, default: 0] += 1
            if let document = finding.document { documents[name, default: []].insert(document) }
            let reading = parts[2].split(separator: ";", maxSplits: 1).dropFirst().first
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            readings[name, default: [:]][reading, default: 0] += 1
        }
        return order.map { name in
            let reading = (readings[name] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key ?? ""
            return UnknownActor(name: name, mentions: mentions[name] ?? 0, documents: documents[name]?.count ?? 0, reading: reading)
        }.sorted { ($1.mentions, $1.documents, $0.name) < ($0.mentions, $0.documents, $1.name) }
    }
}
