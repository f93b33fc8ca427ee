import ActorLexicon
import ArticleText
import EventOntology
import GraphFixtures
import GraphModel
import Testing

/// The filters the query model added for `query`, `series` and the store, in memory on the seed article.
@Suite struct QueryModelTests {
    private func ids(_ query: GraphQuery) throws -> [String] {
        try SeedFixture.seedGraph.filtered(by: query).events.keys.map(\.rawValue).map { $0.replacingOccurrences(of: "korea-party-congress#", with: "") }
    }

    @Test func aDyadNeedsBothEndsInEitherDirection() throws {
        #expect(try ids(GraphQuery(dyad: ["USA", "PRK"])) == ["e7", "e8", "e12"])
        #expect(try ids(GraphQuery(dyad: ["PRK", "RUS"])) == ["e2", "e3", "e4"])
        #expect(try ids(GraphQuery(dyad: ["kim-jong-un", "xi-jinping"])) == ["e6"])
    }

    @Test func quadClassesAndKeywordsSelect() throws {
        #expect(try ids(GraphQuery(quadClasses: [.verbalConflict])) == ["e8", "e10"])
        #expect(try ids(GraphQuery(keyword: "WORLD WAR")) == ["e5", "e6"])
    }

    @Test func sectorsTreatStatesAsGovernment() throws {
        // Every seed actor is a state or a government person except KCNA, which takes part in no event.
        #expect(try ids(GraphQuery(sectors: ["GOV"])).count == 12)
        #expect(try ids(GraphQuery(sectors: ["MIL"])).isEmpty)
    }

    @Test func anEgoNetworkKeepsTheNodesWithinItsDepth() throws {
        // Around CHN at depth 1: PRK and CHN; the events between them and PRK's single-actor events.
        #expect(try ids(GraphQuery(around: ["CHN"], depth: 1, level: .country)) == ["e1", "e5", "e6", "e11"])
        // At depth 2 PRK's other partners join.
        #expect(try ids(GraphQuery(around: ["CHN"], depth: 2, level: .country)).count == 12)
    }

    @Test func topKeepsTheRelationsWithMostHappenings() throws {
        let graph = try SeedFixture.seedGraph.filtered(by: GraphQuery(top: 1, level: .country))
        #expect(graph.relationGraph(level: .country).relations.map(\.id) == ["CHN--PRK:CONSULT"])
    }

    @Test func relationsCountHappeningsAcrossDocumentsOnce() throws {
        var graph = SeedFixture.seedGraph
        let copy = DocumentRecord(id: "wire-copy", published: CalendarDate(iso: "2026-02-21"), url: "https://wire.example/x")
        let retold = SeedFixture.event(
            1, SeedFixture.prk, .cooperate, SeedFixture.rus, date: SeedFixture.date("2026-02-20"), mode: "military",
            document: "wire-copy", text: "Pyongyang deepened military cooperation with Moscow.")
        graph.add(actors: [SeedFixture.prk, SeedFixture.rus], events: [retold], document: copy)
        let relation = try #require(graph.relationGraph(level: .country).relations.first { $0.id == "PRK->RUS:COOPERATE" })
        #expect(relation.events.count == 2)
        #expect(relation.count == 1)
        let cluster = try #require(graph.clusters.first { $0.events.contains(retold.id) })
        #expect(cluster.numArticles == 2 && cluster.documents == ["korea-party-congress", "wire-copy"])
    }
}
