import GraphFixtures
import ActorLexicon
import ArticleText
import EventOntology
import Foundation
@testable import GraphExport
import GraphModel
import Testing

@Suite struct RelationsDiagramTests {
    static var graph: EventGraph { SeedFixture.mergedGraphWithSources }

    @Test func theDiagramWithProvenanceMatchesItsGoldenFile() throws {
        let graph = Self.graph
        let dot = DOTEncoder().encode(graph.relationGraph(level: .country), provenance: DiagramProvenance(graph))
        try Golden.check(dot, named: "relations-provenance.dot")
    }

    @Test func edgesCarryArticlesTooltipsWithEvidenceAndLinks() {
        let graph = Self.graph
        let dot = DOTEncoder().encode(graph.relationGraph(level: .country), provenance: DiagramProvenance(graph))
        #expect(dot.contains(#"label="AGREE\n19 Jun 2024\n1 article""#))
        #expect(dot.contains(#"URL="https://example.org/treaty""#))
        #expect(dot.contains("19 Jun 2024 · AGREE (treaty) · “Treaty signed”: A sentence."))
        #expect(dot.contains("since 20 Jan 2025 · REJECT · “Kim highlights economic resilience”"))
        #expect(dot.contains("graph [label=<<TABLE"))
    }

    @Test func domesticRelationsAreOneLoopPerCountry() {
        let events = [
            SeedFixture.event(1, SeedFixture.usa, .accuse, SeedFixture.trump, date: SeedFixture.date("2019")),
            SeedFixture.event(2, SeedFixture.trump, .consult, SeedFixture.usa, at: 50),
            SeedFixture.event(3, SeedFixture.usa, .accuse, SeedFixture.prk, at: 90),
        ]
        let graph = EventGraph(actors: [SeedFixture.usa, SeedFixture.trump, SeedFixture.prk], events: events)
        let relations = graph.relationGraph(level: .country)
        #expect(relations.selfRelations.map(\.id) == ["USA--USA:CONSULT", "USA->USA:ACCUSE"])
        let dot = DOTEncoder().encode(relations, provenance: DiagramProvenance(graph))
        #expect(dot.components(separatedBy: #""USA" -> "USA""#).count == 2)
        #expect(dot.contains(#"label="CONSULT\nACCUSE\n2019\n1 article""#))
    }

    @Test func collapseDrawsOneEdgePerPairWithATally() {
        let graph = Self.graph
        let dot = DOTEncoder(collapsesDyads: true).encode(graph.relationGraph(level: .country), provenance: DiagramProvenance(graph))
        #expect(dot.components(separatedBy: #""PRK" -> "RUS""#).count == 2)
        #expect(!dot.contains(#""RUS" -> "PRK""#))
        #expect(dot.contains(#"dir="both""#))
        #expect(dot.contains(#"label="AGREE\nCOOPERATE ×2\nAID ×2\nJun 2024 – 20 Feb 2026\n2 articles""#))
    }

    @Test func pruningKeepsTheRelationsWithMostArticlesAndSaysWhatItLeftOut() throws {
        let graph = Self.graph
        let selection = RelationSelection(top: 3, of: graph.relationGraph(level: .country), provenance: DiagramProvenance(graph))
        #expect(selection.graph.relations.count == 3)
        #expect(selection.omitted.count == 8)
        #expect(selection.graph.relations.first?.id == "CHN--PRK:CONSULT")  // 2 events
        let finding = try #require(selection.finding)
        #expect(finding.code == "diagram.pruned")
        #expect(finding.message.hasPrefix("the relations diagram shows the 3 relations with the most articles of the 11 it could draw; left out 8 relations (8 events"))
        let all = RelationSelection(top: 40, of: graph.relationGraph(level: .country), provenance: DiagramProvenance(graph))
        #expect(all.finding == nil && all.omitted.isEmpty)
    }
}
