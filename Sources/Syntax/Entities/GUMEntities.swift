/// Named entities derived from GUM's coreference annotation (`Entity=` in the CoNLL-U MISC column).
///
/// GUM marks every mention of a discourse entity — "the man" and "he" as well as "Durham University" — with a
/// type (person, place, organization, event, …). A mention becomes a Universal NER-style named entity when its type
/// is person (PER), place (LOC) or organization (ORG) and its syntactic head is a proper noun (UPOS `PROPN`), or
/// when its head is a title or description noun with the name attached by `flat` or `appos` ("nominee Ken
/// Cuccinelli", "her father Mohammed Hadid": the name alone, as Universal NER marks it). The
/// span is then cut down to the name: the head and its dependents inside the mention, leaving out determiners,
/// punctuation, possessors, appositions, clauses and conjuncts; leading determiners and punctuation and a trailing
/// possessive `'s` are trimmed, and the name stops at a comma or bracket (so "Irving, Texas" gives two places).
/// Titles and descriptions (GUM's `nmod:desc`: "President", "Ambassador") and modifiers introduced by prepositions
/// other than "of"/"for"/"on" ("Hall *in Washington*") are left out, as Universal NER does. Persons made only of
/// title words ("the President") and plural proper nouns tagged person (NNPS: "Muslims", "Afghans") are not
/// names. When names nest or overlap, the longer one wins (the earlier on ties).
public enum GUMEntities {
    /// Relations whose dependents (and their subtrees) are not part of a name.
    static let excludedRelations: Set<String> = [
        "det", "det:predet", "punct", "appos", "acl", "acl:relcl", "advcl", "cc", "cc:preconj", "conj",
        "parataxis", "nmod:poss", "nmod:desc", "dep", "discourse", "reparandum", "list", "orphan", "vocative",
    ]

    /// Prepositions that may join the words of a name ("University *of* Texas", "Council *on* Foreign Relations").
    static let nameInternalCase: Set<String> = ["of", "for", "on", "de", "du", "del", "von", "van", "and", "&"]

    /// Words that are titles rather than names when they make up a whole person mention.
    static let titles: Set<String> = [
        "president", "vice", "prime", "minister", "secretary", "of", "state", "ambassador", "professor", "prof.",
        "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir", "king", "queen", "prince", "princess",
        "senator", "governor", "mayor", "general", "major", "captain", "chairman", "director", "chief",
        "spokesperson", "spokesman", "spokeswoman", "judge", "justice", "pope", "emperor", "lord", "lady", "saint",
        "st.", "the", "god", "mom", "dad", "mother", "father", "uncle", "aunt", "grandma", "grandpa",
    ]

    /// A name as a look-up key: its words as the tokeniser splits them (hyphens and a possessive `'s` apart),
    /// lower-cased and joined by single spaces ("Bosnia-Herzegovina" → "bosnia - herzegovina").
    public static func nameKey(_ name: String) -> String {
        EntityGazetteer.words(of: name).map { $0.lowercased() }.joined(separator: " ")
    }

    /// A mention read from the MISC column: coreference id, GUM type and word range.
    struct Mention: Hashable, Sendable {
        var type: String
        var start: Int
        var end: Int
    }

