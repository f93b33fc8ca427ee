import EventOntology
import Foundation
import GraphModel

/// The located happenings of a graph as an RFC 7946 GeoJSON FeatureCollection: one Point feature per event
/// cluster (the reports of different articles about one happening, see ``EventCluster``) with a located event,
/// coordinates `[longitude, latitude]` (WGS84 degrees), in graph order of the clusters' first events.
///
/// A cluster whose reports place it differently takes the place most of its located events name, then the
/// finest (city before first-level division before country), then one named in the event's own clause before a
/// dateline's, then the smallest event id; the event, document and evidence fields are that event's. Events of
/// duplicate documents (the same text under another id) are in no cluster and give no feature.
///
/// Shape (keys sorted): `{"type": "FeatureCollection", "features": [{"type": "Feature", "id": "DOC#e3",
/// "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": {id, events, numArticles,
/// numSources, date, source, target, sourceCountry, targetCountry, type, mode, cameo, quadClass, goldstein,
/// modality, documentId, title, url, evidence, location, precision, geonameId, country, admin1, locationText,
/// locationBasis}}]}`. Every key is present in every feature; unknown values are `null`.
public struct GeoJSONFeatureCollection: Hashable, Sendable, Codable {
    /// A GeoJSON Point.
    public struct Point: Hashable, Sendable, Codable {
        /// Always `"Point"`.
        public var type = "Point"
        /// `[longitude, latitude]`, in that order (RFC 7946 §3.1.1).
        public var coordinates: [Double]
    }

    /// The fields a feature carries: the cluster's, then its chosen event's as in the CSV export.
    public struct Properties: Hashable, Sendable, Codable {
        /// The cluster id (the smallest id of its events).
        public var id: String
        /// The ids of the cluster's events in the graph, sorted.
        public var events: [String]
        /// Number of distinct articles reporting the happening (GDELT's NumArticles).
        public var numArticles: Int
        /// Number of distinct outlets reporting it (URL hosts; an article without URL is its own outlet).
        public var numSources: Int
        /// The most precise TIMEX3 date among the cluster's events, or `null` when undated.
        public var date: String?
        public var source: String
        public var target: String?
        public var sourceCountry: String?
        public var targetCountry: String?
        public var type: String
        public var mode: String?
        public var cameo: String
        public var quadClass: Int
        /// The mean Goldstein intensity (−10 … +10) of the cluster's events.
        public var goldstein: Double
        public var modality: String
        public var documentId: String
        public var title: String?
        public var url: String?
        /// The evidence sentence.
        public var evidence: String
        /// The place's GeoNames name.
        public var location: String
        /// `city`, `admin1` or `country`.
        public var precision: String
        public var geonameId: Int
        /// ISO 3166-1 alpha-3 code of the place's country.
        public var country: String
        public var admin1: String?
        /// The place as the article writes it.
        public var locationText: String
        /// `clause` or `dateline`.
        public var locationBasis: String

        /// Writes every key, `null` for unknown values (GIS tools then see one attribute table for all
        /// features).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(events, forKey: .events)
            try container.encode(numArticles, forKey: .numArticles)
            try container.encode(numSources, forKey: .numSources)
            try container.encode(date, forKey: .date)
            try container.encode(source, forKey: .source)
            try container.encode(target, forKey: .target)
            try container.encode(sourceCountry, forKey: .sourceCountry)
            try container.encode(targetCountry, forKey: .targetCountry)
            try container.encode(type, forKey: .type)
            try container.encode(mode, forKey: .mode)
            try container.encode(cameo, forKey: .cameo)
            try container.encode(quadClass, forKey: .quadClass)
            try container.encode(goldstein, forKey: .goldstein)
            try container.encode(modality, forKey: .modality)
            try container.encode(documentId, forKey: .documentId)
            try container.encode(title, forKey: .title)
            try container.encode(url, forKey: .url)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(location, forKey: .location)
            try container.encode(precision, forKey: .precision)
            try container.encode(geonameId, forKey: .geonameId)
            try container.encode(country, forKey: .country)
            try container.encode(admin1, forKey: .admin1)
            try container.encode(locationText, forKey: .locationText)
            try container.encode(locationBasis, forKey: .locationBasis)
        }
    }

    /// One located happening.
    public struct Feature: Hashable, Sendable, Codable {
        /// Always `"Feature"`.
        public var type = "Feature"
        /// The cluster id.
        public var id: String
        /// The happening's place.
        public var geometry: Point
        /// The happening's fields.
        public var properties: Properties
    }

    /// Always `"FeatureCollection"`.
    public var type = "FeatureCollection"
    /// The located happenings.
    public var features: [Feature]

    /// The located happenings of `graph`, in graph order of their first events.
    ///
    /// - Complexity: O(*e* log *e*) for *e* events, after the graph's clusters are known.
    public init(graph: EventGraph) {
        var position: [EventID: Int] = [:]
        for (index, id) in graph.events.keys.enumerated() { position[id] = index }
        var groups: [(cluster: EventCluster, events: [Event])] = graph.clusters.compactMap { cluster in
            let events = cluster.events.compactMap { graph.events[$0] }
            return events.contains { $0.location != nil } ? (cluster, events) : nil
        }
        groups.sort { lhs, rhs in
            let left = lhs.events.compactMap { position[$0.id] }.min() ?? Int.max
            let right = rhs.events.compactMap { position[$0.id] }.min() ?? Int.max
            return (left, lhs.cluster.id) < (right, rhs.cluster.id)
        }
        features = groups.compactMap { Self.feature(cluster: $0.cluster, events: $0.events, graph: graph) }
    }

    /// The feature of one cluster: its chosen located event (see the type's description) gives the place.
    private static func feature(cluster: EventCluster, events: [Event], graph: EventGraph) -> Feature? {
        let located = events.filter { $0.location != nil }
        var reports: [Int: Int] = [:]
        for event in located { if let id = event.location?.geonameId { reports[id, default: 0] += 1 } }
        let chosen = located.min { lhs, rhs in
            guard let a = lhs.location, let b = rhs.location else { return false }
            let countA = reports[a.geonameId] ?? 0, countB = reports[b.geonameId] ?? 0
            if countA != countB { return countA > countB }
            if a.precision != b.precision { return a.precision < b.precision }
            if a.basis != b.basis { return a.basis == .clause }
            return lhs.id < rhs.id
        }
        guard let event = chosen, let location = event.location else { return nil }
        let document = graph.documents[event.evidence.document]
        let properties = Properties(
            id: cluster.id.rawValue, events: events.map(\.id.rawValue).sorted(), numArticles: cluster.numArticles,
            numSources: cluster.numSources, date: cluster.date, source: event.source.rawValue,
            target: event.target?.rawValue, sourceCountry: event.sourceCountry, targetCountry: event.targetCountry,
            type: event.type.rawValue, mode: event.mode, cameo: event.cameo, quadClass: event.quadClass.rawValue,
            goldstein: cluster.goldstein, modality: event.modality.rawValue,
            documentId: event.evidence.document.rawValue, title: document?.title, url: document?.url,
            evidence: event.evidence.text, location: location.name, precision: location.precision.rawValue,
            geonameId: location.geonameId, country: location.country, admin1: location.admin1,
            locationText: location.text, locationBasis: location.basis.rawValue)
        return Feature(
            id: cluster.id.rawValue, geometry: Point(coordinates: [location.lon, location.lat]), properties: properties)
    }
}
