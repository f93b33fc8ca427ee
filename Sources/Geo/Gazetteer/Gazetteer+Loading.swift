import Foundation

extension Gazetteer {
    /// Reads the tab-separated format of `Scripts/build_gazetteer.py`: precision, feature, geonameId, name,
    /// asciiName, country, admin1Code, admin1Name, lat, lon, population, alternates (`|`), qualifiers (`|`).
    /// - Parameters:
    ///   - tsv: the file's text.
    ///   - file: the file name used in errors.
    /// - Throws: `GeoError.malformedLine` naming the line and the problem.
    /// - Complexity: O(n) in the size of the text.
    public init(tsv: String, file: String = "gazetteer.tsv") throws {
        var places: [Place] = []
        places.reserveCapacity(35_000)
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 13 else {
                throw GeoError.malformedLine(file: file, line: lineNumber, problem: "expected 13 fields, found \(fields.count)")
            }
            guard let precision = PlacePrecision(rawValue: String(fields[0])) else {
                throw GeoError.malformedLine(file: file, line: lineNumber, problem: "unknown precision \"\(fields[0])\"")
            }
            guard let id = Int(fields[2]), let lat = Double(fields[8]), let lon = Double(fields[9]),
                  let population = Int(fields[10]), (-90...90).contains(lat), (-180...180).contains(lon)
            else {
                throw GeoError.malformedLine(file: file, line: lineNumber, problem: "bad id, coordinate or population")
            }
            func list(_ field: Substring) -> [String] { field.isEmpty ? [] : field.split(separator: "|").map(String.init) }
            places.append(Place(
                geonameId: id, name: String(fields[3]), asciiName: String(fields[4]), country: String(fields[5]),
                admin1Code: String(fields[6]), admin1Name: String(fields[7]), lat: lat, lon: lon,
                population: population, precision: precision, feature: String(fields[1]),
                alternates: list(fields[11]), qualifiers: list(fields[12])))
        }
        self.init(places: places)
    }

    /// The gazetteer bundled with the module (`Resources/gazetteer.tsv`), read on first use and cached; an
    /// empty gazetteer when the resource is missing or damaged (`bundledOrError()` says why).
    public static func bundled() -> Gazetteer { BundledGazetteer.shared.gazetteer ?? Gazetteer(places: []) }

    /// The bundled gazetteer, or the error that kept it from loading.
    /// - Throws: `GeoError.bundledResourceMissing` or `GeoError.malformedLine`.
    public static func bundledOrError() throws -> Gazetteer { try BundledGazetteer.shared.result.get() }
}

/// The bundled gazetteer, loaded once on first use.
private final class BundledGazetteer: Sendable {
    static let shared = BundledGazetteer()
    let result: Result<Gazetteer, GeoError>

    var gazetteer: Gazetteer? { try? result.get() }

    private init() {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "gazetteer", withExtension: "tsv")
        else {
            result = .failure(.bundledResourceMissing("Resources/gazetteer.tsv"))
            return
        }
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            result = .success(try Gazetteer(tsv: text))
        } catch let error as GeoError {
            result = .failure(error)
        } catch {
            result = .failure(.bundledResourceMissing("Resources/gazetteer.tsv: \(error.localizedDescription)"))
        }
    }
}
