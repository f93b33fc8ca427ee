import ActorLexicon
import ArticleText
import Syntax

/// Finds the places a document names and resolves each to a GeoNames entry.
///
/// Candidates are the recogniser's LOC spans, runs of capitalised words the gazetteer knows (in a place-like
/// position: after a locative preposition, before ", Country/State", after "capital", or a place of at least
/// 200,000 people inside a sentence), country names in locative phrases ("in Syria") and the dateline's place.
/// Words an actor mention covers are not places ("Moscow said" stays the actor RUS; "President Lincoln"
/// is a person) unless a locative preposition governs them. Each candidate is resolved by `PlaceResolver` with the
/// article's countries and divisions (its actors' and its places', jointly: a second pass weighs each reading by the
/// places as the first pass resolved them), the dateline's country, a qualifier after a comma ("Springfield,
/// Illinois") and capital appositions ("the Libyan capital Tripoli"); then the mentions of one name are made to
/// agree, except where the text marks another reading.
public struct PlaceRecognizer: Sendable {
    /// Resolves names to places.
    public var resolver: PlaceResolver

    /// Creates a recogniser over `gazetteer` (the bundled one by default).
    public init(gazetteer: Gazetteer = .bundled()) { self.resolver = PlaceResolver(gazetteer: gazetteer) }

    var gazetteer: Gazetteer { resolver.gazetteer }

