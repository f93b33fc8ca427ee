import ArticleText
import Testing

@testable import ActorLexicon

/// One very long document: coreference looks back over a bounded number of mentions, so time stays linear,
/// and what an ordinary article needs still resolves at the end of the text.
struct LongDocumentTests {
    @Test func shortNamesStillResolveAfterThousandsOfMentions() {
        let filler = String(repeating: "Germany and France met in Paris. ", count: 1_500)  // 3,000 mentions: "in Paris" is a place
        let text = filler + "Kim Jong Un visited Beijing. Kim praised the talks."
        let annotation = Support.recognize(text)
        let tail = Support.pairs(annotation).suffix(3)
        #expect(Array(tail) == ["Kim Jong Un=kim-jong-un", "Beijing=CHN", "Kim=kim-jong-un"])
        #expect(annotation.mentions.count == 1_500 * 2 + 3)
    }

    @Test func theWindowBoundsTheSearch() {
        #expect(RecognitionContext.coreferenceWindow == 1_000)
    }
}
