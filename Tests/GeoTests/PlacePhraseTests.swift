import Testing

@testable import Geo

/// Phrases that make a name a place where no locative word stands before it, or that a relation noun seemed to take:
/// a place's noun and "of" ("the city council of Ghent", "the towns of Bazar-Korgon and Suzak"), a part of a place after a
/// locative word ("on the edge of Andijan"), an apposition headed by a settlement noun ("Mykolaiv, a city of 470,000
/// people,"), envoys and ambassadors a verb moves ("sent an envoy to Bishkek"), and names written with an
/// abbreviation's period or a hyphen ("St. Louis", "Kara-Suu").
struct PlacePhraseTests {
    @Test(arguments: [
        // A place's local body, its people or its parts before "of": an English name of Gent, which only a position
        // makes a place.
        ("The city council of Ghent voted to close the ring road.", "Ghent", 2797656),
        ("The mayor of Ghent opened the bridge.", "Ghent", 2797656),
        // The second of two towns after "the towns of".
        ("Looters hit the towns of Bazar-Korgon and Suzak overnight.", "Suzak", 1527317),
        // A part of a place after a locative word: "on the edge of" is locative like "in"; Andijan is an English
        // name of Andijon.
        ("Aid agencies pitched tents on the edge of Andijan on Monday.", "Andijan", 1514588),
        // A verb that moves the envoy or the ambassadors makes their "to X" or "from X" a place, not a party.
        ("The UN sent a special envoy to Bishkek on Friday.", "Bishkek", 1528675),
        ("Three states have recalled their ambassadors from Asunción.", "Asunción", 3439389),
        // "St." before a name the actor recogniser took for an unknown actor ("Officials in … Louis").
        ("Officials in St. Louis, Missouri, said the levee held.", "St. Louis, Missouri", 4407066),
        // A hyphen between two capitalised parts is inside the name (not Kara in Togo).
        ("Shops in Kara-Suu stayed shut after the riots.", "Kara-Suu", 1528091),
        ("Looters hit the towns of Bazar-Korgon and Uzgen overnight.", "Bazar-Korgon", 1528717),
        // A Russian republic by its short English name (GeoNames: "Dagestan, Respublika", "North Ossetia–Alania").
        ("Flash floods killed seven people in Dagestan on Sunday.", "Dagestan", 567293),
        ("Rescuers came from Vladikavkaz, the capital of North Ossetia.", "North Ossetia", 519969),
        // A town of the dateline's own state, though the story names another state with a larger town of the name.
        ("PARIS, Tenn. — Hospitals in Jackson treated 60 people. More storms could hit Arkansas and Mississippi.",
         "Jackson", 4632595),
    ])
    func aPhraseMakesTheNameAPlace(text: String, name: String, geonameId: Int) throws {
        let places = PlaceFixture.places(text)
        let mention = try #require(places.mentions.first { $0.text == name }, "\(places.mentions.map(\.text))")
        #expect(mention.place.geonameId == geonameId, "\(mention.place.name), \(mention.place.country)")
    }

    /// The "of" and the apposition describe a whole name: a gazetteer word that opens or ends a longer one is no
    /// place ("Nor", an alternate name of Niort, in "Nor Haghartsin"; "Bulak" in "Kyzyl-Bulak").
    @Test(arguments: [
        "Residents of Vardakert and Nor Haghartsin blocked the highway.",
        "Traders in Kyzyl-Bulak, a border town north of the city, said stalls were looted.",
    ])
    func aWordOfALongerNameIsNoPlace(text: String) {
        let names = PlaceFixture.places(text).mentions.map(\.text)
        #expect(!names.contains("Nor") && !names.contains("Bulak"), "\(names)")
    }

    @Test func aPartOfAPlaceKeepsTheLocativeWordBeforeIt() throws {
        let mention = try #require(PlaceFixture.place("Andijan", in: "Aid agencies pitched tents on the edge of Andijan."))
        #expect(mention.isLocative)
        #expect(mention.preposition == "on")
    }

    /// A relation noun without a verb that moves it still names a party: "the new envoy to Bishkek said".
    @Test func anEnvoyToACapitalIsStillAParty() {
        #expect(!PlaceFixture.places("The new envoy to Bishkek said talks would resume.").mentions.contains { $0.text == "Bishkek" })
    }

    /// An apposition headed by a settlement noun makes the name a place even where it is the clause's subject, which
    /// would otherwise make it a club or a personified city.
    @Test(arguments: [
        ("Officials said Mykolaiv, a city of 470,000 people, had no water.", "Mykolaiv", 700569),
        ("Kherson, a port on the Dnipro, has been shelled every day.", "Kherson", 706448),
    ])
    func aSettlementAppositionMakesTheNameAPlace(text: String, name: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place(name, in: text))
        #expect(mention.place.geonameId == geonameId)
        #expect(mention.text == name)
    }

    /// "The Andijan region" is the region; a later bare "Andijan" is the city inside it, which has the name only as
    /// an English alternate (as the region does) and holds most of its people.
    @Test func aBareNameAfterItsRegionIsTheCityWithThatAlternate() {
        let text = "Refugees crossed into the Andijan region on Sunday. The agency flew tents to Andijan on Wednesday."
        let ids = PlaceFixture.places(text).mentions.filter { $0.text.hasPrefix("Andijan") }.map(\.place.geonameId)
        #expect(ids == [1484846, 1514588])
    }

    /// A US state that the lexicon lists as its government is a place of precision admin1 found through the
    /// organisation, never a capital.
    @Test(arguments: [
        ("A couple from Florida drove for 14 hours.", "Florida", 4155751),
        ("Lawmakers from Idaho voted against the bill.", "Idaho", 5596512),
    ])
    func aDivisionsGovernmentIsNoCapital(text: String, name: String, geonameId: Int) throws {
        let places = PlaceFixture.places(text)
        let mention = try #require(places.mentions.last { $0.text == name }, "\(places.mentions.map(\.text))")
        #expect(mention.place.geonameId == geonameId)
        #expect(mention.place.precision == .admin1)
        #expect(mention.basis == .organization)
    }
}
