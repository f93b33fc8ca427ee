import ArticleText
import Foundation
import Geo
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

    /// The keys the README lists, in every feature, whatever the event knows.
    static let propertyKeys: Set<String> = [
        "id", "events", "numArticles", "numSources", "date", "source", "target", "sourceCountry", "targetCountry",
        "type", "mode", "cameo", "quadClass", "goldstein", "modality", "documentId", "title", "url", "evidence",
        "location", "precision", "geonameId", "country", "admin1", "locationText", "locationBasis",
    ]

    @Test func everyFeatureCarriesEveryKeyWithNullForUnknownValues() throws {
        let features = try #require(try parsed()["features"] as? [[String: Any]])
        for feature in features {
            let properties = try #require(feature["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Self.propertyKeys)
        }
        // e1: Kim's meeting has no target, its document no url, Kharkiv an admin1 code
        let first = try #require(features[0]["properties"] as? [String: Any])
        #expect(first["target"] is NSNull)
        #expect(first["targetCountry"] is NSNull)
        #expect(first["url"] is NSNull)
        #expect(first["admin1"] as? String == "07")
        #expect(first["mode"] as? String == "meeting")
        let text = String(decoding: try GeoJSONEncoder().encode(LocatedFixture.graph), as: UTF8.self)
        #expect(text.contains("\"target\" : null"))
    }

    /// `LocatedFixture` plus a wire copy retelling e2 (PRK → RUS COOPERATE on 2026-02-20) from another outlet,
    /// placed at `place`.
    static func graphWithRetelling(placedAt place: Place) -> EventGraph {
        var graph = LocatedFixture.graph
        let copy = DocumentRecord(
            id: "wire-copy", published: CalendarDate(iso: "2026-02-21"), title: "Wire", url: "https://wire.example/x")
        var retold = SeedFixture.event(
            1, SeedFixture.prk, .cooperate, SeedFixture.rus, date: SeedFixture.date("2026-02-20"), mode: "military",
            document: "wire-copy", text: "Pyongyang deepened military cooperation with Moscow.")
        retold.location = LocatedFixture.location(place, at: 30)
        graph.add(actors: [SeedFixture.prk, SeedFixture.rus], events: [retold], document: copy)
        return graph
    }

    @Test func oneFeaturePerHappeningReportedByTwoArticles() throws {
        let data = try GeoJSONEncoder().encode(Self.graphWithRetelling(placedAt: LocatedFixture.ukraine))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let features = try #require(json["features"] as? [[String: Any]])
        #expect(features.count == 2)  // Kim's meeting, and the cooperation both articles report
        let cooperation = try #require(features[1]["properties"] as? [String: Any])
        #expect(features[1]["id"] as? String == "korea-party-congress#e2")
        #expect(cooperation["events"] as? [String] == ["korea-party-congress#e2", "wire-copy#e1"])
        #expect(cooperation["numArticles"] as? Int == 2)
        #expect(cooperation["numSources"] as? Int == 2)
        #expect(cooperation["location"] as? String == "Ukraine")
        #expect(cooperation["type"] as? String == "COOPERATE")
    }

    @Test func geoJSONMatchesItsGoldenFile() throws {
        let data = try GeoJSONEncoder().encode(Self.graphWithRetelling(placedAt: LocatedFixture.kharkiv))
        try Golden.check(String(decoding: data, as: UTF8.self), named: "events.geojson")
    }

    @Test func aHappeningPlacedDifferentlyTakesTheFinerPlaceOnATie() throws {
        // The seed article says Ukraine, the wire copy Kharkiv: one report each, the city is finer.
        let data = try GeoJSONEncoder().encode(Self.graphWithRetelling(placedAt: LocatedFixture.kharkiv))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let features = try #require(json["features"] as? [[String: Any]])
        #expect(features.count == 2)
        let cooperation = try #require(features[1]["properties"] as? [String: Any])
        #expect(cooperation["location"] as? String == "Kharkiv")
        #expect(cooperation["documentId"] as? String == "wire-copy")  // the event that names the place
        #expect(cooperation["url"] as? String == "https://wire.example/x")
        #expect(cooperation["id"] as? String == "korea-party-congress#e2")  // still the cluster's id
        let geometry = try #require(features[1]["geometry"] as? [String: Any])
        #expect(geometry["coordinates"] as? [Double] == [36.25272, 49.98081])
    }
}
