import ArticleText
import Foundation
import GRDB

/// A growing corpus on disk: documents, their actors, mentions, TIMEX3 expressions and events, the evidence
/// sentences with a full-text index, and the cross-document event clusters, in one SQLite file (in WAL mode
/// while a writer has it open, so readers never wait; ``close()`` turns it back into one file).
///
/// Open with ``open(path:create:)``; add documents with ``ingest(_:)`` (one transaction per call: a batch is
/// stored whole or not at all) and ``close()`` when done; read a filtered ``GraphModel/EventGraph`` back with
/// ``graph(matching:documents:)``. The
/// schema is versioned by GRDB migrations (``schemaVersion``, also in `PRAGMA user_version`); opening a database
/// of an older version upgrades it, one of a newer version is refused. Tables are plain SQLite and readable
/// with the `sqlite3` shell (see the README).
public final class EventStore: Sendable {
    /// The schema version this build writes and reads.
    public static let schemaVersion = 2
    /// The database file, as given.
    public let path: String
    let queue: any DatabaseWriter
    /// A writer's lock on the file (`nil` for readers), held until ``close()`` or ``discard()``.
    private let lock: WriterLock?

    /// Whether opening this store created its database file: a run that then fails removes it with
    /// ``discard()``, so nothing half-created stays.
    public var created: Bool { lock?.created ?? false }

    private init(path: String, queue: any DatabaseWriter, lock: WriterLock? = nil) {
        self.path = path
        self.queue = queue
        self.lock = lock
    }

    /// Opens (and, with `create`, creates) the database at `path`, upgrading an older schema.
    ///
    /// - Parameters:
    ///   - path: The SQLite file.
    ///   - create: Whether a missing file is created (`ingest`) or an error (`query`, `series`, `build --db`).
    /// - Returns: The open store.
    /// - Throws: ``EventStoreError``: `.missing`, `.newerSchema`, `.notADatabase`, `.locked`, `.diskFull`,
    ///   `.cannotOpen`; for a writer, `.writerActive` when another writer has the file (one writer at a time,
    ///   see ``WriterLock``). A writer that created the file and then fails to set it up removes it again.
    public static func open(path: String, create: Bool) throws -> EventStore {
        try open(path: path, create: create, maximumPages: nil, upTo: nil)
    }

