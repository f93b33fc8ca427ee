import ArticleText
import Foundation
import Testing

@testable import ActorLexicon

struct ActorScorerTests {
    @Test func scoresFollowTheCounts() {
        let score = ActorScore(truePositives: 8, falsePositives: 2, falseNegatives: 8)
        #expect(score.precision == 0.8)
        #expect(score.recall == 0.5)
        #expect(abs(score.f1 - 0.8 * 0.5 * 2 / 1.3) < 1e-12)
        #expect(ActorScore().f1 == 0)
    }

    @Test func mentionsAreMatchedBySpanActorAndCode() {
        // "North Korea" (PRK) and "Seoul" (KOR) are found; "Acme" is gold-only; the recognizer's "Russian
        // troops" (RUS-MIL) is system-only.
        let text = "North Korea warned Seoul, Acme said. Russian troops moved."
        let gold = GoldDocument(
            id: "t", published: "2026-02-20", text: text,
            mentions: [
                GoldMention(start: 0, end: 11, text: "North Korea", actor: "PRK", country: "PRK"),
                GoldMention(start: 19, end: 24, text: "Seoul", actor: "KOR", country: "KOR"),
                GoldMention(start: 26, end: 30, text: "Acme", actor: "acme", country: "USA", sector: "BUS"),
            ], url: nil)
        let report = ActorScorer().score([gold])
        let exact = report.scores["exact"]
        #expect(exact?.truePositives == 3)  // "Acme said" is an unknown actor named "Acme"
        #expect(exact?.falsePositives == 1)
        #expect(exact?.falseNegatives == 0)
        #expect(report.scores["code"]?.truePositives == 2)  // Acme's country is unknown to the recognizer
        #expect(report.misses.map(\.text) == ["Russian troops"])
    }

    @Test func badGoldLinesNameTheirLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString).jsonl")
        try "{\"id\":\"a\",\"text\":\"x\",\"mentions\":[]}\n{\"id\": 3}\n".write(to: url, atomically: true, encoding: .utf8)
        #expect {
            _ = try GoldDocument.read(url)
        } throws: { error in
            (error as? ActorScoringError).map { if case .badRecord(_, 2, _) = $0 { true } else { false } } ?? false
        }
    }

    /// Regression guard on the hand-annotated gold in Tests/Gold (figures are in Tests/Gold/README.md).
    @Test(arguments: [("actor-gold.jsonl", 0.92), ("actor-gold-heldout.jsonl", 0.78), ("actor-gold-heldout2.jsonl", 0.85)])
    func goldScoresStayAboveTheirFloor(_ file: String, floor: Double) throws {
        let url = Support.root.appendingPathComponent("Tests/Gold/\(file)")
        let report = ActorScorer().score(try GoldDocument.read(url))
        let exact = try #require(report.scores["exact"])
        #expect(exact.f1 >= floor, "\(file): exact F1 \(exact.f1)")
    }
}
