/// Making the names of one document agree with each other.
///
/// A document names the same party many times, and the sentence-by-sentence recogniser does not always agree with
/// itself: "Hamas" an organisation in one sentence, a place or a person in the next, and missed in a third. Within a
/// document a name keeps one type (Krishnan & Manning 2006 and Ratinov & Roth 2009 use the same observation as
/// non-local features).
extension EntityRecognizer {
    /// The entities of a document's sentences, made consistent across the document.
    ///
    /// Two steps, over names compared word for word as written (case included):
    /// 1. Every name found more than once takes the type the recogniser gave it most often in the document; a tie
    ///    goes to the type of a longer name found that holds it ("Banda" after "Kagiso Banda"), else keeps each
    ///    occurrence's own type.
    /// 2. Every other occurrence of a name found at least twice in the document that starts with a capital letter
    ///    becomes that name too, with its document type, when none of its words is in an entity already and
    ///    neither the word after it nor the word before it (unless that one begins the sentence) starts with a
    ///    capital letter ("Hamas" found twice is found again in "with Hamas .", not in "Hamas Leader"; "Cortés"
    ///    not in "Puerto Cortés"). A name found once is not spread: it is often the recogniser's slip ("the 787
    ///    Dreamliner" a person, "Lion" the operating system a place). Longer names are placed first.
    /// - Parameters:
    ///   - entities: Each sentence's entities, as `recognize(_:)` gives them (sorted, non-overlapping).
    ///   - forms: Each sentence's word forms, as many sentences as `entities`.
    /// - Returns: Each sentence's entities, sorted by start and non-overlapping; the same input always gives the
    ///   same result.
    /// - Complexity: O(words · names found in the document · longest name).
    public static func harmonized(_ entities: [[EntitySpan]], forms: [[String]]) -> [[EntitySpan]] {
        precondition(entities.count == forms.count, "one list of entities per sentence")
        // How often each name was given each type, and the first time it was seen (to order ties and output).
        var counts: [[String]: [Int]] = [:]
        var names: [[String]] = []
        for (sentence, spans) in entities.enumerated() {
            for span in spans {
                let name = Array(forms[sentence][span.start..<span.end])
                if counts[name] == nil {
                    counts[name] = [0, 0, 0]
                    names.append(name)
                }
                counts[name]?[EntityLabels.typeIndex(span.type)] += 1
            }
        }
        guard !names.isEmpty else { return entities }
        // The type given most often; on a tie, `own` when it is among the most frequent, else the first in
        // `EntityType.allCases` order.
        func documentType(_ name: [String], own: EntitySpan.EntityType?) -> EntitySpan.EntityType {
            let tally = counts[name] ?? [0, 0, 0]
            let best = tally.max() ?? 0
            // A tie goes to the type of a longer name the document gives that holds this one ("Banda" after
            // "Kagiso Banda", a person), when that type is among the tied.
            if tally.filter({ $0 == best }).count > 1,
               let longer = names.first(where: { $0.count > name.count && Self.holds($0, name) }),
               let longerTally = counts[longer], let longerBest = longerTally.max(),
               let longerType = EntitySpan.EntityType.allCases.first(where: { longerTally[EntityLabels.typeIndex($0)] == longerBest }),
               tally[EntityLabels.typeIndex(longerType)] == best
            {
                return longerType
            }
            if let own, tally[EntityLabels.typeIndex(own)] == best { return own }
            return EntitySpan.EntityType.allCases.first { tally[EntityLabels.typeIndex($0)] == best } ?? .person
        }
        // Longest names first; among equals, the first seen.
        let candidates = names.enumerated()
            .filter { $0.element.first?.first?.isUppercase == true && (counts[$0.element] ?? []).reduce(0, +) >= 2 }
            .sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }
            .map(\.element)
        var result: [[EntitySpan]] = []
        result.reserveCapacity(entities.count)
        for (sentence, spans) in entities.enumerated() {
            let words = forms[sentence]
            var found = spans.map { span in
                EntitySpan(
                    type: documentType(Array(words[span.start..<span.end]), own: span.type), start: span.start,
                    end: span.end)
            }
            var covered = [Bool](repeating: false, count: words.count)
            for span in spans { for index in span.start..<span.end { covered[index] = true } }
            for name in candidates where name.count <= words.count {
                var start = 0
                while start + name.count <= words.count {
                    let end = start + name.count
                    guard words[start] == name[0], !covered[start], words[start..<end].elementsEqual(name),
                        !covered[start..<end].contains(true), !Self.continuesName(words, at: end),
                        start <= 1 || !Self.continuesName(words, at: start - 1)
                    else {
                        start += 1
                        continue
                    }
                    found.append(EntitySpan(type: documentType(name, own: nil), start: start, end: end))
                    for index in start..<end { covered[index] = true }
                    start = end
                }
            }
            result.append(found.sorted { $0.start < $1.start })
        }
        return result
    }

    /// Whether `name` holds `part` as consecutive words ("Kagiso Banda" holds "Banda").
    private static func holds(_ name: [String], _ part: [String]) -> Bool {
        guard part.count <= name.count else { return false }
        return (0...(name.count - part.count)).contains { name[$0..<($0 + part.count)].elementsEqual(part) }
    }

    /// Whether the word at `index` would carry a name on (it starts with a capital letter): "Google" is not found
    /// again in "Google Maps", nor "Cortés" in "Puerto Cortés" (the caller lets a sentence's first word pass).
    private static func continuesName(_ words: [String], at index: Int) -> Bool {
        index >= 0 && index < words.count && words[index].first?.isUppercase == true
    }
}

extension EntityRecognizer {
    /// The entities of IOB2 sentences made consistent within each document (see `harmonized(_:forms:)`).
    ///
    /// A document starts at every sentence with a `# newdoc` comment (Universal NER's and UD's marker); in a file
    /// without such comments every sentence is a document of its own, and nothing changes.
    /// - Parameters:
    ///   - entities: Each sentence's entities, as many as `sentences`.
    ///   - sentences: The sentences the entities were found in (their words and comments are read).
    /// - Returns: Each sentence's entities.
    public static func harmonized(_ entities: [[EntitySpan]], in sentences: [IOB2Sentence]) -> [[EntitySpan]] {
        precondition(entities.count == sentences.count, "one list of entities per sentence")
        var result: [[EntitySpan]] = []
        result.reserveCapacity(entities.count)
        for document in IOB2Sentence.documents(sentences) {
            result += harmonized(Array(entities[document]), forms: sentences[document].map(\.words))
        }
        return result
    }
}
