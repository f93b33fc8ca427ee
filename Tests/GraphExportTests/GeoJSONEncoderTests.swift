import Foundation
import GraphExport
import GraphFixtures
import GraphModel
import Testing

@Suite struct GeoJSONEncoderTests {
    /// The file parsed back as plain JSON, as a GIS tool would read it.
    func parsed() throws -> [String: Any] {
        let data = try GeoJSONEncoder().encode(LocatedFixture.graph)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func itIsAFeatureCollectionOfLocatedEventsOnly() throws {
        let json = try parsed()
        #expect(json["type"] as? String == "FeatureCollection")
        let features = try #require(json["features"] as? [[String: Any]])
        #expect(features.count == 2)  // of the seed events, two are located
        #expect(features.allSatisfy { $0["type"] as? String == "Feature" })
    }

    @Test func coordinatesAreLongitudeThenLatitude() throws {
        let features = try #require(try parsed()["features"] as? [[String: Any]])
        let geometry = try #require(features[0]["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        let coordinates = try #require(geometry["coordinates"] as? [Double])
        #expect(coordinates == [36.25272, 49.98081])  // Kharkiv: lon 36.25 E, lat 49.98 N
    }

    @Test func propertiesCarryTheEventAndItsPlace() throws {
        let features = try #require(try parsed()["features"] as? [[String: Any]])
        let first = try #require(features[0]["properties"] as? [String: Any])
        let event = SeedFixture.seedEvents[0]
        #expect(features[0]["id"] as? String == event.id.rawValue)
        #expect(first["id"] as? String == event.id.rawValue)
        #expect(first["type"] as? String == event.type.rawValue)
        #expect(first["source"] as? String == event.source.rawValue)
        #expect(first["cameo"] as? String == event.cameo)
        #expect(first["quadClass"] as? Int == event.quadClass.rawValue)
        #expect(first["documentId"] as? String == "korea-party-congress")
        #expect(first["evidence"] as? String == event.evidence.text)
        #expect(first["location"] as? String == "Kharkiv")
        #expect(first["precision"] as? String == "city")
        #expect(first["geonameId"] as? Int == 706483)
        let second = try #require(features[1]["properties"] as? [String: Any])
        #expect(second["precision"] as? String == "country")
        #expect(second["country"] as? String == "UKR")
    }

    @Test func theOutputIsDeterministicWithSortedKeys() throws {
        let a = try GeoJSONEncoder().encode(LocatedFixture.graph)
        let b = try GeoJSONEncoder().encode(LocatedFixture.graph)
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.range(of: "\"features\"")!.lowerBound < text.range(of: "\"type\" : \"FeatureCollection\"")!.lowerBound)
    }

    @Test func aGraphWithoutLocationsGivesAnEmptyCollection() throws {
        let text = String(decoding: try GeoJSONEncoder(prettyPrinted: false).encode(SeedFixture.seedGraph), as: UTF8.self)
        #expect(text == "{\"features\":[],\"type\":\"FeatureCollection\"}\n")
    }
}
