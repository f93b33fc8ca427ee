/// Trains a `DependencyParser` with an averaged perceptron and the arc-hybrid dynamic oracle.
///
/// Each iteration visits the sentences in a seeded random order. At every configuration the model's best legal
/// transition is compared with the cheapest ones under `ArcHybridOracle`; when it is costlier, the weights move
/// towards the best-scoring cheapest transition. From iteration `explorationStart` on, a wrong prediction is
/// followed anyway with probability `explorationProbability` (Goldberg & Nivre 2013), so the model learns to
/// recover from its own mistakes. All randomness comes from `SeededGenerator`: the same sentences, settings and
/// seed give a byte-identical model file.
public struct DependencyParserTrainer: Sendable {
    /// Number of passes over the training sentences.
    public var iterations: Int
    /// Seed of the sentence shuffles and of exploration.
    public var seed: UInt64
    /// The first iteration (0-based) that follows the model's own wrong transitions.
    public var explorationStart = 2
    /// The probability of following a wrong prediction once exploring.
    public var explorationProbability = 0.9
    /// Averaged weights smaller in magnitude than this are dropped from the model (see `AveragedPerceptron`).
    /// A weight updated once and never again averages below 1, so 1.0 keeps only features updated at least twice.
    public var minimumWeight = 1.0
    /// The most features the model may keep; when pruning with `minimumWeight` leaves more, the threshold is
    /// raised by a quarter until it does not. 2¹⁸ features keep a parser file near 10 MB.
    public var maximumFeatures = 1 << 18

    /// Creates a trainer.
    /// - Parameters:
    ///   - iterations: passes over the training data.
    ///   - seed: the seed of every random choice made while training.
    public init(iterations: Int = 15, seed: UInt64 = 1) {
        self.iterations = iterations
        self.seed = seed
    }

    /// The labels of `sentences`: every relation used, sorted, with `root` and `dep` always present.
    static func collectLabels(_ sentences: [[SyntaxWord]]) -> [String] {
        var labels: Set<String> = ["root", "dep"]
        for sentence in sentences {
            for word in sentence where word.head >= 0 && word.deprel != "_" && !word.deprel.isEmpty {
                labels.insert(word.deprel)
            }
        }
        return labels.sorted()
    }

    /// Trains a parser on `sentences`, whose words carry gold `head` and `deprel` and the tags the parser will
    /// see at run time (predicted, jackknifed tags rather than gold ones, for the best results).
    ///
    /// Sentences without any gold head are skipped; heads out of range count as arcs that cannot be built.
    /// - Parameters:
    ///   - sentences: the training treebank.
    ///   - log: receives one line per iteration (transition accuracy, updates).
    /// - Returns: the trained parser, its weights pruned with `minimumWeight`.
    public func train(_ sentences: [[SyntaxWord]], log: (String) -> Void = { _ in }) -> DependencyParser {
        let usable = sentences.filter { sentence in !sentence.isEmpty && sentence.contains { $0.head >= 0 } }
        let labels = Self.collectLabels(usable)
        var labelIndex: [String: Int] = [:]
        for (index, label) in labels.enumerated() { labelIndex[label] = index }
        let transitions = ParserTransitions(labelCount: labels.count, rootLabel: labelIndex["root"] ?? 0)
        let labelValues = [FeatureHash.of("<NO-ARC>")] + labels.map { FeatureHash.of($0) }
        let golds = usable.map { sentence in
            ArcHybridOracle(
                heads: sentence.map { $0.head <= sentence.count ? $0.head : -1 },
                labels: sentence.map { labelIndex[$0.deprel] ?? -1 }
            )
        }

        var perceptron = AveragedPerceptron(classCount: transitions.classCount)
        var generator = SeededGenerator(seed: seed)
        var order = Array(usable.indices)
        var sentence = ParserSentence()
        var state = ArcHybridState()
        var features = [UInt64](repeating: 0, count: ParserFeatures.count)
        var scores = [Double](repeating: 0, count: transitions.classCount)

        for iteration in 0..<max(iterations, 0) {
            Self.shuffle(&order, using: &generator)
            let exploring = iteration >= explorationStart
            var decisions = 0, mistakes = 0
            for index in order {
                let oracle = golds[index]
                sentence.load(usable[index])
                state.reset(wordCount: usable[index].count)
                while !state.isTerminal {
                    ParserFeatures.extract(state, sentence, labelValues: labelValues, into: &features)
                    for slot in scores.indices { scores[slot] = 0 }
                    perceptron.score(features, into: &scores)
                    let mask = transitions.masks[state.maskIndex]
                    let costs = oracle.costs(state)
                    var predicted = -1, predictedScore = -Double.infinity, predictedCost = 0
                    var best = -1, bestScore = -Double.infinity, bestCost = Int.max
                    for candidate in 0..<transitions.classCount where mask[candidate] {
                        let label = transitions.label(of: candidate)
                        let cost: Int
                        switch transitions.kind(of: candidate) {
                        case .shift: cost = costs.shift
                        case .left: cost = costs.left + (costs.leftLabel >= 0 && label != costs.leftLabel ? 1 : 0)
                        case .right: cost = costs.right + (costs.rightLabel >= 0 && label != costs.rightLabel ? 1 : 0)
                        }
                        let score = scores[candidate]
                        if score > predictedScore {
                            predicted = candidate
                            predictedScore = score
                            predictedCost = cost
                        }
                        if cost < bestCost || (cost == bestCost && score > bestScore) {
                            best = candidate
                            bestScore = score
                            bestCost = cost
                        }
                    }
                    guard predicted >= 0 else { break }
                    decisions += 1
                    var follow = predicted
                    if predictedCost > bestCost {
                        mistakes += 1
                        perceptron.update(truth: best, guess: predicted, features: features)
                        if !(exploring && Self.uniform(&generator) < explorationProbability) { follow = best }
                    }
                    perceptron.tick()
                    state.apply(follow, of: transitions)
                }
            }
            let accuracy = decisions > 0 ? Double(decisions - mistakes) / Double(decisions) * 100 : 0
            log(
                "iteration \(iteration + 1)/\(iterations): \(decisions) decisions, "
                    + "\((accuracy * 100).rounded() / 100)% optimal\(exploring ? " (exploring)" : "")"
            )
        }
        var threshold = minimumWeight
        var model = perceptron.frozen(minimumWeight: threshold)
        while model.featureCount > maximumFeatures {
            threshold = max(threshold * 1.25, 0.01)
            model = perceptron.frozen(minimumWeight: threshold)
        }
        log("model: \(model.featureCount) features, \(model.weightCount) weights (minimum weight \(threshold))")
        return DependencyParser(labels: labels, model: model)
    }

    /// Fisher–Yates with `generator`, independent of the standard library's shuffle algorithm.
    static func shuffle(_ values: inout [Int], using generator: inout SeededGenerator) {
        guard values.count > 1 else { return }
        for index in stride(from: values.count - 1, to: 0, by: -1) {
            let other = Int(generator.next() % UInt64(index + 1))
            values.swapAt(index, other)
        }
    }

    /// A uniform value in [0, 1).
    static func uniform(_ generator: inout SeededGenerator) -> Double {
        Double(generator.next() >> 11) / Double(UInt64(1) << 53)
    }
}
