import ArticleText

/// A named facility or landmark before it is located: "Moscone Center", "Fishmongers' Hall", "Singapore's Changi
/// Airport".
struct LandmarkCandidate {
    var sentence: Int
    /// The whole mention, with a possessive place before the name ("Singapore's Changi Airport").
    var span: TextSpan
    /// The folded name without the possessive place: occurrences with the same key are the same landmark.
    var key: String
    var isLocative: Bool
    var preposition: String?
    /// The possessive place before the name ("Singapore's"), if any.
    var possessor: PlaceCandidate?
    /// A place named inside the name ("London" of "London Bridge", "Chiang Mai" of "Chiang Mai International
    /// Airport"), if any.
    var inner: PlaceCandidate?
}

extension PlaceRecognizer {
    /// Last words that make a capitalised name a facility or landmark ("Moscone Center", "Suvarnabhumi Airport",
    /// "Gleneagles Hospital", "Apapa Port"); "airport" also in lower case ("Heathrow airport").
    static let landmarkHeads: Set<String> = [
        "airport", "hall", "hospital", "stadium", "arena", "square", "plaza", "palace", "bridge", "center", "centre",
        "cathedral", "mosque", "temple", "park", "corner", "factory", "plant", "prison", "tower", "station",
        "museum", "heights", "port", "hotel",
    ]
    /// Landmark heads whose names are reported as places without an id, never located by the places around them: a
    /// hotel ("the Golf Hotel") is where someone stays, and the last city named before it is too weak a guess.
    static let unlocatedLandmarkHeads: Set<String> = ["hotel"]
    /// Landmark heads that name a place wherever the name stands, not only after a locative word: "the
    /// proclamation of Golan Heights".
    static let placeHeads: Set<String> = ["heights"]
    /// Landmark heads that are also surnames or names ("Sarah Hall", "Park Geun-hye"): a person's name is no
    /// landmark.
    static let surnameHeads: Set<String> = ["hall", "park", "bridge", "tower", "temple", "square", "palace", "station"]
    /// Capitalised words after a place name that make it part of an organisation's name ("New York University",
    /// "London Stock Exchange", "The New York Times", "Singapore Airlines"): such a name is not a place.
    static let organisationNameWords: Set<String> = organisationWords.union([
        "college", "school", "times", "post", "journal", "herald", "tribune", "gazette", "stock", "exchange",
        "police", "airlines", "airways", "ministry", "department", "court", "club",
    ])
    /// Words that make such a name an organisation rather than a building ("Pew Research Center", "Carter
    /// Center for …" is caught by the "for" after it).
    static let organisationWords: Set<String> = [
        "research", "studies", "policy", "institute", "foundation", "university", "council", "committee", "party",
        "group", "bank", "company", "corporation", "association", "federation", "society", "fund", "agency",
    ]
    /// Words after which a landmark is where something is, besides the locative prepositions ("fled up London
    /// Bridge", "ran along Whitehall", "a fire at their Everett Factory").
    static let landmarkLocatives: Set<String> = ["up", "down", "along", "over", "past", "onto", "off", "beside", "behind"]
    /// Determiners skipped before a landmark: "at their Everett Factory".
    static let possessiveDeterminers: Set<String> = ["their", "its", "his", "her", "our", "my", "your"]
}

