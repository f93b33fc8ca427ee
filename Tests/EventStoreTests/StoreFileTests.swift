import Foundation
import GRDB
import Testing

@testable import EventStore

/// A closed store is one file: its write-ahead log checkpointed, no `-wal` or `-shm` beside it.
struct StoreFileTests {
    static func names(beside path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent).sorted()
    }

    static func journalMode(_ path: String) throws -> String? {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    }

    @Test func aClosedStoreIsOneFileInRollbackJournalMode() throws {
        let path = try StoreFixture.databasePath()
        let store = try EventStore.open(path: path, create: true)
        #expect(try store.ingest(StoreFixture.corpus).added == 4)
        #expect(try Self.names(beside: path).contains("corpus.sqlite-wal"))  // WAL while the writer works
        try store.close()
        #expect(try Self.names(beside: path) == ["corpus.sqlite"])
        #expect(try Self.journalMode(path) == "delete")

        let reader = try EventStore.open(path: path, create: false)
        #expect(try reader.rowCounts().first { $0.table == "documents" }?.rows == 4)
        try reader.close()
        #expect(try Self.names(beside: path) == ["corpus.sqlite"])

        let writer = try EventStore.open(path: path, create: true)  // back in WAL mode while it writes
        #expect(try Self.journalMode(path) == "wal")
        try writer.close()
        #expect(try Self.names(beside: path) == ["corpus.sqlite"])
    }

    @Test func closingWhileAnotherConnectionReadsKeepsTheStoreConsistent() throws {
        let path = try StoreFixture.databasePath()
        let store = try EventStore.open(path: path, create: true)
        _ = try store.ingest(StoreFixture.corpus)
        let other = try DatabaseQueue(path: path)
        try other.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") == 4)
            try store.close()  // cannot leave WAL mode under a reader: left to the next writer
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") == 4)
        }
        try other.close()
        let reopened = try EventStore.open(path: path, create: false)
        #expect(try reopened.integrityProblems().isEmpty)
        #expect(try reopened.rowCounts().first { $0.table == "documents" }?.rows == 4)
    }

    @Test func removeFilesTakesTheDatabaseAndItsCompanions() throws {
        let path = try StoreFixture.databasePath()
        for suffix in ["", "-wal", "-shm", "-journal"] {
            #expect(FileManager.default.createFile(atPath: path + suffix, contents: Data("x".utf8)))
        }
        try "kept".write(toFile: path + ".txt", atomically: true, encoding: .utf8)
        EventStore.removeFiles(path: path)
        #expect(try Self.names(beside: path) == ["corpus.sqlite.txt"])
    }
}
