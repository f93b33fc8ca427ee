import ArticleText
import Foundation
import Testing

@testable import ActorLexicon

struct SeedArticleTests {
    @Test func dumpSeed() throws {
        let seg = try Support.seedArticle()
        let clock = ContinuousClock()
        let t0 = clock.now
        let annotation = ActorRecognizer().recognize(seg)
        print("first recognize", clock.now - t0)
        let t1 = clock.now
        for _ in 0..<20 { _ = ActorRecognizer().recognize(seg) }
        print("20 recognitions", clock.now - t1)
        for m in annotation.mentions {
            print(m.start, m.end, m.text, m.actor, m.antecedent.map { "ante \($0)" } ?? "", m.modifies.map { "mod \($0)" } ?? "")
        }
        for a in annotation.actors { print(a) }
        for f in annotation.findings { print(f.code, f.message) }
    }
}
