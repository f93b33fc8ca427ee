import ActorLexicon
import ArticleText
import EventOntology
import GraphModel
import Testing
@testable import EventStore

@Suite struct ClusterTests {
    @Test func twoArticlesReportingOneHappeningFormOneCluster() throws {
        let store = try EventStore.open(path: StoreFixture.databasePath(), create: true)
        _ = try store.ingest(StoreFixture.corpus)
        let graph = try store.graph(matching: GraphQuery(dyad: ["USA", "IRN"], types: [.sanction]))
        let clusters = graph.clusters
        #expect(clusters.count == 2)
        let january = try #require(clusters.first { $0.date == "2020-01-07" })
        #expect(january.numArticles == 2)
        #expect(january.numSources == 2)  // reuters.com and apnews.com
        #expect(january.documents == ["ap-1", "reuters-1"])
        #expect(january.firstReport?.description == "2020-01-08")
        #expect(january.lastReport?.description == "2020-01-09")
        #expect(january.block.description == "USA->IRN:SANCTION@2020")
    }

    @Test func eventsOfDifferentYearsStayApart() throws {
        let store = try EventStore.open(path: StoreFixture.databasePath(), create: true)
        _ = try store.ingest(StoreFixture.corpus)
        let clusters = try store.graph(matching: GraphQuery(types: [.sanction])).clusters
        #expect(clusters.map(\.date) == ["2020-01-07", "2021-01-09"])
        #expect(clusters.map(\.numArticles) == [2, 1])
    }

    @Test func theGraphInMemoryClustersAsTheStoreDoes() throws {
        var graph = EventGraph()
        for item in StoreFixture.corpus {
            graph.add(
                actors: item.extraction.actors.map(\.actor), events: item.extraction.events,
                document: DocumentRecord(
                    id: item.document.id, published: item.document.published, url: item.document.url,
                    fingerprint: item.document.textFingerprint))
        }
        let store = try EventStore.open(path: StoreFixture.databasePath(), create: true)
        _ = try store.ingest(StoreFixture.corpus)
        #expect(graph.clusters == (try store.graph(matching: GraphQuery()).clusters))
        // Relations count happenings: two articles, one sanction in 2020, one in 2021.
        let relation = try #require(graph.relationGraph(level: .country).relations.first { $0.type == .sanction })
        #expect(relation.count == 2)
        #expect(relation.events.count == 3)
    }

    @Test func dayDatesDoNotMergeButCoarserDatesJoinTheirDay() {
        func member(_ id: String, _ document: String, _ date: String) -> ClusterMember {
            ClusterMember(
                event: EventID(rawValue: id), document: DocumentID(document),
                block: ClusterBlock(source: "USA", target: "IRN", type: .sanction, negated: false), dateValue: date,
                window: TimexInterval(timex: date), published: nil, outlet: nil, words: [], goldstein: -4)
        }
        let clusters = EventClustering.clusters(of: [
            member("a#e1", "a", "2020-01-03"), member("b#e1", "b", "2020-01-08"), member("c#e1", "c", "2020-01"),
        ])
        #expect(clusters.map(\.events.count) == [2, 1])
        #expect(clusters.map(\.date) == ["2020-01-03", "2020-01-08"])
    }

    @Test func undatedReportsClusterBySimilarEvidenceAndCloseDates() {
        func member(_ id: String, _ published: String, _ text: String) -> ClusterMember {
            ClusterMember(
                event: EventID(rawValue: id + "#e1"), document: DocumentID(id),
                block: ClusterBlock(source: "PRK", target: "KOR", type: .accuse, negated: false), dateValue: nil,
                window: nil, published: CalendarDate(iso: published), outlet: nil,
                words: EventClustering.contentWords(text), goldstein: -2)
        }
        let clusters = EventClustering.clusters(of: [
            member("a", "2026-02-20", "North Korea accused South Korea of flying drones over Pyongyang."),
            member("b", "2026-02-21", "North Korea accused South Korea of flying drones over Pyongyang again."),
            member("c", "2026-03-30", "North Korea accused South Korea of flying drones over Pyongyang."),
            member("d", "2026-02-20", "Pyongyang blamed Seoul for the border incident."),
        ])
        #expect(clusters.map(\.numArticles).sorted() == [1, 1, 2])
    }
}
