/// The parser's feature templates, after Zhang & Nivre (2011) adapted to the arc-hybrid system.
///
/// Positions: s0, s1, s2 (stack), b0, b1, b2 (buffer); the two leftmost and rightmost dependents of s0, the two
/// leftmost dependents of b0 (b0 has no right dependents in arc-hybrid) and the rightmost dependent of s1.
/// Values: lowercased form (w), lemma (l), UPOS (u), XPOS (t), form+XPOS (wt), 3-letter suffix, arc labels,
/// s0–b0 distance, valencies and the sets of dependent labels. Every template fires on every configuration
/// (absent positions have their own value), so the feature vector has a fixed length, `count`.
///
/// Lexical templates cost a cache miss each at run time, so those that did not pay for it were dropped: the lemma
/// appears only in the s0–b0 pair, and b1 and b2 have no suffix, lemma or form+tag templates.
///
/// Template `k` is the `k`-th feature of the vector `extract` writes (the key hashes `k`). The templates are
/// written by `Group`, by what their values depend on, so that the parser can reuse the scores of a group whose
/// words have not changed (`ParserFeatures+Groups.swift`).
enum ParserFeatures {
    /// Number of features extracted per configuration without clusters.
    static let count = 95

    /// Number of Brown-cluster features added when the sentence has clusters.
    static let clusterCount = 24

    /// Number of features extracted per configuration, with or without the cluster templates.
    static func count(clusters: Bool) -> Int { clusters ? count + clusterCount : count }

    /// Bumped whenever the templates change; stored in model files and checked on load.
    static let version = "zn2011-arc-hybrid-3"

    /// Bumped whenever the cluster templates change; stored in model files trained with clusters.
    static let clusterVersion = "koo2008-1"

    /// Hashes of small integers (distances, valencies, label sets use their own values).
    static let small: [UInt64] = (0..<16).map { FeatureHash.mix(0x5151_0000 &+ UInt64($0)) }

    /// `FeatureHash.seed` of every template, cluster templates included.
    static let seeds: [UInt64] = (0..<(count + clusterCount)).map { FeatureHash.seed(UInt64($0)) }

    /// The template of the bias feature, whose value never changes.
    static let biasTemplate = 94

    /// The bias feature's key.
    static var bias: UInt64 { FeatureHash.feature(UInt64(biasTemplate), small[15]) }

    @inline(__always)
    static func distanceBucket(_ distance: Int) -> Int {
        switch distance {
        case ..<1: 0
        case 1...4: distance
        case 5...7: 5
        case 8...12: 6
        default: 7
        }
    }

    /// Writes the features of `state` into `features` (length `count(clusters: sentence.hasClusters)`), feature
    /// `k` at index `k`; `labelValues[label + 1]` is the hash of a label (index 0 meaning "no arc").
    static func extract(
        _ state: ArcHybridState, _ sentence: ParserSentence, labelValues: [UInt64], into features: inout [UInt64]
    ) {
        let positions = Positions(state)
        features.withUnsafeMutableBufferPointer { out in
            seeds.withUnsafeBufferPointer { seeds in
                labelValues.withUnsafeBufferPointer { labelValues in
                    sentence.withTables { tables in
                        guard let outBase = out.baseAddress, let seedBase = seeds.baseAddress,
                            let labelBase = labelValues.baseAddress
                        else { return }
                        var writer = FeatureWriter(out: outBase, seeds: seedBase, byTemplate: true)
                        for group in Group.allCases {
                            write(group, positions, state, tables, labelValues: labelBase, to: &writer)
                        }
                        writer.add(biasTemplate, small[15])
                        assert(writer.count == count(clusters: sentence.hasClusters), "\(writer.count) templates fired")
                    }
                }
            }
        }
    }
}
