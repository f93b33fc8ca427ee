import Testing

@testable import Geo

/// First-level divisions named like cities: the text's division noun, a governor, an apposition or a list of
/// divisions chooses the division; elsewhere the city keeps its name.
struct DivisionTests {
    @Test(arguments: [
        // A division noun after the name, also after a coordinated name.
        ("Floods displaced thousands in Quang Ngai province on Tuesday.", "Quang Ngai", 13494352),
        ("Russian drones struck targets across the Kharkiv and Zaporizhzhia regions.", "Kharkiv", 706482),
        ("Russian drones struck targets across the Kharkiv and Zaporizhzhia regions.", "Zaporizhzhia", 687699),
        ("Fighting continued near Pokrovsk in the Donetsk region.", "Donetsk", 709716),
        // A division noun or "governor" before its "of".
        ("The emirate of Sharjah closed its schools on Monday.", "Sharjah", 292673),
        ("Ships waited off the emirate of Ras al-Khaimah.", "Ras al-Khaimah", 291075),
        ("Troops were sent to the Mexican state of Veracruz.", "Veracruz", 3514780),
        ("The governor of Lagos ordered the port closed.", "Lagos", 2332453),
        // Not the capital the lexicon reads as the United States.
        ("Crews were sent to the state of Washington.", "Washington", 5815135),
        // An apposition headed by a division noun makes the name a place without a locative word.
        ("Residents of Akkar, the poorest governorate, rely on generators.", "Akkar", 6201370),
        // A list with a name that is only a division: the Colombian department, not the Antioquia town; the
        // state, not Oklahoma City.
        ("Heavy rain in Huila and Caldas damaged the crop.", "Caldas", 3687951),
        ("The firm has depots in Texas, Oklahoma and Arkansas.", "Oklahoma", 4544379),
        // A town that has the division's name only as an alternate does not take it (Santa Fe de Antioquia).
        ("Coffee shipments from Antioquia rose in March.", "Antioquia", 3689815),
        // Without such words the city keeps the name.
        ("Talks were held in Kharkiv on Monday.", "Kharkiv", 706483),
        ("Officials in Kisumu and Kakamega opened shelters.", "Kakamega", 195272),
    ])
    func theTextChoosesTheDivisionOrTheCity(text: String, name: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place(name, in: text))
        #expect(mention.place.geonameId == geonameId, "\(mention.place.name), \(mention.place.precision)")
    }

    /// A territory is not a first-level division: "the French territory of Martinique" keeps the territory's own
    /// entry (GeoNames 3570311), not the French region of the same name.
    @Test func aTerritoryKeepsItsOwnEntry() throws {
        let mention = try #require(PlaceFixture.place("Martinique", in: "He was born in the French territory of Martinique."))
        #expect(mention.place.geonameId == 3570311)
    }

    /// "exports to" and "exports from" name a destination and an origin, not a party.
    @Test func exportsGoToAndComeFromPlaces() throws {
        let mention = try #require(PlaceFixture.place("United States", in: "The company exports to the United States from Pune."))
        #expect(mention.place.geonameId == 6252001)
    }
}
