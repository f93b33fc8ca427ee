import Testing

@testable import Geo

/// A name's reading is weighed by the countries and divisions of the document's other places, as a first pass
/// resolved them, and the mentions of one name agree unless the text marks an exception.
struct JointResolutionTests {
    /// The GeoNames ids of the mentions written exactly `name`, in text order.
    static func ids(of name: String, in text: String) -> [Int] {
        PlaceFixture.places(text).mentions.filter { $0.text == name }.map(\.place.geonameId)
    }

    @Test(arguments: [
        // A qualified Perth in a report whose other places are Scottish: the bare "Perth" is Perth, Scotland.
        ("The forward grew up in Perth, Western Australia, before moving to Scotland. Fans travelled from Perth to "
            + "Inverness by coach, and Kilmarnock visit the Perth club next week.", "Perth", [2640358, 2640358]),
        // The Australian state before and after "Victoria, British Columbia", among Victoria's towns.
        ("Firefighters from Canada landed in Melbourne to fight fires in the Australian state of Victoria. Most came "
            + "from Victoria, British Columbia. Temperatures in Victoria will reach 44C near Geelong and Ballarat.",
         "Victoria", [2145234, 2145234]),
        // With nothing against it, the qualified Kingston settles the bare one.
        ("The college in Kingston, Ontario, will train hotel staff. Students will spend a term in Kingston before "
            + "their placements.", "Kingston", [5992500]),
        // Hyderabad among Indian cities is India's although Karachi's Sindh has one; among Sindh's towns, Sindh's.
        ("The software firm has offices in Mumbai, Pune, Chennai and Bengaluru, and a small team in Karachi. Rival "
            + "firms in Hyderabad have moved staff to Nagpur.", "Hyderabad", [1269843]),
        ("Floods hit Karachi, Sukkur and Larkana in Sindh on Monday. Roads around Hyderabad were closed.", "Hyderabad",
         [1176734]),
        // The dateline's Portland, except where the sentence names Maine.
        ("PORTLAND, Ore. — The company is based in Portland. About 150 jobs will be created in Maine, most of them in "
            + "Portland.", "Portland", [5746545, 4975802]),
        // The bare name keeps its first sense after a qualified namesake.
        ("The show opens in Cambridge in June. Scholars based in Cambridge, Massachusetts, will lecture. Tickets for "
            + "the Cambridge show go on sale on Monday.", "Cambridge", [2653941, 2653941]),
    ])
    func otherPlacesOfTheDocumentChooseTheReading(text: String, name: String, geonameIds: [Int]) {
        #expect(Self.ids(of: name, in: text) == geonameIds)
    }

    /// A country's apposition, a division's office: "Georgia" the country and the US state in one story.
    @Test func anAppositionOrAnOfficeTellsTheCountryFromTheState() {
        let text = "ATLANTA — Winemakers from Georgia, the former Soviet republic, will pour their wines in Atlanta "
            + "and Savannah this week. Georgia Governor Brian Kemp said importers had asked for the event."
        #expect(Self.ids(of: "Georgia", in: text) == [614540, 4197000])
    }

    /// A division's possessive before one of its offices is the division ("Victoria's premier"), a club's is not.
    @Test func aDivisionsOfficeHolderNamesTheDivision() {
        #expect(Self.ids(of: "Victoria", in: "Victoria's premier, Jacinta Allan, thanked the crews.") == [2145234])
        #expect(Self.ids(of: "Valencia", in: "After the match, Valencia's coach praised the volunteers.").isEmpty)
    }

    /// A list the parser hangs on its first name ("Korea" a compound of "Japan") still names two countries.
    @Test func aCountryAtTheEndOfAListIsAPlace() {
        #expect(Self.ids(of: "South Korea", in: "Exports went to buyers in Japan and South Korea.") == [1835841])
    }

    /// The sentence's period is not part of a qualifier written out ("British Columbia."), an abbreviation's is.
    @Test func aQualifierTakesOnlyAnAbbreviationsPeriod() {
        let places = PlaceFixture.places("Most came from Victoria, British Columbia. A judge in Springfield, Ill., ruled.")
        #expect(places.mentions.map(\.text) == ["Victoria, British Columbia", "Springfield, Ill."])
    }
}
