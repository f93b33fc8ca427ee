/// A cache-friendly copy of the parser's move table, built when a parser is created and never stored.
///
/// Each feature occupies one 8-byte slot of an open-addressing table: a 16-bit fingerprint of the 64-bit key
/// (high bit always set, so 0 means empty) and the feature's three 16-bit weights, so a lookup costs one cache
/// miss. Two features whose keys share the home slot's probe run and the 15 fingerprint bits would be confused;
/// an absent feature is taken for a present one about once in 2¹⁵ lookups, adding one small stray weight.
/// Scores equal the table's weights summed over the features up to such collisions.
struct ParserMoveScorer: Sendable {
    private let slots: [UInt64]
    private let mask: Int

    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt64 { (key >> 48) | 0x8000 }

    /// Adds the weights of `feature` to `total`: probes from `entry`, the slot its hash names (read ahead by the
    /// caller), through the following slots until the feature's fingerprint or an empty slot.
    @inline(__always)
    private static func add(
        _ feature: UInt64, probing entry: UInt64, slots: UnsafeBufferPointer<UInt64>, mask: Int, to total: inout MoveScores
    ) {
        let print = fingerprint(feature)
        var slot = Int(truncatingIfNeeded: feature) & mask
        var entry = entry
        while entry != 0 {
            if entry >> 48 == print {
                total.add(entry)
                return
            }
            slot = (slot + 1) & mask
            entry = slots[slot]
        }
    }

    /// Packs `table`.
    init(_ table: ParserMoveTable) {
        var capacity = 16
        while capacity < table.keys.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        for (index, key) in table.keys.enumerated() {
            var packed = Self.fingerprint(key) << 48
            for move in 0..<3 {
                packed |= UInt64(UInt16(bitPattern: table.weights[3 * index + move])) << (16 * UInt64(move))
            }
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = packed
        }
        self.slots = slots
        self.mask = mask
    }

    /// The summed weights of `features` for SHIFT, LEFT-ARC and RIGHT-ARC.
    ///
    /// Two passes: the first loads every feature's home slot with no branch in between, so the cache misses
    /// overlap instead of queueing behind mispredicted probes; the second resolves collisions and adds weights.
    func scores(of features: UnsafeBufferPointer<UInt64>) -> MoveScores {
        let mask = mask
        var total = MoveScores()
        slots.withUnsafeBufferPointer { slots in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { found in
                for index in features.indices {
                    found[index] = slots[Int(truncatingIfNeeded: features[index]) & mask]
                }
                for index in features.indices {
                    Self.add(features[index], probing: found[index], slots: slots, mask: mask, to: &total)
                }
            }
        }
        return total
    }

    /// The summed weights of `features`, split into the sums of consecutive runs: `ends[i]` is the end of run `i`
    /// (ascending, the last one `features.count`), and `sums[i]` receives its weights.
    ///
    /// All features are looked up together, as in `scores(of:)`, so that the cache misses of every run overlap.
    func scores(
        of features: UnsafeBufferPointer<UInt64>, runEnds ends: UnsafeBufferPointer<Int>,
        into sums: UnsafeMutableBufferPointer<MoveScores>
    ) {
        let mask = mask
        slots.withUnsafeBufferPointer { slots in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { found in
                for index in features.indices {
                    found[index] = slots[Int(truncatingIfNeeded: features[index]) & mask]
                }
                var start = 0
                for run in ends.indices {
                    var total = MoveScores()
                    for index in start..<ends[run] {
                        Self.add(features[index], probing: found[index], slots: slots, mask: mask, to: &total)
                    }
                    sums[run] = total
                    start = ends[run]
                }
            }
        }
    }
}

/// The scores of the three moves: sums of 16-bit weights.
struct MoveScores {
    var shift: Int32 = 0
    var left: Int32 = 0
    var right: Int32 = 0

    /// Adds the three weights of a move-table slot.
    @inline(__always)
    mutating func add(_ entry: UInt64) {
        shift &+= Int32(Int16(truncatingIfNeeded: entry))
        left &+= Int32(Int16(truncatingIfNeeded: entry >> 16))
        right &+= Int32(Int16(truncatingIfNeeded: entry >> 32))
    }

    /// Adds `other`'s scores.
    @inline(__always)
    mutating func add(_ other: MoveScores) {
        shift &+= other.shift
        left &+= other.left
        right &+= other.right
    }

    /// The highest-scoring move allowed by `allowed` (three flags), ties to the lower index; -1 when none is
    /// allowed.
    @inline(__always)
    func best(allowed: [Bool]) -> Int {
        var best = -1
        var bestScore = Int32.min
        if allowed[0] { best = 0; bestScore = shift }
        if allowed[1] && (best < 0 || left > bestScore) { best = 1; bestScore = left }
        if allowed[2] && (best < 0 || right > bestScore) { best = 2 }
        return best
    }
}
