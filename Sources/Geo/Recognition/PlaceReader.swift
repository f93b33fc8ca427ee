import ActorLexicon
import ArticleText
import Syntax

/// A place-name candidate before resolution.
struct PlaceCandidate {
    var sentence: Int
    var span: TextSpan
    var key: String
    var matches: [Gazetteer.Match]
    var basis: PlaceMention.Basis
    var isLocative: Bool
    var preposition: String?
    var context = PlaceContext()
    /// The state actor whose mention the candidate is (a country name in a locative phrase), if any.
    var stateCountry: String?
}

/// One pass of `PlaceRecognizer` over a document.
struct PlaceReader {
    let recognizer: PlaceRecognizer
    let document: SegmentedDocument
    let entitiesBySentence: [Int: [EntityMention]]
    let mentionsBySentence: [Int: [ActorMention]]
    let actorsByID: [ActorID: Actor]
    var candidates: [PlaceCandidate] = []
    /// Gazetteer names seen where nothing says they are places (a sentence's first word, no locative word):
    /// places when the same name is a place elsewhere in the document.
    var unplaced: [PlaceCandidate] = []
    /// Landmarks in a locative position ("at Moscone Center"), and those elsewhere, which are landmarks when the
    /// same name is one elsewhere in the document.
    var landmarks: [LandmarkCandidate] = []
    var unplacedLandmarks: [LandmarkCandidate] = []

    init(recognizer: PlaceRecognizer, document: SegmentedDocument, entities: [EntityMention], actors: ActorAnnotation) {
        self.recognizer = recognizer
        self.document = document
        self.entitiesBySentence = Dictionary(grouping: entities, by: \.sentence)
        self.mentionsBySentence = Dictionary(grouping: actors.mentions, by: \.sentence)
        var byID: [ActorID: Actor] = [:]
        for actor in actors.actors where byID[actor.id] == nil { byID[actor.id] = actor }
        self.actorsByID = byID
    }

    var gazetteer: Gazetteer { recognizer.gazetteer }

    mutating func read() -> PlaceAnnotation {
        let dateline = datelineCandidate()
        for sentence in document.sentences where !sentence.isHeading {
            guard !document.boilerplate.contains(where: { $0.contains(sentence.span) }) else { continue }
            let tokens = document.tokens(ofSentence: sentence.index).filter { token in
                !(document.dateline?.contains(token.span) ?? false)
            }
            read(sentence: sentence.index, tokens: Array(tokens))
        }
        // A name placed elsewhere in the document is a place here too, when it is the place's own name (not an
        // alternate such as "Hall" for Schwäbisch Hall).
        let placedKeys = Set(candidates.map(\.key))
        candidates += unplaced.filter { placedKeys.contains($0.key) && $0.matches.contains { !$0.isAlternate } }
        candidates.sort { $0.span.start < $1.span.start }
        // The article's countries: actors' countries, and places whose every reading lies in one country.
        var counts: [String: Int] = [:]
        var countsByKey: [String: [String: Int]] = [:]
        for mentions in mentionsBySentence.values {
            // Inferred groups ("police" in a story about a place) take their country from the places themselves.
            for mention in mentions where mention.isInferred != true {
                guard let country = actorsByID[mention.actor]?.country, country.count == 3 else { continue }
                counts[country, default: 0] += 1
                countsByKey[PlaceName.key(mention.text), default: [:]][country, default: 0] += 1
            }
        }
        for candidate in candidates + (dateline.map { [$0] } ?? []) {
            if let country = Self.soleCountry(candidate.matches) {
                counts[country, default: 0] += 1
                countsByKey[candidate.key, default: [:]][country, default: 0] += 1
            }
        }
        func context(excluding key: String) -> [String: Int] {
            var result = counts
            for (country, n) in countsByKey[key] ?? [:] { result[country, default: 0] -= n }
            return result
        }
        var mentions: [PlaceMention] = []
        var datelineCountry: String?
        if var dateline {
            dateline.context.articleCountries = context(excluding: dateline.key)
            if let mention = resolve(dateline) {
                mentions.append(mention)
                datelineCountry = mention.place.country
            }
        }
        var resolved: [PlaceMention] = []
        var decided: [String: Place] = [:]  // names a qualifier or "capital" settled
        for var candidate in candidates {
            candidate.context.articleCountries = context(excluding: candidate.key)
            candidate.context.datelineCountry = datelineCountry
            guard let mention = resolve(candidate) else { continue }
            let context = candidate.context
            if !context.qualifiers.isEmpty || context.capitalOf != nil || context.saysCapital {
                decided[candidate.key] = decided[candidate.key] ?? mention.place
            }
            resolved.append(mention)
        }
        // One sense per document: a name a qualifier or "capital" settled means the same place everywhere in it
        // ("Springfield, Illinois … Springfield police"; "the capital, San Juan … the San Juan streets").
        for (index, candidate) in zip(resolved.indices, candidates.filter { resolve($0) != nil }) {
            if let place = decided[candidate.key], resolved[index].place.geonameId != place.geonameId,
               candidate.matches.contains(where: { $0.place.geonameId == place.geonameId })
            {
                resolved[index].place = place
            }
        }
        let landmarkKeys = Set(landmarks.map(\.key))
        let allLandmarks = (landmarks + unplacedLandmarks.filter { landmarkKeys.contains($0.key) })
            .sorted { $0.span.start < $1.span.start }
        let located = locate(allLandmarks, among: resolved, dateline: mentions.first) { part in
            var part = part
            part.context.articleCountries = context(excluding: part.key)
            part.context.datelineCountry = datelineCountry
            return resolve(part)
        }
        // A landmark found through another occurrence replaces the names read inside it ("London" of "London Bridge").
        resolved.removeAll { mention in located.contains { $0.span.overlaps(mention.span) } }
        resolved += located
        mentions += resolved.sorted { $0.start < $1.start }
        return PlaceAnnotation(mentions: mentions)
    }

    func resolve(_ candidate: PlaceCandidate) -> PlaceMention? {
        guard let best = recognizer.resolver.best(candidate.matches, context: candidate.context) else { return nil }
        var basis = candidate.basis
        // A country's name in a locative phrase stays its state actor, a city-state's too ("in Singapore").
        let country = best.place.precision == .country || candidate.matches.contains { match in
            match.place.precision == .country
                && PlaceResolver.cityState(match.place, in: candidate.matches)?.geonameId == best.place.geonameId
        }
        if candidate.stateCountry != nil, country, basis != .capital { basis = .country }
        return PlaceMention(
            span: candidate.span, text: document.text[candidate.span], sentence: candidate.sentence,
            place: best.place, basis: basis, isLocative: candidate.isLocative,
            preposition: candidate.preposition)
    }

    static func soleCountry(_ matches: [Gazetteer.Match]) -> String? {
        guard let first = matches.first?.place.country else { return nil }
        return matches.allSatisfy({ $0.place.country == first }) ? first : nil
    }
}
