import Foundation
import GRDB
import Testing

@testable import EventStore

/// `ingest` into a read-only database showed SQLite's own words ("attempt to write a readonly database"); the
/// error now names the file and says it is read-only.
struct ReadOnlyStoreTests {
    @Test func sqlitesReadOnlyErrorNamesTheFileAndSaysReadOnly() throws {
        let error = #expect(throws: EventStoreError.readOnly(path: "news.sqlite")) {
            try EventStore.translatingErrors(path: "news.sqlite") { () throws -> Void in
                throw DatabaseError(resultCode: .SQLITE_READONLY, message: "attempt to write a readonly database")
            }
        }
        #expect(error?.errorDescription == "news.sqlite: cannot write the database: it is read-only (the file's or its "
            + "folder's permissions, an immutable file, or a read-only file system); nothing was written")
        #expect(error?.errorDescription?.contains("readonly database") == false)
    }

    /// The same through a real store opened read-only by SQLite: a writer's first write is refused.
    @Test func aWriteToAStoreSQLiteOpenedReadOnlyIsTheReadOnlyError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("news.sqlite").path
        do { _ = try EventStore.open(path: path, create: true) }
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        #expect(throws: EventStoreError.readOnly(path: path)) {
            try EventStore.translatingErrors(path: path) {
                try queue.write { db in try db.execute(sql: "CREATE TABLE extra (x INTEGER)") }
            }
        }
    }
}
