import ArticleText
import Syntax

extension PlaceRecognizer {
    /// Prepositions of a river's course: "the X" after one is a river, not the town of the name ("a port on the
    /// Dnipro", "barges along the Mississippi", "sailing down the Yukon").
    static let riverPrepositions: Set<String> = ["on", "along", "alongside", "up", "down", "beside"]
    /// Lower-case nouns after "the" and a name that make the name part of a feature's ("the Dnipro river", "the
    /// Fergana valley"), not the town or division of the name.
    static let lowerCaseFeatureWords: Set<String> = featureWords.union(["valley"])
}

extension PlaceReader {
    /// Keys of the one-word names written right before "River" or "river", or right after "River", in `document`
    /// ("the Mississippi River", "the Dnipro river", "the River Thames").
    static func riverNames(in document: SegmentedDocument) -> Set<String> {
        var names: Set<String> = []
        let tokens = document.tokens
        for (k, token) in tokens.enumerated() where token.kind == .word && token.lowercased == "river" {
            if k >= 1, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized {
                names.insert(PlaceName.key(tokens[k - 1].text))
            }
            if token.isCapitalized, k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized {
                names.insert(PlaceName.key(tokens[k + 1].text))
            }
        }
        return names
    }

    /// Whether the one-word name at tokens `a...b`, right after "the", is a river, not the town or division of the
    /// name: English puts no article before a town's or a state's name. The name must head its phrase (not "the
    /// Dnipro region", which the parse reads as a compound) and either be one the document calls a river ("the
    /// Mississippi River … the Mississippi rose") or stand after a preposition of a river's course, ending its phrase
    /// ("a port on the Dnipro,", "barges along the Mississippi"). Not a country ("the Gambia", "the Congo") nor a name
    /// whose own form has the article ("the Hague").
    /// - Parameter key: the name's folded form.
    func meansRiver(
        _ a: Int, _ b: Int, key: String, tokens: [Token], lower: [String], entities: [EntityMention]
    ) -> Bool {
        let n = tokens.count
        guard a == b, a >= 1, lower[a - 1] == "the" else { return false }
        let namesakes = gazetteer.matches(key: key)
        guard !namesakes.isEmpty, !namesakes.contains(where: { match in
            match.place.precision == .country || match.place.name.lowercased().hasPrefix("the ")
        }) else { return false }
        if entities.contains(where: { $0.span.contains(tokens[a].span) && ["compound", "amod"].contains($0.deprel) }) {
            return false
        }
        let nextIsWord = b + 1 < n && tokens[b + 1].kind == .word
        if nextIsWord, tokens[b + 1].isCapitalized { return false }
        let next = nextIsWord ? lower[b + 1] : ""
        let endsPhrase = !nextIsWord || PlaceRecognizer.phraseStarts.contains(next) || PlaceRecognizer.relativeWords.contains(next)
        if riverNames.contains(key) {
            // "the Mississippi rose", not "the Mississippi state" (whose noun makes it a division's name).
            return endsPhrase || !PlaceRecognizer.unresolvedPlaceNouns.contains(next)
        }
        return a >= 2 && PlaceRecognizer.riverPrepositions.contains(lower[a - 2]) && endsPhrase
    }
}
