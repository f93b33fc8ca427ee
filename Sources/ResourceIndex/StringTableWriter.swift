/// Collects string keys with their `UInt32` values and encodes them as a `StringTable` section.
public struct StringTableWriter {
    private var values: [String: [UInt32]] = [:]

    /// An empty table.
    public init() {}

    /// The number of keys so far.
    public var count: Int { values.count }

    /// Stores `values` for `key`, replacing what it had.
    public mutating func set(_ key: String, _ values: [UInt32]) { self.values[key] = values }

    /// The section's bytes. Entries are laid out in the byte order of their keys and slots take twice the
    /// entries (at least 2, a power of two), so the same keys and values always give the same bytes.
    public func encoded() -> [UInt8] {
        let keys = values.keys.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        var slots = 2
        while slots < keys.count * 2 { slots *= 2 }
        var slotTable = [UInt32](repeating: 0, count: slots)
        var entries: [UInt8] = []
        for key in keys {
            let list = values[String(decoding: key, as: UTF8.self)] ?? []
            var slot = key.withUnsafeBytes { Int(truncatingIfNeeded: StringTable.hash($0)) } & (slots - 1)
            while slotTable[slot] != 0 { slot = (slot + 1) & (slots - 1) }
            slotTable[slot] = UInt32(entries.count + 1)
            LittleEndian.append(UInt32(key.count), to: &entries)
            LittleEndian.append(UInt32(list.count), to: &entries)
            for value in list { LittleEndian.append(value, to: &entries) }
            entries += key
            while entries.count % 4 != 0 { entries.append(0) }
        }
        var out: [UInt8] = []
        LittleEndian.append(UInt32(slots), to: &out)
        LittleEndian.append(UInt32(keys.count), to: &out)
        out += UInt32List.encoded(slotTable)
        return out + entries
    }
}
