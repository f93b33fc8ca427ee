import ArticleText
import Foundation
import Syntax

extension PlaceRecognizer {
    /// Nouns of a populated place whose "of X" names one: "the town of Dawson Creek", "the port of Rio Grande".
    static let settlementNouns: Set<String> = [
        "town", "towns", "city", "cities", "village", "villages", "port", "municipality", "township", "hamlet",
    ]
    /// Verbs whose subject is where something happened, not who did it: "Qiqihar reported mudslides", "Harbin
    /// recorded 90 mm of rain".
    static let placeSubjectVerbs: Set<String> = ["reported", "recorded", "registered", "saw", "suffered", "experienced"]
}

extension PlaceReader {
    /// Whether "of" and a settlement noun come right before the name at token `a`: "the town of Dawson Creek".
    static func isNamedAsSettlement(_ a: Int, lower: [String]) -> Bool {
        a >= 2 && lower[a - 1] == "of" && PlaceRecognizer.settlementNouns.contains(lower[a - 2])
    }

    /// Whether an entity span holds a lower-case word other than a name's connector ("de", "of", "al"): the tagger
    /// ran a name on into the clause ("Mary province said 3,000 workers had been hired in Türkmenabat").
    static func runsOverLowerCase(_ entity: EntityMention, tokens: [Token]) -> Bool {
        tokens.contains { token in
            entity.span.contains(token.span) && token.kind == .word && token.text.first?.isLowercase == true
                && !PlaceRecognizer.connectors.contains(token.lowercased)
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
