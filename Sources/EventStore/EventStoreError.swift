import ArticleText
import Foundation

/// Errors of the event store. Each names the database file and the problem in plain words.
public enum EventStoreError: Error, Hashable, Sendable, LocalizedError {
    /// The database was written by a newer Storygraph (its schema version is above the one this build knows).
    case newerSchema(path: String, found: Int, supported: Int)
    /// Another process holds the database's write lock and did not release it in time.
    case locked(path: String)
    /// Another process (an `ingest` still running) is writing to the database; this one wrote nothing.
    case writerActive(path: String)
    /// The file is not an SQLite database, or its content is damaged.
    case notADatabase(path: String, reason: String)
    /// The disk (or the database's size limit) is full; the batch being written was rolled back.
    case diskFull(path: String)
    /// The database file does not exist (commands that only read never create one).
    case missing(path: String)
    /// The file cannot be opened or written (permissions, a directory in the way).
    case cannotOpen(path: String, reason: String)
    /// The database can be read but not written: its file, its folder or the file system is read-only.
    case readOnly(path: String)
    /// The database file exists but its folder cannot be written (permissions, an immutable folder, a read-only
    /// file system): SQLite writes its journal (`-wal`, `-shm`) beside the file, so nothing can be added.
    case folderNotWritable(path: String, folder: String, reason: String)
    /// Any other SQLite failure, with SQLite's message.
    case sqlite(path: String, message: String)
    /// A stored event could not be read back.
    case badRecord(path: String, event: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .newerSchema(path, found, supported):
            "\(path: path): written by a newer Storygraph (schema version \(found); this one reads up to \(supported)); nothing was changed"
        case let .locked(path):
            "\(path: path): the database is locked by another process (an ingest still running?); nothing was written"
        case let .writerActive(path):
            "\(path: path): another storygraph ingest is writing to this database; nothing was written (run this one again when it has finished)"
        case let .notADatabase(path, reason):
            "\(path: path): not a Storygraph database or damaged (\(reason)); nothing was written"
        case let .diskFull(path):
            "\(path: path): the disk is full; the batch being written was rolled back and the database is as before it"
        case let .missing(path): "\(path: path): no such database (create one with storygraph ingest INPUT… --db \(path: path))"
        case let .cannotOpen(path, reason): "\(path: path): cannot open the database: \(reason)"
        case let .readOnly(path):
            "\(path: path): cannot write the database: it is read-only (the file's or its folder's permissions, an "
                + "immutable file, or a read-only file system); nothing was written"
        case let .folderNotWritable(path, folder, reason):
            "\(path: path): cannot write the database: its folder \(path: folder) is not writable (\(reason)), and SQLite "
                + "writes its journal (\(path: path.split(separator: "/").last.map(String.init) ?? path)-wal) beside the database; nothing was written"
        case let .sqlite(path, message): "\(path: path): SQLite error: \(message)"
        case let .badRecord(path, event, reason): "\(path: path): stored event \(event) cannot be read: \(reason)"
        }
    }
}
