/// The label model's feature templates: what the dependent (always s0 in arc-hybrid), its new head (b0 for
/// LEFT-ARC, s1 for RIGHT-ARC), their dependents and neighbours say about the relation between them.
///
/// Every template is conjoined with the arc's direction, so left and right arcs learn separate weights and each
/// feature's row holds only the labels seen in its direction. Like `ParserFeatures`, every template fires on every
/// arc, so the feature vector has a fixed length, `count`.
enum ParserLabelFeatures {
    /// Number of features extracted per arc without clusters.
    static let count = 44

    /// Number of Brown-cluster features added when the sentence has clusters.
    static let clusterCount = 6

    /// Number of features extracted per arc, with or without the cluster templates.
    static func count(clusters: Bool) -> Int { clusters ? count + clusterCount : count }

    /// Writes the features of attaching s0 of `state` by `move` (`.left` or `.right`) into `features` (length
    /// `count(clusters: sentence.hasClusters)`); `labelValues[label + 1]` is the hash of a label (index 0 meaning "no arc").
    static func extract(
        _ state: ArcHybridState, _ sentence: ParserSentence, move: ParserTransitions.Move, labelValues: [UInt64],
        into features: inout [UInt64]
    ) {
        let small = ParserFeatures.small
        let isLeft = move == .left
        let d = state.stackWord(0)
        let h = isLeft ? state.bufferWord(0) : state.stackWord(1)
        let b0 = state.bufferWord(0), s1 = state.stackWord(1)
        let before = max(d - 1, 0), after = d + 1
        let dl1 = state.leftmost[d], dr1 = state.rightmost[d], hl1 = state.leftmost[h], hr1 = state.rightmost[h]
        let w = sentence.word, l = sentence.lemma, u = sentence.upos, t = sentence.xpos
        let wt = sentence.wordTag, suffix = sentence.suffix
        let label = state.label
        func lab(_ index: Int) -> UInt64 { labelValues[label[index] + 1] }
        let distance = small[h == 0 ? 0 : ParserFeatures.distanceBucket(abs(h - d))]
        let dLeftSet = FeatureHash.mix(state.leftLabels[d] &+ 1), dRightSet = FeatureHash.mix(state.rightLabels[d] &+ 2)
        let hLeftSet = FeatureHash.mix(state.leftLabels[h] &+ 3), hRightSet = FeatureHash.mix(state.rightLabels[h] &+ 4)
        let base: UInt64 = isLeft ? 1000 : 2000

        features.withUnsafeMutableBufferPointer { out in
            var k = 0
            @inline(__always) func add(_ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
                out[k] = FeatureHash.feature(base &+ UInt64(k), a, b, c)
                k += 1
            }
            // The dependent and the head.
            add(wt[d]); add(w[d]); add(t[d]); add(u[d]); add(suffix[d])
            add(wt[h]); add(t[h]); add(u[h]); add(l[h]); add(suffix[h])
            // Pairs.
            add(t[d], t[h]); add(w[d], t[h]); add(l[d], l[h]); add(u[d], u[h]); add(t[d], l[h])
            // Distance.
            add(distance); add(t[d], t[h], distance); add(w[d], distance)
            // The dependent's own dependents.
            add(lab(dl1)); add(lab(dr1)); add(t[d], lab(dl1), lab(dr1)); add(t[dl1]); add(t[dr1]); add(w[dl1])
            add(t[d], dLeftSet); add(t[d], dRightSet)
            // The dependent's first word under the head (a case marker says obl under a verb, nmod under a noun).
            add(w[dl1], t[h]); add(lab(dl1), t[h]); add(t[d], t[h], lab(dl1)); add(w[dl1], l[h])
            // The head's other dependents (a second subject or object is rare).
            add(t[h], hLeftSet); add(t[h], hRightSet); add(lab(hl1)); add(lab(hr1))
            add(t[d], t[h], hLeftSet); add(t[d], t[h], hRightSet)
            add(u[d], u[h], distance)
            // Neighbours.
            add(t[before]); add(t[after]); add(t[d], t[after]); add(t[before], t[d]); add(w[after])
            add(t[s1], t[b0])
            // Bias.
            add(small[15])
            assert(k == count, "ParserLabelFeatures.count is \(count) but \(k) templates fired")
            guard sentence.hasClusters else { return }
            let c = sentence.cluster
            add(c[d].full); add(c[h].full); add(c[d].prefix6, t[h]); add(t[d], c[h].prefix6)
            add(c[d].prefix4, c[h].prefix4); add(c[d].prefix6, l[h])
            assert(k == count + clusterCount, "ParserLabelFeatures.clusterCount is \(clusterCount) but \(k - count) fired")
        }
    }
}
