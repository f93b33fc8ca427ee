import Foundation

/// Trains a `PartOfSpeechTagger` on words with gold UPOS and XPOS.
public struct PartOfSpeechTaggerTrainer: Sendable {
    /// Passes over the training data.
    public var iterations: Int
    /// Seed of the per-iteration shuffle.
    public var seed: UInt64
    /// WordNet classes used as features.
    public var wordClasses: WordClasses
    /// Brown clusters used as features (`empty`: none, and the cluster templates are left out).
    public var clusters: WordClusters = .empty
    /// The share of sentences shown in lower case in each pass (web text often writes so: "mexico", "ipod");
    /// 0 turns this off and leaves the shuffles as they were.
    public var lowercasedFraction: Double = 0
    /// The most features the tagger keeps: the smallest averaged weights are dropped beyond it. 2¹⁷ keeps the
    /// model's table at 2¹⁸ slots (load ≤ 0.5), 3.7 MB of the tagger file.
    public var maximumFeatures = 1 << 17

    /// Creates a trainer.
    public init(iterations: Int = 10, seed: UInt64 = 1, wordClasses: WordClasses = .empty) {
        self.wordClasses = wordClasses
        self.iterations = iterations
        self.seed = seed
    }

    /// A tagger trained on `sentences` (their `upos`/`xpos` are the gold tags); `log` receives one line per pass.
    public func train(_ sentences: [[SyntaxWord]], log: (String) -> Void = { _ in }) -> PartOfSpeechTagger {
        var tagIndex: [String: Int] = [:]
        var tags: [String] = []
        let allPairs = Set(sentences.joined().map { "\($0.upos) \($0.xpos)" }).sorted()
        for pair in allPairs {
            tagIndex[pair] = tags.count
            tags.append(pair)
        }
        let dictionary = Self.tagDictionary(sentences, tagIndex: tagIndex)
        let gold = sentences.map { sentence in sentence.map { tagIndex["\($0.upos) \($0.xpos)"] ?? 0 } }
        let lexicon = TagLexicon.learn(from: sentences)
        let counts = TagLexicon.Counts(sentences)
        func contexts(lowercased: Bool) -> [[WordFeatures]] {
            sentences.map { sentence in
                sentence.map { word in
                    var features = WordFeatures(
                        lowercased ? word.form.lowercased() : word.form, wordClasses: wordClasses, clusters: clusters)
                    features.ambiguity = counts.classLeavingOut(word)
                    return features
                }
            }
        }
        let cased = contexts(lowercased: false)
        let lowered = lowercasedFraction > 0 ? contexts(lowercased: true) : []
        var caseGenerator = SeededGenerator(seed: seed &+ 0x6c6f_7765_72)
        var model = AveragedPerceptron(classCount: tags.count)
        var order = Array(sentences.indices)
        var generator = SeededGenerator(seed: seed)
        var features: [UInt64] = []
        for iteration in 1...max(iterations, 1) {
            var correct = 0
            var total = 0
            for sentence in order {
                var previous = (-1, -1)
                let isLowered = lowercasedFraction > 0
                    && Double(caseGenerator.next() >> 11) / Double(1 << 53) < lowercasedFraction
                let context = isLowered ? lowered[sentence] : cased[sentence]
                for index in context.indices {
                    let truth = gold[sentence][index]
                    let guess: Int
                    if let known = dictionary[context[index].form] {
                        guess = known
                    } else {
                        TaggerFeatures.collect(
                            context, at: index, previous: previous, clusters: !clusters.isEmpty, into: &features)
                        guess = model.predict(features)
                        model.tick()
                        model.update(truth: truth, guess: guess, features: features)
                    }
                    if guess == truth { correct += 1 }
                    total += 1
                    previous = (previous.1, guess)
                }
            }
            log("tagger pass \(iteration): \(String(format: "%.2f", 100 * Double(correct) / Double(max(total, 1))))% on training words")
            order.shuffle(using: &generator)
        }
        let (frozen, threshold) = model.frozen(minimumWeight: 1e-3, maximumFeatures: maximumFeatures)
        log("tagger model: \(frozen.featureCount) features, \(frozen.weightCount) weights (minimum weight \(threshold))")
        return PartOfSpeechTagger(
            tags: tags, model: frozen, tagDictionary: dictionary, wordClasses: wordClasses, lexicon: lexicon,
            clusters: clusters
        )
    }

    /// Words seen at least 20 times with one tag at least 97% of the time.
    static func tagDictionary(_ sentences: [[SyntaxWord]], tagIndex: [String: Int]) -> [UInt64: Int] {
        var counts: [String: [Int: Int]] = [:]
        for word in sentences.joined() {
            counts[word.form, default: [:]][tagIndex["\(word.upos) \(word.xpos)"] ?? 0, default: 0] += 1
        }
        var dictionary: [UInt64: Int] = [:]
        for (form, tagCounts) in counts {
            let total = tagCounts.values.reduce(0, +)
            guard total >= 20,
                let best = tagCounts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }),
                Double(best.value) / Double(total) >= 0.97
            else { continue }
            dictionary[FeatureHash.of(form)] = best.key
        }
        return dictionary
    }
}