    /// The named entities of `sentence`, sorted by start.
    ///
    /// An organisation whose name is the name of a country or first-level division in `regions` is a place:
    /// GUM types a country that stands for its team or government as an organisation ("*Sweden* beat
    /// *England*"), while Universal NER marks a country LOC whatever it stands for.
    /// - Parameters:
    ///   - sentence: A GUM sentence with `Entity=` annotations and dependency trees.
    ///   - regions: Names of countries and first-level divisions as `nameKey(_:)` gives them; empty to keep GUM's
    ///     organisations as they are.
    /// - Returns: PER/ORG/LOC spans over the sentence's words.
    public static func namedEntities(in sentence: CoNLLUSentence, regions: Set<String> = []) -> [EntitySpan] {
        var candidates: [EntitySpan] = []
        for mention in mentions(in: sentence) {
            var type: EntitySpan.EntityType
            switch mention.type {
            case "person": type = .person
            case "place": type = .location
            case "organization": type = .organization
            default: continue
            }
            guard var span = name(of: mention, in: sentence.words, person: type == .person) else { continue }
            if type == .person { span = personalName(span, sentence.words) }
            if type == .organization, !regions.isEmpty,
                regions.contains(nameKey(sentence.words[span].map(\.form).joined(separator: " ")))
            {
                type = .location
            }
            if !isTitleOrGroup(span, type: type, sentence.words) {
                candidates.append(EntitySpan(type: type, start: span.lowerBound, end: span.upperBound))
            }
        }
        let byLength = candidates.sorted {
            ($0.start - $0.end, $0.start, $0.type.rawValue) < ($1.start - $1.end, $1.start, $1.type.rawValue)
        }
        var kept: [EntitySpan] = []
        for span in byLength where !kept.contains(where: { $0.start < span.end && span.start < $0.end }) {
            kept.append(span)
        }
        return kept.sorted { $0.start < $1.start }
    }

    /// Every mention of `sentence`, in the order they close; mentions left open at the sentence's end are dropped.
    static func mentions(in sentence: CoNLLUSentence) -> [Mention] {
        var open: [(id: String, type: String, start: Int)] = []
        var found: [Mention] = []
        for (index, misc) in sentence.misc.enumerated() {
            guard let value = entityValue(misc) else { continue }
            var rest = Substring(value)
            while let first = rest.first {
                if first == "(" {
                    rest = rest.dropFirst()
                    let body = rest.prefix { $0 != "(" && $0 != ")" }
                    rest = rest.dropFirst(body.count)
                    let fields = body.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
                    let id = String(fields.first ?? "")
                    let type = fields.count > 1 ? String(fields[1]) : ""
                    if rest.first == ")" {
                        rest = rest.dropFirst()
                        found.append(Mention(type: type, start: index, end: index + 1))
                    } else {
                        open.append((id, type, index))
                    }
                } else if first == ")" {
                    rest = rest.dropFirst()
                } else {
                    let id = rest.prefix { $0 != "(" && $0 != ")" }
                    rest = rest.dropFirst(id.count)
                    guard rest.first == ")" else { continue }
                    rest = rest.dropFirst()
                    if let position = open.lastIndex(where: { $0.id == id }) {
                        let mention = open.remove(at: position)
                        found.append(Mention(type: mention.type, start: mention.start, end: index + 1))
                    }
                }
            }
        }
        return found
    }

    /// The value of `Entity=` in a MISC column, if any.
    static func entityValue(_ misc: String) -> String? {
        for field in misc.split(separator: "|") where field.hasPrefix("Entity=") {
            return String(field.dropFirst("Entity=".count))
        }
        return nil
    }

    /// The name inside `mention` as a word range, or `nil` when the mention's head is not a proper noun.
    /// A person's name takes no prepositional modifier at all ("Frederick Fung *of ADPL*", "Louis XV *of France*":
    /// the party and the country are names of their own).
    static func name(of mention: Mention, in words: [SyntaxWord], person: Bool = false) -> Range<Int>? {
        let range = mention.start..<min(mention.end, words.count)
        guard !range.isEmpty else { return nil }
        // The head: the first word whose own head lies outside the mention.
        guard let mentionHead = range.first(where: { !range.contains(words[$0].head - 1) }) else { return nil }
        let seeds = nameSeeds(mentionHead, in: range, words)
        guard let head = seeds.first else { return nil }
        var inName = [Bool](repeating: false, count: range.count)
        for seed in seeds { inName[seed - range.lowerBound] = true }
        // Words attach to the name when their chain of heads reaches the head through included relations only.
        var changed = true
        while changed {
            changed = false
            for index in range where !inName[index - range.lowerBound] {
                let parent = words[index].head - 1
                guard range.contains(parent), inName[parent - range.lowerBound],
                    !excludedRelations.contains(words[index].deprel),
                    !isPrepositional(index, in: words, anyPreposition: person)
                else { continue }
                inName[index - range.lowerBound] = true
                changed = true
            }
        }
        guard var first = range.first(where: { inName[$0 - range.lowerBound] }),
            var last = range.last(where: { inName[$0 - range.lowerBound] })
        else { return nil }
        // Stop at commas and brackets on either side of the head.
        for index in stride(from: head - 1, through: first, by: -1) where isBoundary(words[index]) {
            first = index + 1
            break
        }
        for index in (head + 1)..<(last + 1) where isBoundary(words[index]) {
            last = index - 1
            break
        }
        while first < last, isLeadingNoise(words[first]) { first += 1 }
        while last > first, isTrailingNoise(words[last]) { last -= 1 }
        return first..<(last + 1)
    }

