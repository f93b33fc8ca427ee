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

    /// `FeatureHash.seed` of every template: left arcs (templates 1000 + k) first, then right arcs (2000 + k).
    static let seeds: [UInt64] = [1000, 2000].flatMap { base in
        (0..<(count + clusterCount)).map { FeatureHash.seed(UInt64(base + $0)) }
    }

    /// Writes the features of attaching s0 of `state` by `move` (`.left` or `.right`) into `features` (length
    /// `count(clusters: sentence.hasClusters)`); `labelValues[label + 1]` is the hash of a label (index 0 meaning
    /// "no arc").
    static func extract(
        _ state: ArcHybridState, _ sentence: ParserSentence, move: ParserTransitions.Move, labelValues: [UInt64],
        into features: inout [UInt64]
    ) {
        sentence.withTables { tables in
            labelValues.withUnsafeBufferPointer { labelValues in
                guard let labelValues = labelValues.baseAddress else { return }
                extract(state, tables, move: move, labelValues: labelValues, into: &features)
            }
        }
    }

    /// `extract(_:_:move:labelValues:into:)` reading the sentence's `tables` in place.
    static func extract(
        _ state: ArcHybridState, _ tables: ParserSentence.Tables, move: ParserTransitions.Move,
        labelValues: UnsafePointer<UInt64>, into features: inout [UInt64]
    ) {
        let small = ParserFeatures.small
        let isLeft = move == .left
        let d = state.stackWord(0)
        let h = isLeft ? state.bufferWord(0) : state.stackWord(1)
        let b0 = state.bufferWord(0), s1 = state.stackWord(1)
        let before = max(d - 1, 0), after = d + 1
        let dl1 = state.leftmost[d], dr1 = state.rightmost[d], hl1 = state.leftmost[h], hr1 = state.rightmost[h]
        let w = tables.word, l = tables.lemma, u = tables.upos, t = tables.xpos
        let wt = tables.wordTag, suffix = tables.suffix
        let label = state.label
        let labDl1 = labelValues[label[dl1] + 1], labDr1 = labelValues[label[dr1] + 1]
        let labHl1 = labelValues[label[hl1] + 1], labHr1 = labelValues[label[hr1] + 1]
        let distance = small[h == 0 ? 0 : ParserFeatures.distanceBucket(abs(h - d))]
        let dLeftSet = FeatureHash.mix(state.leftLabels[d] &+ 1), dRightSet = FeatureHash.mix(state.rightLabels[d] &+ 2)
        let hLeftSet = FeatureHash.mix(state.leftLabels[h] &+ 3), hRightSet = FeatureHash.mix(state.rightLabels[h] &+ 4)

        features.withUnsafeMutableBufferPointer { out in
            seeds.withUnsafeBufferPointer { seeds in
                guard let outBase = out.baseAddress, let seedBase = seeds.baseAddress else { return }
                var writer = FeatureWriter(
                    out: outBase, seeds: seedBase + (isLeft ? 0 : count + clusterCount), byTemplate: true)
                // The dependent and the head.
                writer.add(0, wt[d]); writer.add(1, w[d]); writer.add(2, t[d]); writer.add(3, u[d])
                writer.add(4, suffix[d])
                writer.add(5, wt[h]); writer.add(6, t[h]); writer.add(7, u[h]); writer.add(8, l[h])
                writer.add(9, suffix[h])
                // Pairs.
                writer.add(10, t[d], t[h]); writer.add(11, w[d], t[h]); writer.add(12, l[d], l[h])
                writer.add(13, u[d], u[h]); writer.add(14, t[d], l[h])
                // Distance.
                writer.add(15, distance); writer.add(16, t[d], t[h], distance); writer.add(17, w[d], distance)
                // The dependent's own dependents.
                writer.add(18, labDl1); writer.add(19, labDr1); writer.add(20, t[d], labDl1, labDr1)
                writer.add(21, t[dl1]); writer.add(22, t[dr1]); writer.add(23, w[dl1])
                writer.add(24, t[d], dLeftSet); writer.add(25, t[d], dRightSet)
                // The dependent's first word under the head (a case marker says obl under a verb, nmod under a noun).
                writer.add(26, w[dl1], t[h]); writer.add(27, labDl1, t[h]); writer.add(28, t[d], t[h], labDl1)
                writer.add(29, w[dl1], l[h])
                // The head's other dependents (a second subject or object is rare).
                writer.add(30, t[h], hLeftSet); writer.add(31, t[h], hRightSet); writer.add(32, labHl1)
                writer.add(33, labHr1)
                writer.add(34, t[d], t[h], hLeftSet); writer.add(35, t[d], t[h], hRightSet)
                writer.add(36, u[d], u[h], distance)
                // Neighbours.
                writer.add(37, t[before]); writer.add(38, t[after]); writer.add(39, t[d], t[after])
                writer.add(40, t[before], t[d]); writer.add(41, w[after])
                writer.add(42, t[s1], t[b0])
                // Bias.
                writer.add(43, small[15])
                assert(
                    writer.count == count, "ParserLabelFeatures.count is \(count) but \(writer.count) templates fired")
                guard let c = tables.cluster else { return }
                writer.add(44, c[d].full); writer.add(45, c[h].full); writer.add(46, c[d].prefix6, t[h])
                writer.add(47, t[d], c[h].prefix6)
                writer.add(48, c[d].prefix4, c[h].prefix4); writer.add(49, c[d].prefix6, l[h])
                assert(
                    writer.count == count + clusterCount,
                    "ParserLabelFeatures.clusterCount is \(clusterCount) but \(writer.count - count) fired")
            }
        }
    }
}
