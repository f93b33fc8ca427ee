#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only file mapped into memory: its pages are read from the page cache when first touched, and the
/// mapping is shared by every value that keeps a reference to it.
///
/// Immutable after creation, so it is safe to share between threads.
public final class MappedFile: @unchecked Sendable {
    /// The file's bytes (empty for an empty file).
    public let bytes: UnsafeRawBufferPointer
    /// The path the file was mapped from, for errors.
    public let path: String
    private let base: UnsafeMutableRawPointer?

    /// Maps the file at `path` read-only.
    /// - Throws: `ResourceIndexError.unreadable` naming the file when it cannot be opened, is not a regular
    ///   file or cannot be mapped.
    public init(path: String) throws(ResourceIndexError) {
        self.path = path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path: path, reason: "not a regular file") }
        let count = Int(status.st_size)
        guard count > 0 else {
            base = nil
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let address, address != MAP_FAILED else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        base = address
        bytes = UnsafeRawBufferPointer(start: address, count: count)
    }

    deinit {
        if let base { munmap(base, bytes.count) }
    }
}
