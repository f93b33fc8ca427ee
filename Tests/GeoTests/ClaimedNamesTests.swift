import Testing

@testable import Geo

/// Place names the actor recogniser or the tagger claims first (a demonym, a title, a person, an unknown actor, a
/// state code the gazetteer writes otherwise), names in lists with places, and names the gazetteer knew only under
/// another spelling.
struct ClaimedNamesTests {
    @Test(arguments: [
        // A demonym that opens a longer place name, or names a division as such: the place, not the state.
        ("Ferries were cancelled along the coast of northern British Columbia on Friday.", "British Columbia", 5909050),
        ("Aid convoys reached the Somali region of Ethiopia by road.", "Somali", 444186),
        // A title word that opens the name ("Prince"), a person's name of several words that is a town's other name.
        ("Volunteers from Prince George arrived on Sunday.", "Prince George", 6113365),
        ("The tanker anchored at Khor Fakkan overnight.", "Khor Fakkan", 291696),
        // "the town of X": a settlement noun and "of" place a small town.
        ("Residents of the town of Dawson Creek were told to pack.", "Dawson Creek", 5935804),
        // A division before one of its offices, inside a person's name the tagger read.
        ("Ontario Premier Doug Ford spoke to reporters on Monday.", "Ontario", 6093943),
        // An unknown actor in a list after a place, whatever its size; a city that reports what happened in it.
        ("Truckers from Leposavić and Zvečan said the rules would hurt them.", "Zvečan", 783770),
        ("The river rose in Harbin, while Qiqihar reported mudslides.", "Qiqihar", 2035265),
        // Kosovo is CAMEO's KSV and GeoNames' XKX.
        ("Apples sold to Kosovo fell by a third.", "Kosovo", 831053),
        // "St." inside a name.
        ("She trained as a doctor in St. Louis, Missouri, last year.", "St. Louis", 4407066),
        // An English name of a city of 265,000 people that eight shorter spellings crowded out; "between" before a
        // name no actor took.
        ("Only one bus in three ran between Ghent and Antwerp.", "Ghent", 2797656),
    ])
    func namesClaimedFirstAreStillPlaces(text: String, name: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place(name, in: text))
        #expect(mention.place.geonameId == geonameId, "\(mention.place.name), \(mention.place.country)")
    }

    @Test(arguments: [
        // Names without a place-like position, in a list closed by "and" with a place.
        ("Rail stations in small towns such as Eupen, Tournai and Namur will close.", ["Eupen", "Tournai", "Namur"]),
        ("Yanji, Dunhua and Hunchun were among the worst affected.", ["Yanji", "Dunhua", "Hunchun"]),
        // A list after a locative word whose first name the gazetteer lacks.
        ("Goods were sent through Kuršumlija and Podujevo instead.", ["Podujevo"]),
    ])
    func namesListedWithPlacesArePlaces(text: String, names: [String]) {
        let found = PlaceFixture.places(text).mentions.map(\.text)
        #expect(found == names)
    }

    /// A division the text calls one ("Mary province") does not make a later bare "Mary" the division: that is the
    /// city of the name inside it, also where the tagger ran a person's name over the clause.
    @Test func aBareNameAfterItsDivisionIsTheCity() {
        let text = "The governor of Mary province said 3,000 workers had been hired in Türkmenabat and Mary."
        let ids = PlaceFixture.places(text).mentions.filter { $0.text == "Mary" }.map(\.place.geonameId)
        #expect(ids == [1218666, 1218667])
    }

    /// A country's name before a hyphenated word is a modifier, not a place ("Kosovo-issued number plates"); a
    /// city's stays one ("Chicago-based").
    @Test func aCountryBeforeAHyphenIsNoPlace() {
        let found = PlaceFixture.places("The rules require Kosovo-issued plates for a Chicago-based carrier.").mentions.map(\.text)
        #expect(found == ["Chicago"])
    }
}
