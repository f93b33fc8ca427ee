import Foundation
import Testing

@testable import Syntax

/// The tiny hand-made treebank and a parser trained on it, shared by the suite (training takes a fraction of a
/// second even in debug builds).
enum ParserFixture {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/parser-tiny.conllu")

    static let sentences: [[SyntaxWord]] = {
        (try? CoNLLUReader().read(path: url.path).map(\.words)) ?? []
    }()

    static func trainer() -> DependencyParserTrainer {
        var trainer = DependencyParserTrainer(iterations: 15, seed: 7)
        trainer.minimumWeight = 0
        return trainer
    }

    static let parser = trainer().train(sentences)

    /// The sentence with its analysis removed.
    static func stripped(_ words: [SyntaxWord]) -> [SyntaxWord] {
        words.map { SyntaxWord(form: $0.form, lemma: $0.lemma, upos: $0.upos, xpos: $0.xpos) }
    }

    /// Sentences the parser has not seen, some of them odd, to check that output trees are well formed.
    static let unseen: [[SyntaxWord]] = {
        var result: [[SyntaxWord]] = [[SyntaxWord(form: "Hello", upos: "INTJ", xpos: "UH")]]
        let pool = sentences.flatMap { $0 }
        var generator = SeededGenerator(seed: 3)
        for length in [2, 3, 5, 8, 13, 21, 34] {
            result.append((0..<length).map { _ in pool[Int(generator.next() % UInt64(pool.count))] })
        }
        result.append(sentences.reversed().flatMap { $0 })
        result.append(Array(repeating: SyntaxWord(form: ".", lemma: ".", upos: "PUNCT", xpos: "."), count: 9))
        return result.map(stripped)
    }()
}

/// Checks that `words` form one projective tree rooted in exactly one word; returns the problems found.
func treeProblems(_ words: [SyntaxWord]) -> [String] {
    var problems: [String] = []
    let count = words.count
    let roots = words.filter { $0.head == 0 }
    if roots.count != 1 { problems.append("\(roots.count) roots") }
    if let root = roots.first, root.deprel != "root" { problems.append("root labelled \(root.deprel)") }
    for (index, word) in words.enumerated() {
        if word.head < 0 || word.head > count || word.head == index + 1 { problems.append("word \(index + 1): head \(word.head)") }
        if word.head != 0 && word.deprel == "root" { problems.append("word \(index + 1): root label on a non-root arc") }
    }
    guard problems.isEmpty else { return problems }
    for start in 1...count {
        var node = start, steps = 0
        while node != 0 && steps <= count {
            node = words[node - 1].head
            steps += 1
        }
        if node != 0 { problems.append("cycle through word \(start)") }
    }
    guard problems.isEmpty else { return problems }
    // Projective: every word between a head and its dependent descends from that head.
    func dominates(_ head: Int, _ word: Int) -> Bool {
        var node = word
        while node != 0 {
            if node == head { return true }
            node = words[node - 1].head
        }
        return head == 0
    }
    for (index, word) in words.enumerated() {
        let dependent = index + 1
        let low = min(dependent, word.head), high = max(dependent, word.head)
        for between in stride(from: low + 1, to: high, by: 1) where !dominates(word.head, between) {
            problems.append("arc \(word.head)→\(dependent) crosses word \(between)")
        }
    }
    return problems
}

