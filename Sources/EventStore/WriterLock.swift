import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one-writer-at-a-time lock of a store: an exclusive `flock` on the database file, held from before the
/// file is created or migrated until every SQLite connection is closed.
///
/// Two `ingest` runs given the same new `--db` used to race through creation and migration and fail with a
/// raw SQLite message, and the loser, believing it had created the file, removed the winner's database. With
/// this lock the file is created with `O_EXCL` (so exactly one run is its creator and may remove it after a
/// failure) and locked before SQLite opens it; a second writer is refused at once with
/// ``EventStoreError/writerActive(path:)`` and touches nothing. Readers (`query`, `series`, `build --db`) take
/// no lock and are never stopped by it. `flock` locks are separate from SQLite's own POSIX locks; the
/// descriptor stays open until the store's connections are closed, so closing it cannot drop SQLite's locks.
final class WriterLock: @unchecked Sendable {
    /// Whether this process created the database file (and so may remove it when its first run fails).
    let created: Bool
    private var descriptor: Int32
    private let guardLock = NSLock()

    private init(descriptor: Int32, created: Bool) {
        self.descriptor = descriptor
        self.created = created
    }

    /// Locks (creating when missing) the database file at `path`.
    /// - Returns: The held lock; one holding no descriptor when the file exists but cannot be opened for
    ///   writing (SQLite then names the problem).
    /// - Throws: ``EventStoreError/writerActive(path:)`` when another process holds the lock,
    ///   ``EventStoreError/cannotOpen(path:reason:)`` when the file cannot be created.
    static func acquire(_ path: String) throws -> WriterLock {
        var created = false
        var descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if descriptor >= 0 {
            created = true
        } else {
            let code = errno
            guard code == EEXIST else {
                throw EventStoreError.cannotOpen(path: path, reason: String(cString: strerror(code)).lowercased())
            }
            descriptor = open(path, O_RDWR | O_CLOEXEC)
            if descriptor < 0 { return WriterLock(descriptor: -1, created: false) }
        }
        var result: Int32
        repeat { result = flock(descriptor, LOCK_EX | LOCK_NB) } while result != 0 && errno == EINTR
        guard result == 0 else {
            // Another writer holds it: even a file this process just created is that writer's now.
            close(descriptor)
            throw EventStoreError.writerActive(path: path)
        }
        return WriterLock(descriptor: descriptor, created: created)
    }

    /// Releases the lock (closing the descriptor); later calls do nothing.
    func release() {
        guardLock.lock()
        defer { guardLock.unlock() }
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    deinit { release() }
}
