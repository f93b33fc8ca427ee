/// Lemmas from a form and its Penn Treebank tag: learnt exceptions first, then suffix rules checked against the
/// lemmas seen in training.
///
/// Training keeps only what the rules get wrong ("went"/VBD → "go", "children"/NNS → "child"), so the table is
/// small; the rules strip inflections ("-ies" → "-y", "-ed", "-ing", "-er", "-est") and choose, among the
/// candidate stems ("stopp", "stop", "stope"), the one that is a known lemma.
public struct Lemmatizer: Sendable {
    let exceptions: [UInt64: String]
    let knownLemmas: Set<UInt64>
    /// WordNet's words and irregular forms, consulted after the treebank's exceptions.
    public var wordClasses: WordClasses = .empty

    init(exceptions: [UInt64: String], knownLemmas: Set<UInt64>) {
        self.exceptions = exceptions
        self.knownLemmas = knownLemmas
    }

    static func key(_ lowered: String, _ xpos: String) -> UInt64 {
        FeatureHash.feature(77, FeatureHash.of(lowered), FeatureHash.of(xpos))
    }

    /// Sets `lemma` of every word from its form and `xpos`.
    public func lemmatize(_ words: inout [SyntaxWord]) {
        for index in words.indices { words[index].lemma = lemma(form: words[index].form, xpos: words[index].xpos) }
    }

    /// The lemma of `form` tagged `xpos`.
    public func lemma(form: String, xpos: String) -> String {
        let lowered = form.lowercased()
        if let exception = exceptions[Self.key(lowered, xpos)] { return exception }
        // "U.S.-based", "well-known": only the last part inflects.
        if lowered.utf8.contains(UInt8(ascii: "-")), let hyphen = lowered.lastIndex(of: "-"), hyphen != lowered.startIndex, lowered.index(after: hyphen) != lowered.endIndex,
           !["NNP", "NNPS"].contains(xpos)
        {
            let tail = String(lowered[lowered.index(after: hyphen)...])
            return String(lowered[...hyphen]) + lemma(form: tail, xpos: xpos)
        }
        if let letter = Self.wordNetLetter(xpos), let base = wordClasses.irregularBase(lowered, letter: letter) {
            return base
        }
        return ruleLemma(form: form, lowered: lowered, xpos: xpos)
    }

    /// The lemma the suffix rules give, before exceptions.
    func ruleLemma(form: String, lowered: String, xpos: String) -> String {
        switch xpos {
        case "NNP": return form
        case "NNPS": return stripPlural(form)
        case "NNS": return stripPlural(lowered)
        case "VBZ": return stripPlural(lowered)
        case "VBD", "VBN": return stripSuffix(lowered, "ed", fallback: lowered.hasSuffix("ed") ? String(lowered.dropLast(2)) : lowered)
        case "VBG": return stripSuffix(lowered, "ing", fallback: lowered.hasSuffix("ing") ? String(lowered.dropLast(3)) : lowered)
        case "JJR", "RBR": return stripSuffix(lowered, "er", fallback: lowered)
        case "JJS", "RBS": return stripSuffix(lowered, "est", fallback: lowered)
        default: return form == "I" ? "I" : lowered
        }
    }

    private func known(_ candidate: String) -> Bool {
        knownLemmas.contains(FeatureHash.of(candidate)) || wordClasses.contains(candidate)
    }

    /// WordNet's class letter for the inflected Penn Treebank tags.
    static func wordNetLetter(_ xpos: String) -> Character? {
        switch xpos {
        case "NNS": "n"
        case "VBD", "VBN", "VBG", "VBZ": "v"
        case "JJR", "JJS": "a"
        case "RBR", "RBS": "r"
        default: nil
        }
    }

    private func stripPlural(_ word: String) -> String {
        // The shortest change first: "ties" → "tie" (not "ti"), "rates" → "rate", then "boxes" → "box",
        // "countries" → "country".
        var candidates: [String] = []
        if word.hasSuffix("s"), !word.hasSuffix("ss") { candidates.append(String(word.dropLast())) }
        if word.hasSuffix("es") { candidates.append(String(word.dropLast(2))) }
        if word.hasSuffix("ies"), word.count > 4 { candidates.append(String(word.dropLast(3)) + "y") }
        if let found = candidates.first(where: known) { return found }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        for ending in ["sses", "xes", "ches", "shes", "zes"] where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }

    private func stripSuffix(_ word: String, _ suffix: String, fallback: String) -> String {
        guard word.hasSuffix(suffix), word.count > suffix.count + 1 else { return word }
        let stem = String(word.dropLast(suffix.count))
        var candidates = [stem, stem + "e"]
        if let last = stem.last, let before = stem.dropLast().last, last == before, !"aeiou".contains(last) {
            candidates.insert(String(stem.dropLast()), at: 0)
        }
        if stem.hasSuffix("i") { candidates.append(String(stem.dropLast()) + "y") }
        // A verb's stem is a verb: "fired" is "fire", not the tree "fir". When both stems are verbs the one with
        // "e" is meant ("fined", "hoped", "dined"), since the other would double its consonant ("hopped").
        if suffix == "ed" || suffix == "ing" {
            if wordClasses.isVerb(stem + "e"), !(stem.last.map { "aeiouy".contains($0) } ?? true) || stem.hasSuffix("u") {
                return stem + "e"
            }
            if let verb = candidates.first(where: wordClasses.isVerb) { return verb }
        }
        if let found = candidates.first(where: known) { return found }
        if stem.hasSuffix("i"), suffix != "ing" { return String(stem.dropLast()) + "y" }
        if let last = stem.last, let before = stem.dropLast().last, last == before, !"aeioulsz".contains(last) {
            return String(stem.dropLast())
        }
        return fallback
    }
}
