import Foundation

/// Trains an `EntityRecognizer` with an averaged perceptron.
///
/// Each epoch visits the sentences in a seeded shuffled order and tags them greedily exactly as the recogniser
/// does (its own previous predictions as history, invalid BILOU transitions excluded), updating the weights on
/// every wrong decision. A seeded fraction of the sentences (`untaggedFraction`) is shown with its UPOS and XPOS
/// replaced by `_` in each epoch, so that the model still works on words whose tags are unknown. The averaged weights are then pruned so that the model file stays under `maximumBytes`.
/// The same examples, settings and gazetteer always give the same model bytes.
public struct EntityRecognizerTrainer: Sendable {
    /// Passes over the training data.
    public var iterations: Int
    /// Seed of the shuffles.
    public var seed: UInt64
    /// Names matched as features.
    public var gazetteer: EntityGazetteer
    /// Common words (WordNet's), stored in the model; capitalised words outside it are more likely names.
    public var commonWords: EntityWordTable = .empty
    /// Brown clusters used as features (`empty`: none).
    public var clusters: WordClusters = .empty
    /// Upper bound on the stored weights and gazetteer, in bytes (the model file adds a small header).
    public var maximumBytes: Int = 7_000_000
    /// The share of sentences shown without part-of-speech tags in each epoch (0 turns this off).
    public var untaggedFraction: Double = 0.15
    /// The share of sentences shown in lower case in each epoch (web text often writes names so: "kerala").
    public var lowercasedFraction: Double = 0.2

    /// Creates a trainer.
    /// - Parameters:
    ///   - iterations: Passes over the training data.
    ///   - seed: Seed of the per-epoch shuffles.
    ///   - gazetteer: Names matched as features and stored in the model.
    public init(iterations: Int = 12, seed: UInt64 = 1, gazetteer: EntityGazetteer) {
        self.iterations = iterations
        self.seed = seed
        self.gazetteer = gazetteer
    }

    /// Trains a recogniser on sentences and their entities.
    /// - Parameters:
    ///   - examples: Sentences (forms, UPOS, XPOS) with their gold entities; overlapping entities are reduced to
    ///     the earliest (longest on ties).
    ///   - log: Receives one line per epoch (decision accuracy) and a summary of the pruning.
    /// - Returns: The trained recogniser.
    public func train(
        _ examples: [(words: [SyntaxWord], entities: [EntitySpan])], log: (String) -> Void = { _ in }
    ) -> EntityRecognizer {
        var perceptron = AveragedPerceptron(classCount: EntityLabels.count)
        let gold = examples.map { EntityLabels.classes(for: $0.entities, count: $0.words.count) }
        var order = Array(examples.indices)
        var generator = SeededGenerator(seed: seed)
        var features = EntityFeatures()
        var buffer: [UInt64] = []
        for epoch in 1...max(iterations, 1) {
            order.shuffle(using: &generator)
            var correct = 0
            var total = 0
            for index in order where !examples[index].words.isEmpty {
                let untagged = Double(generator.next() >> 11) / Double(1 << 53) < untaggedFraction
                let lowercased = Double(generator.next() >> 11) / Double(1 << 53) < lowercasedFraction
                var words = untagged
                    ? examples[index].words.map { SyntaxWord(form: $0.form) } : examples[index].words
                if lowercased {
                    for position in words.indices { words[position].form = words[position].form.lowercased() }
                }
                features.load(words, gazetteer: gazetteer, commonWords: commonWords, wordClusters: clusters)
                var prev1 = EntityLabels.start
                var prev2 = EntityLabels.start
                for position in words.indices {
                    features.extract(position, prev1: prev1, prev2: prev2, into: &buffer)
                    let mask = EntityLabels.masks[prev1 * 2 + (position == words.count - 1 ? 1 : 0)]
                    let guess = perceptron.predict(buffer, allowed: mask)
                    let truth = gold[index][position]
                    perceptron.tick()
                    perceptron.update(truth: truth, guess: guess, features: buffer)
                    if guess == truth { correct += 1 }
                    total += 1
                    prev2 = prev1
                    prev1 = guess
                }
            }
            log("epoch \(epoch): \(correct)/\(total) decisions right (\(percent(correct, total)))")
        }
        let gazetteerBytes = gazetteer.prefixes.count * 8 + gazetteer.phrases.count * 9
            + gazetteer.nameParts.count * 9 + commonWords.count * 9
        var threshold = 1e-3
        var model = perceptron.frozen(minimumWeight: threshold)
        while Self.bytes(of: model) + gazetteerBytes > maximumBytes, threshold < 1e6 {
            threshold *= 1.25
            model = perceptron.frozen(minimumWeight: threshold)
        }
        log(
            "model: \(model.featureCount) features, \(model.weightCount) weights (pruned below \(threshold)), "
                + "gazetteer \(gazetteer.count) names and \(gazetteer.nameParts.count) name words, ~\(Self.bytes(of: model) + gazetteerBytes) bytes"
        )
        return EntityRecognizer(
            model: model, gazetteer: gazetteer, commonWords: commonWords, clusters: clusters,
            metadata: [
                "iterations": String(iterations), "seed": String(seed), "sentences": String(examples.count),
                "minimumWeight": String(threshold), "untaggedFraction": String(untaggedFraction),
                "lowercasedFraction": String(lowercasedFraction),
            ]
        )
    }

    /// The stored size of a linear model's tables.
    static func bytes(of model: LinearModel) -> Int {
        model.slotKeys.count * 14 + model.entryWeight.count * 4
    }

    private func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%.2f%%", 100 * Double(part) / Double(whole))
    }
}
