import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opening input paths with messages that say what is wrong: a missing file, a permission, a symbolic link loop.
///
/// Reads through a file descriptor, so FIFOs, `/dev/stdin` and the `/dev/fd/N` paths of a shell's process
/// substitution (`storygraph extract <(zcat news.jsonl.gz)`) work like regular files.
enum InputFile {
    /// What a path names, following symbolic links.
    enum Kind: Equatable {
        case directory
        /// A regular file.
        case file
        /// A FIFO, socket or device: read as a stream of bytes when named directly.
        case stream
    }

    /// A file's device and inode, to visit each folder once when links lead back up the tree, and to read a file
    /// that symbolic links reach once.
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// What `path` names.
    /// - Throws: `ArticleTextError.fileNotFound`, `.symlinkLoop` or `.unreadable`.
    static func kind(of path: String) throws -> Kind {
        let info = try status(of: path)
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .stream
        }
    }

    /// The absolute path of `path` with every symbolic link resolved; `nil` when it cannot be resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` itself is a symbolic link (not followed).
    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// The device and inode of `path` (links followed).
    /// - Throws: as `kind(of:)`.
    static func identity(of path: String) throws -> Identity {
        let info = try status(of: path)
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// `path` opened for reading (closed when the handle goes).
    /// - Throws: `ArticleTextError` naming the path and the reason.
    static func handle(_ path: String) throws -> FileHandle {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw error(for: errno, path: path) }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// The rest of `handle`, read up to one byte past `limit` (an endless device such as `/dev/zero` stops there);
    /// more than `limit` bytes returned means the input is longer and was not read further. `path` names it in
    /// errors.
    /// - Throws: `ArticleTextError.unreadable`.
    static func read(_ handle: FileHandle, path: String, limit: Int) throws -> Data {
        var data = Data()
        do {
            while data.count <= limit {
                let room = limit - data.count
                guard let chunk = try handle.read(upToCount: room >= 1 << 20 ? 1 << 20 : room + 1), !chunk.isEmpty
                else { break }
                data += chunk
            }
        } catch {
            throw ArticleTextError.unreadable(path: path, reason: reason(for: error))
        }
        return data
    }

    /// A short reason for a Foundation or POSIX error: "permission denied", "is a directory".
    static func reason(for error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))).lowercased() }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        switch nsError.code {
        case NSFileReadNoPermissionError: return "permission denied"
        case NSFileReadNoSuchFileError: return "no such file or directory"
        default: return nsError.localizedDescription
        }
    }

    private static func status(of path: String) throws -> stat {
        var info = stat()
        guard stat(path, &info) == 0 else { throw error(for: errno, path: path) }
        return info
    }

    private static func error(for code: Int32, path: String) -> ArticleTextError {
        switch code {
        case ENOENT, ENOTDIR: .fileNotFound(path: path)
        case ELOOP: .symlinkLoop(path: path)
        default: .unreadable(path: path, reason: String(cString: strerror(code)).lowercased())
        }
    }
}
