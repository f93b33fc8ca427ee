import ArticleText
import Foundation
import Syntax

extension PlaceRecognizer {
    /// Nouns of a populated place whose "of X" names one: "the town of Dawson Creek", "the port of Rio Grande".
    static let settlementNouns: Set<String> = [
        "town", "towns", "city", "cities", "village", "villages", "port", "municipality", "township", "hamlet",
    ]
    /// Nouns whose "of X" names a populated place without saying what kind: its people ("Residents of Kirants"),
    /// its local bodies and offices ("the city council of Ghent") and, with `partNouns`, its parts ("the outskirts
    /// of Kyiv"). Not "people" or "citizens", which as often belong to a state or a group.
    static let placeOfNouns: Set<String> = partNouns.union([
        "residents", "inhabitants", "villagers", "townspeople", "council", "councils", "councillors", "councilors",
        "mayor", "mayors",
    ])
    /// Nouns of a part of a place whose "of X" stands for the place in a locative phrase: "on the edge of Andijan",
    /// "in the outskirts of Kyiv" are locative like "in Andijan".
    static let partNouns: Set<String> = ["edge", "outskirts", "suburbs", "centre", "center", "heart", "streets"]
    /// Places a town's possessive names ("Resistencia's river port", "Lagos's main airport"): the possessor is a
    /// place, not an owner.
    static let possessedPlaceNouns: Set<String> = partNouns.union([
        "port", "airport", "harbour", "harbor", "suburb", "downtown", "outskirt", "waterfront", "old", "docks",
    ])
    /// Verbs whose subject is where something happened, not who did it: "Qiqihar reported mudslides", "Harbin
    /// recorded 90 mm of rain".
    static let placeSubjectVerbs: Set<String> = ["reported", "recorded", "registered", "saw", "suffered", "experienced"]
}

extension PlaceReader {
    /// Whether the name starting at token `a` follows "as far as" or "as far away as": "flights were delayed as far
    /// away as Singapore" names a place a thing reached, not an actor.
    static func followsFarAs(_ a: Int, lower: [String]) -> Bool {
        a >= 3 && lower[a - 1] == "as" && (lower[a - 2] == "far" || lower[a - 2] == "away" && lower[a - 3] == "far")
    }

    /// Whether the name at tokens `a...b` is the "X" of a settlement noun's or a `placeOfNouns` noun's "of X": "the
    /// town of Dawson Creek", "the towns of Bazar-Korgon and Suzak", "the city council of Ghent", "Residents of
    /// Kirants and Voskepar".
    static func isNamedAsSettlement(_ a: Int, _ b: Int, tokens: [Token], lower: [String]) -> Bool {
        guard let noun = ofNoun(before: a, b, tokens: tokens, lower: lower) else { return false }
        return PlaceRecognizer.settlementNouns.contains(lower[noun]) || PlaceRecognizer.placeOfNouns.contains(lower[noun])
    }

