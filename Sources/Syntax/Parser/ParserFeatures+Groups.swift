/// The parser's templates grouped by what their values depend on.
///
/// In the arc-hybrid system nothing below the stack top changes while the top stays (only SHIFT pushes, and
/// both arcs pop the top), and a word on the stack gets no more left dependents. So every template that reads
/// only s0, s1, s2, the left dependents of s0 and the rightmost dependent of s1 (`stack`) has the same value
/// whenever the same word is s0; every template that reads only b0, b1 and b2 (`buffer`) whenever the same word is
/// b0; every template over b0 and its left dependents (`bufferDependents`) whenever b0 and its number of left
/// dependents are the same; and every template over s0, its right dependents and the words below it
/// (`stackRight`) whenever s0 and its number of right dependents are the same (s0 comes back to the top after a
/// LEFT-ARC with its right dependents unchanged). The parser scores those groups once per word (and count) and
/// reuses the sums; the rest (`changing`: pairs of s0 and b0, distances) is scored at every step.
extension ParserFeatures {
    /// A set of templates whose values depend on the same part of the configuration.
    enum Group: CaseIterable {
        /// Templates over s0 together with b0: 31 with clusters, 25 without.
        case changing
        /// Templates over s0 with its right dependents (and s1 or the left dependents of s0, which do not change
        /// while s0 is on the stack): 15 with clusters, 13 without.
        case stackRight
        /// Templates over the stack below and at s0 and the left dependents of s0: 40 with clusters, 32 without.
        case stack
        /// Templates over b0, b1 and b2: 19 with clusters, 13 without.
        case buffer
        /// Templates over b0 and its left dependents: 13 with clusters, 11 without.
        case bufferDependents
    }

    /// The most features all groups write together (everything but the bias).
    static let groupedCount = count + clusterCount - 1

    /// The words a configuration's templates read (`ArcHybridState`'s sentinel where a position is empty).
    struct Positions {
        let s0: Int, s1: Int, s2: Int, b0: Int, b1: Int, b2: Int
        let s0l1: Int, s0l2: Int, s0r1: Int, s0r2: Int, b0l1: Int, b0l2: Int, s1r1: Int

        /// The positions of `state`.
        @inline(__always)
        init(_ state: ArcHybridState) {
            s0 = state.stackWord(0)
            s1 = state.stackWord(1)
            s2 = state.stackWord(2)
            b0 = state.bufferWord(0)
            b1 = state.bufferWord(1)
            b2 = state.bufferWord(2)
            s0l1 = state.leftmost[s0]
            s0l2 = state.secondLeftmost[s0]
            s0r1 = state.rightmost[s0]
            s0r2 = state.secondRightmost[s0]
            b0l1 = state.leftmost[b0]
            b0l2 = state.secondLeftmost[b0]
            s1r1 = state.rightmost[s1]
        }
    }

