import Testing

@testable import Geo

/// Villages of 2,500–5,000 people (GeoNames' `cities1000` less `cities5000`): in the gazetteer under their own name
/// only, never as a second sense of a known name or a common word, and recognised by the same cues as towns.
struct VillageTests {
    let gazetteer = Gazetteer.bundled()

    @Test(arguments: [
        ("Tennant Creek", 2060436, "AUS", "Northern Territory"),
        ("Kuujjuaq", 5994517, "CAN", "Quebec"),
        ("Inuvik", 5983607, "CAN", "Northwest Territories"),
    ])
    func villagesAreInTheGazetteer(name: String, id: Int, country: String, division: String) throws {
        let place = try #require(gazetteer.matches(name).first?.place)
        #expect(place.geonameId == id)
        #expect(place.country == country)
        #expect(place.admin1Name == division)
        #expect(place.precision == .city)
        #expect(place.population >= 2_500 && place.population < 5_000)
        #expect(place.alternates.isEmpty)
    }

    /// A village named like a common word ("Rodeo", Argentina; "Harvey", Australia) or like a place already known
    /// ("Toledo", Argentina; "Derby", Australia) is left out.
    @Test(arguments: [("Rodeo", "ARG"), ("Toledo", "ARG"), ("Harvey", "AUS"), ("Derby", "AUS")])
    func villagesAddNoSecondSense(name: String, country: String) {
        #expect(!gazetteer.matches(name).contains { match in
            match.place.precision == .city && match.place.population < 5_000 && match.place.country == country
        })
    }

    @Test(arguments: [
        ("Road trains were stuck near Tennant Creek for a second night.", "Tennant Creek", 2060436),
        ("Flights from Montreal to Kuujjuaq were cancelled on Sunday.", "Kuujjuaq", 5994517),
        ("The ice road between Inuvik and the coast reopened in March.", "Inuvik", 5983607),
        // Villages the gazetteer used to lack, named by the cues that report unknown names without an id.
        ("Residents of Vardakert and Berdavan blocked the highway.", "Berdavan", 616801),
        ("The charges centred on a clash on an estate near Itakyry, in the department of Canindeyú.", "Itakyry", 3437920),
    ])
    func villagesAfterALocativeWordArePlaces(text: String, name: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place(name, in: text))
        #expect(mention.place.geonameId == geonameId, "\(mention.place.name), \(mention.place.country)")
    }

    /// After "between" a village's name that the recognisers took for an actor is a person's surname.
    @Test(arguments: [
        "Emails between Rosselló and two of his aides were published on Saturday.",
    ])
    func aVillageNameAfterBetweenThatAnActorTookIsNoPlace(text: String) {
        #expect(PlaceFixture.place("Rosselló", in: text) == nil)
    }
}
