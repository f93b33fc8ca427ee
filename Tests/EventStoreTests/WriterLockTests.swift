import Foundation
import Testing
@testable import EventStore

/// One writer at a time: a second writer is refused with a message naming the database, and it never removes
/// a database another writer created.
@Suite struct WriterLockTests {
    @Test func aSecondWriterIsRefusedAndLeavesTheFirstWritersNewDatabaseAlone() throws {
        let path = try StoreFixture.databasePath()
        let first = try EventStore.open(path: path, create: true)
        #expect(first.created)
        #expect(throws: EventStoreError.writerActive(path: path)) { try EventStore.open(path: path, create: true) }
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try first.ingest(StoreFixture.corpus).added == 4)
        try first.close()
        // Readers never take the lock; after the first writer closed, the next one opens.
        let second = try EventStore.open(path: path, create: true)
        #expect(!second.created)
        #expect(try second.rowCounts().first { $0.table == "documents" }?.rows == 4)
        try second.close()
        #expect(EventStoreError.writerActive(path: "c.db").errorDescription
            == "c.db: another storygraph ingest is writing to this database; nothing was written (run this one again when it has finished)")
    }

    @Test func aFailedRunRemovesOnlyTheDatabaseItCreated() throws {
        let path = try StoreFixture.databasePath()
        let created = try EventStore.open(path: path, create: true)
        created.discard()
        #expect(!FileManager.default.fileExists(atPath: path))
        let kept = try EventStore.open(path: path, create: true)
        _ = try kept.ingest(StoreFixture.corpus)
        try kept.close()
        let again = try EventStore.open(path: path, create: true)
        again.discard()
        let reader = try EventStore.open(path: path, create: false)
        #expect(try reader.rowCounts().first { $0.table == "documents" }?.rows == 4)
    }

    @Test func aDeviceIsRefusedAsADatabase() throws {
        #expect(throws: EventStoreError.cannotOpen(path: "/dev/null", reason: "it is a character device, not a regular file")) {
            try EventStore.open(path: "/dev/null", create: true)
        }
    }
}
