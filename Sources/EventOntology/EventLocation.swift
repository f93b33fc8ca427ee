import Geo

/// Where an event happened: a GeoNames place and the words that say so.
///
/// JSON (keys sorted): `{"admin1", "basis", "country", "end", "geonameId", "lat", "lon", "name", "precision",
/// "start", "text"}`; `admin1` is absent when unknown.
public struct EventLocation: Hashable, Sendable, Codable {
    /// How the location was found.
    public enum Basis: String, Hashable, Sendable, Codable {
        /// A place in the event's own clause ("in X", "at X", "near X", "in the capital X").
        case clause
        /// The dateline's place, for on-the-ground event types (ASSAULT, PROTEST, MOBILIZE, COERCE).
        case dateline
    }

    /// The place's GeoNames name ("Kandahar").
    public var name: String
    /// GeoNames id.
    public var geonameId: Int
    /// ISO 3166-1 alpha-3 code of the country the place lies in.
    public var country: String
    /// The first-level division's name (or code where no name is known), or `nil`.
    public var admin1: String?
    /// Latitude, WGS84 degrees.
    public var lat: Double
    /// Longitude, WGS84 degrees.
    public var lon: Double
    /// City, first-level division or country.
    public var precision: PlacePrecision
    /// The mention as written ("Springfield, Illinois", "SEOUL").
    public var text: String
    /// First scalar of the mention in the document text.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// How it was found.
    public var basis: Basis

    /// The location a place mention gives.
    public init(_ mention: PlaceMention, basis: Basis) {
        let place = mention.place
        name = place.name
        geonameId = place.geonameId
        country = place.country
        admin1 = place.admin1Name.isEmpty ? (place.admin1Code.isEmpty ? nil : place.admin1Code) : place.admin1Name
        lat = place.lat
        lon = place.lon
        precision = place.precision
        text = mention.text
        start = mention.start
        end = mention.end
        self.basis = basis
    }

    /// The location's coordinate.
    public var coordinate: GeoCoordinate { GeoCoordinate(lat: lat, lon: lon) }
}
