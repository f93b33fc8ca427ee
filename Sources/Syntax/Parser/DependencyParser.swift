/// A greedy transition-based dependency parser (arc-hybrid system, averaged-perceptron model).
///
/// The parser reads each word's form, lemma, UPOS and XPOS and writes its head and Universal Dependencies
/// relation. Output trees are always well formed: exactly one word attached to ROOT (with `root`), every other
/// word attached to a word of the sentence, no cycles, projective. Parsing is deterministic and allocates only
/// a few tables per sentence, none per transition.
///
/// Train one with `DependencyParserTrainer`; store it with `archive(metadata:)` and read it back with
/// `init(archive:path:)`.
public struct DependencyParser: Sendable {
    /// The model file kind.
    public static let archiveKind = "parser"

    /// The dependency labels the parser can assign (full UD relations with subtypes), in class order.
    public let labels: [String]
    /// Scores SHIFT, LEFT-ARC and RIGHT-ARC (`ParserTransitions.Move` raw values).
    let moveTable: ParserMoveTable
    /// Scores the label of an arc, one class per label.
    let labelModel: LinearModel
    let moveScorer: ParserMoveScorer
    let labelScorer: ParserScorer
    let transitions: ParserTransitions
    /// `labelValues[label + 1]` is the feature value of a label; index 0 stands for "no arc".
    let labelValues: [UInt64]
    /// Brown clusters as features (`empty` for a parser trained without them).
    let clusters: WordClusters
    /// The move scores of the bias feature, the same in every configuration.
    let biasScores: MoveScores

    /// Wraps trained models over `labels`; the caller guarantees that `labels` contains `root` and one other
    /// label and that `labelModel` has `labels.count` classes.
    init(labels: [String], moveTable: ParserMoveTable, labelModel: LinearModel, clusters: WordClusters = .empty) {
        self.labels = labels
        self.clusters = clusters
        self.moveTable = moveTable
        self.labelModel = labelModel
        let moveScorer = ParserMoveScorer(moveTable)
        self.moveScorer = moveScorer
        self.labelScorer = ParserScorer(labelModel)
        self.transitions = ParserTransitions(
            labelCount: labels.count, rootLabel: labels.firstIndex(of: "root") ?? 0
        )
        self.labelValues = [FeatureHash.of("<NO-ARC>")] + labels.map { FeatureHash.of($0) }
        self.biasScores = [ParserFeatures.bias].withUnsafeBufferPointer { moveScorer.scores(of: $0) }
    }

    /// Parses one sentence: sets `head` (1-based, 0 for the root) and `deprel` of every word.
    ///
    /// Each step scores the three moves (skipped when only one is legal) and, for an arc, the labels it may take
    /// (skipped for the arc onto ROOT, which can only be `root`). The move scores of the template groups that
    /// depend only on s0 or on b0 are looked up once per word and reused (`ParserScoreCache`).
    /// - Parameter words: the sentence's words with their forms, lemmas and tags; an empty sentence is left alone.
    /// - Complexity: O(n) transitions for n words, each scoring a fixed number of features.
    public func parse(_ words: inout [SyntaxWord]) {
        guard !words.isEmpty else { return }
        var sentence = ParserSentence()
        sentence.load(words, clusters: clusters)
        var state = ArcHybridState(wordCount: words.count)
        sentence.withTables { tables in
            labelValues.withUnsafeBufferPointer { labelValues in
                ParserFeatures.seeds.withUnsafeBufferPointer { seeds in
                    guard let labelValues = labelValues.baseAddress, let seeds = seeds.baseAddress else { return }
                    run(&state, tables, labelValues: labelValues, seeds: seeds)
                }
            }
        }
        for index in words.indices {
            let head = state.head[index + 1]
            let label = state.label[index + 1]
            words[index].head = head >= 0 ? head : 0
            words[index].deprel = label >= 0 ? labels[label] : "dep"
        }
    }

