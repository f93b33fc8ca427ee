/// How precisely a place pins down where something happened.
public enum PlacePrecision: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// A populated place (GeoNames `P` class: cities15000 and cities5000).
    case city
    /// A second-level administrative division (GeoNames `ADM2`: a US county, an Indian district, a Philippine
    /// province, an English county).
    case admin2
    /// A first-level administrative division (GeoNames `ADM1`: a US state, a province, a region).
    case admin1
    /// A whole country.
    case country

    /// Finer places sort first.
    public static func < (lhs: PlacePrecision, rhs: PlacePrecision) -> Bool { lhs.rank < rhs.rank }
    var rank: Int {
        switch self {
        case .city: 0
        case .admin2: 1
        case .admin1: 2
        case .country: 3
        }
    }
}

/// One gazetteer entry: a GeoNames place with its country, first-level division, coordinates and population.
public struct Place: Hashable, Sendable, Codable {
    /// GeoNames id (https://www.geonames.org/ID).
    public var geonameId: Int
    /// GeoNames name ("Kyiv", "San José").
    public var name: String
    /// The name with diacritics folded ("San Jose").
    public var asciiName: String
    /// ISO 3166-1 alpha-3 code of the country the place lies in ("UKR").
    public var country: String
    /// First-level division code (US: postal code "IL"; elsewhere GeoNames' admin1 code), or "". A second-level
    /// division's is the code of the first-level division it lies in.
    public var admin1Code: String
    /// First-level division name ("Illinois", "Banten"; outside the US its ISO 3166-2 name: "Kríti"), or "".
    public var admin1Name: String
    /// Latitude, WGS84 degrees (north positive).
    public var lat: Double
    /// Longitude, WGS84 degrees (east positive).
    public var lon: Double
    /// GeoNames population (0 when unknown).
    public var population: Int
    /// City, second-level division, first-level division or country.
    public var precision: PlacePrecision
    /// GeoNames feature code: `PCLI` (country), `ADM1`, `ADM2`, `PPLC` (capital), `PPL`.
    public var feature: String
    /// Alternate names (Latin script, at most eight).
    public var alternates: [String]
    /// Codes and abbreviations that qualify a city after a comma ("IL", "Ill.", "FR", "FRA").
    public var qualifiers: [String]

    /// Creates a place.
    public init(
        geonameId: Int, name: String, asciiName: String? = nil, country: String, admin1Code: String = "",
        admin1Name: String = "", lat: Double, lon: Double, population: Int = 0, precision: PlacePrecision,
        feature: String? = nil, alternates: [String] = [], qualifiers: [String] = []
    ) {
        self.geonameId = geonameId
        self.name = name
        self.asciiName = asciiName ?? name
        self.country = country
        self.admin1Code = admin1Code
        self.admin1Name = admin1Name
        self.lat = lat
        self.lon = lon
        self.population = population
        self.precision = precision
        self.feature = feature ?? {
            switch precision {
            case .country: "PCLI"
            case .admin1: "ADM1"
            case .admin2: "ADM2"
            case .city: "PPL"
            }
        }()
        self.alternates = alternates
        self.qualifiers = qualifiers
    }

    /// Whether the place is its country's capital (GeoNames `PPLC`).
    public var isCapital: Bool { feature == "PPLC" }

    /// The place's coordinate.
    public var coordinate: GeoCoordinate { GeoCoordinate(lat: lat, lon: lon) }

    /// The first-level division the place lies in (or is), as "alpha-3.admin1Code" ("USA.IL"; a county's is its
    /// state's: "USA.VT" for Washington County, Vermont); `nil` for a
    /// country or a place without a division code.
    public var divisionKey: String? {
        precision == .country || admin1Code.isEmpty ? nil : country + "." + admin1Code
    }
}