    /// ``open(path:create:)`` with a page limit (a full disk, for tests) and a last migration to apply.
    static func open(path: String, create: Bool, maximumPages: Int?, upTo migration: String?) throws -> EventStore {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw EventStoreError.cannotOpen(path: path, reason: "it is a directory") }
        if path.isEmpty { throw EventStoreError.cannotOpen(path: path, reason: "no file name given") }
        if exists, let kind = FileKindName.of(path), kind != "a regular file" {
            // `/dev/null`, a named pipe: SQLite would fail with "disk I/O error" or wait.
            throw EventStoreError.cannotOpen(path: path, reason: "it is \(kind), not a regular file")
        }
        if !exists, !create { throw EventStoreError.missing(path: path) }
        // Look before touching: another program's SQLite file is never migrated, and the commands that only
        // read open the file read-only (no lock a writer holds stops them, nothing is written).
        if exists, !create {
            let version = try probe(path)
            guard version > 0 else {
                throw EventStoreError.notADatabase(path: path, reason: "it holds no Storygraph tables")
            }
            if version > schemaVersion {
                throw EventStoreError.newerSchema(path: path, found: version, supported: schemaVersion)
            }
            if version < schemaVersion {
                throw EventStoreError.cannotOpen(
                    path: path,
                    reason: "written by an older Storygraph (schema version \(version)); upgrade it with storygraph ingest --db \(path: path)")
            }
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(2)
            return try translatingErrors(path: path) {
                EventStore(path: path, queue: try DatabaseQueue(path: path, configuration: configuration))
            }
        }
        if exists { try checkFolderWritable(path) }
        // One writer at a time: the file is created (when missing) and locked before SQLite opens it.
        let lock = try WriterLock.acquire(path)
        do {
            return try openForWriting(path: path, lock: lock, maximumPages: maximumPages, upTo: migration)
        } catch {
            if lock.created { removeFiles(path: path) }
            lock.release()
            throw error
        }
    }

    /// Checks that the folder of the existing database `path` can be written, where SQLite creates its journal:
    /// otherwise SQLite's own "unable to open database file" would be all the user saw.
    /// - Throws: ``EventStoreError/folderNotWritable(path:folder:reason:)`` naming the folder and the cause.
    static func checkFolderWritable(_ path: String) throws {
        let folder = path.folderOfPath
        guard access(folder, W_OK) != 0 else { return }
        let code = errno
        let reason: String
        switch code {
        case EACCES: reason = "permission denied"
        case EPERM:
            reason = "operation not permitted: is it immutable or append-only? `lsattr -d` shows the i or a attribute"
        case EROFS: reason = "it is on a read-only file system"
        default: reason = String(cString: strerror(code)).lowercased()
        }
        throw EventStoreError.folderNotWritable(path: path, folder: folder, reason: reason)
    }

    /// Opens the locked file at `path` for writing and migrates it.
    private static func openForWriting(
        path: String, lock: WriterLock, maximumPages: Int?, upTo migration: String?
    ) throws -> EventStore {
        if !lock.created { _ = try probe(path) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(2)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // 64 MiB of page cache keeps the indexes of a large corpus in memory; in WAL mode NORMAL
            // synchronisation keeps every commit atomic and consistent, syncing at checkpoints.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            if let maximumPages { try db.execute(sql: "PRAGMA max_page_count = \(maximumPages)") }
        }
        return try translatingErrors(path: path) {
            let queue = try DatabasePool(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                let found = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if found > schemaVersion {
                    throw EventStoreError.newerSchema(path: path, found: found, supported: schemaVersion)
                }
                if try Schema.migrator.hasBeenSuperseded(db) {
                    throw EventStoreError.newerSchema(path: path, found: found, supported: schemaVersion)
                }
            }
            if let migration {
                try Schema.migrator.migrate(queue, upTo: migration)
            } else {
                try Schema.migrator.migrate(queue)
            }
            return EventStore(path: path, queue: queue, lock: lock)
        }
    }

    /// The schema version of an existing file, read without writing to it: 0 for an empty SQLite file.
    /// - Throws: ``EventStoreError/notADatabase(path:reason:)`` for another program's database or a file that is
    ///   not SQLite.
    static func probe(_ path: String) throws -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(2)
        return try translatingErrors(path: path) {
            let reader = try DatabaseQueue(path: path, configuration: configuration)
            return try reader.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if tables.isEmpty { return 0 }
                guard tables.contains("grdb_migrations"), tables.contains("documents") else {
                    throw EventStoreError.notADatabase(
                        path: path, reason: "an SQLite database of another program (tables \(tables.prefix(4).joined(separator: ", ")))")
                }
                return max(1, try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 1)
            }
        }
    }

    /// Whether this store was opened for writing (by ``open(path:create:)`` with `create`).
    var isWritable: Bool { queue is DatabasePool }

    /// Closes the store. A writer's write-ahead log is checkpointed into the database file and the file is
    /// switched back from WAL to a rollback journal, so that the finished database is one file: no `-wal` and
    /// `-shm` beside it, and readers that open it later (read-only, `query`) create none either. When another
    /// process still has the file open the switch waits up to 2 seconds and is then left to the next writer:
    /// the database stays consistent in WAL mode. The store cannot be used afterwards.
    ///
    /// - Throws: ``EventStoreError`` when SQLite cannot close the connections.
    public func close() throws {
        defer { lock?.release() }  // after every connection is closed
        try Self.translatingErrors(path: path) { try queue.close() }
        guard isWritable else { return }
        var configuration = Configuration()
        configuration.busyMode = .timeout(2)
        guard let single = try? DatabaseQueue(path: path, configuration: configuration) else { return }
        _ = try? single.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") }
        try Self.translatingErrors(path: path) { try single.close() }
    }

    /// What a failed run does with its store: closes it and, when opening it created the database
    /// (``created``), removes the file with its `-wal`, `-shm` and `-journal`, while still holding the writer's
    /// lock so that no other writer sees it half-made. A store that existed before is closed as ``close()``
    /// does (the batches committed before the failure stay).
    public func discard() {
        defer { lock?.release() }
        if created {
            try? queue.close()
            Self.removeFiles(path: path)
        } else {
            try? close()
        }
    }

    /// Deletes the database file at `path` with the files SQLite keeps beside it (`-wal`, `-shm`, `-journal`):
    /// what a run that created the database and then failed takes back. Missing files are skipped.
    public static func removeFiles(path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// The number of rows of each table, by table name (sorted), for summaries and consistency checks.
    public func rowCounts() throws -> [(table: String, rows: Int)] {
        try read { db in
            try Schema.tables.map { table in (table, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0) }
        }
    }

    /// Runs SQLite's own consistency check; returns its complaints (empty when the file is sound).
    public func integrityProblems() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
        }
    }

    /// Reads inside one snapshot, with errors translated.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.translatingErrors(path: path) { try queue.read(body) }
    }

    /// Writes inside one transaction (rolled back on any error), with errors translated.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.translatingErrors(path: path) { try queue.write(body) }
    }

    /// Runs `body`, turning SQLite's errors into ``EventStoreError``s naming `path`.
    static func translatingErrors<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as EventStoreError {
            throw error
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: throw EventStoreError.locked(path: path)
            case .SQLITE_NOTADB, .SQLITE_CORRUPT: throw EventStoreError.notADatabase(path: path, reason: error.message ?? "")
            case .SQLITE_FULL: throw EventStoreError.diskFull(path: path)
            case .SQLITE_READONLY: throw EventStoreError.readOnly(path: path)
            case .SQLITE_CANTOPEN, .SQLITE_PERM:
                throw EventStoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
            default: throw EventStoreError.sqlite(path: path, message: error.message ?? "\(error.resultCode)")
            }
        }
    }
}
