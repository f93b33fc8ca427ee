/// Trains a `DependencyParser` with two averaged perceptrons and the arc-hybrid dynamic oracle.
///
/// Gold trees are first made projective (`ProjectiveLifting`), so the oracle's costs are exact. Each iteration
/// visits the sentences in a seeded random order. Where more than one move is legal, the move model's best move is
/// compared with the cheapest ones under `ArcHybridOracle`; when it is costlier, the weights move towards the
/// best-scoring cheapest move. When an arc is made onto the dependent's gold head, the label model is updated
/// towards the gold label if it predicted another. From iteration `explorationStart` on, a wrong move or label is
/// followed anyway with probability `explorationProbability` (Goldberg & Nivre 2013), so the models learn to
/// recover from their own mistakes. All randomness comes from `SeededGenerator`: the same sentences, settings and
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
    /// The most features the move model may keep; when pruning with `minimumWeight` leaves more, the threshold is
    /// raised by a tenth until it does not. 2¹⁹ features take 7.3 MB of the model file and the run-time table
    /// (8 bytes a slot, at most half full) 8 MB. With our treebanks `minimumWeight` alone leaves about 370,000–
    /// 420,000 features, under the cap; the earlier cap of 2¹⁸ cost 0.2 UAS and LAS on the halves (mean of six
    /// seeds, each seed lower).
    public var maximumFeatures = 1 << 19
    /// The same cap for the label model.
    public var maximumLabelFeatures = 1 << 17
    /// Brown clusters used as features (`empty`: none, and the cluster templates are left out).
    public var clusters: WordClusters = .empty

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
                heads: ProjectiveLifting.lifted(sentence.map { $0.head <= sentence.count ? $0.head : -1 }),
                labels: sentence.map { labelIndex[$0.deprel] ?? -1 }
            )
        }

        var moves = AveragedPerceptron(classCount: ParserTransitions.moveCount)
        var labeller = AveragedPerceptron(classCount: labels.count)
        var generator = SeededGenerator(seed: seed)
        var order = Array(usable.indices)
        var sentence = ParserSentence()
        var state = ArcHybridState()
        var features = [UInt64](repeating: 0, count: ParserFeatures.count(clusters: !clusters.isEmpty))
        var labelFeatures = [UInt64](repeating: 0, count: ParserLabelFeatures.count(clusters: !clusters.isEmpty))
        var moveScores = [Double](repeating: 0, count: ParserTransitions.moveCount)
        var labelScores = [Double](repeating: 0, count: labels.count)

        for iteration in 0..<max(iterations, 0) {
            Self.shuffle(&order, using: &generator)
            let exploring = iteration >= explorationStart
            var decisions = 0, mistakes = 0, arcs = 0, labelMistakes = 0
            for index in order {
                let oracle = golds[index]
                sentence.load(usable[index], clusters: clusters)
                state.reset(wordCount: usable[index].count)
                while !state.isTerminal {
                    let rightMode = state.rightMode
                    let allowed = transitions.masks[state.maskIndex]
                    let costs = oracle.costs(state)
                    let moveCosts = [costs.shift, costs.left, costs.right]
                    var follow: ParserTransitions.Move
                    if allowed.filter({ $0 }).count > 1 {
                        ParserFeatures.extract(state, sentence, labelValues: labelValues, into: &features)
                        for slot in moveScores.indices { moveScores[slot] = 0 }
                        moves.score(features, into: &moveScores)
                        var predicted = -1, predictedScore = -Double.infinity
                        var best = -1, bestScore = -Double.infinity, bestCost = Int.max
                        for move in 0..<ParserTransitions.moveCount where allowed[move] {
                            let score = moveScores[move], cost = moveCosts[move]
                            if score > predictedScore {
                                predicted = move
                                predictedScore = score
                            }
                            if cost < bestCost || (cost == bestCost && score > bestScore) {
                                best = move
                                bestScore = score
                                bestCost = cost
                            }
                        }
                        guard predicted >= 0 else { break }
                        decisions += 1
                        var chosen = predicted
                        if moveCosts[predicted] > bestCost {
                            mistakes += 1
                            moves.update(truth: best, guess: predicted, features: features)
                            if !(exploring && Self.uniform(&generator) < explorationProbability) { chosen = best }
                        }
                        moves.tick()
                        follow = ParserTransitions.Move(rawValue: chosen) ?? .shift
                    } else {
                        guard let only = allowed.firstIndex(of: true) else { break }
                        follow = ParserTransitions.Move(rawValue: only) ?? .shift
                    }
                    var label = -1
                    if follow == .right && rightMode == .root {
                        label = transitions.rootLabel
                    } else if follow != .shift {
                        let gold = follow == .left ? costs.leftLabel : costs.rightLabel
                        ParserLabelFeatures.extract(
                            state, sentence, move: follow, labelValues: labelValues, into: &labelFeatures
                        )
                        for slot in labelScores.indices { labelScores[slot] = 0 }
                        labeller.score(labelFeatures, into: &labelScores)
                        label = AveragedPerceptron.best(
                            labelScores, allowed: transitions.labels(for: follow, right: rightMode)
                        )
                        if gold >= 0 && gold != transitions.rootLabel {
                            arcs += 1
                            if label != gold {
                                labelMistakes += 1
                                labeller.update(truth: gold, guess: label, features: labelFeatures)
                                if !(exploring && Self.uniform(&generator) < explorationProbability) { label = gold }
                            }
                            labeller.tick()
                        }
                    }
                    state.apply(follow, label: label)
                }
            }
            let accuracy = decisions > 0 ? Double(decisions - mistakes) / Double(decisions) * 100 : 0
            let labelAccuracy = arcs > 0 ? Double(arcs - labelMistakes) / Double(arcs) * 100 : 0
            log(
                "iteration \(iteration + 1)/\(iterations): \(decisions) decisions, "
                    + "\((accuracy * 100).rounded() / 100)% optimal, \(arcs) labels, "
                    + "\((labelAccuracy * 100).rounded() / 100)% right\(exploring ? " (exploring)" : "")"
            )
        }
        let moveModel = Self.frozen(moves, minimumWeight: minimumWeight, maximumFeatures: maximumFeatures, log: log)
        let labelModel = Self.frozen(
            labeller, minimumWeight: minimumWeight, maximumFeatures: maximumLabelFeatures, log: log
        )
        return DependencyParser(
            labels: labels, moveTable: ParserMoveTable(moveModel), labelModel: labelModel, clusters: clusters)
    }

    /// The averaged weights of `perceptron` pruned with `minimumWeight`, raised by a tenth until at most
    /// `maximumFeatures` features remain.
    static func frozen(
        _ perceptron: AveragedPerceptron, minimumWeight: Double, maximumFeatures: Int, log: (String) -> Void
    ) -> LinearModel {
        let (model, threshold) = perceptron.frozen(minimumWeight: minimumWeight, maximumFeatures: maximumFeatures)
        log(
            "\(perceptron.classCount)-class model: \(model.featureCount) features, \(model.weightCount) weights "
                + "(minimum weight \(threshold))"
        )
        return model
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