@Suite("Dependency parser")
struct ParserTests {
    @Test func theFixtureIsAProjectiveTreebank() throws {
        #expect(ParserFixture.sentences.count == 20)
        for sentence in ParserFixture.sentences { #expect(treeProblems(sentence).isEmpty) }
    }

    @Test func labelsAreTheTrainingRelationsWithSubtypes() {
        let labels = ParserFixture.parser.labels
        #expect(labels == labels.sorted())
        for label in ["root", "nsubj:pass", "obl:tmod", "acl:relcl", "compound:prt", "aux:pass", "punct"] {
            #expect(labels.contains(label), "missing \(label)")
        }
    }

    @Test func parsesItsTrainingSentencesExactly() {
        for gold in ParserFixture.sentences {
            var words = ParserFixture.stripped(gold)
            ParserFixture.parser.parse(&words)
            #expect(words.map(\.head) == gold.map(\.head), "\(gold.map(\.form))")
            #expect(words.map(\.deprel) == gold.map(\.deprel), "\(gold.map(\.form))")
        }
    }

    @Test(arguments: ParserFixture.unseen.indices)
    func outputIsAlwaysOneProjectiveTree(index: Int) {
        var words = ParserFixture.unseen[index]
        ParserFixture.parser.parse(&words)
        #expect(treeProblems(words).isEmpty, "\(treeProblems(words)) in \(words.map(\.form))")
        #expect(words.allSatisfy { ParserFixture.parser.labels.contains($0.deprel) })
    }

    /// The parse of `words` scoring every move feature at every step, as before the parser kept the scores of
    /// the template groups that depend on one word (`ParserScoreCache`).
    static func parseScoringEveryFeature(_ words: [SyntaxWord], with parser: DependencyParser) -> [SyntaxWord] {
        var words = words
        var sentence = ParserSentence()
        sentence.load(words, clusters: parser.clusters)
        var state = ArcHybridState(wordCount: words.count)
        var features = [UInt64](repeating: 0, count: ParserFeatures.count(clusters: sentence.hasClusters))
        var labelFeatures = [UInt64](repeating: 0, count: ParserLabelFeatures.count(clusters: sentence.hasClusters))
        var scores = [Int32](repeating: 0, count: parser.transitions.labelCount)
        while !state.isTerminal {
            let rightMode = state.rightMode
            let allowed = parser.transitions.masks[state.maskIndex]
            ParserFeatures.extract(state, sentence, labelValues: parser.labelValues, into: &features)
            let choice = allowed.filter { $0 }.count > 1
                ? features.withUnsafeBufferPointer { parser.moveScorer.scores(of: $0) }.best(allowed: allowed)
                : allowed.firstIndex(of: true) ?? -1
            guard let move = ParserTransitions.Move(rawValue: choice) else { break }
            var label = -1
            if move == .right && rightMode == .root {
                label = parser.transitions.rootLabel
            } else if move != .shift {
                ParserLabelFeatures.extract(state, sentence, move: move, labelValues: parser.labelValues, into: &labelFeatures)
                label = parser.labelScorer.predict(
                    labelFeatures, scores: &scores, allowed: parser.transitions.labels(for: move, right: rightMode))
            }
            state.apply(move, label: label)
        }
        for index in words.indices {
            words[index].head = max(state.head[index + 1], 0)
            words[index].deprel = state.label[index + 1] >= 0 ? parser.labels[state.label[index + 1]] : "dep"
        }
        return words
    }

    @Test func keptGroupScoresParseExactlyAsScoringEveryFeature() throws {
        var checked = 0
        let bundled = try SyntaxModels.bundled().parser
        let cases = [(ParserFixture.parser, ParserFixture.unseen + ParserFixture.sentences.map(ParserFixture.stripped))]
            + [(bundled, ParserFixture.unseen + ParserFixture.sentences.map(ParserFixture.stripped))]
        for (parser, sentences) in cases {
            for sentence in sentences where !sentence.isEmpty {
                var words = sentence
                parser.parse(&words)
                let reference = Self.parseScoringEveryFeature(sentence, with: parser)
                #expect(words.map(\.head) == reference.map(\.head), "\(sentence.map(\.form))")
                #expect(words.map(\.deprel) == reference.map(\.deprel), "\(sentence.map(\.form))")
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    @Test func everyMoveTemplateIsWrittenOnceByItsGroup() throws {
        let parser = try SyntaxModels.bundled().parser
        var sentence = ParserSentence()
        let words = ParserFixture.sentences[0]
        sentence.load(words, clusters: parser.clusters)
        #expect(sentence.hasClusters)
        var state = ArcHybridState(wordCount: words.count)
        state.apply(.shift, label: -1)
        state.apply(.shift, label: -1)
        var features = [UInt64](repeating: 0, count: ParserFeatures.count(clusters: true))
        ParserFeatures.extract(state, sentence, labelValues: parser.labelValues, into: &features)
        #expect(!features.contains(0))
        #expect(Set(features).count == features.count)
    }

    @Test func anEmptySentenceIsLeftAlone() {
        var words: [SyntaxWord] = []
        ParserFixture.parser.parse(&words)
        #expect(words.isEmpty)
    }

    @Test func trainingTwiceGivesIdenticalModelBytes() throws {
        let first = try ParserFixture.trainer().train(ParserFixture.sentences).archive(metadata: ["seed": "7"]).encoded()
        let second = try ParserFixture.trainer().train(ParserFixture.sentences).archive(metadata: ["seed": "7"]).encoded()
        #expect(first == second)
        var other = ParserFixture.trainer()
        other.seed = 8
        other.iterations = 3
        let third = try other.train(ParserFixture.sentences).archive(metadata: ["seed": "7"]).encoded()
        #expect(first != third)
    }

    @Test func anArchiveRoundTripParsesIdentically() throws {
        let bytes = try ParserFixture.parser.archive(metadata: ["source": "parser-tiny"]).encoded()
        let archive = try ModelArchive.decode(bytes, kind: DependencyParser.archiveKind, path: "tiny.model")
        #expect(archive.metadata["source"] == "parser-tiny")
        let restored = try DependencyParser(archive: archive, path: "tiny.model")
        #expect(restored.labels == ParserFixture.parser.labels)
        for sentence in ParserFixture.unseen + ParserFixture.sentences.map(ParserFixture.stripped) {
            var original = sentence, copy = sentence
            ParserFixture.parser.parse(&original)
            restored.parse(&copy)
            #expect(original == copy)
        }
    }

    @Test func aDamagedFileIsACorruptModel() throws {
        var bytes = try ParserFixture.parser.archive(metadata: [:]).encoded()
        bytes[bytes.count / 2] ^= 0x40
        #expect(throws: SyntaxError.self) {
            try ModelArchive.decode(bytes, kind: DependencyParser.archiveKind, path: "damaged.model")
        }
    }

    @Test func anInconsistentArchiveIsACorruptModel() throws {
        func expectCorrupt(_ archive: ModelArchive) {
            #expect {
                try DependencyParser(archive: archive, path: "bad.model")
            } throws: { error in
                guard case .corruptModel(path: "bad.model", _)? = error as? SyntaxError else { return false }
                return true
            }
        }
        let good = ParserFixture.parser.archive(metadata: [:])
        var fewerLabels = good
        fewerLabels.labels["deprels"]?.removeLast()
        expectCorrupt(fewerLabels)
        var noRoot = good
        noRoot.labels["deprels"] = good.labels["deprels"]?.map { $0 == "root" ? "ROOT" : $0 }
        expectCorrupt(noRoot)
        var otherFeatures = good
        otherFeatures.metadata["parser.features"] = "something-else"
        expectCorrupt(otherFeatures)
        var otherKind = good
        otherKind.kind = "tagger"
        expectCorrupt(otherKind)
        var missingSection = good
        missingSection.sections.removeAll { $0.name == "parser.move.weights" }
        expectCorrupt(missingSection)
        var missingLabels = good
        missingLabels.sections.removeAll { $0.name == "parser.label.weight" }
        expectCorrupt(missingLabels)
    }
}

@Suite("Arc-hybrid dynamic oracle")
struct ArcHybridOracleTests {
    // "The cat sleeps ." — The ←det cat ←nsubj sleeps →punct .; sleeps is the root. Label indices: det 0,
    // nsubj 1, punct 2, root 3.
    static let oracle = ArcHybridOracle(heads: [2, 3, 0, 3], labels: [0, 1, 3, 2])
    static let transitions = ParserTransitions(labelCount: 4, rootLabel: 3)

    @Test func shiftingAWordIsFreeWhenNothingIsLost() {
        let state = ArcHybridState(wordCount: 4)
        let costs = Self.oracle.costs(state)
        #expect(costs.shift == 0)
        #expect(state.canShift && !state.canLeft && state.rightMode == .none)
    }

    @Test func leftArcToTheGoldHeadIsFreeAndKnowsItsLabel() {
        var state = ArcHybridState(wordCount: 4)
        state.shift()  // stack [ROOT, The], buffer [cat, sleeps, .]
        let costs = Self.oracle.costs(state)
        #expect(costs.left == 0 && costs.leftLabel == 0)
        // SHIFT would strand "The" below "cat", which can then never take it as a left dependent.
        #expect(costs.shift == 1)
        #expect(state.rightMode == .none)
    }

    @Test func shiftingPastADependentAndAHeadCostsBoth() {
        var state = ArcHybridState(wordCount: 4)
        state.shift()
        state.shift()  // stack [ROOT, The, cat], buffer [sleeps, .]
        let costs = Self.oracle.costs(state)
        // SHIFT of "sleeps" loses its own root arc (ROOT is deeper than s0) and its dependent "cat" on the stack.
        #expect(costs.shift == 2)
        // LEFT-ARC gives cat its gold head; The ← cat was already lost when cat was shifted over it.
        #expect(costs.left == 0 && costs.leftLabel == 1)
        // RIGHT-ARC attaches cat to The, losing cat's gold head (sleeps, in the buffer).
        #expect(costs.right == 1 && costs.rightLabel == -1)
    }

    @Test func attachingToRootIsOnlyAllowedAtTheEnd() {
        var state = ArcHybridState(wordCount: 4)
        state.shift()
        state.leftArc(label: 0)
        state.shift()
        state.leftArc(label: 1)
        state.shift()  // stack [ROOT, sleeps], buffer [.]
        #expect(state.rightMode == .none)
        var costs = Self.oracle.costs(state)
        #expect(costs.shift == 0)
        // LEFT-ARC would make sleeps a dependent of "." and lose both its root arc and its dependent.
        #expect(costs.left == 2)
        state.shift()
        state.rightArc(label: 2)  // . → sleeps
        #expect(state.rightMode == .root)
        costs = Self.oracle.costs(state)
        #expect(costs.right == 0 && costs.rightLabel == 3)
        #expect(Self.transitions.masks[state.maskIndex] == [false, false, true])
        #expect(Self.transitions.labels(for: .right, right: state.rightMode) == [false, false, false, true])
        state.rightArc(label: 3)
        #expect(state.isTerminal)
        #expect(Array(state.head[1...4]) == [2, 3, 0, 3])
        #expect(Array(state.label[1...4]) == [0, 1, 3, 2])
    }

    @Test func wrongLabelsCostOneMore() {
        var state = ArcHybridState(wordCount: 4)
        state.shift()
        let costs = Self.oracle.costs(state)
        // With the gold head, only the gold label (det) is free.
        #expect(costs.left == 0 && costs.leftLabel == 0)
        // Arcs onto words may take any label but root.
        #expect(Self.transitions.labels(for: .left, right: .word) == [true, true, true, false])
    }
}

@Suite("Projective lifting of training trees")
struct ProjectiveLiftingTests {
    @Test func aCrossingArcIsLiftedToTheGrandparent() {
        // "A hearing is scheduled on the issue today": hearing → on spans is and scheduled, which hearing does not
        // dominate, so on is lifted to is; then scheduled → today spans on, so today is lifted to is too.
        let heads = [2, 3, 0, 3, 2, 7, 5, 4]
        #expect(ProjectiveLifting.lifted(heads) == [2, 3, 0, 3, 3, 7, 5, 3])
        #expect(ProjectiveLifting.lifted([2, 3, 0, 3, 2, 7, 5]) == [2, 3, 0, 3, 3, 7, 5])
    }

    @Test func projectiveTreesAndUnknownHeadsAreLeftAlone() {
        #expect(ProjectiveLifting.lifted([2, 3, 0, 3]) == [2, 3, 0, 3])
        #expect(ProjectiveLifting.lifted([2, -1, 0]) == [2, -1, 0])
        #expect(ProjectiveLifting.lifted([]) == [])
    }

    @Test func liftedTreesPassTheTreeCheck() {
        let lifted = ProjectiveLifting.lifted([2, 3, 0, 3, 2, 7, 5, 4])
        let words = lifted.enumerated().map { index, head in
            var word = SyntaxWord(form: "w\(index)")
            word.head = head
            word.deprel = head == 0 ? "root" : "dep"
            return word
        }
        #expect(treeProblems(words).isEmpty)
    }
}