    /// The index of the noun whose "of" governs the name at tokens `a...b`: right before it ("the town of Dawson
    /// Creek" → "town"), or before the names coordinated with it in a list closed by "and" or "or" ("the towns of
    /// Bazar-Korgon and Suzak" → "towns" for both; "Residents of Kirants, Voskepar and Berd"); `nil` when no "of"
    /// governs it. A name after a comma counts only when the list goes on to "and" or "or" after it: "the mayor of
    /// Ghent, Mathias De Clercq, said" coordinates no names.
    static func ofNoun(before a: Int, _ b: Int, tokens: [Token], lower: [String]) -> Int? {
        let n = tokens.count
        /// The first token of the name ending at `last`: capitalised words joined by inner hyphens or an
        /// abbreviation's period ("Bazar-Korgon", "St. Louis"), up to four.
        func nameStart(endingAt last: Int) -> Int? {
            guard last >= 0, tokens[last].kind == .word, tokens[last].isCapitalized else { return nil }
            var first = last
            while first >= 1, last - first < 6,
                  tokens[first - 1].kind == .word && tokens[first - 1].isCapitalized
                      || isInnerHyphen(first - 1, tokens: tokens) || isAbbreviationPeriod(first - 1, tokens: tokens)
            {
                first -= 1
            }
            return first
        }
        /// The last token of the name starting at `first`.
        func nameEnd(startingAt first: Int) -> Int? {
            guard first < n, tokens[first].kind == .word, tokens[first].isCapitalized else { return nil }
            var last = first
            while last + 1 < n, last - first < 6,
                  tokens[last + 1].kind == .word && tokens[last + 1].isCapitalized
                      || isInnerHyphen(last + 1, tokens: tokens) || isAbbreviationPeriod(last + 1, tokens: tokens)
            {
                last += 1
            }
            return last
        }
        if a >= 2, lower[a - 1] == "of" { return a - 2 }
        guard a >= 1, [",", "and", "or"].contains(lower[a - 1]) else { return nil }
        // After a comma, the list must be closed by "and" or "or" later: ", Voskepar and Berd".
        if lower[a - 1] == "," {
            var k = b + 1
            var closed = false
            while k < n, [",", "and", "or"].contains(lower[k]) {
                if ["and", "or"].contains(lower[k]) { closed = true; break }
                guard let last = nameEnd(startingAt: k + 1) else { break }
                k = last + 1
            }
            guard closed else { return nil }
        }
        var j = a - 1
        for _ in 0..<6 {
            guard j >= 1, [",", "and", "or"].contains(lower[j]) else { break }
            if ["and", "or"].contains(lower[j]), lower[j - 1] == "," { j -= 1 }  // the serial comma
            guard let first = nameStart(endingAt: j - 1) else { return nil }
            j = first - 1
        }
        guard j >= 1, lower[j] == "of" else { return nil }
        return j - 1
    }

    /// Whether an entity span holds a lower-case word other than a name's connector ("de", "of", "al"): the tagger
    /// ran a name on into the clause ("Mary province said 3,000 workers had been hired in Türkmenabat").
    static func runsOverLowerCase(_ entity: EntityMention, tokens: [Token]) -> Bool {
        tokens.contains { token in
            entity.span.contains(token.span) && token.kind == .word && token.text.first?.isLowercase == true
                && !PlaceRecognizer.connectors.contains(token.lowercased)
        }
    }

    /// Whether the entity's words outside `name` are only a date phrase after it: a lower-case phrase start and
    /// weekday or month names or numbers ("reached Santiago de Compostela on Friday" tagged as one organisation). The
    /// tagger ran the name on into the date; it blocks nothing.
    static func runsIntoDate(_ entity: EntityMention, after name: TextSpan, tokens: [Token]) -> Bool {
        let outside = tokens.filter { token in
            token.kind != .punctuation && entity.span.contains(token.span) && !name.contains(token.span)
        }
        guard let first = outside.first, first.span.start >= name.end, outside.count >= 2,
              first.text.first?.isLowercase == true, PlaceRecognizer.phraseStarts.contains(first.lowercased)
        else { return false }
        return outside.dropFirst().allSatisfy { token in
            token.kind == .number || PlaceRecognizer.calendarWords.contains(token.lowercased)
        }
    }

    /// Whether an entity span holds a word outside `span` (not only punctuation).
    static func hasWords(of entity: EntityMention, outside span: TextSpan, tokens: [Token]) -> Bool {
        tokens.contains { token in
            token.kind != .punctuation && entity.span.contains(token.span) && !span.contains(token.span)
        }
    }

    /// Whether token `k` is the period of a short capitalised abbreviation inside a name, written against it and
    /// followed by a capitalised word: the "." of "St. Louis", "Ft. Worth", "Mt. Isa".
    static func isAbbreviationPeriod(_ k: Int, tokens: [Token]) -> Bool {
        guard k >= 1, k + 1 < tokens.count, tokens[k].text == ".", tokens[k - 1].kind == .word,
              tokens[k - 1].isCapitalized, tokens[k - 1].text.count <= 3,
              tokens[k - 1].span.end == tokens[k].span.start, tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized
        else { return false }
        return ["st", "ste", "ft", "mt", "pt"].contains(tokens[k - 1].text.lowercased())
    }

