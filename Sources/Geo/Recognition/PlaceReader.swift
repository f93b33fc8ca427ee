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
    /// Whether the text calls the name a first-level division ("Mary province", "the governor of Belgorod").
    var namedAsDivision = false
    /// Whether only a list with a place can make it a place: a name that acts, heading a list ("Shulan, Jiaohe and
    /// Huadian were among the worst hit"), is no place because the same name is one elsewhere ("Sevilla drew").
    var onlyInList = false
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
    /// Place names no gazetteer entry holds ("the village of Kirants", a LOC span the gazetteer lacks): reported
    /// without an id where no resolved place or actor covers them.
    var unresolvedCandidates: [UnresolvedPlaceMention] = []
    /// Keys of the names the document calls rivers ("the Mississippi River", "the River Thames", "the Dnipro river"):
    /// a bare "the Mississippi" in the same document is the river.
    let riverNames: Set<String>

    init(recognizer: PlaceRecognizer, document: SegmentedDocument, entities: [EntityMention], actors: ActorAnnotation) {
        self.recognizer = recognizer
        self.document = document
        self.entitiesBySentence = Dictionary(grouping: entities, by: \.sentence)
        self.mentionsBySentence = Dictionary(grouping: actors.mentions, by: \.sentence)
        var byID: [ActorID: Actor] = [:]
        for var actor in actors.actors where byID[actor.id] == nil {
            actor.country = actor.country.map(Self.gazetteerCountry)
            byID[actor.id] = actor
        }
        self.actorsByID = byID
        self.riverNames = Self.riverNames(in: document)
    }

    /// Actor country codes (CAMEO) that GeoNames writes otherwise: Kosovo is CAMEO's KSV and GeoNames' XKX.
    static let gazetteerCountries: [String: String] = ["KSV": "XKX"]

    /// The gazetteer's code for an actor's country code: "KSV" → "XKX"; other codes are the same in both.
    static func gazetteerCountry(_ code: String) -> String { gazetteerCountries[code] ?? code }

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
        candidates += unplaced.filter { candidate in
            !candidate.onlyInList && placedKeys.contains(candidate.key) && candidate.matches.contains { !$0.isAlternate }
        }
        candidates.sort { $0.span.start < $1.span.start }
        var resolved = resolveJointly(dateline: dateline)
        let ambiguous = removeAmbiguousDivisions(from: &resolved)
        var mentions = resolved.dateline.map { [$0.mention] } ?? []
        let landmarkKeys = Set(landmarks.map(\.key))
        let allLandmarks = (landmarks + unplacedLandmarks.filter { landmarkKeys.contains($0.key) })
            .sorted { $0.span.start < $1.span.start }
        let located = locate(allLandmarks, among: resolved.mentions, dateline: mentions.first) { part in
            var part = part
            part.context = resolved.evidence.context(part.context, excluding: part.key, dateline: resolved.datelinePlace)
            return resolve(part)
        }
        // A landmark found through another occurrence replaces the names read inside it ("London" of "London Bridge").
        resolved.mentions.removeAll { mention in located.contains { $0.span.overlaps(mention.span) } }
        mentions += (resolved.mentions + located).sorted { $0.start < $1.start }
        let unresolved = unresolvedPlaces(
            unresolvedCandidates + unlocatedLandmarks(located: located) + ambiguous, besides: mentions)
        return PlaceAnnotation(mentions: mentions, unresolved: unresolved)
    }

    /// `candidates` without those that overlap a resolved place mention of `mentions` or an actor's mention, nor an
    /// earlier or longer candidate, in text order.
    func unresolvedPlaces(_ candidates: [UnresolvedPlaceMention], besides mentions: [PlaceMention]) -> [UnresolvedPlaceMention] {
        var kept: [UnresolvedPlaceMention] = []
        for candidate in candidates.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) {
            let span = candidate.span
            guard !mentions.contains(where: { $0.span.overlaps(span) }),
                  !(mentionsBySentence[candidate.sentence] ?? []).contains(where: { $0.isInferred != true && $0.span.overlaps(span) }),
                  !kept.contains(where: { $0.span.overlaps(span) })
            else { continue }
            kept.append(candidate)
        }
        return kept
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

    /// Removes from `resolved` the second-level divisions whose name several divisions share when nothing in the text
    /// chooses among them, and returns them as unresolved mentions (cue `ambiguous`). A county name repeats from state
    /// to state ("Washington County": thirteen in the gazetteer) and a story names its own state, so a reading is
    /// chosen by a qualifier ("Washington County, Pennsylvania"), a division the article or the dateline names
    /// (`PlaceResolver` gives it 60 points), or the country the article names when only one reading lies in it;
    /// without such a cue the most populous reading is taken only when it holds at least half of the people of all
    /// the readings (the place most readers of the name live in); otherwise the name is left without an id rather
    /// than placed in Oregon's Washington County, a quarter of the people of the thirteen.
    func removeAmbiguousDivisions(from resolved: inout ResolvedPlaces) -> [UnresolvedPlaceMention] {
        var ambiguous: [UnresolvedPlaceMention] = []
        // A name qualified anywhere in the text ("Washington County, Pennsylvania … Washington County") was settled.
        let qualifiedKeys = Set(resolved.candidates.filter { !$0.context.qualifiers.isEmpty }.map(\.key))
        var index = 0
        while index < resolved.mentions.count {
            let candidate = resolved.candidates[index]
            if resolved.mentions[index].place.precision == .admin2, !qualifiedKeys.contains(candidate.key),
               Self.isAmbiguousDivision(candidate)
            {
                let mention = resolved.mentions.remove(at: index)
                resolved.candidates.remove(at: index)
                ambiguous.append(UnresolvedPlaceMention(
                    span: mention.span, text: mention.text, sentence: mention.sentence, cue: .ambiguous,
                    isLocative: mention.isLocative, preposition: mention.preposition))
            } else {
                index += 1
            }
        }
        return ambiguous
    }

    /// Whether `candidate` (resolved in its final context) names second-level divisions in several first-level
    /// divisions of which the text chooses none, and whose most populous holds under half of their people.
    static func isAmbiguousDivision(_ candidate: PlaceCandidate) -> Bool {
        let readings = candidate.matches.map(\.place).filter { $0.precision == .admin2 }
        guard Set(readings.compactMap(\.divisionKey)).count > 1 else { return false }
        let context = candidate.context
        let chosen = readings.contains { place in
            context.qualifiers.contains { $0.country == place.country
                && ($0.precision == .country || $0.admin1Code == place.admin1Code) }
                || place.divisionKey.map { (context.articleDivisions[$0] ?? 0) > 0 || context.datelineDivision == $0 } == true
        }
        guard !chosen else { return false }
        // The country the article names, when one reading alone lies in it ("Kendrapara District" is India's only).
        let inNamedCountries = readings.filter { (context.articleCountries[$0.country] ?? 0) > 0 || context.datelineCountry == $0.country }
        if inNamedCountries.count == 1 { return false }
        let total = readings.reduce(0) { $0 + max($1.population, 0) }
        let largest = readings.map(\.population).max() ?? 0
        return 2 * largest < total
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
