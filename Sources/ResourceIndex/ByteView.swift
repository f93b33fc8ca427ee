/// A byte range of a mapped file, read as little-endian integers and UTF-8 text.
///
/// Holds the file, so the bytes stay mapped as long as any view of them lives. Offsets are relative to the
/// start of the range; reads outside it trap, so callers check lengths when they read untrusted offsets.
public struct ByteView: Sendable {
    /// The mapped file.
    public let file: MappedFile
    /// The range of `file.bytes` this view covers.
    public let range: Range<Int>

    /// A view of `range` of `file` (the whole file by default).
    public init(file: MappedFile, range: Range<Int>? = nil) {
        self.file = file
        self.range = range ?? 0..<file.bytes.count
    }

    /// The number of bytes.
    public var count: Int { range.count }

    /// The sub-range `offset..<offset + count` as a view of its own.
    public func slice(_ offset: Int, count: Int) -> ByteView {
        ByteView(file: file, range: (range.lowerBound + offset)..<(range.lowerBound + offset + count))
    }

    /// The `UInt32` stored at byte `offset`.
    @inline(__always)
    public func uint32(at offset: Int) -> UInt32 {
        precondition(offset >= 0 && offset + 4 <= range.count)
        return UInt32(littleEndian: file.bytes.loadUnaligned(fromByteOffset: range.lowerBound + offset, as: UInt32.self))
    }

    /// The `UInt64` stored at byte `offset`.
    public func uint64(at offset: Int) -> UInt64 {
        precondition(offset >= 0 && offset + 8 <= range.count)
        return UInt64(littleEndian: file.bytes.loadUnaligned(fromByteOffset: range.lowerBound + offset, as: UInt64.self))
    }

    /// The byte at `offset`.
    @inline(__always)
    public subscript(offset: Int) -> UInt8 {
        precondition(offset >= 0 && offset < range.count)
        return file.bytes[range.lowerBound + offset]
    }

    /// Calls `body` with the bytes `offset..<offset + count`.
    @inline(__always)
    public func withBytes<R>(_ offset: Int, count: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        precondition(offset >= 0 && count >= 0 && offset + count <= range.count)
        return try body(UnsafeRawBufferPointer(rebasing: file.bytes[(range.lowerBound + offset)..<(range.lowerBound + offset + count)]))
    }

    /// The bytes `offset..<offset + count` as an array.
    public func array(_ offset: Int, count: Int) -> [UInt8] { withBytes(offset, count: count) { Array($0) } }

    /// The bytes `offset..<offset + count` decoded as UTF-8 (invalid sequences replaced).
    public func string(_ offset: Int, count: Int) -> String {
        withBytes(offset, count: count) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the bytes `offset..<offset + count` equal the UTF-8 of `text`.
    @inline(__always)
    public func equals(_ offset: Int, count: Int, _ text: String) -> Bool {
        guard text.utf8.count == count else { return false }
        guard count > 0 else { return true }
        return withBytes(offset, count: count) { stored in
            text.utf8.withContiguousStorageIfAvailable { utf8 in
                memcmp(utf8.baseAddress!, stored.baseAddress!, count) == 0
            } ?? stored.elementsEqual(text.utf8)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
