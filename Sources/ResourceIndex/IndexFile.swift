/// A pre-built index of a bundled resource: named binary sections plus the size and checksum of the source
/// file it was built from, read in place from a memory-mapped file.
///
/// Layout (all integers little-endian, every section starting at a multiple of 8):
/// ```
/// "SGINDEX1"            8 bytes, magic
/// source byte count     UInt64
/// source checksum       UInt64 (`ContentChecksum`)
/// index checksum        UInt64, `ContentChecksum` of every byte after these first 32
/// section count         UInt32, then 4 zero bytes
/// section table         per section: name (16 bytes, ASCII, zero-padded), offset UInt64, length UInt64
/// section bytes
/// ```
/// Written by `IndexFileWriter`; the sections' own layouts are `StringTable`, `RecordList` and `UInt32List`.
public struct IndexFile: Sendable {
    /// The mapped index file.
    public let file: MappedFile
    /// The byte count of the source file the index was built from.
    public let sourceCount: Int
    /// The `ContentChecksum` of that source file.
    public let sourceChecksum: UInt64
    private let sections: [(name: String, range: Range<Int>)]

    static let magic = Array("SGINDEX1".utf8)
    static let nameWidth = 16

    /// Reads the section table of the index at `path`.
    /// - Throws: `ResourceIndexError.unreadable` or `.corrupt` naming the file.
    public init(path: String) throws(ResourceIndexError) {
        try self.init(file: MappedFile(path: path))
    }

    /// The bytes before the section table (the four fields, the section count and its padding).
    static let headerSize = 40

    /// Reads the section table of `file` after checking the checksum of its contents, so that a damaged index
    /// is refused here rather than probed.
    /// - Throws: `ResourceIndexError.corrupt` for a wrong magic or checksum, or a section outside the file.
    /// - Complexity: O(n) in the file's size (one pass of `ContentChecksum`).
    public init(file: MappedFile) throws(ResourceIndexError) {
        self.file = file
        let view = ByteView(file: file)
        func corrupt(_ reason: String) -> ResourceIndexError { .corrupt(path: file.path, reason: reason) }
        guard view.count >= Self.headerSize, view.array(0, count: 8) == Self.magic else { throw corrupt("bad magic") }
        sourceCount = Int(view.uint64(at: 8))
        sourceChecksum = view.uint64(at: 16)
        let contents = UnsafeRawBufferPointer(rebasing: file.bytes[32...])
        guard view.uint64(at: 24) == ContentChecksum.of(contents) else {
            throw corrupt("checksum mismatch (truncated or altered file)")
        }
        let count = Int(view.uint32(at: 32))
        let tableEnd = Self.headerSize + count * (Self.nameWidth + 16)
        guard tableEnd <= view.count else { throw corrupt("section table runs past the end") }
        var sections: [(String, Range<Int>)] = []
        for index in 0..<count {
            let at = Self.headerSize + index * (Self.nameWidth + 16)
            let name = view.string(at, count: Self.nameWidth).replacingOccurrences(of: "\0", with: "")
            let offset = view.uint64(at: at + Self.nameWidth), length = view.uint64(at: at + Self.nameWidth + 8)
            guard offset <= UInt64(view.count), length <= UInt64(view.count) - offset else {
                throw corrupt("section \"\(name)\" runs past the end")
            }
            sections.append((name, Int(offset)..<Int(offset + length)))
        }
        self.sections = sections
    }

    /// The bytes of section `name`.
    /// - Throws: `ResourceIndexError.corrupt` when there is no such section.
    public func section(_ name: String) throws(ResourceIndexError) -> ByteView {
        guard let found = sections.first(where: { $0.name == name }) else {
            throw .corrupt(path: file.path, reason: "no section \"\(name)\"")
        }
        return ByteView(file: file, range: found.range)
    }

    /// Checks that `source` holds the bytes the index was built from.
    /// - Throws: `ResourceIndexError.stale` when its size or checksum differ.
    /// - Complexity: O(n) in the source's size (one pass of `ContentChecksum`).
    public func verify(source: MappedFile) throws(ResourceIndexError) {
        guard source.bytes.count == sourceCount, ContentChecksum.of(source.bytes) == sourceChecksum else {
            throw .stale(path: file.path, source: source.path)
        }
    }
}

import Foundation
