import ArticleText
import EventOntology
import Geo
import GraphModel

/// The seed graph with two events given places: Kharkiv (a city) and Ukraine (a country).
public enum LocatedFixture {
    public static let kharkiv = Place(
        geonameId: 706483, name: "Kharkiv", country: "UKR", admin1Code: "07", lat: 49.98081, lon: 36.25272,
        population: 1_430_885, precision: .city)
    public static let ukraine = Place(
        geonameId: 690791, name: "Ukraine", country: "UKR", lat: 48.59, lon: 31.89, population: 44_622_516,
        precision: .country)

    public static func location(_ place: Place, at start: Int) -> EventLocation {
        let mention = PlaceMention(
            span: TextSpan(start: start, end: start + place.name.unicodeScalars.count), text: place.name, sentence: 0,
            place: place, basis: .entity, isLocative: true, preposition: "near")
        return EventLocation(mention, basis: .clause)
    }

    /// The seed events, the first located in Kharkiv and the second in Ukraine.
    public static var graph: EventGraph {
        var events = SeedFixture.seedEvents
        events[0].location = location(kharkiv, at: 10)
        events[1].location = location(ukraine, at: 20)
        return EventGraph(actors: SeedFixture.seedActors, events: events, document: SeedFixture.seedRecord)
    }
}
