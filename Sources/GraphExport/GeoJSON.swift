import EventOntology
import Foundation
import GraphModel

/// The located events of a graph as an RFC 7946 GeoJSON FeatureCollection: one Point feature per event with a
/// `location`, coordinates `[longitude, latitude]` (WGS84 degrees), in graph order.
///
/// Shape (keys sorted): `{"type": "FeatureCollection", "features": [{"type": "Feature", "id": "DOC#e3",
/// "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": {id, date, source, target,
/// sourceCountry, targetCountry, type, mode, cameo, quadClass, goldstein, modality, documentId, title, url,
/// evidence, location, precision, geonameId, country, admin1, locationText, locationBasis}}]}`; absent values are
/// left out of `properties`.
public struct GeoJSONFeatureCollection: Hashable, Sendable, Codable {
    /// A GeoJSON Point.
    public struct Point: Hashable, Sendable, Codable {
        /// Always `"Point"`.
        public var type = "Point"
        /// `[longitude, latitude]`, in that order (RFC 7946 §3.1.1).
        public var coordinates: [Double]
    }

    /// The event fields a feature carries, as in the CSV export.
    public struct Properties: Hashable, Sendable, Codable {
        public var id: String
        public var date: String?
        public var source: String
        public var target: String?
        public var sourceCountry: String?
        public var targetCountry: String?
        public var type: String
        public var mode: String?
        public var cameo: String
        public var quadClass: Int
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
    }

    /// One located event.
    public struct Feature: Hashable, Sendable, Codable {
        /// Always `"Feature"`.
        public var type = "Feature"
        /// The event id.
        public var id: String
        /// The event's place.
        public var geometry: Point
        /// The event's fields.
        public var properties: Properties
    }

    /// Always `"FeatureCollection"`.
    public var type = "FeatureCollection"
    /// The located events.
    public var features: [Feature]

    /// The located events of `graph`, in graph order.
    public init(graph: EventGraph) {
        features = graph.events.values.compactMap { event -> Feature? in
            guard let location = event.location else { return nil }
            let document = graph.documents[event.evidence.document]
            let properties = Properties(
                id: event.id.rawValue, date: event.date?.value, source: event.source.rawValue,
                target: event.target?.rawValue, sourceCountry: event.sourceCountry, targetCountry: event.targetCountry,
                type: event.type.rawValue, mode: event.mode, cameo: event.cameo, quadClass: event.quadClass.rawValue,
                goldstein: event.goldstein, modality: event.modality.rawValue,
                documentId: event.evidence.document.rawValue, title: document?.title, url: document?.url,
                evidence: event.evidence.text, location: location.name, precision: location.precision.rawValue,
                geonameId: location.geonameId, country: location.country, admin1: location.admin1,
                locationText: location.text, locationBasis: location.basis.rawValue)
            return Feature(
                id: event.id.rawValue, geometry: Point(coordinates: [location.lon, location.lat]),
                properties: properties)
        }
    }
}
