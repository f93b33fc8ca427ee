import ArticleText
import Syntax

extension PlaceRecognizer {
    /// Nouns whose "of X" names a place the gazetteer may lack: "the village of Nerkin Hand", "the district of
    /// Cocody", "the island of Lifou" (with `settlementNouns` and `divisionNouns`).
    static let unresolvedPlaceNouns: Set<String> = settlementNouns.union(divisionNouns).union([
        "district", "districts", "island", "islands", "commune", "communes", "suburb", "county", "counties",
        "neighbourhood", "neighborhood", "parish", "settlement", "hamlet",
    ])
    /// Nouns whose "of X" names a place the gazetteer may lack: `unresolvedPlaceNouns`, a place's people ("Residents
    /// of Kirants and Voskepar") and its parts ("the outskirts of Nerkin Hand").
    static let unresolvedOfNouns: Set<String> = unresolvedPlaceNouns.union(partNouns).union([
        "residents", "inhabitants", "villagers", "townspeople",
    ])
    /// Landmark heads that make a name a place wherever it stands, located or not: "leave Zvartnots airport",
    /// "crossing the Friendship Bridge", "Republic Square".
    static let unresolvedLandmarkHeads: Set<String> = ["airport", "bridge", "square"]
    /// Last words of a LOC span that make it a body of water, a range or a region, which a place mention does not
    /// count ("the Paraná River", "the Rift Valley", "East Coast").
    /// Compass words that make a name a region rather than a place ("Far East", "South East Asia", "the West").
    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "middle", "far",
    ]
    /// Prepositions after which a capitalised name no recogniser tagged is taken for a place ("in Cocody", "near
    /// Curuguaty"); not "on", "to" or "from", whose objects are as often platforms, persons or firms ("on TikTok").
    static let untaggedPlacePrepositions: Set<String> = ["in", "near", "outside", "around", "inside", "throughout"]
    /// Words of institutions and organisations that are no place: "in Congress", "at New York University", "in The
    /// Times", "on Earth", online shops ("from the App Store").
    static let institutionWords: Set<String> = organisationNameWords.union([
        "house", "senate", "parliament", "congress", "assembly", "government", "earth", "world", "moon", "heaven",
        "internet", "web", "holdings", "wireless", "conference", "technologies", "systems", "networks", "inc",
        "ltd", "corp", "technica", "store", "stores",
    ])
    /// Regions the gazetteer lacks, which a place mention does not count ("in Siberia"), nor products named like
    /// places ("in Windows").
    static let unresolvedRegions: Set<String> = [
        "siberia", "patagonia", "sahara", "amazon", "outback", "lapland", "windows",
    ]
    /// Lower-case words inside a place name the gazetteer lacks ("Rio de Oro"); not "on" or "am", which as often
    /// start a phrase ("Brankovo on Friday").
    static let nameConnectors: Set<String> = ["de", "del", "da", "do", "dos", "la", "le", "el", "al", "sur", "y"]
    static let unresolvedFeatureWords: Set<String> = featureWords.union([
        "valley", "coast", "mountain", "hills", "basin", "range", "border",
    ])
}

