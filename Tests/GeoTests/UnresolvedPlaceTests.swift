import ActorLexicon
import ArticleText
import Syntax
import Testing

@testable import Geo

/// Place names the gazetteer lacks: reported without an id, never in place of a resolved place.
struct UnresolvedPlaceTests {
    @Test(arguments: [
        // A settlement or division noun and "of" before the name (a date after it is not part of it).
        ("Two farmers were wounded near the village of Upper Brankovo on Friday.", "Upper Brankovo",
         UnresolvedPlaceMention.Cue.settlement),
        ("Police set up roadblocks in the district of Kelvindale overnight.", "Kelvindale", .settlement),
        ("Ferries to the island of Merovar were cancelled.", "Merovar", .settlement),
        // A LOC span of the recogniser after a locative word.
        ("Gunmen landed by boat at Kampung Selamat, a village near the coast.", "Kampung Selamat", .entity),
        ("The clash happened on an estate near Marangatu, in the department of Canindeyú.", "Marangatu", .entity),
        // A capitalised name no recogniser tagged, right after "in" or "near" and ending its phrase.
        ("The charges centred on a clash on an estate near Tacuarita, in the department of Canindeyú.", "Tacuarita",
         .untagged),
        // An airport, a bridge or a square nothing locates, with or without a locative word.
        ("Foreign troops will leave Zarvantsk airport by August.", "Zarvantsk airport", .landmark),
        ("Lorries were crossing the Unity Bridge as normal on Tuesday.", "Unity Bridge", .landmark),
        // Names after a place's people and "of", also the second of two; a part of a place and "of".
        ("Residents of Vardakert and Noraberd blocked the highway.", "Vardakert", .settlement),
        ("Residents of Vardakert and Noraberd blocked the highway.", "Noraberd", .settlement),
        ("Shells fell on the outskirts of Tsaghkunk overnight.", "Tsaghkunk", .settlement),
        // An apposition headed by a settlement noun.
        ("Baku will discuss Tsaghkavan, an Armenian exclave its forces seized, later.", "Tsaghkavan", .apposition),
        ("Traders in Jar-Kyshtak, a border town north of the city, said stalls were looted.", "Jar-Kyshtak", .apposition),
        // A hotel, never located by the places around it.
        ("The president has been holed up at the Lagoon Hotel in Marcory for weeks.", "Lagoon Hotel", .landmark),
        // "on" in an apposition that locates a place just named (an island).
        ("In the Loyalty Islands, shops in Wé, on Tiga, reopened this week.", "Tiga", .untagged),
    ])
    func aNameTheGazetteerLacksIsAPlaceWithoutAnID(text: String, name: String, cue: UnresolvedPlaceMention.Cue) throws {
        let places = PlaceFixture.places(text)
        let mention = try #require(places.unresolved.first { $0.text == name })
        #expect(mention.cue == cue)
        #expect(text.unicodeScalars.map(String.init)[mention.start..<mention.end].joined() == name)
        #expect(!places.mentions.contains { $0.span.overlaps(mention.span) })
    }

    @Test(arguments: [
        // Regions, bodies of water and ranges are no place mentions.
        "Tankers crossed the Strait of Hormuz under escort.",
        "Storms moved along the East Coast on Monday.",
        // Acronyms and months alone are no place names, nor institutions, languages or regions the gazetteer lacks.
        "The NATO summit opened in July.",
        "The vote was held in Parliament on Tuesday.",
        "He wrote the book in English.",
        "Prices rose in Siberia last winter.",
        // "on" after a place and a comma names no place when a date or a platform follows.
        "Police in Nouméa, on Sunday, arrested 12 people.",
        "The minister spoke in Paris, on Instagram and on television.",
        // A name before an apposition that is not headed by a settlement noun, or whose noun is a modifier.
        "Officials met Aram Grigorian, a town councillor, on Monday.",
    ])
    func regionsWaterAndAcronymsAreNoUnresolvedPlaces(text: String) {
        #expect(PlaceFixture.places(text).unresolved.isEmpty)
    }

    @Test func aResolvedPlaceIsNeverAlsoUnresolvedAndKeepsItsEntry() throws {
        let text = "Residents fled the village of Upper Brankovo to Tbilisi, Georgia, on Sunday."
        let places = PlaceFixture.places(text)
        let tbilisi = try #require(places.mentions.first { $0.text.hasPrefix("Tbilisi") })
        #expect(tbilisi.place.geonameId == 611717)
        #expect(places.unresolved.map(\.text) == ["Upper Brankovo"])
        #expect(places.unresolved.allSatisfy { unresolved in !places.mentions.contains { $0.span.overlaps(unresolved.span) } })
    }

    @Test func actorsAreNoUnresolvedPlaces() {
        // "the United Nations" and a person are actors, not places the gazetteer lacks.
        let places = PlaceFixture.places("Hans Grundlich met officials of the United Nations in the town of Ostravia.")
        #expect(places.unresolved.map(\.text) == ["Ostravia"])
    }

    @Test func theSameTextGivesTheSameUnresolvedPlaces() {
        let text = "Ferries to the island of Merovar were cancelled. Foreign troops will leave Zarvantsk airport by August."
        #expect(PlaceFixture.places(text) == PlaceFixture.places(text))
    }

    @Test func scoringCountsAnUnresolvedMentionAsFound() {
        let text = "Clashes erupted near the village of Kirants."
        let start = text.unicodeScalars.count - "Kirants.".unicodeScalars.count
        let gold = GoldPlaceDocument(
            id: "d", published: nil, text: text,
            places: [GoldPlace(start: start, end: start + 7, text: "Kirants", geonameId: nil)], url: nil)
        let unresolved = UnresolvedPlaceMention(
            span: TextSpan(start: start, end: start + 7), text: "Kirants", sentence: 0, cue: .settlement, isLocative: true,
            preposition: "near")
        let report = PlaceScorer().score([gold], annotations: { _ in PlaceAnnotation(mentions: [], unresolved: [unresolved]) })
        #expect(report.found == 1 && report.correctSystemMentions == 1 && report.systemMentions == 1)
        #expect(report.foundInGazetteer == 0 && report.errors.isEmpty)
    }
}