    /// Whether token `k` is a hyphen written against two capitalised words, inside one name: the "-" of
    /// "Kara-Suu", "Bazar-Korgon" (the tokeniser splits a hyphen before a capital letter).
    static func isInnerHyphen(_ k: Int, tokens: [Token]) -> Bool {
        guard k >= 1, k + 1 < tokens.count, ["-", "\u{2010}", "\u{2011}"].contains(tokens[k].text),
              tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized, tokens[k + 1].kind == .word,
              tokens[k + 1].isCapitalized
        else { return false }
        return tokens[k - 1].span.end == tokens[k].span.start && tokens[k].span.end == tokens[k + 1].span.start
    }

    /// Whether the relation noun at token `noun` is the object of a verb that moves it to the place of its "to X"
    /// (`toward`) or from the place of its "from X": "sent an envoy to Bishkek", "have withdrawn their ambassadors
    /// from Asunción". Up to three determiners, possessives or modifiers may stand between ("sent a special envoy").
    static func isMoved(noun: Int, toward: Bool, lower: [String]) -> Bool {
        guard PlaceRecognizer.movableRelationNouns.contains(lower[noun]) else { return false }
        let verbs = toward ? PlaceRecognizer.sendingVerbs : PlaceRecognizer.withdrawingVerbs
        var k = noun - 1
        while k >= 0, noun - k <= 4 {
            if verbs.contains(lower[k]) { return true }
            guard lower[k].first?.isLetter == true || lower[k].first?.isNumber == true else { return false }
            k -= 1
        }
        return false
    }

    /// The locative word right before a run of one to three capitalised words ending at token `last` that no rule
    /// took (`free`), when the run is followed by "and"/"or": "through *Kuršumlija* and Podujevo" → the index of
    /// "through"; else `nil`.
    static func locativeBeforeName(endingAt last: Int, tokens: [Token], lower: [String], free: (Int) -> Bool) -> Int? {
        var j = last
        while j >= 0, last - j < 3, tokens[j].kind == .word, tokens[j].isCapitalized, free(j),
              !PlaceRecognizer.calendarWords.contains(lower[j])
        {
            j -= 1
        }
        guard j >= 0, j < last, PlaceRecognizer.countryLocatives.contains(lower[j]) else { return nil }
        return j
    }

    /// Makes places of the gazetteer names of `sentence` that no rule placed but that stand in one list with a
    /// place of the sentence, a list closed by "and" or "or": "towns such as Eupen, Tournai and Arlon", "Yanji,
    /// Dunhua and Hunchun were flooded". Only a place's own name counts, not an alternate.
    mutating func placeNamesListedWithPlaces(sentence: Int) {
        let text = document.text
        // The sentence's names in text order: placed (true) or not (false), with their index in their array.
        var items: [(span: TextSpan, placed: Bool, index: Int)] = []
        for (index, candidate) in candidates.enumerated() where candidate.sentence == sentence {
            items.append((candidate.span, true, index))
        }
        for (index, candidate) in unplaced.enumerated() where candidate.sentence == sentence {
            guard candidate.matches.contains(where: { !$0.isAlternate }),
                  !items.contains(where: { $0.span.overlaps(candidate.span) })
            else { continue }
            items.append((candidate.span, false, index))
        }
        guard items.contains(where: { !$0.placed }) else { return }
        items.sort { $0.span.start < $1.span.start }
        // Split into lists: neighbours joined by a comma, "and", "or", ", and" or ", or".
        var lists: [[Int]] = []
        var closed: [Bool] = []
        for (position, item) in items.enumerated() {
            if position > 0 {
                let between = text[TextSpan(start: items[position - 1].span.end, end: item.span.start)]
                    .trimmingCharacters(in: .whitespaces)
                if [",", "and", "or", ", and", ", or"].contains(between) {
                    lists[lists.count - 1].append(position)
                    if between != "," { closed[closed.count - 1] = true }
                    continue
                }
            }
            lists.append([position])
            closed.append(false)
        }
        var promoted: [Int] = []
        for (list, isClosed) in zip(lists, closed) where isClosed && list.contains(where: { items[$0].placed }) {
            promoted += list.filter { !items[$0].placed }.map { items[$0].index }
        }
        for index in promoted.sorted(by: >) {
            candidates.append(unplaced.remove(at: index))
        }
    }
}
