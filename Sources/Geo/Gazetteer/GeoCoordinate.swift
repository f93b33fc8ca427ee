import Foundation

/// A point on the WGS84 ellipsoid, in degrees.
public struct GeoCoordinate: Hashable, Sendable, Codable {
    /// Latitude in degrees, −90 … 90.
    public var lat: Double
    /// Longitude in degrees, −180 … 180.
    public var lon: Double

    /// Creates a coordinate.
    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }

    /// Mean Earth radius in kilometres (IUGG), used by `distance(to:)`.
    public static let earthRadiusKm = 6371.0088

    /// Great-circle distance in kilometres (haversine formula on a sphere of radius `earthRadiusKm`).
    /// - Complexity: O(1).
    public func distance(to other: GeoCoordinate) -> Double {
        let phi1 = lat * .pi / 180, phi2 = other.lat * .pi / 180
        let dPhi = (other.lat - lat) * .pi / 180, dLambda = (other.lon - lon) * .pi / 180
        let a = sin(dPhi / 2) * sin(dPhi / 2) + cos(phi1) * cos(phi2) * sin(dLambda / 2) * sin(dLambda / 2)
        return 2 * Self.earthRadiusKm * atan2(a.squareRoot(), (1 - a).squareRoot())
    }
}
