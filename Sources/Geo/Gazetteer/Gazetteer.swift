/// A place-name index over GeoNames entries: countries, first- and second-level divisions and cities.
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

    /// Where the places live: arrays and dictionaries built in memory, or the bundled gazetteer's pre-built
    /// index read in place (`MappedGazetteer`), whose places are decoded when looked up.
    enum Storage: Sendable {
        case memory(InMemory)
        case mapped(MappedGazetteer)
    }

    struct InMemory: Sendable {
        var places: [Place]
        var byName: [String: [Int32]]  // index << 1 | isAlternate
        var countryByCode: [String: Int32]
        var admin1ByCode: [String: Int32]  // "USA.IL"
        var qualifierIndex: [String: [Int32]]
    }

    let storage: Storage

    /// Every place, countries first, then divisions, then cities, each by GeoNames id.
    /// - Complexity: O(1) for a gazetteer built in memory; the bundled gazetteer decodes every place (O(n)), so
    ///   prefer the look-ups where one will do.
    public var places: [Place] {
        switch storage {
        case .memory(let parts): parts.places
        case .mapped(let mapped): (0..<mapped.placeCount).map(mapped.place(at:))
        }
    }

    /// Whether the gazetteer is read through the bundled pre-built index rather than built in memory.
    var isPrebuilt: Bool {
        if case .mapped = storage { true } else { false }
    }

    /// The number of places.
    public var placeCount: Int {
        switch storage {
        case .memory(let parts): parts.places.count
        case .mapped(let mapped): mapped.placeCount
        }
    }

    /// The bundled gazetteer through its pre-built index.
    init(mapped: MappedGazetteer) { storage = .mapped(mapped) }

    /// Indexes `places`.
    public init(places: [Place]) {
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
                admin1[Self.admin1Key(country: place.country, code: place.admin1Code)] = index
            case .city, .admin2:
                continue
            }
            for name in [place.name] + place.alternates + place.qualifiers {
                let key = PlaceName.key(name)
                if !key.isEmpty, !(qualifiers[key]?.contains(index) ?? false) { qualifiers[key, default: []].append(index) }
            }
        }
        storage = .memory(InMemory(
            places: places, byName: byName, countryByCode: countries, admin1ByCode: admin1, qualifierIndex: qualifiers))
    }

    /// The key of a first-level division in the division table ("USA.IL").
    static func admin1Key(country: String, code: String) -> String { "\(country).\(code)" }

    /// The place at `position` of `places`.
    private func place(at position: Int32) -> Place {
        switch storage {
        case .memory(let parts): parts.places[Int(position)]
        case .mapped(let mapped): mapped.place(at: Int(position))
        }
    }

    /// The places named `name` (any spelling `PlaceName.key` folds together), in gazetteer order.
    /// - Complexity: O(1) hash probe plus the number of matches.
    public func matches(_ name: String) -> [Match] {
        matches(key: PlaceName.key(name))
    }

    /// The places whose normalised name is `key` (already `PlaceName.key`-normalised).
    public func matches(key: String) -> [Match] {
        switch storage {
        case .memory(let parts):
            guard let found = parts.byName[key] else { return [] }
            return found.map { Match(place: parts.places[Int($0 >> 1)], isAlternate: $0 & 1 == 1) }
        case .mapped(let mapped):
            guard let found = mapped.names(key) else { return [] }
            return found.map { Match(place: mapped.place(at: Int($0 >> 1)), isAlternate: $0 & 1 == 1) }
        }
    }

    /// Whether any place has the normalised name `key`.
    public func contains(key: String) -> Bool {
        switch storage {
        case .memory(let parts): parts.byName[key] != nil
        case .mapped(let mapped): mapped.names(key) != nil
        }
    }

    /// The country with ISO 3166-1 alpha-3 code `code` ("UKR"), or `nil`.
    public func country(_ code: String) -> Place? {
        switch storage {
        case .memory(let parts): parts.countryByCode[code].map(place(at:))
        case .mapped(let mapped): mapped.country(code).map { mapped.place(at: Int($0)) }
        }
    }

    /// The first-level division `code` of `country` ("USA", "IL"), or `nil`.
    public func admin1(country: String, code: String) -> Place? {
        let key = Self.admin1Key(country: country, code: code)
        switch storage {
        case .memory(let parts): return parts.admin1ByCode[key].map(place(at:))
        case .mapped(let mapped): return mapped.admin1(key).map { mapped.place(at: Int($0)) }
        }
    }

    /// Countries and divisions a qualifier after a comma can name: names, alternates, ISO codes, postal codes and
    /// AP abbreviations ("Illinois", "Ill.", "IL", "France", "FRA").
    public func qualifierPlaces(_ text: String) -> [Place] {
        let key = PlaceName.key(text)
        switch storage {
        case .memory(let parts): return (parts.qualifierIndex[key] ?? []).map(place(at:))
        case .mapped(let mapped): return mapped.qualifiers(key).map { $0.map { mapped.place(at: Int($0)) } } ?? []
        }
    }
}
