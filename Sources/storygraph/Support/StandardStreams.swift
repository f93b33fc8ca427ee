import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's standard streams, made safe to use whatever the shell did with them.
///
/// A closed standard error (`2>&-`) or one that cannot take more (`2>/dev/full`, a reader that went away) once
/// trapped the first warning Foundation's `FileHandle.write(_:)` could not write, killing `ingest` mid-run with
/// its `-wal` and `-shm` left beside the database. Now: a closed standard stream is reopened on `/dev/null`
/// before anything else is opened (so no file the command opens can take its number and receive its
/// messages), `SIGPIPE` is ignored (a write to a closed pipe fails with `EPIPE` instead of killing the
/// process), and diagnostics are written with ``writeError(_:)``, which drops what cannot be written. Results
/// on a closed standard output are an error, not silently lost (see `OutputText.writeStandardOutput`).
enum StandardStreams {
    /// Whether standard output was closed when the process started (`>&-`); computed once, by ``prepare()``.
    static let outputWasClosed: Bool = reopenClosedStreams()

    /// Reopens closed standard streams on `/dev/null` and ignores `SIGPIPE`; call first thing in `main`.
    static func prepare() { _ = outputWasClosed }

    /// Does what ``prepare()`` says; whether standard output was closed.
    private static func reopenClosedStreams() -> Bool {
        signal(SIGPIPE, SIG_IGN)
        var outputClosed = false
        for stream in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(stream, F_GETFD) == -1 && errno == EBADF {
            if stream == STDOUT_FILENO { outputClosed = true }
            let null = open("/dev/null", stream == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if null >= 0, null != stream {
                dup2(null, stream)
                close(null)
            }
        }
        return outputClosed
    }

    /// Writes `text` to standard error; what cannot be written (a closed or full stream) is dropped, never a trap.
    static func writeError(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }
}
