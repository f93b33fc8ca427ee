/// A disc on the Earth's surface: every point within `radiusKm` great-circle kilometres of `center`.
public struct GeoCircle: Hashable, Sendable, Codable {
    /// The centre.
    public var center: GeoCoordinate
    /// The radius in kilometres.
    public var radiusKm: Double

    /// Creates a circle.
    public init(center: GeoCoordinate, radiusKm: Double) {
        self.center = center
        self.radiusKm = radiusKm
    }

    /// Reads `LAT,LON,KM` ("48.8566,2.3522,50"): latitude −90…90, longitude −180…180, radius > 0.
    /// - Throws: `GeoError.invalidCoordinate` naming the text and what is wrong.
    public init(parsing text: String) throws {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.filter { !$0.isWhitespace } }
        guard parts.count == 3, let lat = Double(parts[0]), let lon = Double(parts[1]), let km = Double(parts[2]) else {
            throw GeoError.invalidCoordinate("\"\(text)\": give LAT,LON,KM, e.g. 48.8566,2.3522,50")
        }
        guard (-90...90).contains(lat), (-180...180).contains(lon) else {
            throw GeoError.invalidCoordinate("\"\(text)\": latitude must lie in -90…90 and longitude in -180…180")
        }
        guard km > 0, km.isFinite else {
            // `inf` and `nan` are Doubles to Swift, not distances: "must be above 0" would not say what is wrong.
            throw GeoError.invalidCoordinate("\"\(text)\": the radius must be a number of km above 0\(km.isFinite ? "" : " (not \(parts[2]))")")
        }
        self.init(center: GeoCoordinate(lat: lat, lon: lon), radiusKm: km)
    }

    /// Whether `point` lies within the circle (haversine distance ≤ radius).
    public func contains(_ point: GeoCoordinate) -> Bool { center.distance(to: point) <= radiusKm }
}
