/// A frozen linear classifier over hashed sparse features: the run-time half of `AveragedPerceptron`.
///
/// Storage is an open-addressing table of 64-bit feature keys (linear probing, load ≤ 0.5) pointing into flat
/// arrays of (class, 16-bit weight) entries; a score is the weight times `scale`. Nothing is allocated per call:
/// callers pass a reusable score buffer.
public struct LinearModel: Sendable, Equatable {
    /// Number of classes scored.
    public let classCount: Int
    /// The factor that turns a stored 16-bit weight into a score.
    public let scale: Float
    let slotKeys: [UInt64]
    let slotStart: [UInt32]
    let slotCount: [UInt16]
    let entryClass: [UInt16]
    let entryWeight: [Int16]

    /// Builds the table from rows sorted by key.
    init(classCount: Int, scale: Float, rows: [(UInt64, [(UInt16, Int16)])]) {
        var capacity = 16
        while capacity < rows.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var starts = [UInt32](repeating: 0, count: capacity)
        var counts = [UInt16](repeating: 0, count: capacity)
        var classes: [UInt16] = []
        var weights: [Int16] = []
        let mask = capacity - 1
        for (key, entries) in rows {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            starts[slot] = UInt32(classes.count)
            counts[slot] = UInt16(entries.count)
            for (classIndex, weight) in entries {
                classes.append(classIndex)
                weights.append(weight)
            }
        }
        self.init(
            classCount: classCount, scale: scale, slotKeys: keys, slotStart: starts, slotCount: counts,
            entryClass: classes, entryWeight: weights
        )
    }

    init(
        classCount: Int, scale: Float, slotKeys: [UInt64], slotStart: [UInt32], slotCount: [UInt16],
        entryClass: [UInt16], entryWeight: [Int16]
    ) {
        self.classCount = classCount
        self.scale = scale
        self.slotKeys = slotKeys
        self.slotStart = slotStart
        self.slotCount = slotCount
        self.entryClass = entryClass
        self.entryWeight = entryWeight
    }

    /// Number of features with at least one weight.
    public var featureCount: Int { slotKeys.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }

    /// Number of stored (feature, class) weights.
    public var weightCount: Int { entryWeight.count }

    /// Adds the weights of `features` to `scores` (length `classCount`, in stored units; multiply by `scale`
    /// for comparable magnitudes across models).
    /// - Complexity: O(features · entries per feature), no allocation.
    @inlinable
    public func score(_ features: [UInt64], into scores: inout [Int32]) {
        scoreImpl(features, into: &scores)
    }

    @usableFromInline
    func scoreImpl(_ features: [UInt64], into scores: inout [Int32]) {
        let mask = slotKeys.count - 1
        slotKeys.withUnsafeBufferPointer { keys in
            entryClass.withUnsafeBufferPointer { classes in
                entryWeight.withUnsafeBufferPointer { weights in
                    scores.withUnsafeMutableBufferPointer { out in
                        for feature in features {
                            var slot = Int(truncatingIfNeeded: feature) & mask
                            while true {
                                let key = keys[slot]
                                if key == feature {
                                    let start = Int(slotStart[slot])
                                    for entry in start..<(start + Int(slotCount[slot])) {
                                        out[Int(classes[entry])] &+= Int32(weights[entry])
                                    }
                                    break
                                }
                                if key == 0 { break }
                                slot = (slot + 1) & mask
                            }
                        }
                    }
                }
            }
        }
    }

    /// The class with the highest score among `allowed` (all when `nil`), ties to the lower index; uses
    /// `scores` as scratch space.
    public func predict(_ features: [UInt64], scores: inout [Int32], allowed: [Bool]? = nil) -> Int {
        for index in scores.indices { scores[index] = 0 }
        score(features, into: &scores)
        return Self.best(scores, classCount: classCount, allowed: allowed)
    }

    /// The class with the highest of `scores` among `allowed` (all when `nil`), ties to the lower index; -1
    /// when none is allowed.
    @inline(__always)
    static func best(_ scores: [Int32], classCount: Int, allowed: [Bool]?) -> Int {
        var best = -1
        var bestScore = Int32.min
        for index in 0..<classCount where allowed?[index] ?? true {
            if best < 0 || scores[index] > bestScore {
                best = index
                bestScore = scores[index]
            }
        }
        return best
    }
}
