import ActorLexicon
import ArticleText
import Syntax
import Testing

@testable import Geo

/// Landmarks, and names inside organisation names.
struct LandmarkTests {
    @Test(arguments: [
        // The place after it in the sentence.
        ("Jobs gave the keynote at Moscone Center in San Francisco, California on Monday.", "Moscone Center",
         5391959, 37.77493, -122.41942),
        ("The winglet struck a hangar at Suvarnabhumi Airport, which serves Bangkok, Thailand.",
         "Suvarnabhumi Airport", 1609350, 13.75398, 100.50144),
        ("Boeing unveiled the 787 at their Everett Factory near Seattle, Washington, in the United States.",
         "Everett Factory", 5809844, 47.60621, -122.33207),
        // The possessive place before it.
        ("The first flight takes off from Singapore's Changi Airport in mid-2006.", "Singapore's Changi Airport",
         1880252, 1.28967, 103.85007),
        // A large place inside its name.
        ("The jet was due to fly to Chiang Mai International Airport.", "Chiang Mai International Airport",
         1153671, 18.79038, 98.98468),
        ("Members of the public stopped him on London Bridge.", "London Bridge", 2643743, 51.50853, -0.12574),
        // A large city's other name inside the name (Frankfurt am Main).
        ("A strike halted flights at Frankfurt Airport on Thursday.", "Frankfurt Airport", 2925533, 50.11552, 8.68417),
        // A direction inside the name; a museum; a name without a head word between a locative word and "in".
        ("The event was held in the Moscone West Convention Center in San Francisco.", "Moscone West Convention Center",
         5391959, 37.77493, -122.41942),
        ("The show, at the Fitzwilliam Museum in Cambridge, opens in June.", "Fitzwilliam Museum", 2653941, 52.2, 0.11667),
        ("Navalny was transferred from the hospital in Omsk to Charité in Berlin by air ambulance.", "Charité",
         2950159, 52.52437, 13.41053),
        // The city named before it in the document.
        ("Mugabe was hospitalized in Singapore for months. He died at Gleneagles Hospital in the morning.",
         "Gleneagles Hospital", 1880252, 1.28967, 103.85007),
        // A port; the dateline's city.
        ("LAGOS, Nigeria — Congestion at Apapa Port has left 4,000 containers waiting.", "Apapa Port", 2332459,
         6.45407, 3.39467),
    ])
    func aLandmarkIsLocatedAtItsCity(text: String, name: String, geonameId: Int, lat: Double, lon: Double) throws {
        let mention = try #require(PlaceFixture.places(text).mentions.first { $0.basis == .landmark })
        #expect(mention.text == name)
        #expect(mention.place.geonameId == geonameId)
        #expect(abs(mention.place.lat - lat) < 0.001 && abs(mention.place.lon - lon) < 0.001)
        #expect(mention.isLocative)
    }

    @Test func aLandmarkNamedAgainKeepsItsCityAndHidesTheNamesInside() {
        let places = PlaceFixture.places(
            "Khan stabbed people at Fishmongers' Hall in London. Police received a call about the attack at Fishmongers' Hall.")
        let halls = places.mentions.filter { $0.text == "Fishmongers' Hall" }
        #expect(halls.count == 2)
        #expect(halls.allSatisfy { $0.place.geonameId == 2643743 && $0.basis == .landmark })
        // Nor is "Hall" the town of Schwäbisch Hall.
        #expect(!places.mentions.contains { $0.text == "Hall" })
    }

    @Test func heightsAreAPlaceWithoutALocativeWord() {
        let places = PlaceFixture.places(
            "Erdogan spoke in Istanbul. He attacked the proclamation of Golan Heights as Israeli territory.")
        #expect(places.mentions.map(\.text) == ["Istanbul", "Golan Heights"])
    }

    /// A person the recognisers saw in a landmark's or a place's name is no actor.
    @Test func personsThatArePlacesAreNoActors() {
        let text = "Boeing unveiled the 787 at their Everett Factory near Seattle. Fighting continued around El Fasher."
        let document = Document(id: "t", text: text, published: CalendarDate(iso: "2026-02-20"))
        let segmented = TextSegmenter().segment(document)
        let entities = SyntaxAnalyzer.bundled?.analyze(segmented).entityMentions(in: segmented.text) ?? []
        let actors = PlaceFixture.actors.recognize(segmented, entities: entities)
        let places = PlaceFixture.recognizer.recognize(segmented, entities: entities, actors: actors)
        #expect(places.mentions.map(\.text) == ["Everett Factory", "Seattle", "El Fasher"])
        let kept = places.removingPlaceNames(from: actors).actors.map(\.name)
        #expect(!kept.contains("Everett Factory") && !kept.contains("El Fasher"))
    }

    @Test(arguments: [
        "He is a management expert at the Pew Research Center.",  // an organisation word
        "Data came from the Center for Strategic Studies in Washington.",  // "Center for …"
        "The ruling was sent to President Park on Monday.",  // a title
        "The Hall was sold in 1990.",  // one word
        "The award went to Sarah Hall on Monday.",  // a person
    ])
    func organisationsTitlesAndSingleWordsAreNoLandmarks(text: String) {
        #expect(!PlaceFixture.places(text).mentions.contains { $0.basis == .landmark })
    }

    @Test(arguments: [
        ("Lewis Teperman, a doctor at New York University, said it was common.", "New York"),
        ("He took part in a London Stock Exchange bomb plan.", "London"),
        ("The 16GB version is priced at US $199.", "US"),
    ])
    func aNameOpeningAnOrganisationOrAnAmountIsNoPlace(text: String, name: String) {
        #expect(PlaceFixture.place(name, in: text) == nil)
    }
}
