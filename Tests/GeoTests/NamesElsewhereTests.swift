import Testing

@testable import Geo

/// Names that are a place elsewhere but something else here, or that several places share: an alternate name that a
/// smaller place beside the city has as its own ("Victoria" of Hong Kong), a county name that many states share
/// ("Washington County"), a city's possessive before its office ("Dushanbe's mayor"), multi-word names joined by
/// lower-case particles ("Santiago de Compostela") and second-level divisions named with a lower-case type noun
/// ("Kendrapara district").
struct NamesElsewhereTests {
    let gazetteer = Gazetteer.bundled()

    /// Hong Kong has "Victoria" among its alternates, and Victoria City on Hong Kong island has it as its own name:
    /// the alternate is that place's, so Hong Kong's seven million people no longer outweigh the Australian state.
    @Test func anAlternateThatANearbyPlaceOwnsIsThatPlaces() throws {
        let matches = gazetteer.matches("Victoria")
        let hongKong = try #require(matches.first { $0.place.geonameId == 1819729 })
        #expect(hongKong.isAlternate)
        #expect(PlaceResolver.isShadowedAlternate(hongKong, in: matches))
        let state = try #require(matches.first { $0.place.geonameId == 2145234 })
        #expect(!PlaceResolver.isShadowedAlternate(state, in: matches))
        #expect(PlaceResolver(gazetteer: gazetteer).resolve("Victoria")?.geonameId == 2145234)
    }

    @Test(arguments: [
        // No country or state cue: the Australian state, not Hong Kong (an alternate of its own city).
        ("Heavy rain fell in Victoria on Monday.", 2145234),
        ("Premier Daniel Andrews said schools in Victoria would reopen on Monday.", 2145234),
        // The story's countries decide.
        ("Canadian police said a man was arrested in Victoria after a stabbing.", 6174041),
        ("Bushfires in Victoria destroyed 40 homes, Australian officials said.", 2145234),
        ("Justin Trudeau flew to Victoria on Monday.", 6174041),
    ])
    func victoriaIsTheStorysVictoria(text: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place("Victoria", in: text))
        #expect(mention.place.geonameId == geonameId, "\(mention.place.name), \(mention.place.country)")
    }

    /// Thirteen Washington Counties, Oregon's a quarter of their people: without a state or country cue the name is
    /// left unresolved (cue `ambiguous`, with a `place.ambiguous` finding), never silently Oregon's.
    @Test func aSharedCountyNameWithoutCuesIsLeftUnresolved() throws {
        let annotation = PlaceFixture.places("Roads in Washington County were closed after the storm, officials said.")
        #expect(!annotation.mentions.contains { $0.text.hasPrefix("Washington") })
        let unresolved = try #require(annotation.unresolved.first { $0.text == "Washington County" })
        #expect(unresolved.cue == .ambiguous)
        let findings = annotation.findings(document: "t")
        #expect(findings.map(\.code) == ["place.ambiguous"])
        #expect(findings.first?.start == unresolved.start)
    }

    @Test(arguments: [
        // A state named in the text, as a place or an office.
        ("Pittsburgh was flooded on Monday. Roads in Washington County were closed, Pennsylvania officials said.",
         5218076),
        ("Flooding closed roads in Washington County, Pennsylvania, and the governor in Harrisburg declared an emergency.",
         5218076),
        // A qualified mention settles the bare one after it.
        ("Schools in Washington County, Minnesota, closed on Monday. Washington County officials said buses would run on Tuesday.",
         5051936),
    ])
    func aSharedCountyNameTakesTheStorysState(text: String, geonameId: Int) throws {
        let mentions = PlaceFixture.places(text).mentions.filter { $0.text.hasPrefix("Washington County") }
        #expect(!mentions.isEmpty)
        for mention in mentions {
            #expect(mention.place.geonameId == geonameId, "\(mention.place.name), \(mention.place.admin1Name)")
        }
    }

    @Test func theRuleOfTheMostPopulousReading() throws {
        // Readings in several divisions without a cue: ambiguous unless the largest holds half of the people.
        let matches = gazetteer.matches("Washington County")
        var candidate = PlaceCandidate(
            sentence: 0, span: .init(start: 0, end: 17), key: "washington county", matches: matches, basis: .gazetteer,
            isLocative: true)
        #expect(PlaceReader.isAmbiguousDivision(candidate))
        // Only Oregon's and Vermont's: Oregon's holds almost all of their people.
        candidate.matches = matches.filter { [5759333, 5242529].contains($0.place.geonameId) }
        #expect(!PlaceReader.isAmbiguousDivision(candidate))
        // A division the article names chooses.
        candidate.matches = matches
        candidate.context.articleDivisions = ["USA.VT": 1]
        #expect(!PlaceReader.isAmbiguousDivision(candidate))
    }

    @Test(arguments: [
        // A capital the lexicon reads as its state, before its mayor: the city.
        ("Dushanbe's mayor ordered the streets cleared after the earthquake in Tajikistan.", "Dushanbe", 1221874),
        ("Kharkiv's mayor said the city had no power.", "Kharkiv", 706483),
    ])
    func aCitysPossessiveBeforeItsOfficeIsTheCity(text: String, name: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place(name, in: text))
        #expect(mention.text == name)
        #expect(mention.place.geonameId == geonameId, "\(mention.place.name), \(mention.place.country)")
    }

    @Test(arguments: [
        ("Pilgrims reached Santiago de Compostela on Friday after walking from Portugal.", 3109642),
        ("Pilgrims arrived in Santiago de Compostela on Friday.", 3109642),
    ])
    func aNameWithLowerCaseParticlesIsOnePlace(text: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place("Santiago", in: text))
        #expect(mention.text == "Santiago de Compostela")
        #expect(mention.place.geonameId == geonameId, "\(mention.place.name), \(mention.place.country)")
    }

    @Test(arguments: [
        ("A cyclone lashed Kendrapara district in Odisha on Thursday.", "Kendrapara", 7644926),
        ("Heavy rain hit Kendrapara district on Thursday.", "Kendrapara", 7644926),
        ("The storm lashed Kendrapara and Jagatsinghpur districts, India's weather office said.", "Kendrapara", 7644926),
    ])
    func aDistrictNamedByItsTypeNounIsTheDivision(text: String, name: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place(name, in: text))
        #expect(mention.place.geonameId == geonameId, "\(mention.place.name), \(mention.place.country)")
        #expect(mention.place.precision == .admin2)
    }

    /// The town keeps its name where no type noun follows ("in Kendrapara town").
    @Test func theTownWithoutATypeNounStaysTheTown() throws {
        let mention = try #require(PlaceFixture.place("Kendrapara", in: "Shops in Kendrapara reopened on Friday."))
        #expect(mention.place.precision == .city)
    }

    /// Online shops and products are no places.
    @Test(arguments: [
        "Apple removed the app from the App Store in China.",
        "Developers sell their games on the App Store.",
    ])
    func anOnlineShopIsNoPlace(text: String) {
        let annotation = PlaceFixture.places(text)
        #expect(!annotation.unresolved.contains { $0.text.contains("Store") })
        #expect(!annotation.mentions.contains { $0.text.contains("Store") })
    }
}
