/// The per-word hashes the parser's features read, computed once per sentence.
///
/// Entry 0 is ROOT, entries `1...n` the words, entry `n + 1` the "no word" sentinel (see `ArcHybridState`).
/// Word forms and lemmas are lowercased; `suffix` is the last three characters of the lowercased form.
struct ParserSentence {
    private(set) var word: [UInt64] = []
    private(set) var lemma: [UInt64] = []
    private(set) var upos: [UInt64] = []
    private(set) var xpos: [UInt64] = []
    /// Form and XPOS combined.
    private(set) var wordTag: [UInt64] = []
    private(set) var suffix: [UInt64] = []

    static let rootValue = FeatureHash.of("<ROOT>")
    static let noneValue = FeatureHash.of("<NONE>")

    /// Creates empty tables; call `load(_:)` before use.
    init() {}

    /// Computes the tables for `words`, reusing capacity.
    mutating func load(_ words: [SyntaxWord]) {
        word.removeAll(keepingCapacity: true)
        lemma.removeAll(keepingCapacity: true)
        upos.removeAll(keepingCapacity: true)
        xpos.removeAll(keepingCapacity: true)
        wordTag.removeAll(keepingCapacity: true)
        suffix.removeAll(keepingCapacity: true)
        append(Self.rootValue, Self.rootValue, Self.rootValue, Self.rootValue, Self.rootValue)
        for entry in words {
            let lower = entry.form.lowercased()
            let lemmaText = entry.lemma == "_" ? lower : entry.lemma.lowercased()
            append(
                FeatureHash.of(lower), FeatureHash.of(lemmaText), FeatureHash.of(entry.upos),
                FeatureHash.of(entry.xpos), FeatureHash.of(String(lower.suffix(3)))
            )
        }
        append(Self.noneValue, Self.noneValue, Self.noneValue, Self.noneValue, Self.noneValue)
    }

    private mutating func append(_ form: UInt64, _ lemmaHash: UInt64, _ uposHash: UInt64, _ xposHash: UInt64, _ suffixHash: UInt64) {
        word.append(form)
        lemma.append(lemmaHash)
        upos.append(uposHash)
        xpos.append(xposHash)
        wordTag.append(FeatureHash.mix(form ^ (xposHash &* 0x9e37_79b9_7f4a_7c15)))
        suffix.append(suffixHash)
    }
}
