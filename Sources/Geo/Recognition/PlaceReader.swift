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

/// How often the article names each country or division, and under which names: a name's own count is left out
/// when that name is resolved.
struct ArticleCounts {
    var counts: [String: Int] = [:]
    var countsByKey: [String: [String: Int]] = [:]

    mutating func add(_ item: String, key: String) {
        counts[item, default: 0] += 1
        countsByKey[key, default: [:]][item, default: 0] += 1
    }

    func excluding(_ key: String) -> [String: Int] {
        var result = counts
        for (item, n) in countsByKey[key] ?? [:] { result[item, default: 0] -= n }
        return result
    }
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
        var countries = ArticleCounts()
        for mentions in mentionsBySentence.values {
            // Inferred groups ("police" in a story about a place) take their country from the places themselves.
            for mention in mentions where mention.isInferred != true {
                guard let country = actorsByID[mention.actor]?.country, country.count == 3 else { continue }
                countries.add(country, key: PlaceName.key(mention.text))
            }
        }
        // The article's divisions: divisions and places whose every reading lies in one division.
        var divisions = ArticleCounts()
        for candidate in candidates + (dateline.map { [$0] } ?? []) {
            if let country = Self.soleCountry(candidate.matches) { countries.add(country, key: candidate.key) }
            if let division = Self.soleDivision(candidate.matches) { divisions.add(division, key: candidate.key) }
        }
        func context(excluding key: String) -> [String: Int] { countries.excluding(key) }
        var mentions: [PlaceMention] = []
        var datelineCountry: String?
        // Names a qualifier or "capital" settled, with where a qualifier did (`Int.max` for "capital").
        var decided: [String: (place: Place, start: Int)] = [:]
        if var dateline {
            dateline.context.articleCountries = context(excluding: dateline.key)
            dateline.context.articleDivisions = divisions.excluding(dateline.key)
            if let mention = resolve(dateline) {
                mentions.append(mention)
                datelineCountry = mention.place.country
                // "SPRINGFIELD, Ill.": the dateline's place settles its name and names its division.
                if !dateline.context.qualifiers.isEmpty {
                    decided[dateline.key] = (mention.place, dateline.span.start)
                    if let division = mention.place.divisionKey { divisions.add(division, key: "") }
                }
            }
        }
        var resolved: [PlaceMention] = []
        var resolvedCandidates: [PlaceCandidate] = []
        for var candidate in candidates {
            candidate.context.articleCountries = context(excluding: candidate.key)
            candidate.context.articleDivisions = divisions.excluding(candidate.key)
            candidate.context.datelineCountry = datelineCountry
            guard let mention = resolve(candidate) else { continue }
            let context = candidate.context
            if !context.qualifiers.isEmpty || context.capitalOf != nil || context.saysCapital {
                let start = context.qualifiers.isEmpty ? Int.max : candidate.span.start
                decided[candidate.key] = decided[candidate.key] ?? (mention.place, start)
            }
            resolved.append(mention)
            resolvedCandidates.append(candidate)
        }
        // One sense per document: a name a qualifier or "capital" settled means the same place in the rest of it
        // ("Springfield, Illinois … Springfield police"; "the capital, San Juan … the San Juan streets"). Before a
        // qualifier, the qualifier tells the other place apart ("in Cambridge … in Cambridge, Massachusetts": the
        // first is not Massachusetts's).
        // The earlier mention then means the name's best-known place, whatever else the article names.
        for (index, candidate) in zip(resolved.indices, resolvedCandidates) {
            guard candidate.context.qualifiers.isEmpty, let (place, start) = decided[candidate.key],
                  candidate.span.start != start, candidate.matches.contains(where: { $0.place.geonameId == place.geonameId })
            else { continue }
            if candidate.span.start > start || start == Int.max {
                resolved[index].place = place
            } else if resolved[index].place.geonameId == place.geonameId {
                var other = candidate
                other.matches.removeAll { $0.place.geonameId == place.geonameId }
                other.context = PlaceContext()
                if let mention = resolve(other) { resolved[index].place = mention.place }
            }
        }
        let landmarkKeys = Set(landmarks.map(\.key))
        let allLandmarks = (landmarks + unplacedLandmarks.filter { landmarkKeys.contains($0.key) })
            .sorted { $0.span.start < $1.span.start }
        let located = locate(allLandmarks, among: resolved, dateline: mentions.first) { part in
            var part = part
            part.context.articleCountries = context(excluding: part.key)
            part.context.articleDivisions = divisions.excluding(part.key)
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

    /// The division every reading of `matches` lies in (or is), if there is one.
    static func soleDivision(_ matches: [Gazetteer.Match]) -> String? {
        guard let first = matches.first?.place.divisionKey else { return nil }
        return matches.allSatisfy({ $0.place.divisionKey == first }) ? first : nil
    }

    static func soleCountry(_ matches: [Gazetteer.Match]) -> String? {
        guard let first = matches.first?.place.country else { return nil }
        return matches.allSatisfy({ $0.place.country == first }) ? first : nil
    }
}