    /// Prepositions that put a place where something happens, and verbs of going there ("visited Kabul",
    /// "pilgrims reached Santiago de Compostela").
    static let locatives: Set<String> = [
        "in", "at", "near", "outside", "inside", "across", "throughout", "around", "from", "to", "into", "toward",
        "towards", "via", "within", "through", "visited", "visit", "visiting", "on", "part", "parts", "off",
        "reached", "reach", "reaches", "reaching",
    ]
    /// The subset that makes a country name a place as well as an actor ("in Syria", "from Myanmar", "to
    /// France", "the southern part of Iraq").
    static let countryLocatives: Set<String> = [
        "in", "at", "near", "inside", "outside", "across", "throughout", "within", "from", "to", "into", "toward",
        "towards", "via", "through", "part", "parts",
    ]
    /// Prepositions that make a name a party, not a place: "ties with Seoul", "talks between Pyongyang and
    /// Washington", "sanctions against Iran".
    static let relationPrepositions: Set<String> = ["with", "between", "against", "versus", "vs"]
    /// The people of the smallest town (GeoNames' `cities5000`); the gazetteer's villages below it (at least 2,500
    /// people) are named by fewer cues.
    static let minimumTownPopulation = 5_000
    /// Nouns whose "to X" or "from X" names a party, not a destination or origin: "ambassador to Greece", "a
    /// provocation to the DPRK", "independence from the United Kingdom", "a right to Turkey".
    static let relationNouns: Set<String> = [
        "ambassador", "ambassadors", "envoy", "envoys", "emissary", "consul", "representative", "representatives",
        "delegate", "delegates", "delegation", "provocation", "threat", "threats", "aid", "letter",
        "message", "apology", "ultimatum", "allegiance", "loyalty", "independence", "secession", "separation",
        "medal", "medals", "silver", "bronze", "prize", "award", "trophy", "right", "rights",
    ]
    /// Relation nouns for people and goods that a verb can move somewhere (`sendingVerbs`, `withdrawingVerbs`):
    /// "sent an envoy to Bishkek" names a destination, "an envoy to Bishkek" a party.
    static let movableRelationNouns: Set<String> = [
        "ambassador", "ambassadors", "envoy", "envoys", "emissary", "consul", "representative", "representatives",
        "delegate", "delegates", "delegation", "aid",
    ]
    /// Verbs whose object goes to the place of its "to X": "sent an envoy to Bishkek", "dispatched aid to Gaza".
    static let sendingVerbs: Set<String> = [
        "send", "sends", "sent", "sending", "dispatch", "dispatches", "dispatched", "dispatching",
    ]
    /// Verbs whose object leaves the place of its "from X": "withdrew their ambassadors from Asunción", "recalled its
    /// envoy from Caracas".
    static let withdrawingVerbs: Set<String> = [
        "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "recall", "recalls", "recalled", "recalling",
        "pull", "pulls", "pulled", "pulling", "evacuate", "evacuates", "evacuated", "evacuating",
    ]
    /// Words that start a phrase after a name rather than continue it ("the northern Philippines on Monday").
    static let phraseStarts: Set<String> = [
        "on", "in", "at", "to", "for", "from", "with", "by", "of", "and", "or", "since", "after", "before", "during",
        "until", "last", "this", "next", "early", "late",
    ]
    /// Verbs between such a noun and its "to": "the silver medal going to Poland".
    static let goingWords: Set<String> = ["going", "goes", "went", "gone", "go"]
    /// Capitalised words after a place name that make it part of a body of water's or a range's name ("South China
    /// Sea", "Jordan River"): the country or town of that name is not meant.
    static let featureWords: Set<String> = [
        "sea", "ocean", "river", "strait", "straits", "gulf", "bay", "lake", "mountains", "desert", "peninsula",
        "canal", "channel",
    ]
    /// Capitalised titles whose "of X" is part of the title, not a place ("First Minister of Scotland",
    /// "Archbishop of Gdańsk"); a mayor's or governor's "of X" stays a place.
    static let titles: Set<String> = [
        "minister", "president", "king", "queen", "prince", "princess", "duke", "duchess", "archbishop", "bishop",
        "emperor", "empress", "sultan", "emir", "chancellor", "secretary", "ambassador", "premier", "patriarch",
    ]
    /// Offices of a state or province that follow its name: "Washington senator", "Alabama Governor", "a group
    /// of Washington politicians" name the division, not the capital of that name nor the country's government.
    static let divisionOffices: Set<String> = [
        "senator", "senators", "representative", "representatives", "congressman", "congresswoman", "congressmen",
        "congresswomen", "governor", "lawmaker", "lawmakers", "legislator", "legislators", "legislature",
        "politicians", "delegation", "premier",
    ]
    /// Offices and bodies of a town that follow its possessive and make it the town: "Kharkiv's mayor", "the
    /// town's city council".
    static let cityOffices: Set<String> = ["mayor", "mayors", "mayoral", "municipality", "aldermen", "councillors"]
    /// Routes and journeys whose "between" joins places, not parties: "trains between Vientiane and Luang Prabang".
    static let routeNouns: Set<String> = [
        "road", "roads", "highway", "highways", "motorway", "railway", "railways", "railroad", "rail", "line", "route",
        "routes", "train", "trains", "flight", "flights", "bus", "buses", "ferry", "ferries", "corridor", "traffic",
        "journey", "drive", "trip", "border", "frontier",
    ]
    /// Month and weekday names: a single such word is a date, not the town of August or Sunday.
    static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    /// Relations of an entity's head word that make a capital an actor, not a place ("Moscow said").
    static let agentRelations: Set<String> = ["nsubj", "nsubj:pass", "obl:agent", "csubj", "nmod:poss"]
    /// Relations of a name that make it act, outside a locative phrase: a club or a personified city ("Sevilla drew",
    /// "Valencia's coach"), not a town that was shelled ("Vovchansk was hit").
    static let actingRelations: Set<String> = ["nsubj", "obl:agent", "csubj", "nmod:poss"]
    static let directions: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
        "northwestern", "southeastern", "southwestern", "downtown", "suburban", "rural", "the", "capital", "city",
        "town", "village", "of", "nearby", "neighbouring", "neighboring",
    ]
    /// Continents, oceans and regions: a recogniser LOC span or gazetteer match with such a name is not a
    /// populated place ("Asia" is not Asia in the Philippines).
    static let regions: Set<String> = [
        "africa", "america", "americas", "antarctica", "arctic", "asia", "atlantic", "balkans", "caribbean",
        "central america", "central asia", "east asia", "eastern europe", "europe", "gulf", "indian ocean",
        "latin america", "mediterranean", "middle east", "north africa", "north america", "oceania", "pacific",
        "scandinavia", "south america", "south asia", "southeast asia", "sub saharan africa", "west africa",
        "western europe", "east africa", "persian gulf", "west bank", "gaza strip", "sahel", "south china sea",
    ]
    /// Lower-case words allowed inside a multi-word name ("Rio de Janeiro", "Stratford-upon-Avon").
    static let connectors: Set<String> = ["de", "del", "da", "do", "dos", "la", "le", "el", "al", "of", "upon", "on", "sur", "am", "an", "y"]

    /// The places of `document`.
    /// - Parameters:
    ///   - entities: the named-entity recogniser's mentions (its LOC spans are candidates; PER and ORG block).
    ///   - actors: the document's actors (their countries are the context; their mentions block, see above).
    /// - Complexity: O(n) gazetteer probes in the number of tokens (at most four per token).
    public func recognize(
        _ document: SegmentedDocument, entities: [EntityMention], actors: ActorAnnotation
    ) -> PlaceAnnotation {
        var reader = PlaceReader(recognizer: self, document: document, entities: entities, actors: actors)
        return reader.read()
    }
}

extension PlaceRecognizer {
    /// A recogniser over the bundled gazetteer, built once (the gazetteer loads on first use).
    public static let shared = PlaceRecognizer()
}
