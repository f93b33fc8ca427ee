/// Generates the inflected forms of English verbs and nouns: regular morphology rules plus a table of
/// irregular verbs (`irregular-verbs.tsv`).
///
/// The forms are generated from the dictionary's lemmas at load time, so matching a token is one hash look-up.
public struct VerbInflector: Hashable, Sendable {
    /// Which inflection a surface form is.
    public enum Form: String, Hashable, Sendable {
        /// Base form ("send").
        case base
        /// Third person singular present ("sends").
        case thirdPerson
        /// Simple past ("sent").
        case past
        /// Past participle ("sent", "taken").
        case pastParticiple
        /// Present participle or gerund ("sending").
        case presentParticiple
        /// Noun plural or singular form.
        case noun
    }

    /// Irregular verbs: lemma → (past forms, past participles).
    public let irregular: [String: (past: [String], participle: [String])]

    /// Creates an inflector from the tab-separated irregular verb table.
    public init(irregularTable: String) {
        var table: [String: (past: [String], participle: [String])] = [:]
        for line in irregularTable.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3 else { continue }
            table[fields[0]] = (
                fields[1].split(separator: "|").map(String.init), fields[2].split(separator: "|").map(String.init)
            )
        }
        irregular = table
    }

    public static func == (lhs: VerbInflector, rhs: VerbInflector) -> Bool {
        lhs.irregular.keys.sorted() == rhs.irregular.keys.sorted()
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(irregular.count) }

    /// Every surface form of `lemma` as a verb, with the inflection each one is.
    ///
    /// Final consonants are emitted both doubled and single where English spelling varies ("traveled",
    /// "travelled"); over-generated forms are harmless because they never occur in text.
    public func verbForms(of lemma: String) -> [(String, Form)] {
        var forms: [(String, Form)] = [(lemma, .base)]
        let chars = Array(lemma)
        guard let last = chars.last else { return forms }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let beforeLast = chars.count >= 2 ? chars[chars.count - 2] : " "
        // Third person singular.
        if lemma.hasSuffix("s") || lemma.hasSuffix("x") || lemma.hasSuffix("z") || lemma.hasSuffix("ch")
            || lemma.hasSuffix("sh") || lemma.hasSuffix("o")
        {
            forms.append((lemma + "es", .thirdPerson))
        } else if last == "y", !vowels.contains(beforeLast) {
            forms.append((String(chars.dropLast()) + "ies", .thirdPerson))
        } else {
            forms.append((lemma + "s", .thirdPerson))
        }
        // Stems for -ed and -ing.
        var edStems: [String] = []
        var ingStems: [String] = []
        if lemma.hasSuffix("ie") {
            edStems.append(String(chars.dropLast()))
            ingStems.append(String(chars.dropLast(2)) + "y")
        } else if last == "e" {
            edStems.append(String(chars.dropLast()))
            ingStems.append(lemma.hasSuffix("ee") || lemma.hasSuffix("ye") || lemma.hasSuffix("oe")
                            ? lemma : String(chars.dropLast()))
        } else if last == "y", !vowels.contains(beforeLast) {
            edStems.append(String(chars.dropLast()) + "i")
            ingStems.append(lemma)
        } else {
            edStems.append(lemma)
            ingStems.append(lemma)
            let endsCVC = !vowels.contains(last) && vowels.contains(beforeLast) && !"wxy".contains(last)
                && (chars.count < 3 || !vowels.contains(chars[chars.count - 3]))
            if endsCVC {
                edStems.append(lemma + String(last))
                ingStems.append(lemma + String(last))
            }
            if lemma.hasSuffix("c") {
                edStems.append(lemma + "k")
                ingStems.append(lemma + "k")
            }
        }
        for stem in ingStems { forms.append((stem + "ing", .presentParticiple)) }
        if let irregular = irregular[lemma] {
            for past in irregular.past { forms.append((past, .past)) }
            for participle in irregular.participle { forms.append((participle, .pastParticiple)) }
        } else {
            // Every stem has lost a final "e" already: "agree" → "agre" → "agreed", "free" → "freed".
            for stem in edStems {
                forms.append((stem + "ed", .past))
                forms.append((stem + "ed", .pastParticiple))
            }
        }
        return forms
    }

    /// The singular and plural of a noun lemma (a lemma already plural, like "talks", is kept as is).
    public func nounForms(of lemma: String) -> [String] {
        if lemma.hasSuffix("s") { return [lemma] }
        let chars = Array(lemma)
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if let last = chars.last, last == "y", chars.count >= 2, !vowels.contains(chars[chars.count - 2]) {
            return [lemma, String(chars.dropLast()) + "ies"]
        }
        if lemma.hasSuffix("x") || lemma.hasSuffix("ch") || lemma.hasSuffix("sh") { return [lemma, lemma + "es"] }
        return [lemma, lemma + "s"]
    }
}
