import Foundation
import Syntax
import Testing

/// `ParseScorer` scores a tag or lemma only on the words whose gold gives it: `_` is "not annotated", not a tag
/// every prediction gets wrong.
struct ParseScorerTests {
    /// A predicted analysis: every word tagged NOUN/NN with lemma "x", attached to word 1.
    func predicted(_ gold: [SyntaxWord]) -> [SyntaxWord] {
        gold.indices.map { SyntaxWord(form: gold[$0].form, lemma: "x", upos: "NOUN", xpos: "NN", head: $0 == 0 ? 0 : 1, deprel: "dep") }
    }

    @Test func xposAbsentFromTheGoldIsNotScored() throws {
        let gold = Fixtures.sentence("Seoul NOUN _ 2 nsubj x;protested VERB _ 0 root")
        let scores = try ParseScorer().score(gold: [gold], predicted: [predicted(gold)])
        #expect(scores.xposScored == 0 && scores.xposCorrect == 0)
        #expect(scores.xpos == nil)
        #expect(scores.upos == 0.5 && scores.lemma == 0.5)
        #expect(scores.notes == ["XPOS not scored: the gold has no XPOS (\"_\" on every word)"])
    }

    @Test func xposGivenOnSomeWordsIsScoredOnThose() throws {
        let gold = Fixtures.sentence("Seoul NOUN NN 2 nsubj;protested VERB _ 0 root;loudly ADV RB 2 advmod")
        let scores = try ParseScorer().score(gold: [gold], predicted: [predicted(gold)])
        #expect(scores.xposScored == 2 && scores.xposCorrect == 1)
        #expect(scores.xpos == 0.5)
        #expect(scores.notes == ["XPOS scored on 2 of 3 words: the others have \"_\" in the gold"])
    }

    @Test func anUnderscoreWordsLemmaIsALemma() throws {
        let gold = Fixtures.sentence("_ SYM NFP 0 root _")
        let scores = try ParseScorer().score(gold: [gold], predicted: [[SyntaxWord(form: "_", lemma: "_", upos: "SYM", xpos: "NFP", head: 0, deprel: "root")]])
        #expect(scores.lemmaScored == 1 && scores.lemma == 1)
        #expect(scores.notes.isEmpty)
    }

    /// JSON leaves out the count of a field that was not scored, so that no reader takes it for an accuracy of 0.
    @Test func jsonHasNoCorrectCountForAFieldNotScored() throws {
        let gold = Fixtures.sentence("Seoul NOUN _ 2 nsubj x;protested VERB _ 0 root")
        let scores = try ParseScorer().score(gold: [gold], predicted: [predicted(gold)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(scores)) as? [String: Any])
        #expect(object["xposCorrect"] == nil && object["xposScored"] as? Int == 0)
        #expect(object["uposCorrect"] as? Int == 1 && object["lemmaCorrect"] as? Int == 1)
        #expect(object["notes"] as? [String] == scores.notes)
        #expect(try JSONDecoder().decode(ParseScores.self, from: encoder.encode(scores)) == scores)
    }
}
