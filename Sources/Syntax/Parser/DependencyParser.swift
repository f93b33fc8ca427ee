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

    /// Wraps trained models over `labels`; the caller guarantees that `labels` contains `root` and one other
    /// label and that `labelModel` has `labels.count` classes.
    init(labels: [String], moveTable: ParserMoveTable, labelModel: LinearModel, clusters: WordClusters = .empty) {
        self.labels = labels
        self.clusters = clusters
        self.moveTable = moveTable
        self.labelModel = labelModel
        self.moveScorer = ParserMoveScorer(moveTable)
        self.labelScorer = ParserScorer(labelModel)
        self.transitions = ParserTransitions(
            labelCount: labels.count, rootLabel: labels.firstIndex(of: "root") ?? 0
        )
        self.labelValues = [FeatureHash.of("<NO-ARC>")] + labels.map { FeatureHash.of($0) }
    }

    /// Parses one sentence: sets `head` (1-based, 0 for the root) and `deprel` of every word.
    ///
    /// Each step scores the three moves (skipped when only one is legal) and, for an arc, the labels it may take
    /// (skipped for the arc onto ROOT, which can only be `root`).
    /// - Parameter words: the sentence's words with their forms, lemmas and tags; an empty sentence is left alone.
    /// - Complexity: O(n) transitions for n words, each scoring a fixed number of features.
    public func parse(_ words: inout [SyntaxWord]) {
        guard !words.isEmpty else { return }
        var sentence = ParserSentence()
        sentence.load(words, clusters: clusters)
        var state = ArcHybridState(wordCount: words.count)
        var features = [UInt64](repeating: 0, count: ParserFeatures.count(clusters: sentence.hasClusters))
        var labelFeatures = [UInt64](repeating: 0, count: ParserLabelFeatures.count(clusters: sentence.hasClusters))
        var scores = [Int32](repeating: 0, count: transitions.labelCount)
        while !state.isTerminal {
            let rightMode = state.rightMode
            let allowed = transitions.masks[ParserTransitions.maskIndex(
                shift: state.canShift, left: state.canLeft, right: rightMode
            )]
            let choice: Int
            if (allowed[0] ? 1 : 0) + (allowed[1] ? 1 : 0) + (allowed[2] ? 1 : 0) > 1 {
                ParserFeatures.extract(state, sentence, labelValues: labelValues, into: &features)
                choice = moveScorer.predict(features, allowed: allowed)
            } else {
                choice = allowed[0] ? 0 : (allowed[1] ? 1 : (allowed[2] ? 2 : -1))
            }
            guard let move = ParserTransitions.Move(rawValue: choice) else { break }
            var label = -1
            if move == .right && rightMode == .root {
                label = transitions.rootLabel
            } else if move != .shift {
                ParserLabelFeatures.extract(state, sentence, move: move, labelValues: labelValues, into: &labelFeatures)
                label = labelScorer.predict(
                    labelFeatures, scores: &scores, allowed: transitions.labels(for: move, right: rightMode)
                )
            }
            state.apply(move, label: label)
        }
        for index in words.indices {
            let head = state.head[index + 1]
            let label = state.label[index + 1]
            words[index].head = head >= 0 ? head : 0
            words[index].deprel = label >= 0 ? labels[label] : "dep"
        }
    }
}
