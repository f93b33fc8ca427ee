/// A place-name index over GeoNames entries: countries, first-level divisions and cities.
///
/// Built from the tab-separated file written by `Scripts/build_gazetteer.py` (see `Gazetteer(tsv:file:)`);
/// `Gazetteer.bundled()` loads the bundled one on first use.
public struct Gazetteer: Sendable {
    /// A name match: the place and whether the name was one of its alternates rather than its name.
    public struct Match: Hashable, Sendable {
        /// The place.
        public var place: Place
        /// Whether the looked-up name is an alternate name of the place.
        public var isAlternate: Bool
    }

    /// Every place, countries first, then divisions, then cities, each by GeoNames id.
    public let places: [Place]
    private let byName: [String: [Int32]]  // index << 1 | isAlternate
    private let countryByCode: [String: Int32]
    private let admin1ByCode: [String: Int32]  // "USA.IL"
    private let qualifierIndex: [String: [Int32]]

    /// Indexes `places`.
    public init(places: [Place]) {
        self.places = places
        var byName: [String: [Int32]] = [:]
        byName.reserveCapacity(places.count * 4)
        var countries: [String: Int32] = [:]
        var admin1: [String: Int32] = [:]
        var qualifiers: [String: [Int32]] = [:]
        var seen: [String] = []
        for (i, place) in places.enumerated() {
            let index = Int32(i)
            seen.removeAll(keepingCapacity: true)
            func add(_ name: String, alternate: Bool) {
                let key = PlaceName.key(name)
                guard !key.isEmpty, !seen.contains(key) else { return }
                seen.append(key)
                byName[key, default: []].append(index << 1 | (alternate ? 1 : 0))
            }
            add(place.name, alternate: false)
            if place.asciiName != place.name { add(place.asciiName, alternate: false) }
            for name in place.alternates { add(name, alternate: true) }
            switch place.precision {
            case .country:
                if countries[place.country] == nil { countries[place.country] = index }
            case .admin1:
                admin1["\(place.country).\(place.admin1Code)"] = index
            case .city:
                continue
            }
            for name in [place.name] + place.alternates + place.qualifiers {
                let key = PlaceName.key(name)
                if !key.isEmpty, !(qualifiers[key]?.contains(index) ?? false) { qualifiers[key, default: []].append(index) }
            }
        }
        self.byName = byName
        self.countryByCode = countries
        self.admin1ByCode = admin1
        self.qualifierIndex = qualifiers
    }

    /// The places named `name` (any spelling `PlaceName.key` folds together), in gazetteer order.
    /// - Complexity: O(1) hash probe plus the number of matches.
    public func matches(_ name: String) -> [Match] {
        matches(key: PlaceName.key(name))
    }

    /// The places whose normalised name is `key` (already `PlaceName.key`-normalised).
    public func matches(key: String) -> [Match] {
        guard let found = byName[key] else { return [] }
        return found.map { Match(place: places[Int($0 >> 1)], isAlternate: $0 & 1 == 1) }
    }

    /// Whether any place has the normalised name `key`.
    public func contains(key: String) -> Bool { byName[key] != nil }

    /// The country with ISO 3166-1 alpha-3 code `code` ("UKR"), or `nil`.
    public func country(_ code: String) -> Place? { countryByCode[code].map { places[Int($0)] } }

    /// The first-level division `code` of `country` ("USA", "IL"), or `nil`.
    public func admin1(country: String, code: String) -> Place? {
        admin1ByCode["\(country).\(code)"].map { places[Int($0)] }
    }

    /// Countries and divisions a qualifier after a comma can name: names, alternates, ISO codes, postal codes and
    /// AP abbreviations ("Illinois", "Ill.", "IL", "France", "FRA").
    public func qualifierPlaces(_ text: String) -> [Place] {
        (qualifierIndex[PlaceName.key(text)] ?? []).map { places[Int($0)] }
    }
}
