import EventOntology
import Geo

/// Where kept events must have happened: in one of some countries, and/or within a circle.
///
/// An event without a `location` never passes a non-empty filter; both conditions combine with AND.
public struct LocationFilter: Hashable, Sendable {
    /// ISO 3166-1 alpha-3 codes (upper case) of which the event's location must lie in one; empty for any.
    public var countries: Set<String>
    /// The circle the event's location must lie in, or `nil` for anywhere.
    public var near: GeoCircle?

    /// Creates a filter; the defaults keep everything.
    public init(countries: Set<String> = [], near: GeoCircle? = nil) {
        self.countries = Set(countries.map { $0.uppercased() })
        self.near = near
    }

    /// Whether the filter keeps every event.
    public var isEmpty: Bool { countries.isEmpty && near == nil }

    /// Whether `event` passes.
    /// - Complexity: O(1).
    public func matches(_ event: Event) -> Bool {
        if isEmpty { return true }
        guard let location = event.location else { return false }
        if !countries.isEmpty, !countries.contains(location.country) { return false }
        if let near, !near.contains(location.coordinate) { return false }
        return true
    }
}
