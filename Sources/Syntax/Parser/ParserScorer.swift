/// A cache-friendly copy of the parser's label model, built when a parser is created and never stored.
///
/// `LinearModel` keeps keys, row starts, row lengths and entries in separate arrays and adds sparse
/// (class, weight) entries one by one. The label model has one class per relation (~50) and its tag features
/// fire on many of them, and scoring speed is bound by cache misses on the feature table, so this scorer:
/// 1. packs each slot into 8 bytes — a 31-bit fingerprint of the 64-bit key and a 32-bit row descriptor — which
///    halves the table (two features whose keys share the home slot and the fingerprint would be confused; with
///    a few hundred thousand features the chance per lookup is about 2⁻³¹);
/// 2. stores rows with many entries densely, one 16-bit weight per class, added with vector instructions;
/// 3. keeps a row of one entry (a third of them) inside its descriptor, so that it costs no second cache miss.
/// Scores equal `LinearModel.score` up to such fingerprint collisions.
struct ParserScorer: Sendable {
    /// Rows with at least this many entries are stored densely (at most 16: sparse lengths take four bits).
    static let denseThreshold = 12

    let classCount: Int
    /// Per slot: fingerprint (high 32 bits, 0 = empty) and descriptor (low 32 bits). A descriptor with bit 31
    /// set is a dense row index (bits 0–30); otherwise bits 27–30 hold the sparse length and bits 0–26 its
    /// offset, except that a length of `inlineMark` says the descriptor holds its one entry (class in bits 16–22,
    /// weight in bits 0–15).
    private let slots: [UInt64]
    private let mask: Int
    private let rows: PackedRows

    /// The length field of a descriptor that holds its row's one entry (sparse rows are shorter than
    /// `denseThreshold`).
    private static let inlineMark: UInt64 = 15

    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt64 { (key >> 32) | 1 }

    /// Re-packs `model`.
    init(_ model: LinearModel) {
        classCount = model.classCount
        let order = PackedRows.slotsInKeyOrder(of: model)
        var capacity = 16
        while capacity < order.count * 2 { capacity <<= 1 }
        var rows = PackedRows(classCount: classCount)
        let mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        for (key, source) in order {
            let count = Int(model.slotCount[source])
            let descriptor: UInt64
            if count == 1, model.classCount <= 128 {
                let entry = Int(model.slotStart[source])
                descriptor = Self.inlineMark << 27 | UInt64(model.entryClass[entry]) << 16
                    | UInt64(UInt16(bitPattern: model.entryWeight[entry]))
            } else {
                switch rows.append(
                    model, slot: source, dense: count >= Self.denseThreshold || rows.sparseCount + count >= 1 << 27)
                {
                case .dense(let index): descriptor = UInt64(index) | (1 << 31)
                case .sparse(let offset, let count): descriptor = UInt64(offset) | (UInt64(count) << 27)
                }
            }
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.fingerprint(key) << 32 | descriptor
        }
        self.slots = slots
        self.mask = mask
        self.rows = rows
    }

    /// Adds the weights of `features` to `scores` (length `classCount`, zeroed by the caller).
    ///
    /// Three passes: the first loads every feature's home slot with no branch in between, so the cache misses
    /// overlap instead of queueing behind mispredicted probes; the second resolves collisions and collects row
    /// descriptors; the third adds the rows.
    func score(_ features: [UInt64], into scores: inout [Int32]) {
        let mask = mask
        PackedRows.withHomeSlots(of: features, in: slots, stride: 1, mask: mask) { features, slots, found in
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
            scores.withUnsafeMutableBufferPointer { out in
                guard let outBase = out.baseAddress else { return }
                for descriptor in found where descriptor != 0 {
                    if (descriptor >> 27) & 0x1f == Self.inlineMark {
                        outBase[Int((descriptor >> 16) & 0x7f)] &+= Int32(Int16(truncatingIfNeeded: descriptor))
                    } else if descriptor & (1 << 31) != 0 {
                        rows.add(.dense(index: Int(descriptor & 0x7fff_ffff)), to: outBase)
                    } else {
                        rows.add(.sparse(offset: Int(descriptor & 0x07ff_ffff), count: Int((descriptor >> 27) & 0xf)), to: outBase)
                    }
                }
            }
        }
    }

    /// The highest-scoring class allowed by `allowed`, ties to the lower index; -1 when none is allowed.
    func predict(_ features: [UInt64], scores: inout [Int32], allowed: [Bool]) -> Int {
        for index in scores.indices { scores[index] = 0 }
        score(features, into: &scores)
        return LinearModel.best(scores, classCount: classCount, allowed: allowed)
    }
}
