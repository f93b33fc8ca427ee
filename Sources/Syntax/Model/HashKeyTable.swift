/// A read-only map from 64-bit hash keys to small integers: an open-addressing table (linear probing, at most
/// half full) in two flat arrays, so a look-up costs one multiply and usually one probe, where a `Dictionary`
/// re-hashes the key with SipHash first. Building it is a single pass with no hashing either, which keeps model
/// loading short.
struct HashKeyTable<Value: FixedWidthInteger & Sendable>: Sendable {
    /// Keys by slot; 0 marks an empty slot (key 0 itself is kept in `zeroValue`).
    private let keys: [UInt64]
    private let values: [Value]
    private let shift: UInt64
    private let zeroValue: Value?
    /// Number of keys.
    let count: Int

    /// The table of `entries`; a key given twice keeps its last value, as a `Dictionary` would.
    init<Entries: Collection>(_ entries: Entries) where Entries.Element == (key: UInt64, value: Value) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        let capacity = 1 << Int(bits)
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value](repeating: 0, count: capacity)
        var zeroValue: Value?
        var count = 0
        let shift = 64 - bits
        for (key, value) in entries {
            guard key != 0 else {
                if zeroValue == nil { count += 1 }
                zeroValue = value
                continue
            }
            var slot = Self.home(key, shift)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (capacity - 1) }
            if keys[slot] == 0 { count += 1 }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.shift = shift
        self.zeroValue = zeroValue
        self.count = count
    }

    /// The table of a dictionary's entries.
    init(_ dictionary: [UInt64: Value]) {
        self.init(dictionary.map { (key: $0.key, value: $0.value) })
    }

    /// The table of parallel key and value arrays.
    init(keys: [UInt64], values: [Value]) {
        self.init(zip(keys, values).map { (key: $0.0, value: $0.1) })
    }

    /// Fibonacci hashing: the top bits of the key times 2⁶⁴/φ, well spread even for raw FNV hashes.
    @inline(__always)
    private static func home(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> shift)
    }

    /// The value of `key`, or `nil`.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        guard key != 0 else { return zeroValue }
        let mask = keys.count - 1
        var slot = Self.home(key, shift)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Whether there are no keys.
    var isEmpty: Bool { count == 0 }

    /// Every entry in increasing key order.
    var sortedEntries: [(key: UInt64, value: Value)] {
        var entries: [(key: UInt64, value: Value)] = []
        entries.reserveCapacity(count)
        if let zeroValue { entries.append((0, zeroValue)) }
        for (slot, key) in keys.enumerated() where key != 0 { entries.append((key, values[slot])) }
        entries.sort { $0.key < $1.key }
        return entries
    }
}