extension PlaceReader {
    /// The landmark names of a sentence: runs of capitalised words ending in a landmark head word
    /// (`PlaceRecognizer.landmarkHeads`), at least two words long, that do not go on with another capitalised word
    /// or "of"/"for" and a capitalised word ("Center for Strategic Studies"), hold no organisation word or title,
    /// and are not a person's name. Returns token ranges: the possessive place's first token (or `nil`), the
    /// name's first and last token.
    /// - Parameters:
    ///   - blocked: whether a token cannot be part of a landmark (already a place, part of a person's name).
    ///   - isState: whether a token is a state actor's mention: a name stops before it ("the American Revolution
    ///     Constitution Hall" → "Revolution Constitution Hall") unless it is the possessive place.
    ///   - isPerson: whether a token is part of a person's name: a name ending in a head that is also a surname
    ///     whose words before the head belong to a person ("Sarah Hall") is no landmark; the recognisers' guess
    ///     that "Everett Factory" is a person does not count.
    static func landmarkRuns(
        _ tokens: [Token], lower: [String], blocked: (Int) -> Bool, isState: (Int) -> Bool, isPerson: (Int) -> Bool
    ) -> [(possessor: ClosedRange<Int>?, name: ClosedRange<Int>)] {
        let n = tokens.count
        var runs: [(possessor: ClosedRange<Int>?, name: ClosedRange<Int>)] = []
        var surname = false
        func isWord(_ k: Int) -> Bool {
            tokens[k].kind == .word && tokens[k].isCapitalized && !blocked(k) && !(surname && isPerson(k))
                && !PlaceRecognizer.locatives.contains(lower[k]) && !PlaceRecognizer.directions.contains(lower[k])
                && !["a", "an", "and", "or", "but", "as", "if", "when", "while", "after", "before"].contains(lower[k])
                && !PlaceRecognizer.possessiveDeterminers.contains(lower[k])
        }
        func isName(_ k: Int) -> Bool { isWord(k) && !isState(k) }
        func isPossessive(_ k: Int) -> Bool { ["'s", "’s"].contains { lower[k].hasSuffix($0) } && lower[k].count > 2 }
        var h = 0
        while h < n {
            defer { h += 1 }
            guard PlaceRecognizer.landmarkHeads.contains(lower[h]), tokens[h].kind == .word, !blocked(h),
                  tokens[h].isCapitalized || lower[h] == "airport"
            else { continue }
            // A person's name ending in a surname head ("Sarah Hall") has its given name in the person's mention; a
            // lone "Hall" read as a person ("exited the Hall") does not block "Fishmongers' Hall".
            surname = PlaceRecognizer.surnameHeads.contains(lower[h])
            // The name goes on: "Park Avenue", "Center for Strategic Studies", "Hall of Fame".
            if h + 1 < n, tokens[h + 1].kind == .word, tokens[h + 1].isCapitalized { continue }
            if h + 2 < n, ["of", "for"].contains(lower[h + 1]), tokens[h + 2].isCapitalized { continue }
            var start = h
            var k = h - 1
            var possessor: ClosedRange<Int>?
            while k >= 0 {
                if ["'", "’"].contains(lower[k]), k > 0, isName(k - 1) {  // "Fishmongers ' Hall"
                    k -= 1
                    continue
                }
                if ["'s", "’s"].contains(lower[k]), k > 0, isWord(k - 1), k < h - 1 {
                    // "Singapore 's Changi Airport", the possessive written as its own token.
                    var first = k - 1
                    while first > 0, k - 1 - first < 2, isWord(first - 1), !isPossessive(first - 1) { first -= 1 }
                    possessor = first...k
                    break
                }
                if isWord(k), isPossessive(k), k < h - 1 {
                    // "Singapore's Changi Airport": the place the landmark is in, at most three words.
                    var first = k
                    while first > 0, k - first < 2, isWord(first - 1), !isPossessive(first - 1) { first -= 1 }
                    possessor = first...k
                    break
                }
                // A direction inside the name: "Moscone West Convention Center".
                let inner = k > 0 && tokens[k].isCapitalized && PlaceRecognizer.directions.contains(lower[k])
                    && !blocked(k) && isName(k - 1)
                guard isName(k) || inner else { break }
                start = k
                k -= 1
            }
            guard start < h else { continue }
            let words = lower[(possessor?.lowerBound ?? start)...h]
            if words.contains(where: { PlaceRecognizer.organisationWords.contains($0) || PlaceRecognizer.titles.contains($0) }) {
                continue
            }
            runs.append((possessor, start...h))
        }
        return runs
    }

    /// Locates the landmarks of the document among the resolved place mentions, in this order: the possessive
    /// place before the name ("Singapore's Changi Airport"); the first place named after it in its sentence, at
    /// most 40 characters on ("Moscone Center in San Francisco", "Suvarnabhumi Airport, which serves Bangkok");
    /// a place of at least 100,000 people inside the name ("London Bridge", "Chiang Mai International Airport");
    /// the place an earlier or later occurrence of the same landmark got; the nearest city named before it in the
    /// document, else any place named before it, else the dateline's place; else any place inside its name
    /// ("Heathrow airport"). A landmark none of these locate is left out. A landmark located by the place named
    /// right after it has no preposition of its own: that place is the clause's ("at Fishmongers' Hall in London").
    func locate(
        _ landmarks: [LandmarkCandidate], among mentions: [PlaceMention], dateline: PlaceMention?,
        resolve: (PlaceCandidate) -> PlaceMention?
    ) -> [PlaceMention] {
        let text = document.text
        /// The landmark's own place, and whether it is the place named right after it.
        func own(_ landmark: LandmarkCandidate) -> (place: Place, after: Bool)? {
            if let possessor = landmark.possessor, let place = resolve(possessor)?.place { return (place, false) }
            if let after = mentions.first(where: { $0.sentence == landmark.sentence && $0.start >= landmark.span.end }),
               after.start - landmark.span.end <= 40,
               !text.scalars[landmark.span.end..<after.start].contains(where: { $0 == ";" || $0 == "." })
            {
                return (after.place, true)
            }
            if let inner = landmark.inner, let place = resolve(inner)?.place, place.population >= 100_000 {
                return (place, false)
            }
            return nil
        }
        let owned = landmarks.map(own)
        var byKey: [String: Place] = [:]
        for (landmark, own) in zip(landmarks, owned) {
            if let own, byKey[landmark.key] == nil { byKey[landmark.key] = own.place }
        }
        var located: [PlaceMention] = []
        for (landmark, own) in zip(landmarks, owned) {
            let place = own?.place
            let before = mentions.filter { $0.end <= landmark.span.start }
            let found = place ?? byKey[landmark.key]
                ?? before.last(where: { $0.place.precision == .city })?.place ?? before.last?.place ?? dateline?.place
                ?? landmark.inner.flatMap { resolve($0)?.place }
            guard let found else { continue }
            // "at Fishmongers' Hall in London": the place after it carries the preposition of the clause.
            located.append(PlaceMention(
                span: landmark.span, text: text[landmark.span], sentence: landmark.sentence, place: found,
                basis: .landmark, isLocative: landmark.isLocative,
                preposition: own?.after == true ? nil : landmark.preposition))
        }
        return located
    }
}
