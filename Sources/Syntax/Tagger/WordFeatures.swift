/// Hashes of the surface properties of one word that the tagger builds features from.
///
/// Computed once per word per sentence straight from the word's UTF-8 bytes (lower-casing ASCII in place), so
/// feature extraction combines precomputed 64-bit values and never builds strings.
public struct WordFeatures: Sendable {
    /// The word as written.
    public var form: UInt64
    /// The word lower-cased.
    public var lower: UInt64
    /// Last 1, 2, 3 and 4 bytes of the lower-cased word.
    public var suffix: (UInt64, UInt64, UInt64, UInt64)
    /// First 1, 2 and 3 bytes of the lower-cased word.
    public var prefix: (UInt64, UInt64, UInt64)
    /// The word's shape with runs collapsed ("Xx", "d", "X.X.", "x-x"), hashed.
    public var shape: UInt64
    /// Small flags: 1 capitalised, 2 all capitals, 4 has a digit, 8 has a hyphen, 16 has a period.
    public var flags: UInt64
    /// WordNet class signature of the lower-cased word (`WordClasses.signature`), 0 without classes.
    public var classes: UInt64
    /// The UPOS tags the lower-cased word took in training (`TagLexicon`), 0 for an unseen word.
    public var ambiguity: UInt64
    /// The word's Brown cluster (as written, else lower-cased) as feature values.
    var cluster: ClusterFeatures

    /// The features of `form`, with WordNet classes from `wordClasses`, the training tags from `lexicon` and the
    /// Brown cluster from `clusters`.
    public init(
        _ form: String, wordClasses: WordClasses = .empty, lexicon: TagLexicon = .empty, clusters: WordClusters = .empty
    ) {
        var text = form
        self = text.withUTF8 { bytes in
            if bytes.allSatisfy({ $0 < 0x80 }) {
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lower in
                    for (index, byte) in bytes.enumerated() {
                        lower[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                    }
                    return WordFeatures(
                        original: bytes, lower: UnsafeBufferPointer(lower), wordClasses: wordClasses, lexicon: lexicon,
                        clusters: clusters
                    )
                }
            }
            var lowered = form.lowercased()
            return lowered.withUTF8 {
                WordFeatures(
                    original: bytes, lower: $0, wordClasses: wordClasses, lexicon: lexicon, clusters: clusters)
            }
        }
    }

    private init(
        original: UnsafeBufferPointer<UInt8>, lower: UnsafeBufferPointer<UInt8>, wordClasses: WordClasses,
        lexicon: TagLexicon, clusters: WordClusters
    ) {
        form = FeatureHash.of(bytes: original[...])
        self.lower = FeatureHash.of(bytes: lower[...])
        func tail(_ count: Int) -> UInt64 { FeatureHash.of(bytes: lower.suffix(count)) &+ UInt64(count) }
        func head(_ count: Int) -> UInt64 { FeatureHash.of(bytes: lower.prefix(count)) &+ UInt64(count) &* 7 }
        suffix = (tail(1), tail(2), tail(3), tail(4))
        prefix = (head(1), head(2), head(3))
        var shapeHash: UInt64 = 0xcbf2_9ce4_8422_2325
        var last: UInt8 = 0
        var flags: UInt64 = 0
        var letters = 0
        var capitals = 0
        for byte in original {
            let kind: UInt8
            switch byte {
            case 0x41...0x5A:
                kind = UInt8(ascii: "X")
                capitals += 1
                letters += 1
            case 0x61...0x7A, 0x80...0xFF:
                kind = UInt8(ascii: "x")
                letters += 1
            case 0x30...0x39:
                kind = UInt8(ascii: "d")
                flags |= 4
            default:
                kind = byte
                if byte == UInt8(ascii: "-") { flags |= 8 }
                if byte == UInt8(ascii: ".") { flags |= 16 }
            }
            if kind != last {
                shapeHash ^= UInt64(kind)
                shapeHash &*= 0x0000_0100_0000_01b3
            }
            last = kind
        }
        if let first = original.first, first >= 0x41 && first <= 0x5A { flags |= 1 }
        if letters > 1, capitals == letters { flags |= 2 }
        self.flags = flags
        shape = shapeHash
        classes = wordClasses.signature(lowerBytes: lower)
        ambiguity = lexicon.ambiguityClass(ofLower: self.lower)
        cluster = clusters.isEmpty ? .none : ClusterFeatures(path: clusters.path(form: form, lower: self.lower))
    }

    /// Stand-in features for positions before the start or after the end of a sentence.
    public static let boundary: WordFeatures = {
        var boundary = WordFeatures("<S>")
        boundary.ambiguity = 1 << 20
        boundary.cluster = .boundary
        return boundary
    }()
}
