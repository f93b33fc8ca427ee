import Testing

@testable import Geo

/// A city and a first-level division of the same name (Oaxaca, Veracruz, Johor, Belgorod): the text's cue decides —
/// "the state of", "governor of", "X state", "X region" the division; "the city of", "the port of" and a bare
/// name the city. Russia's oblasts, written by GeoNames as adjectives of their centre ("Belgorodskaya oblast'"),
/// answer to the centre's name.
struct CityOrDivisionCueTests {
    @Test(arguments: [
        ("The governor of Oaxaca declared an emergency on Monday.", "Oaxaca", 3522509),
        ("Floods in the city of Oaxaca cut power to 20,000 homes.", "Oaxaca", 3522507),
        ("In Veracruz state, rivers burst their banks.", "Veracruz", 3514780),
        ("Ships waited outside the port of Veracruz.", "Veracruz", 3514783),
        ("Johor state officials closed schools in the south.", "Johor", 1733049),
        ("The governor of Belgorod said shelling hit a village.", "Belgorod", 578071),
        ("Drones struck an oil depot in the Belgorod region overnight.", "Belgorod", 578071),
        ("Shelling hit the city of Belgorod on Sunday.", "Belgorod", 578072),
        ("Power was cut in Belgorod after the attack.", "Belgorod", 578072),
        ("The governor of Kursk ordered an evacuation.", "Kursk", 538555),
    ])
    func theCueChoosesCityOrDivision(text: String, name: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place(name, in: text))
        #expect(mention.place.geonameId == geonameId, "\(mention.place.name), \(mention.place.precision)")
    }

    /// A town's office after its possessive makes the possessive the town; a club's coach does not ("Valencia's
    /// coach").
    @Test(arguments: [
        ("Officials said Kharkiv's mayor had ordered shelters opened.", "Kharkiv", 706483),
    ])
    func aTownsOfficeMakesItsPossessiveAPlace(text: String, name: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place(name, in: text))
        #expect(mention.place.geonameId == geonameId, "\(mention.place.name), \(mention.place.precision)")
    }

    @Test func aClubsCoachIsNoPlace() {
        #expect(PlaceFixture.place("Valencia", in: "Valencia's coach was sacked on Monday.") == nil)
    }

    /// "reached" is a verb of going there, like "visited": the name after it is a place, with its particles.
    @Test(arguments: [
        ("By Sunday the buses had reached Ciudad del Este.", "Ciudad del Este", 3439101),
        ("The convoy reached Kherson before dawn.", "Kherson", 706448),
    ])
    func aPlaceReachedIsAPlace(text: String, name: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place(name, in: text))
        #expect(mention.place.geonameId == geonameId, "\(mention.place.name)")
        #expect(mention.text == name)
    }
}
