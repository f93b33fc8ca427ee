import Testing

@testable import Geo

/// A river named like a town or a state: English writes no article before a town's or a state's name, so "the
/// Mississippi" and "the Dnipro" after a preposition of a river's course, or in a document that calls the name a
/// river, are the rivers, which no place mention counts.
struct RiverTests {
    @Test(arguments: [
        "Barges stalled along the Mississippi after a dry summer.",
        "The Mississippi River crested on Monday, and towns near the Mississippi braced for a week of flooding.",
        "Farmers near the Mississippi in Iowa lost their crops after the Mississippi River flooded.",
        "Troops crossed the Dnipro river at night.",
    ])
    func theRiverIsNoPlace(text: String) {
        let names = PlaceFixture.places(text).mentions.map(\.text)
        #expect(!names.contains("Mississippi") && !names.contains("Dnipro"), "\(names)")
    }

    @Test func aPortOnTheRiverIsThePlace() {
        let mentions = PlaceFixture.places("Kherson, a port on the Dnipro, lost power on Monday.").mentions
        #expect(mentions.map(\.text) == ["Kherson"])
        #expect(mentions.map(\.place.geonameId) == [706448])
    }

    /// Without the article the name is the state, also in a document that names the river.
    @Test(arguments: [
        ("Flooding in Mississippi closed 40 roads.", "Mississippi"),
        ("The governor of Mississippi declared an emergency as the Mississippi River rose.", "Mississippi"),
    ])
    func theStateWithoutTheArticleIsThePlace(text: String, name: String) throws {
        let mention = try #require(PlaceFixture.place(name, in: text))
        #expect(mention.place.geonameId == 4436296)
        #expect(mention.place.precision == .admin1)
    }

    /// A name the gazetteer writes with its article stays a place after "the": "the Hague".
    @Test func aNameWrittenWithTheArticleStaysAPlace() throws {
        let mention = try #require(PlaceFixture.place("Hague", in: "Protesters waited along the Hague for the verdict."))
        #expect(mention.place.country == "NLD")
    }
}
