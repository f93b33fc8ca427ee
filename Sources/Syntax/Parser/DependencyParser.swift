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
    let model: LinearModel
    let scorer: ParserScorer
    let transitions: ParserTransitions
    /// `labelValues[label + 1]` is the feature value of a label; index 0 stands for "no arc".
    let labelValues: [UInt64]

    /// Wraps a trained model over `labels`; the caller guarantees that `labels` contains `root` and one other
    /// label and that `model` has `1 + 2 × labels.count` classes.
    init(labels: [String], model: LinearModel) {
        self.labels = labels
        self.model = model
        self.scorer = ParserScorer(model)
        self.transitions = ParserTransitions(
            labelCount: labels.count, rootLabel: labels.firstIndex(of: "root") ?? 0
        )
        self.labelValues = [FeatureHash.of("<NO-ARC>")] + labels.map { FeatureHash.of($0) }
    }

    /// Parses one sentence: sets `head` (1-based, 0 for the root) and `deprel` of every word.
    ///
    /// - Parameter words: the sentence's words with their forms, lemmas and tags; an empty sentence is left alone.
    /// - Complexity: O(n) transitions for n words, each scoring a fixed number of features.
    public func parse(_ words: inout [SyntaxWord]) {
        guard !words.isEmpty else { return }
        var sentence = ParserSentence()
        sentence.load(words)
        var state = ArcHybridState(wordCount: words.count)
        var features = [UInt64](repeating: 0, count: ParserFeatures.count)
        var scores = [Int32](repeating: 0, count: transitions.classCount)
        while !state.isTerminal {
            ParserFeatures.extract(state, sentence, labelValues: labelValues, into: &features)
            let choice = scorer.predict(features, scores: &scores, allowed: transitions.masks[state.maskIndex])
            guard choice >= 0 else { break }
            state.apply(choice, of: transitions)
        }
        for index in words.indices {
            let head = state.head[index + 1]
            let label = state.label[index + 1]
            words[index].head = head >= 0 ? head : 0
            words[index].deprel = label >= 0 ? labels[label] : "dep"
        }
    }
}
