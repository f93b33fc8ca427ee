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
    /// Brown clusters (form as written, else lower-cased); empty when the parser uses none.
    private(set) var cluster: [ClusterFeatures] = []

    static let rootValue = FeatureHash.of("<ROOT>")
    static let noneValue = FeatureHash.of("<NONE>")

    /// Creates empty tables; call `load(_:)` before use.
    init() {}

    /// Whether the cluster tables are filled.
    var hasClusters: Bool { !cluster.isEmpty }

    /// The tables in place, for feature extraction without bounds checks or reference counting.
    struct Tables {
        let word: UnsafePointer<UInt64>
        let lemma: UnsafePointer<UInt64>
        let upos: UnsafePointer<UInt64>
        let xpos: UnsafePointer<UInt64>
        let wordTag: UnsafePointer<UInt64>
        let suffix: UnsafePointer<UInt64>
        /// Brown clusters; `nil` when the parser uses none.
        let cluster: UnsafePointer<ClusterFeatures>?
    }

    /// Calls `body` with the tables in place (valid only during the call); the sentence must be loaded.
    func withTables<Result>(_ body: (Tables) throws -> Result) rethrows -> Result {
        precondition(!word.isEmpty, "ParserSentence.withTables before load")
        return try word.withUnsafeBufferPointer { word in
            try lemma.withUnsafeBufferPointer { lemma in
                try upos.withUnsafeBufferPointer { upos in
                    try xpos.withUnsafeBufferPointer { xpos in
                        try wordTag.withUnsafeBufferPointer { wordTag in
                            try suffix.withUnsafeBufferPointer { suffix in
                                try cluster.withUnsafeBufferPointer { cluster in
                                    try body(Tables(
                                        word: word.baseAddress!, lemma: lemma.baseAddress!, upos: upos.baseAddress!,
                                        xpos: xpos.baseAddress!, wordTag: wordTag.baseAddress!,
                                        suffix: suffix.baseAddress!,
                                        cluster: cluster.isEmpty ? nil : cluster.baseAddress))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Computes the tables for `words`, reusing capacity; a non-empty `clusters` fills the cluster table too.
    mutating func load(_ words: [SyntaxWord], clusters: WordClusters = .empty) {
        word.removeAll(keepingCapacity: true)
        lemma.removeAll(keepingCapacity: true)
        upos.removeAll(keepingCapacity: true)
        xpos.removeAll(keepingCapacity: true)
        wordTag.removeAll(keepingCapacity: true)
        suffix.removeAll(keepingCapacity: true)
        cluster.removeAll(keepingCapacity: true)
        let useClusters = !clusters.isEmpty
        // ROOT, the words and the sentinel: one allocation per table, not a few growths.
        let size = words.count + 2
        word.reserveCapacity(size)
        lemma.reserveCapacity(size)
        upos.reserveCapacity(size)
        xpos.reserveCapacity(size)
        wordTag.reserveCapacity(size)
        suffix.reserveCapacity(size)
        if useClusters { cluster.reserveCapacity(size) }
        if useClusters { cluster.append(.boundary) }
        append(Self.rootValue, Self.rootValue, Self.rootValue, Self.rootValue, Self.rootValue)
        for entry in words {
            if let (form, lemmaHash, suffixHash, written) = Self.asciiHashes(entry) {
                append(form, lemmaHash, FeatureHash.of(entry.upos), FeatureHash.of(entry.xpos), suffixHash)
                if useClusters { cluster.append(ClusterFeatures(path: clusters.path(form: written, lower: form))) }
                continue
            }
            let lower = entry.form.lowercased()
            if useClusters {
                cluster.append(
                    ClusterFeatures(path: clusters.path(form: FeatureHash.of(entry.form), lower: FeatureHash.of(lower))))
            }
            let lemmaText = entry.lemma == "_" ? lower : entry.lemma.lowercased()
            append(
                FeatureHash.of(lower), FeatureHash.of(lemmaText), FeatureHash.of(entry.upos),
                FeatureHash.of(entry.xpos), FeatureHash.of(String(lower.suffix(3)))
            )
        }
        append(Self.noneValue, Self.noneValue, Self.noneValue, Self.noneValue, Self.noneValue)
        if useClusters { cluster.append(.boundary) }
    }

    /// The lower-cased form, lemma and suffix hashes of a word whose form and lemma are ASCII (without carriage
    /// returns, so that characters are bytes), computed from the bytes without building strings; equal to the
    /// hashes `load` computes from `lowercased()` strings; then the hash of the form as written. `nil` for any
    /// other word.
    private static func asciiHashes(_ entry: SyntaxWord) -> (UInt64, UInt64, UInt64, UInt64)? {
        @inline(__always) func lowered(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
        var form: UInt64 = 0xcbf2_9ce4_8422_2325
        var written = form
        var last: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var count = 0
        for byte in entry.form.utf8 {
            guard byte < 0x80, byte != 0x0D else { return nil }
            let lower = lowered(byte)
            form = FeatureHash.continued(form, ascii: lower)
            written = FeatureHash.continued(written, ascii: byte)
            last = (last.1, last.2, lower)
            count += 1
        }
        var suffix: UInt64 = 0xcbf2_9ce4_8422_2325
        if count >= 3 { suffix = FeatureHash.continued(suffix, ascii: last.0) }
        if count >= 2 { suffix = FeatureHash.continued(suffix, ascii: last.1) }
        if count >= 1 { suffix = FeatureHash.continued(suffix, ascii: last.2) }
        guard entry.lemma != "_" else { return (form, form, suffix, written) }
        var lemma: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in entry.lemma.utf8 {
            guard byte < 0x80, byte != 0x0D else { return nil }
            lemma = FeatureHash.continued(lemma, ascii: lowered(byte))
        }
        return (form, lemma, suffix, written)
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
