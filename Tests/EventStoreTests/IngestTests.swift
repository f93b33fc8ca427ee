import ArticleText
import EventOntology
import Foundation
import GRDB
import GraphModel
import Testing
@testable import EventStore

@Suite struct IngestTests {
    @Test func aCorpusIsStoredWithItsRowsAndClusters() throws {
        let store = try EventStore.open(path: StoreFixture.databasePath(), create: true)
        let summary = try store.ingest(StoreFixture.corpus)
        #expect(summary.added == 4 && summary.events == 4)
        let counts = Dictionary(uniqueKeysWithValues: try store.rowCounts().map { ($0.table, $0.rows) })
        #expect(counts["documents"] == 4)
        #expect(counts["events"] == 4)
        #expect(counts["evidence"] == 4)
        #expect(counts["event_clusters"] == 3)  // the two January 2020 reports are one happening
        #expect(counts["cluster_members"] == 4)
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func reIngestingTheSameCorpusChangesNothing() throws {
        let store = try EventStore.open(path: StoreFixture.databasePath(), create: true)
        _ = try store.ingest(StoreFixture.corpus)
        let counts = try store.rowCounts().map(\.rows)
        let export = try exportBytes(store)
        #expect(try store.unchangedDocuments(StoreFixture.corpus.map(\.document)).count == 4)
        let again = try store.ingest(StoreFixture.corpus)
        #expect(again.unchanged == 4 && again.added == 0 && again.events == 0)
        #expect(try store.rowCounts().map(\.rows) == counts)
        #expect(try exportBytes(store) == export)
    }

    @Test func aChangedDocumentReplacesItsEvents() throws {
        let store = try EventStore.open(path: StoreFixture.databasePath(), create: true)
        _ = try store.ingest(StoreFixture.corpus)
        let changed = StoreFixture.item(
            "ap-1", published: "2020-01-09", url: "https://apnews.com/b", StoreFixture.usa, .threaten, StoreFixture.irn,
            date: "2020-01-09", text: "Washington threatened Tehran with strikes.")
        let summary = try store.ingest([changed])
        #expect(summary.replaced == 1)
        let graph = try store.graph(matching: GraphQuery(documents: ["ap-1"]))
        #expect(graph.events.values.map(\.type) == [.threaten])
        #expect(graph.events.values.first?.evidence.text == "Washington threatened Tehran with strikes.")
        // The January sanction is now reported by one article only.
        let sanctions = try store.graph(matching: GraphQuery(from: "2020", to: "2020", types: [.sanction]))
        #expect(sanctions.clusters.map(\.numArticles) == [1])
        let counts = Dictionary(uniqueKeysWithValues: try store.rowCounts().map { ($0.table, $0.rows) })
        #expect(counts["events"] == 4 && counts["evidence"] == 4 && counts["event_clusters"] == 4)
    }

    /// A document re-ingested with its event moved to an earlier year or undated takes its cluster id along:
    /// the old block's cluster goes before the new one is written (before, the new block, sorted first, clashed).
    @Test func aDocumentWhoseEventMovesToAnEarlierBlockIsReplaced() throws {
        let store = try EventStore.open(path: StoreFixture.databasePath(), create: true)
        for date in ["2022-01-01", "2020-01-01", nil] as [String?] {
            let item = StoreFixture.item(
                "moved", published: date ?? "2021-06-01", StoreFixture.usa, .threaten, StoreFixture.irn,
                date: date, text: "Washington threatened Tehran \(date ?? "again").")
            _ = try store.ingest([item])
            let counts = Dictionary(uniqueKeysWithValues: try store.rowCounts().map { ($0.table, $0.rows) })
            #expect(counts["events"] == 1 && counts["event_clusters"] == 1 && counts["cluster_members"] == 1)
            let graph = try store.graph(matching: GraphQuery(documents: ["moved"]))
            #expect(graph.events.values.map { $0.date?.value } == [date])
        }
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func anInterruptedBatchLeavesTheDatabaseAsBefore() throws {
        let store = try EventStore.open(path: StoreFixture.databasePath(), create: true)
        _ = try store.ingest(Array(StoreFixture.corpus.prefix(1)))
        let before = try store.rowCounts().map(\.rows)
        #expect(throws: EventStoreError.self) { try store.ingest(StoreFixture.corpus, failingAfter: 2) }
        #expect(try store.rowCounts().map(\.rows) == before)
        #expect(try store.integrityProblems().isEmpty)
        let resumed = try store.ingest(StoreFixture.corpus)
        #expect(resumed.added == 3 && resumed.unchanged == 1)
    }

    @Test func aCopyUnderAnotherIdAndURLIsCountedOnce() throws {
        let store = try EventStore.open(path: StoreFixture.databasePath(), create: true)
        let original = StoreFixture.corpus[0]
        var copy = StoreFixture.item(
            "syndicated-copy", published: "2020-01-08", url: "https://news.example.org/z", StoreFixture.usa,
            .sanction, StoreFixture.irn, date: "2020-01-07",
            text: "The United States imposed new  sanctions on Iran on Tuesday!")
        copy.document.title = "Another headline"
        _ = try store.ingest([original, copy])
        let graph = try store.graph(matching: GraphQuery(dyad: ["USA", "IRN"]))
        #expect(graph.events.count == 2)
        #expect(graph.clusters.map(\.numArticles) == [1])
        let duplicate = try store.queue.read { db in
            try String.fetchOne(db, sql: "SELECT duplicate_of FROM documents WHERE id = 'syndicated-copy'")
        }
        #expect(duplicate == "reuters-1")
    }

    /// The bytes of a JSON listing of every stored event (the `query --format json` content).
    private func exportBytes(_ store: EventStore) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(try store.graph(matching: GraphQuery()).listings(level: .country))
    }
}
