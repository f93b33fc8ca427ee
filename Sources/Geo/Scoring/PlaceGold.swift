import ArticleText
import Foundation

/// One hand-annotated place mention: its span and the GeoNames entry it means (`nil` outside the gazetteer).
public struct GoldPlace: Hashable, Sendable, Codable {
    /// First scalar of the mention in the document text.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// The mention as written.
    public var text: String
    /// GeoNames id, or `nil` for a place the gazetteer does not hold (a province outside the US, a square).
    public var geonameId: Int?
    /// Latitude of the GeoNames entry, when there is one.
    public var lat: Double?
    /// Longitude of the GeoNames entry, when there is one.
    public var lon: Double?

    /// Creates a gold place.
    public init(start: Int, end: Int, text: String, geonameId: Int?, lat: Double? = nil, lon: Double? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.geonameId = geonameId
        self.lat = lat
        self.lon = lon
    }

    /// The mention's span.
    public var span: TextSpan { TextSpan(start: start, end: end) }
}

/// A document with hand-annotated places: one line of a gold JSONL file
/// (`{"id","published","title","url","text","places":[{"start","end","text","geonameId","lat","lon"}]}`).
public struct GoldPlaceDocument: Hashable, Sendable, Codable {
    /// Document id.
    public var id: String
    /// Publication date (`YYYY-MM-DD`).
    public var published: String?
    /// The document text; offsets are Unicode scalar offsets into it.
    public var text: String
    /// The annotated places in text order.
    public var places: [GoldPlace]
    /// Source address, kept for attribution.
    public var url: String?
}
