/// The weight rows of a `LinearModel` re-packed for scoring (shared by `PackedScorer` and `ParserScorer`):
/// short rows as sparse entries of four bytes (class in the high 16 bits, weight in the low 16), long rows
/// densely, one 16-bit weight per class, added with vector instructions.
struct PackedRows: Sendable {
    /// Where one row lives.
    enum Row {
        /// Row `index` of `dense`.
        case dense(index: Int)
        /// `count` entries of `sparse` from `offset`.
        case sparse(offset: Int, count: Int)
    }

    let classCount: Int
    private(set) var sparse: [UInt32] = []
    private(set) var dense: [Int16] = []

    /// Number of sparse entries stored so far.
    var sparseCount: Int { sparse.count }

    /// Empty rows over `classCount` classes.
    init(classCount: Int) { self.classCount = classCount }

    /// The occupied slots of `model` in key order, so that a table built from them does not depend on the
    /// source table's layout (keys are unique, so the order is total).
    static func slotsInKeyOrder(of model: LinearModel) -> [(key: UInt64, slot: Int)] {
        var order: [(key: UInt64, slot: Int)] = []
        for (slot, key) in model.slotKeys.enumerated() where key != 0 { order.append((key, slot)) }
        order.sort { $0.key < $1.key }
        return order
    }

    /// Appends the row of `model`'s slot `source`, densely when `dense` is true.
    mutating func append(_ model: LinearModel, slot source: Int, dense isDense: Bool) -> Row {
        let start = Int(model.slotStart[source]), count = Int(model.slotCount[source])
        if isDense {
            let base = dense.count
            dense.append(contentsOf: repeatElement(0, count: classCount))
            for entry in start..<(start + count) { dense[base + Int(model.entryClass[entry])] = model.entryWeight[entry] }
            return .dense(index: base / max(classCount, 1))
        }
        let offset = sparse.count
        for entry in start..<(start + count) {
            sparse.append(UInt32(model.entryClass[entry]) << 16 | UInt32(UInt16(bitPattern: model.entryWeight[entry])))
        }
        return .sparse(offset: offset, count: count)
    }

    /// Calls `body` with `features`, `slots` and each feature's home slot (`slots[stride · (feature & mask)]`),
    /// all loaded first with no branch in between, so that the cache misses overlap instead of queueing behind
    /// mispredicted probes.
    @inline(__always)
    static func withHomeSlots<Result>(
        of features: [UInt64], in slots: [UInt64], stride: Int, mask: Int,
        _ body: (UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<UInt64>, UnsafeMutableBufferPointer<UInt64>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { found in
            slots.withUnsafeBufferPointer { slots in
                features.withUnsafeBufferPointer { features in
                    for index in features.indices {
                        found[index] = slots[stride * (Int(truncatingIfNeeded: features[index]) & mask)]
                    }
                    return body(features, slots, found)
                }
            }
        }
    }

    /// Adds `row` to `out` (`classCount` scores).
    @inline(__always)
    func add(_ row: Row, to out: UnsafeMutablePointer<Int32>) {
        switch row {
        case .dense(let index):
            let classCount = classCount
            dense.withUnsafeBufferPointer { dense in
                guard let denseBase = dense.baseAddress else { return }
                let weights = denseBase.advanced(by: index * classCount)
                for index in 0..<classCount { out[index] &+= Int32(weights[index]) }
            }
        case .sparse(let offset, let count):
            sparse.withUnsafeBufferPointer { sparse in
                for entry in offset..<(offset + count) {
                    let packed = sparse[entry]
                    out[Int(packed >> 16)] &+= Int32(Int16(truncatingIfNeeded: packed))
                }
            }
        }
    }
}
