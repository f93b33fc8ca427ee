/// A cache-friendly copy of the parser's label model, built when a parser is created and never stored.
///
/// `LinearModel` keeps keys, row starts, row lengths and entries in separate arrays and adds sparse
/// (class, weight) entries one by one. The label model has one class per relation (~50) and its tag features
/// fire on many of them, and scoring speed is bound by cache misses on the feature table, so this scorer:
/// 1. packs each slot into 8 bytes — a 31-bit fingerprint of the 64-bit key and a 32-bit row descriptor — which
///    halves the table (two features whose keys share the home slot and the fingerprint would be confused; with
///    a few hundred thousand features the chance per lookup is about 2⁻³¹);
/// 2. stores rows with many entries densely, one 16-bit weight per class, added with vector instructions.
/// Scores equal `LinearModel.score` up to such fingerprint collisions.
struct ParserScorer: Sendable {
    /// Rows with at least this many entries are stored densely (at most 16: sparse lengths take four bits).
    static let denseThreshold = 12

    let classCount: Int
    /// Per slot: fingerprint (high 32 bits, 0 = empty) and descriptor (low 32 bits). A descriptor with bit 31
    /// set is a dense row index (bits 0–30); otherwise bits 27–30 hold the sparse length and bits 0–26 its offset.
    private let slots: [UInt64]
    private let mask: Int
    /// Sparse entries: class in the high 16 bits, weight (two's complement) in the low 16 bits.
    private let sparse: [UInt32]
    /// Dense rows, `classCount` weights each.
    private let dense: [Int16]

    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt64 { (key >> 32) | 1 }

    /// Re-packs `model`.
    init(_ model: LinearModel) {
        classCount = model.classCount
        var capacity = 16
        let features = model.slotKeys.reduce(0) { $0 + ($1 == 0 ? 0 : 1) }
        while capacity < features * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var sparse: [UInt32] = []
        var dense: [Int16] = []
        let mask = capacity - 1
        // Insert in key order so the layout does not depend on the source table's layout.
        // Keys are unique, so sorting (key, slot) pairs by key gives one order.
        var order: [(key: UInt64, slot: Int)] = []
        order.reserveCapacity(features)
        for (slot, key) in model.slotKeys.enumerated() where key != 0 { order.append((key, slot)) }
        order.sort { $0.key < $1.key }
        for (key, source) in order {
            let start = Int(model.slotStart[source]), count = Int(model.slotCount[source])
            let descriptor: UInt64
            if count >= Self.denseThreshold || sparse.count + count >= 1 << 27 {
                descriptor = UInt64(dense.count / max(classCount, 1)) | (1 << 31)
                var row = [Int16](repeating: 0, count: classCount)
                for entry in start..<(start + count) { row[Int(model.entryClass[entry])] = model.entryWeight[entry] }
                dense.append(contentsOf: row)
            } else {
                descriptor = UInt64(sparse.count) | (UInt64(count) << 27)
                for entry in start..<(start + count) {
                    sparse.append(UInt32(model.entryClass[entry]) << 16 | UInt32(UInt16(bitPattern: model.entryWeight[entry])))
                }
            }
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.fingerprint(key) << 32 | descriptor
        }
        self.slots = slots
        self.mask = mask
        self.sparse = sparse
        self.dense = dense
    }

    /// Adds the weights of `features` to `scores` (length `classCount`, zeroed by the caller).
    ///
    /// Three passes: the first loads every feature's home slot with no branch in between, so the cache misses
    /// overlap instead of queueing behind mispredicted probes; the second resolves collisions and collects row
    /// descriptors; the third adds the rows.
    func score(_ features: [UInt64], into scores: inout [Int32]) {
        let classCount = classCount, mask = mask
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { found in
            slots.withUnsafeBufferPointer { slots in
                features.withUnsafeBufferPointer { features in
                    for index in features.indices {
                        found[index] = slots[Int(truncatingIfNeeded: features[index]) & mask]
                    }
                    for index in features.indices {
                        let feature = features[index]
                        let print = Self.fingerprint(feature)
                        var slot = Int(truncatingIfNeeded: feature) & mask
                        var entry = found[index]
                        found[index] = 0
                        while entry != 0 {
                            if entry >> 32 == print {
                                found[index] = (entry & 0xffff_ffff) | (1 << 32)
                                break
                            }
                            slot = (slot + 1) & mask
                            entry = slots[slot]
                        }
                    }
                }
            }
            sparse.withUnsafeBufferPointer { sparse in
                dense.withUnsafeBufferPointer { dense in
                    scores.withUnsafeMutableBufferPointer { out in
                        guard let outBase = out.baseAddress else { return }
                        for descriptor in found where descriptor != 0 {
                            if descriptor & (1 << 31) != 0 {
                                guard let denseBase = dense.baseAddress else { continue }
                                let row = denseBase.advanced(by: Int(descriptor & 0x7fff_ffff) * classCount)
                                for index in 0..<classCount { outBase[index] &+= Int32(row[index]) }
                            } else {
                                let offset = Int(descriptor & 0x07ff_ffff)
                                let count = Int((descriptor >> 27) & 0xf)
                                for entry in offset..<(offset + count) {
                                    let packed = sparse[entry]
                                    outBase[Int(packed >> 16)] &+= Int32(Int16(truncatingIfNeeded: packed))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The highest-scoring class allowed by `allowed`, ties to the lower index; -1 when none is allowed.
    func predict(_ features: [UInt64], scores: inout [Int32], allowed: [Bool]) -> Int {
        for index in scores.indices { scores[index] = 0 }
        score(features, into: &scores)
        var best = -1
        var bestScore = Int32.min
        for index in 0..<classCount where allowed[index] {
            if best < 0 || scores[index] > bestScore {
                best = index
                bestScore = scores[index]
            }
        }
        return best
    }
}
