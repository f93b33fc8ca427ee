/// A copy of a `LinearModel` laid out for scoring, built when a tagger or recogniser is created and never stored.
///
/// `LinearModel` keeps keys, row starts, row lengths and entries in five separate arrays, so one feature costs
/// up to four cache misses and adds its sparse (class, weight) entries one by one. This scorer keeps, per slot,
/// the full 64-bit key beside a row descriptor (one 16-byte slot, one cache miss), packs each sparse entry into
/// four bytes and stores rows with many entries densely, one 16-bit weight per class, added with vector
/// instructions. Rows of at most two entries (most rows: a perceptron feature is usually updated for one right
/// and one wrong class) sit inside the descriptor itself, so looking them up costs no second cache miss. Keys are
/// compared in full, so scores equal `LinearModel.score` exactly (integer sums in any order).
struct PackedScorer: Sendable {
    let classCount: Int
    /// Per slot: the key (0 = empty) and its descriptor. A descriptor with bit 63 set is a dense row index
    /// (bits 0–31); one with bit 62 set holds its row (`inlineRow`); otherwise bits 32–47 hold the sparse length
    /// and bits 0–31 its offset.
    private let slots: [UInt64]
    private let mask: Int
    private let rows: PackedRows

    /// Re-packs `model`.
    init(_ model: LinearModel) {
        classCount = model.classCount
        // A row is dense when its sparse entries (4 bytes each) would take at least half a dense row's bytes.
        let denseThreshold = max(4, classCount / 4)
        // The same slots as the model's table (same capacity, same probe runs), keys and descriptors side by side.
        let capacity = model.slotKeys.count
        var rows = PackedRows(classCount: classCount)
        let mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: 2 * capacity)
        for (slot, key) in model.slotKeys.enumerated() where key != 0 {
            let descriptor: UInt64
            if let row = Self.inlineRow(model, slot: slot) {
                descriptor = row
            } else {
                switch rows.append(model, slot: slot, dense: Int(model.slotCount[slot]) >= denseThreshold) {
                case .dense(let index): descriptor = UInt64(index) | (1 << 63)
                case .sparse(let offset, let count): descriptor = UInt64(offset) | (UInt64(count) << 32)
                }
            }
            slots[2 * slot] = key
            slots[2 * slot + 1] = descriptor
        }
        self.slots = slots
        self.mask = mask
        self.rows = rows
    }

    /// The descriptor holding the row of `model`'s slot `slot` itself, when it has at most two entries and the
    /// model at most 256 classes: bit 62 set, the entry count in bits 48–49, each entry in 24 bits (class in the
    /// high 8, weight in the low 16) from bit 0 and bit 24. `nil` for any other row.
    private static func inlineRow(_ model: LinearModel, slot: Int) -> UInt64? {
        let start = Int(model.slotStart[slot]), count = Int(model.slotCount[slot])
        guard count <= 2, model.classCount <= 256 else { return nil }
        var descriptor: UInt64 = 1 << 62 | UInt64(count) << 48
        for (position, entry) in (start..<(start + count)).enumerated() {
            let packed = UInt64(model.entryClass[entry]) << 16 | UInt64(UInt16(bitPattern: model.entryWeight[entry]))
            descriptor |= packed << (24 * UInt64(position))
        }
        return descriptor
    }

    /// Adds the weights of `features` to `scores` (length `classCount`).
    ///
    /// Two passes: the first loads every feature's home slot with no branch in between, so the cache misses
    /// overlap instead of queueing behind mispredicted probes; the second resolves collisions and adds the rows.
    func score(_ features: [UInt64], into scores: inout [Int32]) {
        let mask = mask
        PackedRows.withHomeSlots(of: features, in: slots, stride: 2, mask: mask) { features, slots, found in
            scores.withUnsafeMutableBufferPointer { out in
                guard let outBase = out.baseAddress else { return }
                for index in features.indices {
                    let feature = features[index]
                    var slot = Int(truncatingIfNeeded: feature) & mask
                    var key = found[index]
                    while key != feature && key != 0 {
                        slot = (slot + 1) & mask
                        key = slots[2 * slot]
                    }
                    guard key != 0 else { continue }
                    let descriptor = slots[2 * slot + 1]
                    if descriptor & (1 << 62) != 0 {
                        let count = (descriptor >> 48) & 3
                        if count >= 1 {
                            outBase[Int((descriptor >> 16) & 0xff)] &+= Int32(Int16(truncatingIfNeeded: descriptor))
                        }
                        if count == 2 {
                            let second = descriptor >> 24
                            outBase[Int((second >> 16) & 0xff)] &+= Int32(Int16(truncatingIfNeeded: second))
                        }
                    } else if descriptor & (1 << 63) != 0 {
                        rows.add(.dense(index: Int(truncatingIfNeeded: descriptor & 0xffff_ffff)), to: outBase)
                    } else {
                        rows.add(.sparse(offset: Int(truncatingIfNeeded: descriptor & 0xffff_ffff),
                                         count: Int(truncatingIfNeeded: (descriptor >> 32) & 0xffff)), to: outBase)
                    }
                }
            }
        }
    }

    /// The class with the highest score among `allowed` (all when `nil`), ties to the lower index; uses
    /// `scores` (length `classCount`) as scratch space. Equals `LinearModel.predict`.
    func predict(_ features: [UInt64], scores: inout [Int32], allowed: [Bool]? = nil) -> Int {
        for index in scores.indices { scores[index] = 0 }
        score(features, into: &scores)
        return LinearModel.best(scores, classCount: classCount, allowed: allowed)
    }
}
