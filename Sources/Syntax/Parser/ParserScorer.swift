/// A cache-friendly copy of the parser's `LinearModel`, built when a parser is created and never stored.
///
/// `LinearModel` keeps keys, row starts, row lengths and entries in separate arrays and adds sparse
/// (class, weight) entries one by one. The parser's model has ~100 classes and its tag features fire on nearly
/// every class, so this scorer (1) interleaves each key with its row descriptor, one cache line per probe, and
/// (2) stores rows with many entries densely, one 16-bit weight per class, so that they are added with vector
/// instructions. Scores are identical to `LinearModel.score`.
struct ParserScorer: Sendable {
    /// Rows with at least this many entries are stored densely.
    static let denseThreshold = 12

    let classCount: Int
    /// Pairs (key, descriptor) per slot; a descriptor packs offset (bits 0–31), length (bits 32–47) and a dense
    /// flag (bit 48). Key 0 marks an empty slot.
    private let slots: [UInt64]
    private let mask: Int
    /// Sparse entries: class in the high 16 bits, weight (two's complement) in the low 16 bits.
    private let sparse: [UInt32]
    /// Dense rows, `classCount` weights each.
    private let dense: [Int16]

    /// Re-packs `model`.
    init(_ model: LinearModel) {
        classCount = model.classCount
        var capacity = 16
        let features = model.slotKeys.reduce(0) { $0 + ($1 == 0 ? 0 : 1) }
        while capacity < features * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity * 2)
        var sparse: [UInt32] = []
        var dense: [Int16] = []
        let mask = capacity - 1
        // Insert in key order so the layout does not depend on the source table's layout.
        let keys = model.slotKeys.indices.filter { model.slotKeys[$0] != 0 }.sorted { model.slotKeys[$0] < model.slotKeys[$1] }
        for source in keys {
            let key = model.slotKeys[source]
            let start = Int(model.slotStart[source]), count = Int(model.slotCount[source])
            let descriptor: UInt64
            if count >= Self.denseThreshold {
                descriptor = UInt64(dense.count) | (UInt64(count) << 32) | (1 << 48)
                var row = [Int16](repeating: 0, count: classCount)
                for entry in start..<(start + count) { row[Int(model.entryClass[entry])] = model.entryWeight[entry] }
                dense.append(contentsOf: row)
            } else {
                descriptor = UInt64(sparse.count) | (UInt64(count) << 32)
                for entry in start..<(start + count) {
                    sparse.append(UInt32(model.entryClass[entry]) << 16 | UInt32(UInt16(bitPattern: model.entryWeight[entry])))
                }
            }
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[2 * slot] != 0 { slot = (slot + 1) & mask }
            slots[2 * slot] = key
            slots[2 * slot + 1] = descriptor
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
                        found[index] = slots[2 * (Int(truncatingIfNeeded: features[index]) & mask)]
                    }
                    for index in features.indices {
                        let feature = features[index]
                        var slot = Int(truncatingIfNeeded: feature) & mask
                        var key = found[index]
                        found[index] = 0
                        while key != 0 {
                            if key == feature {
                                found[index] = slots[2 * slot + 1] | (1 << 63)
                                break
                            }
                            slot = (slot + 1) & mask
                            key = slots[2 * slot]
                        }
                    }
                }
            }
            sparse.withUnsafeBufferPointer { sparse in
                dense.withUnsafeBufferPointer { dense in
                    scores.withUnsafeMutableBufferPointer { out in
                        guard let outBase = out.baseAddress else { return }
                        for descriptor in found where descriptor != 0 {
                            let offset = Int(descriptor & 0xffff_ffff)
                            if (descriptor >> 48) & 1 != 0, let denseBase = dense.baseAddress {
                                let row = denseBase.advanced(by: offset)
                                for index in 0..<classCount { outBase[index] &+= Int32(row[index]) }
                            } else {
                                let count = Int((descriptor >> 32) & 0xffff)
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
