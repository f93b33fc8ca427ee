/// Assembles an `IndexFile`: the source's size and checksum, then named sections in the order added.
public struct IndexFileWriter {
    private let sourceCount: Int
    private let sourceChecksum: UInt64
    private var sections: [(name: String, bytes: [UInt8])] = []

    /// A writer for an index of `source` (the bytes of the file the index describes).
    public init(source: [UInt8]) {
        sourceCount = source.count
        sourceChecksum = ContentChecksum.of(source)
    }

    /// Adds a section; `name` is ASCII, at most 16 bytes, unique.
    public mutating func append(_ name: String, _ bytes: [UInt8]) {
        precondition(name.utf8.count <= IndexFile.nameWidth && !sections.contains { $0.name == name })
        sections.append((name, bytes))
    }

    /// The file's bytes: the same sections always give the same bytes.
    public func encoded() -> [UInt8] {
        var out: [UInt8] = []
        LittleEndian.append(UInt32(sections.count), to: &out)
        LittleEndian.append(UInt32(0), to: &out)
        var offset = LittleEndian.padded(IndexFile.headerSize + sections.count * (IndexFile.nameWidth + 16))
        for section in sections {
            var name = Array(section.name.utf8)
            name += [UInt8](repeating: 0, count: IndexFile.nameWidth - name.count)
            out += name
            LittleEndian.append(UInt64(offset), to: &out)
            LittleEndian.append(UInt64(section.bytes.count), to: &out)
            offset = LittleEndian.padded(offset + section.bytes.count)
        }
        // The 40 bytes before the section table keep what follows 8-aligned.
        LittleEndian.pad(&out)
        for section in sections {
            out += section.bytes
            LittleEndian.pad(&out)
        }
        var header = IndexFile.magic
        LittleEndian.append(UInt64(sourceCount), to: &header)
        LittleEndian.append(sourceChecksum, to: &header)
        LittleEndian.append(ContentChecksum.of(out), to: &header)
        return header + out
    }
}

/// Little-endian encoding helpers for index sections.
public enum LittleEndian {
    /// Appends `value`'s little-endian bytes.
    public static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// `count` rounded up to a multiple of 8.
    public static func padded(_ count: Int) -> Int { (count + 7) & ~7 }

    /// Appends zero bytes up to a multiple of 8.
    public static func pad(_ bytes: inout [UInt8]) {
        bytes += [UInt8](repeating: 0, count: padded(bytes.count) - bytes.count)
    }
}
