import Foundation
import GRDB
import GraphModel
import Testing
@testable import EventStore

@Suite struct SchemaTests {
    @Test func aVersion1DatabaseIsUpgradedAndClustered() throws {
        let path = try StoreFixture.databasePath()
        let old = try EventStore.open(path: path, create: true, maximumPages: nil, upTo: "v1")
        try old.queue.write { db in
            for (index, document) in ["a", "b"].enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO documents (id, content_hash, fingerprint, published, dct_source, text_length, origin, sequence)
                        VALUES (?, ?, ?, '2020-01-08', 'metadata', 20, 'test', ?)
                        """,
                    arguments: [document, "hash-\(document)", "print-\(document)", index + 1])
                let event = StoreFixture.item(
                    document, published: "2020-01-08", StoreFixture.usa, .sanction, StoreFixture.irn, date: "2020-01-07",
                    text: "The US sanctioned Iran."
                ).extraction.events[0]
                let record = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
                try db.execute(
                    sql: """
                        INSERT INTO events (id, document_id, ordinal, type, quad_class, cameo, goldstein, source, target,
                            source_node, target_node, modality, date_value, date_first, date_last, anchoring, trigger, record)
                        VALUES (?, ?, 0, 'SANCTION', 4, '16', -4, 'USA', 'IRN', 'USA', 'IRN', 'asserted', '2020-01-07',
                            '2020-01-07', '2020-01-07', 'timex', 'sanctioned', ?)
                        """,
                    arguments: [event.id.rawValue, document, record])
            }
        }
        #expect(try old.queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == 1)
        try old.close()  // one writer at a time
        // Reading commands never write: they point to ingest, which upgrades.
        #expect(throws: EventStoreError.cannotOpen(
            path: path, reason: "written by an older Storygraph (schema version 1); upgrade it with storygraph ingest --db \(path)")) {
            try EventStore.open(path: path, create: false)
        }
        let store = try EventStore.open(path: path, create: true)
        let (version, blocks) = try store.queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"), try String.fetchAll(db, sql: "SELECT DISTINCT block FROM events"))
        }
        #expect(version == EventStore.schemaVersion)
        #expect(blocks == ["USA->IRN:SANCTION@2020"])
        let clusters = try store.graph(matching: GraphQuery()).clusters
        #expect(clusters.map(\.numArticles) == [2])
    }

    @Test func aDatabaseOfANewerSchemaIsRefusedUntouched() throws {
        let path = try StoreFixture.databasePath()
        let store = try EventStore.open(path: path, create: true)
        try store.queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 7") }
        #expect(throws: EventStoreError.newerSchema(path: path, found: 7, supported: EventStore.schemaVersion)) {
            try EventStore.open(path: path, create: false)
        }
    }

    @Test func aFileThatIsNotADatabaseIsNamedInTheError() throws {
        let path = try StoreFixture.databasePath()
        try Data(String(repeating: "not a database at all. ", count: 400).utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: EventStoreError.self) { try EventStore.open(path: path, create: true) }
        guard case .notADatabase(let named, _) = error else {
            Issue.record("expected notADatabase, got \(error)")
            return
        }
        #expect(named == path)
        #expect(error.errorDescription?.hasPrefix(path + ": not a Storygraph database") == true)
    }

    @Test func aMissingDatabaseIsAnErrorForReaders() throws {
        let path = try StoreFixture.databasePath()
        #expect(throws: EventStoreError.missing(path: path)) { try EventStore.open(path: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFullDiskRollsTheBatchBack() throws {
        let path = try StoreFixture.databasePath()
        _ = try EventStore.open(path: path, create: true)
        let pages = try EventStore.open(path: path, create: false).queue.read { db in
            try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
        }
        let store = try EventStore.open(path: path, create: true, maximumPages: pages + 2, upTo: nil)
        let big = (0..<60).map { index in
            StoreFixture.item(
                "doc-\(index)", published: "2020-01-08", StoreFixture.usa, .sanction, StoreFixture.irn, date: "2020-01-07",
                text: String(repeating: "The United States imposed sanctions on Iran number \(index). ", count: 20))
        }
        #expect(throws: EventStoreError.diskFull(path: path)) { try store.ingest(big) }
        #expect(try store.rowCounts().allSatisfy { $0.rows == 0 })
    }

    @Test func aDatabaseLockedByAnotherWriterIsReported() throws {
        let path = try StoreFixture.databasePath()
        let store = try EventStore.open(path: path, create: true)
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true  // the other process holds its write lock across accesses
        let other = try DatabaseQueue(path: path, configuration: configuration)
        try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        defer { try? other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") } }
        #expect(throws: EventStoreError.locked(path: path)) { try store.ingest(StoreFixture.corpus) }
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftUntouched() throws {
        let path = try StoreFixture.databasePath()
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "CREATE TABLE foo (x INTEGER); INSERT INTO foo VALUES (1)") }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for create in [false, true] {
            #expect(throws: EventStoreError.self) { try EventStore.open(path: path, create: create) }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func readingCommandsDoNotWaitForAWriter() throws {
        let path = try StoreFixture.databasePath()
        _ = try EventStore.open(path: path, create: true)
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let writer = try DatabaseQueue(path: path, configuration: configuration)
        try writer.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        defer { try? writer.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") } }
        let reader = try EventStore.open(path: path, create: false)
        #expect(try reader.rowCounts().allSatisfy { $0.rows == 0 })
    }
}
