/// A hash table from UTF-8 strings to lists of `UInt32`, probed in place in a mapped file: no dictionary is
/// built when the file is opened.
///
/// Section layout (little-endian): slot count `S` (a power of two) and entry count as `UInt32`s, then `S` slots
/// (`UInt32`: 0 for empty, else 1 + the entry's byte offset after the slots), then the entries, each the key's
/// byte count, the value count, the values and the key's bytes, padded to 4 bytes. A key lives in the first free
/// slot from `hash(key) mod S` on (linear probing; `hash` is 64-bit FNV-1a over the key's UTF-8). Written by
/// `StringTableWriter`.
public struct StringTable: Sendable {
    private let view: ByteView
    private let mask: Int
    private let entriesStart: Int
    /// The number of keys.
    public let count: Int

    /// Reads the table header of `view`.
    /// - Throws: `ResourceIndexError.corrupt` when the slots run past the section.
    public init(_ view: ByteView) throws(ResourceIndexError) {
        guard view.count >= 8 else { throw .corrupt(path: view.file.path, reason: "string table too short") }
        let slots = Int(view.uint32(at: 0))
        guard slots > 0, slots & (slots - 1) == 0, 8 + slots * 4 <= view.count else {
            throw .corrupt(path: view.file.path, reason: "string table slots run past its section")
        }
        self.view = view
        mask = slots - 1
        entriesStart = 8 + slots * 4
        count = Int(view.uint32(at: 4))
    }

    /// The values stored for `key`, or `nil` when the key is absent.
    /// - Complexity: O(1) expected: one hash and a short probe.
    public func values(_ key: String) -> UInt32List? {
        var key = key
        return key.withUTF8 { utf8 in values(utf8: UnsafeRawBufferPointer(utf8)) }
    }

    /// The values stored for the key with UTF-8 bytes `utf8`, or `nil`.
    public func values(utf8: UnsafeRawBufferPointer) -> UInt32List? {
        var slot = Int(truncatingIfNeeded: Self.hash(utf8)) & mask
        while true {
            let stored = Int(view.uint32(at: 8 + slot * 4))
            if stored == 0 { return nil }
            let entry = entriesStart + stored - 1
            let keyCount = Int(view.uint32(at: entry)), valueCount = Int(view.uint32(at: entry + 4))
            let keyAt = entry + 8 + valueCount * 4
            if keyCount == utf8.count,
               view.withBytes(keyAt, count: keyCount, { keyCount == 0 || memcmp($0.baseAddress!, utf8.baseAddress!, keyCount) == 0 }) {
                return UInt32List(view, offset: entry + 8, count: valueCount)
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `key` is in the table.
    public func contains(_ key: String) -> Bool { values(key) != nil }

    /// 64-bit FNV-1a over `bytes`.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
