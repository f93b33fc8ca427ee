import GraphFixtures
import ArticleText
import GraphModel
import Testing

/// A document's own findings travel with the graph, each with its document id.
@Suite struct DocumentFindingsTests {
    @Test func findingsKeepOrGainTheirDocumentAndSurviveFiltering() throws {
        var graph = SeedFixture.seedGraph
        let other = DocumentID("other-article")
        graph.add(
            findings: [
                Finding(.warning, code: "dct.missing", message: "no publication date (DCT)"),
                Finding(.info, code: "actor.unknown", message: "\"X\" is not in the lexicon", document: other,
                        span: TextSpan(start: 4, end: 5)),
            ],
            of: SeedFixture.seed)
        #expect(graph.findings.map(\.code) == ["dct.missing", "actor.unknown"])
        #expect(graph.findings.map(\.document) == [SeedFixture.seed, other])
        let filtered = try graph.filtered(by: GraphQuery(types: [.consult]))
        #expect(filtered.findings == graph.findings)
    }
}
