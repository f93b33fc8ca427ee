import ActorLexicon
import EventOntology
import GraphModel
import Testing
@testable import EventStore

@Suite struct StoreQueryTests {
    private func store() throws -> EventStore {
        let store = try EventStore.open(path: StoreFixture.databasePath(), create: true)
        _ = try store.ingest(StoreFixture.corpus)
        return store
    }

    @Test func aDyadAndWindowReturnTheEventsBetweenThemInIt() throws {
        let graph = try store().graph(matching: GraphQuery(from: "2020-01", to: "2020-01", dyad: ["IRN", "USA"]))
        #expect(graph.events.keys.map(\.rawValue).sorted() == ["ap-1#e1", "biz-1#e1", "reuters-1#e1"])
    }

    @Test func aDateOnlyPartlyInsideTheWindowNeedsIncludePartial() throws {
        let strict = try store().graph(matching: GraphQuery(from: "2020-01-07", to: "2020-01-09", types: [.sanction]))
        #expect(strict.events.keys.map(\.rawValue) == ["reuters-1#e1"])
        let partial = try store().graph(
            matching: GraphQuery(from: "2020-01-07", to: "2020-01-09", includePartial: true, types: [.sanction]))
        #expect(partial.events.keys.map(\.rawValue).sorted() == ["ap-1#e1", "reuters-1#e1"])
    }

    @Test func aSectorFilterKeepsBusinessOutOfStateDyads() throws {
        let graph = try store().graph(matching: GraphQuery(from: "2020", to: "2020", sectors: ["GOV", "MIL"]))
        #expect(graph.events.keys.map(\.rawValue).sorted() == ["ap-1#e1", "reuters-1#e1"])
        let business = try store().graph(matching: GraphQuery(sectors: ["BUS"]))
        #expect(business.events.isEmpty)  // Iran, the target, is a state (GOV)
    }

    @Test func aKeywordSearchesTheEvidenceWithStemming() throws {
        let graph = try store().graph(matching: GraphQuery(keyword: "sanction"))
        #expect(graph.events.keys.map(\.rawValue).sorted() == ["ap-1#e1", "reuters-1#e1", "reuters-2#e1"])
        #expect(try store().graph(matching: GraphQuery(keyword: "supply contract")).events.keys.map(\.rawValue) == ["biz-1#e1"])
    }

    @Test func minimumArticlesKeepsWidelyReportedHappenings() throws {
        let graph = try store().graph(matching: GraphQuery(minimumArticles: 2))
        #expect(graph.events.keys.map(\.rawValue).sorted() == ["ap-1#e1", "reuters-1#e1"])
    }

    @Test func allDocumentsComeWithTheEventsOfADyadWhenAsked() throws {
        let query = GraphQuery(dyad: ["acme", "IRN"])
        let listing = try store().graph(matching: query)
        #expect(listing.events.keys.map(\.rawValue) == ["biz-1#e1"])
        #expect(listing.documents.keys.map(\.rawValue) == ["biz-1"])
        let whole = try store().graph(matching: query, documents: .all)
        #expect(whole.events.keys.map(\.rawValue) == ["biz-1#e1"])
        #expect(whole.documents.keys.map(\.rawValue) == ["reuters-1", "ap-1", "reuters-2", "biz-1"])
        #expect(whole.actors.keys.map(\.rawValue).sorted() == ["IRN", "USA", "acme"])  // acme folds into USA
    }

    @Test func aMonthlySeriesCountsHappeningsNotArticles() throws {
        let graph = try store().graph(matching: GraphQuery(dyad: ["USA", "IRN"], types: [.sanction]))
        let series = EventSeries(clusters: graph.clusters, period: .month)
        #expect(series.rows.count == 13)  // 2020-01 … 2021-01
        #expect(series.rows.first == EventSeries.Row(period: "2020-01", clusters: 1, meanGoldstein: graph.clusters[0].goldstein))
        #expect(series.rows.last?.clusters == 1)
        #expect(series.rows[1].clusters == 0 && series.rows[1].meanGoldstein == nil)
    }
}