    /// Writes the features of `group` for the configuration `state` (whose words are `p`) to `writer`, reading
    /// the sentence's `tables`; `labelValues[label + 1]` is the hash of a label (index 0 meaning "no arc"). The
    /// cluster templates are written when the sentence has clusters.
    @inline(__always)
    static func write(
        _ group: Group, _ p: Positions, _ state: ArcHybridState, _ tables: ParserSentence.Tables,
        labelValues: UnsafePointer<UInt64>, to writer: inout FeatureWriter
    ) {
        let w = tables.word, l = tables.lemma, u = tables.upos, t = tables.xpos
        let wt = tables.wordTag, suffix = tables.suffix
        let label = state.label
        let s0 = p.s0, s1 = p.s1, s2 = p.s2, b0 = p.b0, b1 = p.b1, b2 = p.b2
        let s0l1 = p.s0l1, s0l2 = p.s0l2, s0r1 = p.s0r1, s0r2 = p.s0r2, b0l1 = p.b0l1, b0l2 = p.b0l2, s1r1 = p.s1r1
        switch group {
        case .changing:
            let none = state.none
            let distance = small[(s0 == none || b0 == none) ? 0 : distanceBucket(b0 - s0)]
            // Pairs of s0 and b0.
            writer.add(22, wt[s0], wt[b0]); writer.add(23, wt[s0], w[b0]); writer.add(24, w[s0], wt[b0])
            writer.add(25, wt[s0], t[b0]); writer.add(26, t[s0], wt[b0]); writer.add(27, w[s0], w[b0])
            writer.add(28, t[s0], t[b0]); writer.add(29, u[s0], u[b0]); writer.add(30, l[s0], l[b0])
            // Triples.
            writer.add(37, t[s0], t[b0], t[b1]); writer.add(38, t[s1], t[s0], t[b0])
            writer.add(39, t[s0], t[s0l1], t[b0]); writer.add(40, t[s0], t[s0r1], t[b0])
            writer.add(41, t[s0], t[b0], t[b0l1]); writer.add(49, u[s0], u[b0], u[b1])
            writer.add(50, u[s1], u[s0], u[b0]); writer.add(51, w[s0], t[b0], t[b1])
            writer.add(52, t[s0], w[b0], t[b1]); writer.add(53, w[s1], t[s0], t[b0])
            // Distance.
            writer.add(54, w[s0], distance); writer.add(55, t[s0], distance); writer.add(56, w[b0], distance)
            writer.add(57, t[b0], distance); writer.add(58, w[s0], w[b0], distance)
            writer.add(59, t[s0], t[b0], distance)
            guard let c = tables.cluster else { return }
            writer.add(105, c[s0].full, t[b0]); writer.add(106, t[s0], c[b0].full)
            writer.add(107, c[s0].prefix6, t[b0]); writer.add(108, t[s0], c[b0].prefix6)
            writer.add(109, c[s0].prefix4, c[b0].prefix4); writer.add(110, c[s0].prefix6, c[b0].prefix6)
        case .stackRight:
            let s0Right = small[min(state.rightCount[s0], 8)]
            let s0RightSet = FeatureHash.mix(state.rightLabels[s0] &+ 2)
            let labS0l1 = labelValues[label[s0l1] + 1], labS0r1 = labelValues[label[s0r1] + 1]
            let labS0r2 = labelValues[label[s0r2] + 1]
            writer.add(43, t[s1], t[s0], t[s0r1]); writer.add(46, t[s0], t[s0r1], t[s0r2])
            // Valency and the right dependents of s0.
            writer.add(60, w[s0], s0Right); writer.add(61, t[s0], s0Right)
            writer.add(69, w[s0r1]); writer.add(70, t[s0r1]); writer.add(71, labS0r1)
            writer.add(74, t[s0r2]); writer.add(75, labS0r2)
            writer.add(83, t[s0], labS0l1, labS0r1); writer.add(85, t[s0], labS0r1, labS0r2)
            writer.add(90, w[s0], s0RightSet); writer.add(91, t[s0], s0RightSet)
            guard let c = tables.cluster else { return }
            writer.add(114, c[s0r1].full); writer.add(116, t[s0], c[s0r1].prefix6)
        case .stack:
            let s0Left = small[min(state.leftCount[s0], 8)]
            let s0LeftSet = FeatureHash.mix(state.leftLabels[s0] &+ 1)
            let labS0l1 = labelValues[label[s0l1] + 1], labS0l2 = labelValues[label[s0l2] + 1]
            let labS1r1 = labelValues[label[s1r1] + 1]
            // Single words.
            writer.add(0, wt[s0]); writer.add(1, w[s0]); writer.add(2, t[s0]); writer.add(3, u[s0])
            writer.add(4, suffix[s0])
            writer.add(16, wt[s1]); writer.add(17, w[s1]); writer.add(18, t[s1]); writer.add(19, u[s1])
            writer.add(20, w[s2]); writer.add(21, t[s2])
            // Pairs and triples.
            writer.add(32, t[s1], t[s0]); writer.add(33, w[s1], w[s0]); writer.add(34, wt[s1], t[s0])
            writer.add(35, t[s1], wt[s0])
            writer.add(42, t[s1], t[s0], t[s0l1]); writer.add(44, t[s1], t[s1r1], t[s0])
            writer.add(45, t[s0], t[s0l1], t[s0l2]); writer.add(48, t[s2], t[s1], t[s0])
            // Valency, dependents and their labels.
            writer.add(62, w[s0], s0Left); writer.add(63, t[s0], s0Left)
            writer.add(66, w[s0l1]); writer.add(67, t[s0l1]); writer.add(68, labS0l1)
            writer.add(72, t[s0l2]); writer.add(73, labS0l2)
            writer.add(81, t[s1r1]); writer.add(82, labS1r1)
            writer.add(84, t[s0], labS0l1, labS0l2); writer.add(87, t[s1], labS1r1, t[s0])
            writer.add(88, w[s0], s0LeftSet); writer.add(89, t[s0], s0LeftSet)
            guard let c = tables.cluster else { return }
            writer.add(95, c[s0].full); writer.add(96, c[s0].prefix4); writer.add(97, c[s0].prefix6)
            writer.add(103, c[s1].full); writer.add(104, c[s1].prefix4)
            writer.add(111, c[s1].prefix6, t[s0]); writer.add(112, t[s1], c[s0].prefix6)
            writer.add(113, c[s0l1].full)
        case .buffer:
            writer.add(5, wt[b0]); writer.add(6, w[b0]); writer.add(7, t[b0]); writer.add(8, u[b0])
            writer.add(9, suffix[b0])
            writer.add(10, wt[b1]); writer.add(11, w[b1]); writer.add(12, t[b1]); writer.add(13, u[b1])
            writer.add(14, w[b2]); writer.add(15, t[b2])
            writer.add(31, t[b0], t[b1]); writer.add(36, t[b0], t[b1], t[b2])
            guard let c = tables.cluster else { return }
            writer.add(98, c[b0].full); writer.add(99, c[b0].prefix4); writer.add(100, c[b0].prefix6)
            writer.add(101, c[b1].full); writer.add(102, c[b1].prefix4)
            writer.add(118, c[b0].prefix6, t[b1])
        case .bufferDependents:
            let b0Left = small[min(state.leftCount[b0], 8)]
            let b0LeftSet = FeatureHash.mix(state.leftLabels[b0] &+ 3)
            let labB0l1 = labelValues[label[b0l1] + 1], labB0l2 = labelValues[label[b0l2] + 1]
            writer.add(47, t[b0], t[b0l1], t[b0l2])
            writer.add(64, w[b0], b0Left); writer.add(65, t[b0], b0Left)
            writer.add(76, w[b0l1]); writer.add(77, t[b0l1]); writer.add(78, labB0l1)
            writer.add(79, t[b0l2]); writer.add(80, labB0l2)
            writer.add(86, t[b0], labB0l1, labB0l2)
            writer.add(92, w[b0], b0LeftSet); writer.add(93, t[b0], b0LeftSet)
            guard let c = tables.cluster else { return }
            writer.add(115, c[b0l1].full); writer.add(117, t[b0], c[b0l1].prefix6)
        }
    }
}
