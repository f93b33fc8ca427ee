import Foundation
import ResourceIndex
import Testing

@testable import Geo

/// The bundled gazetteer's pre-built index (`Resources/gazetteer.index`): built from the committed
/// `gazetteer.tsv`, and every look-up through it gives what the gazetteer built in memory from the TSV gives.
struct GazetteerIndexTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let source = root.appendingPathComponent("Sources/Geo/Resources/gazetteer.tsv")
    static let index = root.appendingPathComponent("Sources/Geo/Resources/gazetteer.index")
    static let inMemory: Gazetteer? = try? Gazetteer(utf8: Array(Data(contentsOf: source)))

    @Test func theBundledGazetteerLoadsThroughItsIndex() throws {
        let gazetteer = try Gazetteer.bundledOrError()
        #expect(gazetteer.isPrebuilt)
        #expect(gazetteer.placeCount == 106_199)
    }

    @Test func theCommittedIndexIsTheOneTheSourceBuilds() throws {
        let built = try Gazetteer.indexBytes(source: Array(Data(contentsOf: Self.source)))
        #expect(built == Array(try Data(contentsOf: Self.index)), "stale gazetteer.index: run `make indexes`")
    }

    /// Real names and the GeoNames id they resolve to first, through the index and in memory.
    @Test(arguments: [
        ("Kyiv", 703448), ("Kiev", 703448), ("Paris", 2988507), ("São Paulo", 3448439), ("Sao Paulo", 3448439),
        ("the Hague", 2747373), ("Ukraine", 690791), ("Illinois", 4896861),
        // English names of large cities beyond the first eight alternates; a forced division name.
        ("Cologne", 2886242), ("Seville", 2510911), ("Metro Manila", 7521311),
    ])
    func namesResolveToTheirGeonameIds(name: String, id: Int) throws {
        let mapped = try Gazetteer.bundledOrError()
        let memory = try #require(Self.inMemory)
        #expect(mapped.matches(name).map(\.place.geonameId).contains(id))
        #expect(mapped.matches(name) == memory.matches(name))
    }

    @Test func codesAndQualifiersResolve() throws {
        let gazetteer = try Gazetteer.bundledOrError()
        #expect(gazetteer.country("UKR")?.geonameId == 690791)
        #expect(gazetteer.country("XXX") == nil)
        #expect(gazetteer.admin1(country: "USA", code: "IL")?.geonameId == 4896861)
        #expect(gazetteer.qualifierPlaces("Ill.").map(\.geonameId) == [4896861])
        #expect(gazetteer.contains(key: "tripoli") && !gazetteer.contains(key: "no such place"))
    }

    /// Every place decodes to the same record, and every name, alternate, code and qualifier key gives the same
    /// places in the same order.
    @Test func everyLookUpAgreesWithTheGazetteerBuiltInMemory() throws {
        let mapped = try Gazetteer.bundledOrError()
        let memory = try #require(Self.inMemory)
        let places = memory.places
        #expect(mapped.places == places)
        var differences: [String] = []
        for place in places {
            for name in [place.name, place.asciiName] + place.alternates + place.qualifiers {
                let key = PlaceName.key(name)
                if mapped.matches(key: key) != memory.matches(key: key) { differences.append("name \(name)") }
                if mapped.qualifierPlaces(name) != memory.qualifierPlaces(name) { differences.append("qualifier \(name)") }
            }
            if mapped.country(place.country) != memory.country(place.country) { differences.append("country \(place.country)") }
            if mapped.admin1(country: place.country, code: place.admin1Code)
                != memory.admin1(country: place.country, code: place.admin1Code)
            {
                differences.append("division \(place.country).\(place.admin1Code)")
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(10))")
    }
}