extension PlaceReader {
    /// The place names of one sentence that no gazetteer entry holds, in text order: the recogniser's LOC spans
    /// after a locative word ("at Kampung Tanduo", "men in Kunak") and capitalised names after a settlement or
    /// division noun and "of" ("the village of Kirants") whose whole name the gazetteer lacks. None is a region, a
    /// body of water or a range ("the Gulf", "the Paraná River", "the Far East"), a month, an acronym, a model
    /// number ("A380-800"), a phrase with lower-case words, a title's "of X" ("Secretary of State Robert Blake") or
    /// a party ("talks with X"). What the sentence's other rules or its actors took is left out.
    /// - Parameter blocked: whether a token is taken by a place or covered by an actor's mention.
    /// - Complexity: O(n · e) in the sentence's tokens and entities, one gazetteer probe per name.
    func unresolvedNames(
        sentence: Int, tokens: [Token], lower: [String], entities: [EntityMention], blocked: [Bool]
    ) -> [UnresolvedPlaceMention] {
        let n = tokens.count
        func span(_ a: Int, _ b: Int) -> TextSpan { TextSpan(start: tokens[a].span.start, end: tokens[b].span.end) }
        /// The word before token `a`, skipping "the", directions and the like ("in northern X").
        func governor(before a: Int) -> (word: String, at: Int) {
            var k = a - 1
            while k >= 0, PlaceRecognizer.directions.contains(lower[k]) || ["a", "an"].contains(lower[k]) { k -= 1 }
            return k >= 0 ? (lower[k], k) : ("", -1)
        }
        func isPlaceName(_ a: Int, _ b: Int) -> Bool {
            guard tokens[a].kind == .word, tokens[a].isCapitalized, tokens[b].kind == .word,
                  !(a...b).contains(where: { blocked[$0] })
            else { return false }
            let key = PlaceName.key(document.text[span(a, b)])
            guard !key.isEmpty, gazetteer.matches(key: key).isEmpty, !PlaceRecognizer.regions.contains(key),
                  !PlaceRecognizer.unresolvedRegions.contains(key)
            else { return false }
            if a == b, Self.isCalendarWordOrAcronym(tokens[a].text) { return false }
            // A language or demonym: "in English", "to Swedish".
            if a == b, ["ish", "ese", "ian", "ean"].contains(where: { key.hasSuffix($0) }) { return false }
            // A model or product ("A380-800"), a phrase run on into lower-case words ("Mac OS X operating system")
            // or a compass region ("Far East", "Eastern Mediterranean").
            for k in a...b where tokens[k].kind == .word {
                if tokens[k].text.contains(where: \.isNumber) { return false }
                // An acronym inside a longer name: "Mac OS X".
                if a < b, Self.isCalendarWordOrAcronym(tokens[k].text) { return false }
                if !tokens[k].isCapitalized, !PlaceRecognizer.connectors.contains(lower[k]) { return false }
                if PlaceRecognizer.compassWords.contains(lower[k]) { return false }
            }
            // The end of a word ("Suu" of "Kara-Suu").
            if a > 0, tokens[a - 1].span.end == tokens[a].span.start, tokens[a - 1].kind != .punctuation
                || tokens[a - 1].text == "-" { return false }
            // A title's or an organisation's "of X" ("Secretary of State Robert Blake", "First Minister of Scotland").
            if a >= 2, lower[a - 1] == "of", tokens[a - 2].isCapitalized, a - 2 > 0 { return false }
            if (a...b).contains(where: {
                PlaceRecognizer.unresolvedFeatureWords.contains(lower[$0]) || PlaceRecognizer.institutionWords.contains(lower[$0])
            }) {
                return false
            }
            // An owner, not a place: "the leadup to Qantas' 85th birthday".
            if b + 1 < n, ["'", "’", "'s", "’s"].contains(lower[b + 1]) { return false }
            // The name goes on into an organisation's, a sea's or a river's ("Kunak District Council").
            if b + 1 < n, tokens[b + 1].kind == .word, tokens[b + 1].isCapitalized { return false }
            // "the Strait of Hormuz", "the Bay of Bengal".
            if a >= 2, lower[a - 1] == "of", ["strait", "straits", "gulf", "sea", "bay", "lake"].contains(lower[a - 2]) {
                return false
            }
            return true
        }
        var found: [UnresolvedPlaceMention] = []
        func append(_ a: Int, _ b: Int, cue: UnresolvedPlaceMention.Cue, locative: Bool, preposition: String?) {
            let whole = span(a, b)
            guard !found.contains(where: { $0.span.overlaps(whole) }) else { return }
            found.append(UnresolvedPlaceMention(
                span: whole, text: document.text[whole], sentence: sentence, cue: cue, isLocative: locative,
                preposition: preposition))
        }
        // "the village of Nerkin Hand", "the district of Cocody", "Residents of Kirants and Voskepar": the capitalised
        // runs after the noun and "of", also those coordinated with the first.
        var s = 2
        while s < n {
            defer { s += 1 }
            let k = s
            guard tokens[k].kind == .word, tokens[k].isCapitalized, lower[k - 1] == "of" || [",", "and", "or"].contains(lower[k - 1])
            else { continue }
            // Capitalised words, with a name's connector between two ("Rio de Oro") or a hyphen inside
            // ("Bazar-Korgon"), up to a date ("on Friday").
            var b = k
            func continues(_ j: Int) -> Bool {
                j < n && tokens[j].kind == .word && tokens[j].isCapitalized && !Self.isCalendarWordOrAcronym(tokens[j].text)
            }
            while b - k < 4 {
                if continues(b + 1) {
                    b += 1
                } else if b + 1 < n, PlaceRecognizer.nameConnectors.contains(lower[b + 1]) || Self.isInnerHyphen(b + 1, tokens: tokens),
                          continues(b + 2)
                {
                    b += 2
                } else {
                    break
                }
            }
            guard let noun = Self.ofNoun(before: k, b, tokens: tokens, lower: lower),
                  PlaceRecognizer.unresolvedOfNouns.contains(lower[noun]), isPlaceName(k, b)
            else { continue }
            let word = governor(before: noun).word
            let locative = PlaceRecognizer.locatives.contains(word)
            append(k, b, cue: .settlement, locative: locative, preposition: locative ? word : nil)
            s = b
        }
        // The recogniser's LOC spans.
        for entity in entities where entity.type == .location {
            guard let a = tokens.firstIndex(where: { entity.span.contains($0.span) }),
                  let b = tokens.lastIndex(where: { entity.span.contains($0.span) }), isPlaceName(a, b)
            else { continue }
            let before = governor(before: a)
            // Not "on", whose objects are as often airlines and platforms ("on Qantas"); "off" a coast or an island.
            let locative = PlaceRecognizer.locatives.contains(before.word) && before.word != "on" || before.word == "off"
            // Outside a locative phrase the recogniser's LOC spans are too often organisations, products or
            // words of a title ("Defense", "App Store", "World") to count.
            guard locative else { continue }
            append(a, b, cue: .entity, locative: locative, preposition: locative ? before.word : nil)
        }
        // A capitalised name no recogniser tagged, right after a place preposition and ending its phrase: "holed up in
        // Cocody", "an estate near Curuguaty,".
        // "On" only in an apposition that locates a place just named: "shops in Wé, on Lifou, reopened" (an island).
        let tagged = Set((0..<n).filter { k in entities.contains { $0.span.contains(tokens[k].span) } })
        func endsPlace(_ t: Int) -> Bool {
            let end = tokens[t].span.end
            return candidates.contains { $0.sentence == sentence && $0.span.end == end }
                || entities.contains { $0.type == .location && $0.span.end == end }
        }
        var k = 1
        while k < n {
            defer { k += 1 }
            let onAfterPlace = lower[k - 1] == "on" && k >= 3 && lower[k - 2] == "," && endsPlace(k - 3)
            guard PlaceRecognizer.untaggedPlacePrepositions.contains(lower[k - 1]) || onAfterPlace, tokens[k].kind == .word,
                  tokens[k].isCapitalized, !tagged.contains(k)
            else { continue }
            var b = k
            while b + 1 < n, b - k < 2, tokens[b + 1].kind == .word, tokens[b + 1].isCapitalized, !tagged.contains(b + 1) {
                b += 1
            }
            let ends = b + 1 == n || [",", ".", ";", ":", ")", "and", "or"].contains(lower[b + 1])
                || tokens[b + 1].kind == .word && !tokens[b + 1].isCapitalized && !["of", "'s", "’s"].contains(lower[b + 1])
            guard ends, isPlaceName(k, b), !onAfterPlace || b + 1 == n || [",", ".", ";"].contains(lower[b + 1]) else { continue }
            append(k, b, cue: .untagged, locative: true, preposition: lower[k - 1])
            k = b
        }
        // A name before an apposition headed by a settlement noun: "discuss Artsvashen, an Armenian exclave its forces
        // seized"; up to three capitalised words, the first not inside a longer capitalised run.
        for b in 0..<n where Self.isSettlementApposition(after: b, tokens: tokens, lower: lower) {
            func opensName(_ k: Int) -> Bool {
                tokens[k].kind == .word && tokens[k].isCapitalized && !["the", "a", "an"].contains(lower[k])
            }
            var a = b
            while a >= 1, b - a < 4 {
                if opensName(a - 1) {
                    a -= 1
                } else if a >= 2, Self.isInnerHyphen(a - 1, tokens: tokens) {
                    a -= 2  // "Jar-Kyshtak"
                } else {
                    break
                }
            }
            guard opensName(a), a == 0 || !opensName(a - 1), isPlaceName(a, b) else { continue }
            let word = governor(before: a).word
            let locative = PlaceRecognizer.locatives.contains(word)
            append(a, b, cue: .apposition, locative: locative, preposition: locative ? word : nil)
        }
        return found.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// The landmarks nothing located, as place mentions without an id: those in a locative position, and
    /// airports, bridges and squares wherever they stand ("leave Zvartnots airport", "crossing the Friendship
    /// Bridge").
    /// - Parameters:
    ///   - located: the landmarks `locate` gave a place.
    func unlocatedLandmarks(located: [PlaceMention]) -> [UnresolvedPlaceMention] {
        let all = landmarks + unplacedLandmarks.filter { landmark in
            landmark.possessor == nil
                && PlaceRecognizer.unresolvedLandmarkHeads.contains(PlaceName.key(document.text[landmark.span])
                    .split(separator: " ").last.map(String.init) ?? "")
        }
        return all.filter { landmark in !located.contains { $0.span.overlaps(landmark.span) } }.map { landmark in
            UnresolvedPlaceMention(
                span: landmark.span, text: document.text[landmark.span], sentence: landmark.sentence, cue: .landmark,
                isLocative: landmark.isLocative, preposition: landmark.preposition)
        }
    }
}
