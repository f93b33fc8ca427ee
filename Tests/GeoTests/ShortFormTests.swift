import Testing

@testable import Geo

/// A division's name written with its type word, and a city's short form after its full name in one document.
struct ShortFormTests {
    let gazetteer = Gazetteer.bundled()

    /// "Nimba County", "Muchinga Province": the division the gazetteer indexes without its type word; a US state
    /// is never a county, and a name the gazetteer holds whole ("Lagos State") is not split.
    @Test(arguments: [
        ("nimba county", [2274688]),
        ("muchinga province", [11154503]),
        ("copperbelt province", [917524]),
        ("washington county", []),
        ("lagos state", []),
        ("copperbelt", []),
    ])
    func aDivisionNameWithItsTypeWordIsTheDivision(key: String, ids: [Int]) {
        #expect(PlaceReader.typedDivisionMatches(key, gazetteer: gazetteer).map(\.place.geonameId) == ids)
    }

    @Test(arguments: [
        ("Clinics in Muchinga Province ran out of vaccines on Monday.", "Muchinga", 11154503),
        ("Fishermen from Lamu County said the catch had fallen.", "Lamu", 7667643),
    ])
    func typedDivisionsArePlaces(text: String, name: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place(name, in: text))
        #expect(mention.place.geonameId == geonameId, "\(mention.place.name), \(mention.place.country)")
    }

    /// "Santiago" after "Santiago de Compostela" in a Spanish story is that city, not Chile's capital.
    @Test func aShortFormAfterTheFullNameIsTheSamePlace() throws {
        let text = "Pilgrims arrived in Santiago de Compostela on Friday after a month on the road through Spain. "
            + "Hotels in Santiago were full, and trains from Madrid and Vigo were sold out."
        let mentions = PlaceFixture.places(text).mentions.filter { $0.text == "Santiago" }
        let mention = try #require(mentions.first)
        #expect(mention.place.geonameId == 3109642, "\(mention.place.name), \(mention.place.country)")
    }

    /// Not when the story lies more in the bare name's own country: "Santiago" in a Chilean story stays Chile's.
    @Test func aShortFormInAStoryAboutItsOwnCountryKeepsItsSense() throws {
        let text = "The Chilean minister flew home from Santiago de Compostela on Sunday. "
            + "Protesters in Santiago and Valparaíso marched against Chile's pension law."
        let mentions = PlaceFixture.places(text).mentions.filter { $0.text == "Santiago" }
        let mention = try #require(mentions.first)
        #expect(mention.place.geonameId == 3871336, "\(mention.place.name), \(mention.place.country)")
    }
}