    /// Makes transitions from `state` until it is terminal, reading the sentence's `tables`, the label hashes and
    /// the move templates' `seeds` in place.
    private func run(
        _ state: inout ArcHybridState, _ tables: ParserSentence.Tables, labelValues: UnsafePointer<UInt64>,
        seeds: UnsafePointer<UInt64>
    ) {
        var cache = ParserScoreCache(size: state.wordCount + 2)
        var scratch = MoveScratch()
        var labelFeatures = [UInt64](repeating: 0, count: ParserLabelFeatures.count(clusters: tables.cluster != nil))
        var scores = [Int32](repeating: 0, count: transitions.labelCount)
        while !state.isTerminal {
            let rightMode = state.rightMode
            let allowed = transitions.masks[ParserTransitions.maskIndex(
                shift: state.canShift, left: state.canLeft, right: rightMode
            )]
            let choice: Int
            if (allowed[0] ? 1 : 0) + (allowed[1] ? 1 : 0) + (allowed[2] ? 1 : 0) > 1 {
                let moves = moveScores(
                    state, tables, labelValues: labelValues, seeds: seeds, cache: &cache, scratch: &scratch)
                choice = moves.best(allowed: allowed)
            } else {
                choice = allowed[0] ? 0 : (allowed[1] ? 1 : (allowed[2] ? 2 : -1))
            }
            guard let move = ParserTransitions.Move(rawValue: choice) else { break }
            var label = -1
            if move == .right && rightMode == .root {
                label = transitions.rootLabel
            } else if move != .shift {
                ParserLabelFeatures.extract(state, tables, move: move, labelValues: labelValues, into: &labelFeatures)
                label = labelScorer.predict(
                    labelFeatures, scores: &scores, allowed: transitions.labels(for: move, right: rightMode)
                )
            }
            state.apply(move, label: label)
        }
    }

    /// Reused buffers of `moveScores`: one sentence's worth, none allocated per transition.
    private struct MoveScratch {
        /// The features of the groups not kept, in runs, one run per group.
        var features = [UInt64](repeating: 0, count: ParserFeatures.groupedCount)
        /// Each run's group.
        var groups: [ParserFeatures.Group] = []
        /// Each run's end in `features`.
        var ends = [Int](repeating: 0, count: ParserFeatures.Group.allCases.count)
        /// Each run's scores.
        var sums = [MoveScores](repeating: MoveScores(), count: ParserFeatures.Group.allCases.count)
    }

    /// The move scores of `state`: the bias, the groups `cache` keeps for its words, and the features of the
    /// other groups, written to `scratch` from the sentence's `tables`, the label hashes and the template
    /// `seeds`, looked up together and kept.
    private func moveScores(
        _ state: ArcHybridState, _ tables: ParserSentence.Tables, labelValues: UnsafePointer<UInt64>,
        seeds: UnsafePointer<UInt64>, cache: inout ParserScoreCache, scratch: inout MoveScratch
    ) -> MoveScores {
        let positions = ParserFeatures.Positions(state)
        var total = biasScores
        scratch.groups.removeAll(keepingCapacity: true)
        let count = scratch.features.withUnsafeMutableBufferPointer { features -> Int in
            guard let featureBase = features.baseAddress else { return 0 }
            var writer = FeatureWriter(out: featureBase, seeds: seeds, byTemplate: false)
            for group in ParserFeatures.Group.allCases {
                if let kept = cache.scores(of: group, positions, state) {
                    total.add(kept)
                    continue
                }
                ParserFeatures.write(group, positions, state, tables, labelValues: labelValues, to: &writer)
                scratch.ends[scratch.groups.count] = writer.count
                scratch.groups.append(group)
            }
            return writer.count
        }
        let runs = scratch.groups.count
        scratch.features.withUnsafeBufferPointer { features in
            scratch.ends.withUnsafeBufferPointer { ends in
                scratch.sums.withUnsafeMutableBufferPointer { sums in
                    moveScorer.scores(
                        of: UnsafeBufferPointer(rebasing: features[..<count]),
                        runEnds: UnsafeBufferPointer(rebasing: ends[..<runs]), into: sums)
                }
            }
        }
        for run in 0..<runs {
            total.add(scratch.sums[run])
            cache.keep(scratch.sums[run], of: scratch.groups[run], positions, state)
        }
        return total
    }
}
