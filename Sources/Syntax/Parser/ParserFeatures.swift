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

    /// Writes the features of `state` into `features` (length `count(clusters: sentence.hasClusters)`);
    /// `labelValues[label + 1]` is the hash of a label (index 0 meaning "no arc").
    static func extract(
        _ state: ArcHybridState, _ sentence: ParserSentence, labelValues: [UInt64], into features: inout [UInt64]
    ) {
        let none = state.none
        let s0 = state.stackWord(0), s1 = state.stackWord(1), s2 = state.stackWord(2)
        let b0 = state.bufferWord(0), b1 = state.bufferWord(1), b2 = state.bufferWord(2)
        let s0l1 = state.leftmost[s0], s0l2 = state.secondLeftmost[s0]
        let s0r1 = state.rightmost[s0], s0r2 = state.secondRightmost[s0]
        let b0l1 = state.leftmost[b0], b0l2 = state.secondLeftmost[b0]
        let s1r1 = state.rightmost[s1]
        let w = sentence.word, l = sentence.lemma, u = sentence.upos, t = sentence.xpos
        let wt = sentence.wordTag, suffix = sentence.suffix
        let label = state.label
        func lab(_ index: Int) -> UInt64 { labelValues[label[index] + 1] }
        let distance = small[(s0 == none || b0 == none) ? 0 : distanceBucket(b0 - s0)]
        let s0Right = small[min(state.rightCount[s0], 8)], s0Left = small[min(state.leftCount[s0], 8)]
        let b0Left = small[min(state.leftCount[b0], 8)]
        let s0LeftSet = FeatureHash.mix(state.leftLabels[s0] &+ 1), s0RightSet = FeatureHash.mix(state.rightLabels[s0] &+ 2)
        let b0LeftSet = FeatureHash.mix(state.leftLabels[b0] &+ 3)

        features.withUnsafeMutableBufferPointer { out in
            var k = 0
            @inline(__always) func add(_ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
                out[k] = FeatureHash.feature(UInt64(k), a, b, c)
                k += 1
            }
            // Single words.
            add(wt[s0]); add(w[s0]); add(t[s0]); add(u[s0]); add(suffix[s0])
            add(wt[b0]); add(w[b0]); add(t[b0]); add(u[b0]); add(suffix[b0])
            add(wt[b1]); add(w[b1]); add(t[b1]); add(u[b1])
            add(w[b2]); add(t[b2])
            add(wt[s1]); add(w[s1]); add(t[s1]); add(u[s1])
            add(w[s2]); add(t[s2])
            // Pairs of s0 and b0.
            add(wt[s0], wt[b0]); add(wt[s0], w[b0]); add(w[s0], wt[b0]); add(wt[s0], t[b0]); add(t[s0], wt[b0])
            add(w[s0], w[b0]); add(t[s0], t[b0]); add(u[s0], u[b0]); add(l[s0], l[b0])
            add(t[b0], t[b1]); add(t[s1], t[s0]); add(w[s1], w[s0]); add(wt[s1], t[s0]); add(t[s1], wt[s0])
            // Triples.
            add(t[b0], t[b1], t[b2]); add(t[s0], t[b0], t[b1]); add(t[s1], t[s0], t[b0])
            add(t[s0], t[s0l1], t[b0]); add(t[s0], t[s0r1], t[b0]); add(t[s0], t[b0], t[b0l1])
            add(t[s1], t[s0], t[s0l1]); add(t[s1], t[s0], t[s0r1]); add(t[s1], t[s1r1], t[s0])
            add(t[s0], t[s0l1], t[s0l2]); add(t[s0], t[s0r1], t[s0r2]); add(t[b0], t[b0l1], t[b0l2])
            add(t[s2], t[s1], t[s0]); add(u[s0], u[b0], u[b1]); add(u[s1], u[s0], u[b0])
            add(w[s0], t[b0], t[b1]); add(t[s0], w[b0], t[b1]); add(w[s1], t[s0], t[b0])
            // Distance.
            add(w[s0], distance); add(t[s0], distance); add(w[b0], distance); add(t[b0], distance)
            add(w[s0], w[b0], distance); add(t[s0], t[b0], distance)
            // Valency.
            add(w[s0], s0Right); add(t[s0], s0Right); add(w[s0], s0Left); add(t[s0], s0Left)
            add(w[b0], b0Left); add(t[b0], b0Left)
            // Dependents: forms, tags and labels.
            add(w[s0l1]); add(t[s0l1]); add(lab(s0l1)); add(w[s0r1]); add(t[s0r1]); add(lab(s0r1))
            add(t[s0l2]); add(lab(s0l2)); add(t[s0r2]); add(lab(s0r2))
            add(w[b0l1]); add(t[b0l1]); add(lab(b0l1)); add(t[b0l2]); add(lab(b0l2))
            add(t[s1r1]); add(lab(s1r1))
            add(t[s0], lab(s0l1), lab(s0r1)); add(t[s0], lab(s0l1), lab(s0l2)); add(t[s0], lab(s0r1), lab(s0r2))
            add(t[b0], lab(b0l1), lab(b0l2)); add(t[s1], lab(s1r1), t[s0])
            // Label sets.
            add(w[s0], s0LeftSet); add(t[s0], s0LeftSet); add(w[s0], s0RightSet); add(t[s0], s0RightSet)
            add(w[b0], b0LeftSet); add(t[b0], b0LeftSet)
            // Bias.
            add(small[15])
            assert(k == count, "ParserFeatures.count is \(count) but \(k) templates fired")
            guard sentence.hasClusters else { return }
            // Brown clusters of s0, b0, b1, s1 and the dependents, alone and with the other word's tag.
            let c = sentence.cluster
            add(c[s0].full); add(c[s0].prefix4); add(c[s0].prefix6)
            add(c[b0].full); add(c[b0].prefix4); add(c[b0].prefix6)
            add(c[b1].full); add(c[b1].prefix4); add(c[s1].full); add(c[s1].prefix4)
            add(c[s0].full, t[b0]); add(t[s0], c[b0].full); add(c[s0].prefix6, t[b0]); add(t[s0], c[b0].prefix6)
            add(c[s0].prefix4, c[b0].prefix4); add(c[s0].prefix6, c[b0].prefix6)
            add(c[s1].prefix6, t[s0]); add(t[s1], c[s0].prefix6)
            add(c[s0l1].full); add(c[s0r1].full); add(c[b0l1].full)
            add(t[s0], c[s0r1].prefix6); add(t[b0], c[b0l1].prefix6); add(c[b0].prefix6, t[b1])
            assert(k == count + clusterCount, "ParserFeatures.clusterCount is \(clusterCount) but \(k - count) fired")
        }
    }
}
