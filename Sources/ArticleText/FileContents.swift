import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole files read through a file descriptor, as the article reader reads its inputs: FIFOs, `/dev/stdin` and the
/// `/dev/fd/N` paths of a shell's process substitution (`--lexicon <(…)`, `eval-timex <(zcat gold.jsonl.gz)`) are
/// read like regular files, and every failure has a short reason in plain words ("no such file", "is a
/// directory", "permission denied") instead of a Foundation error.
public enum FileContents {
    /// Why a file could not be read, in a few plain words, without the path.
    public struct Problem: Error, Equatable, Sendable, LocalizedError {
        /// "no such file", "is a directory", "permission denied", "too large: …".
        public var reason: String
        /// A problem with this reason.
        public init(_ reason: String) { self.reason = reason }
        public var errorDescription: String? { reason }
    }

    /// The most bytes ``read(_:limit:)`` takes by default (256 MiB): far more than any lexicon, pattern or
    /// gold file, and a stop for an endless device such as `/dev/zero`.
    public static let defaultLimit = 256 << 20

    /// The bytes of the file at `path`.
    /// - Parameters:
    ///   - path: A regular file, or a FIFO or device read to its end.
    ///   - limit: The most bytes read; a longer input is a problem, not read further.
    /// - Returns: The file's bytes.
    /// - Throws: ``Problem`` naming the cause: a missing file, a directory, a permission, a symbolic link loop, an
    ///   input longer than `limit`.
    public static func read(_ path: String, limit: Int = defaultLimit) throws(Problem) -> Data {
        let kind: InputFile.Kind
        let handle: FileHandle
        do {
            kind = try InputFile.kind(of: path)
            if kind == .directory { throw Problem("is a directory") }
            handle = try InputFile.handle(path)
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem(reason(error))
        }
        let data: Data
        do {
            data = try InputFile.read(handle, path: path, limit: limit)
        } catch {
            throw Problem(reason(error))
        }
        if data.count > limit {
            throw Problem("too large: more than \(limit) bytes (\(limit >> 20) MiB), not read further")
        }
        return data
    }

    /// The reason of an ``ArticleTextError`` of ``InputFile``, without the path.
    private static func reason(_ error: any Error) -> String {
        switch error as? ArticleTextError {
        case .fileNotFound: "no such file"
        case .symlinkLoop: "symbolic link loop (the link points back to itself)"
        case .unreadable(_, let reason): reason
        default: InputFile.reason(for: error)
        }
    }
}
