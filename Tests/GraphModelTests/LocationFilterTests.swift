import Geo
import GraphFixtures
import GraphModel
import Testing

@Suite struct LocationFilterTests {
    @Test func countryOfEventKeepsOnlyEventsLocatedThere() throws {
        var query = GraphQuery()
        query.location = LocationFilter(countries: ["ukr"])
        let filtered = try LocatedFixture.graph.filtered(by: query)
        #expect(filtered.events.count == 2)
        query.location = LocationFilter(countries: ["RUS"])
        #expect(try LocatedFixture.graph.filtered(by: query).events.isEmpty)
    }

    @Test func nearKeepsEventsWithinTheRadius() throws {
        var query = GraphQuery()
        // Kharkiv is about 410 km east of Kyiv; the Ukraine country point lies about 230 km south of Kyiv.
        query.location = LocationFilter(near: try GeoCircle(parsing: "50.45466,30.5238,300"))
        let kept = try LocatedFixture.graph.filtered(by: query).events.values.map { $0.location?.name }
        #expect(kept == ["Ukraine"])
        query.location = LocationFilter(near: try GeoCircle(parsing: "50.45466, 30.5238, 450"))
        #expect(try LocatedFixture.graph.filtered(by: query).events.count == 2)
    }

    @Test func anEmptyFilterKeepsUnlocatedEvents() throws {
        #expect(try LocatedFixture.graph.filtered(by: GraphQuery()).events.count == SeedFixture.seedEvents.count)
    }

    @Test(arguments: ["50,30", "91,0,10", "50,30,-5", "a,b,c"])
    func badCirclesAreRejected(text: String) {
        #expect(throws: GeoError.self) { try GeoCircle(parsing: text) }
    }

    /// `inf` and `nan` parse as Doubles: the radius's message said "must be above 0 km" for `inf`.
    @Test(arguments: [("1,2,inf", " (not inf)"), ("1,2,nan", " (not nan)"), ("1,2,-5", "")])
    func aRadiusThatIsNoDistanceIsNamed(text: String, note: String) {
        #expect(throws: GeoError.invalidCoordinate("\"\(text)\": the radius must be a number of km above 0\(note)")) {
            try GeoCircle(parsing: text)
        }
    }
}
