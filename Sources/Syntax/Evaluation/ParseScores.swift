/// Accuracy of an analysis against gold CoNLL-U on the same words, in the CoNLL 2018 shared task's terms
/// (every word counts, punctuation included).
public struct ParseScores: Sendable, Equatable {
    /// Per-relation scores: `gold` words with the relation, `predicted` words given it, `correct` with the
    /// right head and relation.
    public struct LabelScore: Sendable, Codable, Equatable {
        public var gold = 0
        public var predicted = 0
        public var correct = 0
        /// No words yet.
        public init() {}
        /// correct / predicted.
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        /// correct / gold.
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Words scored.
    public var words = 0
    /// Sentences scored.
    public var sentences = 0
    /// Words whose gold UPOS is given (not `_`): the words UPOS accuracy is over.
    public var uposScored = 0
    /// Of those, words with the gold UPOS.
    public var uposCorrect = 0
    /// Words whose gold XPOS is given (not `_`): the words XPOS accuracy is over.
    public var xposScored = 0
    /// Of those, words with the gold XPOS.
    public var xposCorrect = 0
    /// Words whose gold lemma is given (not `_`, unless the word itself is `_`): the words lemma accuracy is over.
    public var lemmaScored = 0
    /// Of those, words with the gold lemma.
    public var lemmaCorrect = 0
    /// Words with the gold head.
    public var headCorrect = 0
    /// Words with the gold head and relation (the subtype counts: `obl:tmod` ≠ `obl`).
    public var labelledCorrect = 0
    /// Scores by gold/predicted relation.
    public var labels: [String: LabelScore] = [:]

    public init() {}

    func ratio(_ count: Int) -> Double { words == 0 ? 0 : Double(count) / Double(words) }
    func ratio(_ count: Int, of scored: Int) -> Double? { scored == 0 ? nil : Double(count) / Double(scored) }
    /// UPOS accuracy over the words with a gold UPOS; `nil` when the gold gives none (not scored).
    public var upos: Double? { ratio(uposCorrect, of: uposScored) }
    /// XPOS accuracy over the words with a gold XPOS; `nil` when the gold gives none (`_` on every word: not
    /// scored, rather than 0).
    public var xpos: Double? { ratio(xposCorrect, of: xposScored) }
    /// Lemma accuracy over the words with a gold lemma; `nil` when the gold gives none (not scored).
    public var lemma: Double? { ratio(lemmaCorrect, of: lemmaScored) }
    /// Unlabelled attachment score.
    public var uas: Double { ratio(headCorrect) }
    /// Labelled attachment score.
    public var las: Double { ratio(labelledCorrect) }

    /// One sentence for each of UPOS, XPOS and lemma that the gold leaves out (`_`) on some or all of its words:
    /// "XPOS not scored: the gold has no XPOS (\"_\" on every word)", "XPOS scored on 10 of 12 words: the
    /// others have \"_\" in the gold". Empty when every field is given on every word.
    public var notes: [String] {
        [("UPOS", uposScored), ("XPOS", xposScored), ("lemma", lemmaScored)].compactMap { field, scored in
            if words == 0 || scored == words { return nil }
            if scored == 0 { return "\(field) not scored: the gold has no \(field) (\"_\" on every word)" }
            return "\(field) scored on \(scored) of \(words) words: the others have \"_\" in the gold"
        }
    }
}

/// Scores predicted analyses against gold ones word by word.
public struct ParseScorer: Sendable {
    public init() {}

    /// Scores `predicted` against `gold`; sentence `i` of both must have the same words.
    /// - Throws: `SyntaxError.malformedLine` naming `path` when a sentence's word count differs.
    public func score(gold: [[SyntaxWord]], predicted: [[SyntaxWord]], path: String = "gold") throws -> ParseScores {
        var scores = ParseScores()
        guard gold.count == predicted.count else {
            throw SyntaxError.malformedLine(
                path: path, line: 0, column: 0,
                reason: "\(gold.count) gold sentences but \(predicted.count) predicted"
            )
        }
        for (sentenceIndex, (goldWords, predictedWords)) in zip(gold, predicted).enumerated() {
            guard goldWords.count == predictedWords.count else {
                throw SyntaxError.malformedLine(
                    path: path, line: 0, column: 0,
                    reason: "sentence \(sentenceIndex + 1) has \(goldWords.count) gold words but \(predictedWords.count) predicted"
                )
            }
            scores.sentences += 1
            for (expected, actual) in zip(goldWords, predictedWords) {
                scores.words += 1
                // A field the gold leaves out ("_") is not scored on the word, rather than counted wrong.
                if expected.upos != "_" {
                    scores.uposScored += 1
                    if expected.upos == actual.upos { scores.uposCorrect += 1 }
                }
                if expected.xpos != "_" {
                    scores.xposScored += 1
                    if expected.xpos == actual.xpos { scores.xposCorrect += 1 }
                }
                if expected.lemma != "_" || expected.form == "_" {
                    scores.lemmaScored += 1
                    if expected.lemma == actual.lemma { scores.lemmaCorrect += 1 }
                }
                let headRight = expected.head == actual.head
                let labelRight = headRight && expected.deprel == actual.deprel
                if headRight { scores.headCorrect += 1 }
                if labelRight { scores.labelledCorrect += 1 }
                scores.labels[expected.deprel, default: .init()].gold += 1
                scores.labels[actual.deprel, default: .init()].predicted += 1
                if labelRight { scores.labels[expected.deprel, default: .init()].correct += 1 }
            }
        }
        return scores
    }
}

extension ParseScorer {
    /// Why a gold tree is not a well-formed basic dependency tree, or `nil` when it is: every head within the
    /// sentence, exactly one root, no word its own head, no cycle.
    public static func treeProblem(_ words: [SyntaxWord]) -> String? {
        let count = words.count
        var roots = 0
        for (index, word) in words.enumerated() {
            if word.head < 0 || word.head > count { return "word \(index + 1) has no head in the sentence" }
            if word.head == index + 1 { return "word \(index + 1) is its own head" }
            if word.head == 0 { roots += 1 }
        }
        if roots != 1 { return "\(roots) roots" }
        for start in words.indices {
            var node = start
            var steps = 0
            while words[node].head != 0 {
                node = words[node].head - 1
                steps += 1
                if steps > count { return "a cycle through word \(start + 1)" }
            }
        }
        return nil
    }
}