    /// Where the name of a mention headed by `head` starts growing from: the head itself when it is a proper noun;
    /// otherwise the proper nouns attached to it by `flat` or `appos` after it, as GUM attaches a name to the
    /// title or description in front ("nominee *Ken Cuccinelli*", "her father *Mohammed Hadid*"), in one
    /// unbroken run. Empty when the mention names nothing.
    private static func nameSeeds(_ head: Int, in range: Range<Int>, _ words: [SyntaxWord]) -> [Int] {
        if words[head].upos == "PROPN" { return [head] }
        var seeds: [Int] = []
        for index in range where index > head && words[index].head == head + 1 {
            guard ["flat", "appos"].contains(words[index].deprel), words[index].upos == "PROPN" else { continue }
            if let last = seeds.last, index != last + 1 { break }
            seeds.append(index)
        }
        return seeds
    }

    /// Whether word `index` is a modifier introduced by a preposition that does not join names ("in", "at", "to").
    private static func isPrepositional(_ index: Int, in words: [SyntaxWord], anyPreposition: Bool) -> Bool {
        let relation = words[index].deprel
        guard relation.hasPrefix("nmod") || relation.hasPrefix("obl") else { return false }
        for word in words where word.head == index + 1 && word.deprel == "case" {
            let form = word.form
            if form == form.lowercased() && (anyPreposition || !nameInternalCase.contains(form)) { return true }
        }
        return false
    }

    /// The end of a person's name: the run of proper nouns (hyphens inside) that ends the span, without the
    /// title words in front ("US President Barack Obama" → "Barack Obama").
    private static func personalName(_ span: Range<Int>, _ words: [SyntaxWord]) -> Range<Int> {
        var first = span.upperBound - 1
        while first > span.lowerBound {
            let previous = words[first - 1]
            if previous.upos == "PROPN" {
                first -= 1
            } else if previous.form == "-", first - 2 >= span.lowerBound, words[first - 2].upos == "PROPN" {
                first -= 2
            } else {
                break
            }
        }
        while first < span.upperBound - 1, titles.contains(words[first].form.lowercased()) { first += 1 }
        return first..<span.upperBound
    }

    /// Persons that are only title words, and plural proper nouns typed person (groups, demonyms).
    private static func isTitleOrGroup(_ span: Range<Int>, type: EntitySpan.EntityType, _ words: [SyntaxWord]) -> Bool {
        guard type == .person else { return false }
        if span.count == 1, words[span.lowerBound].xpos == "NNPS" { return true }
        return words[span].allSatisfy { titles.contains($0.form.lowercased()) }
    }

    private static func isBoundary(_ word: SyntaxWord) -> Bool {
        ["," , "(", ")", "[", "]", ";", ":", "\"", "–", "—"].contains(word.form)
    }

    private static func isLeadingNoise(_ word: SyntaxWord) -> Bool {
        word.upos == "DET" || word.upos == "PUNCT" || word.form.lowercased() == "the"
    }

    private static func isTrailingNoise(_ word: SyntaxWord) -> Bool {
        word.upos == "PUNCT" || word.xpos == "POS" || word.form == "'s" || word.form == "'"
    }
}
