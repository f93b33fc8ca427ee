import Foundation
import Testing

/// `build` writes events.geojson and filters events by where they happened.
@Suite(.serialized)
struct BuildLocationTests {
    static let article = """
        ---
        id: kharkiv
        published: 2026-03-02
        title: Strikes near Kharkiv
        ---
        Russia attacked Ukraine near Kharkiv on Sunday. Turkey and Greece held talks in Geneva on Friday.
        """

    func build(_ options: [String]) throws -> (CommandLine.Result, [String: Any]?) {
        let input = try CommandLine.temporaryDirectory()
        try Self.article.write(to: input.appendingPathComponent("kharkiv.txt"), atomically: true, encoding: .utf8)
        let out = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(["build", input.path, "--out", out.path] + options)
        guard result.status == 0 else { return (result, nil) }
        let data = try Data(contentsOf: out.appendingPathComponent("events.geojson"))
        return (result, try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func names(_ json: [String: Any]?) -> [String] {
        (json?["features"] as? [[String: Any]] ?? []).compactMap { ($0["properties"] as? [String: Any])?["location"] as? String }
    }

    @Test func buildWritesOneFeaturePerLocatedHappening() throws {
        let (result, json) = try build([])
        #expect(result.status == 0)
        #expect(json?["type"] as? String == "FeatureCollection")
        #expect(names(json) == ["Kharkiv", "Geneva"])
        let geometry = (json?["features"] as? [[String: Any]])?.first?["geometry"] as? [String: Any]
        let coordinates = try #require(geometry?["coordinates"] as? [Double])
        #expect(abs(coordinates[0] - 36.25) < 0.1 && abs(coordinates[1] - 49.98) < 0.1)  // [lon, lat]
    }

    @Test func twoArticlesAboutOneAttackGiveOneFeatureCountingBoth() throws {
        let input = try CommandLine.temporaryDirectory()
        try Self.article.write(to: input.appendingPathComponent("kharkiv.txt"), atomically: true, encoding: .utf8)
        let wire = """
            ---
            id: wire
            published: 2026-03-02
            url: https://wire.example/kharkiv
            ---
            On Sunday Russia attacked Ukraine near Kharkiv, officials said.
            """
        try wire.write(to: input.appendingPathComponent("wire.txt"), atomically: true, encoding: .utf8)
        let out = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(["build", input.path, "--out", out.path])
        #expect(result.status == 0)
        let data = try Data(contentsOf: out.appendingPathComponent("events.geojson"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let features = try #require(json["features"] as? [[String: Any]])
        #expect(names(json) == ["Kharkiv", "Geneva"])  // one Kharkiv feature for the two reports
        let attack = try #require(features.first?["properties"] as? [String: Any])
        #expect(attack["type"] as? String == "ASSAULT")
        #expect(attack["numArticles"] as? Int == 2)
        #expect(attack["numSources"] as? Int == 2)
        #expect((attack["events"] as? [String])?.count == 2)
        let talks = try #require(features.last?["properties"] as? [String: Any])
        #expect(talks["numArticles"] as? Int == 1)
        #expect(talks["url"] is NSNull)  // kept, not left out
    }

    @Test func locationFiltersKeepEventsByCountryAndDistance() throws {
        #expect(names(try build(["--country-of-event", "ukr"]).1) == ["Kharkiv"])
        #expect(names(try build(["--near", "46.2,6.14,50"]).1) == ["Geneva"])
        #expect(names(try build(["--country-of-event", "CHE", "--near", "49.98,36.25,100"]).1).isEmpty)
    }

    @Test func badLocationOptionsAreUsageErrors() throws {
        let (near, _) = try build(["--near", "95,10,5"])
        #expect(near.status == 64)
        #expect(near.stderr.contains("--near"))
        let (country, _) = try build(["--country-of-event", "Ukraine"])
        #expect(country.status == 64)
        #expect(country.stderr.contains("not an ISO 3166 alpha-3 code"))
    }
}
