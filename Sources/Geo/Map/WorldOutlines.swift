import Foundation

/// Country outlines for drawing maps: Natural Earth 1:110m admin-0 countries (public domain), one decimal of a
/// degree, as `Scripts/build_world_outlines.py` writes them into `Resources/world-outlines.tsv` (114 KB).
public struct WorldOutlines: Sendable {
    /// One country's outline.
    public struct Country: Hashable, Sendable {
        /// ISO 3166-1 alpha-3 code (Natural Earth's own code where ISO has none).
        public var code: String
        /// English short name.
        public var name: String
        /// Closed rings of WGS 84 coordinates (outer rings and islands; the 1:110m data has no holes that matter).
        public var rings: [[GeoCoordinate]]
    }

    /// The countries, sorted by code.
    public let countries: [Country]

    /// Parses the outlines file's text.
    /// - Throws: `GeoError.malformedLine` naming the line that is not `CODE<TAB>NAME<TAB>lon,lat lon,lat …`.
    public init(text: String) throws {
        var countries: [Country] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3 else {
                throw GeoError.malformedLine(file: "world-outlines.tsv", line: index + 1, problem: "expected a code, a name and rings")
            }
            var rings: [[GeoCoordinate]] = []
            for field in fields.dropFirst(2) {
                var ring: [GeoCoordinate] = []
                for pair in field.split(separator: " ") {
                    let parts = pair.split(separator: ",")
                    guard parts.count == 2, let lon = Double(parts[0]), let lat = Double(parts[1]) else {
                        throw GeoError.malformedLine(file: "world-outlines.tsv", line: index + 1, problem: "bad point \"\(pair)\"")
                    }
                    ring.append(GeoCoordinate(lat: lat, lon: lon))
                }
                rings.append(ring)
            }
            countries.append(Country(code: String(fields[0]), name: String(fields[1]), rings: rings))
        }
        self.countries = countries
    }

    /// The bundled outlines, read once on first use.
    /// - Throws: `GeoError` when the resource is missing or malformed.
    public static func bundled() throws -> WorldOutlines { try loaded.get() }

    private static let loaded: Result<WorldOutlines, GeoError> = {
        guard let url = Bundle.module.url(forResource: "world-outlines", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return .failure(.bundledResourceMissing("world-outlines.tsv")) }
        do {
            return .success(try WorldOutlines(text: text))
        } catch let error as GeoError {
            return .failure(error)
        } catch {
            return .failure(.bundledResourceMissing("world-outlines.tsv"))
        }
    }()
}
