/// A multi-class averaged perceptron over hashed sparse features, used while training.
///
/// Weights live in sparse rows: each feature that was ever updated owns a short list of (class, weight) entries.
/// Averaging is lazy (Daumé's trick): each entry keeps the running total of its weight over time and the step of
/// its last change, so an update costs O(features) whatever the number of classes.
/// `frozen(minimumWeight:)` turns the averaged weights into the compact `LinearModel` used at run time.
public struct AveragedPerceptron: Sendable {
    /// Number of classes scored.
    public let classCount: Int
    private var rows: [UInt64: Int] = [:]
    private var rowEntries: [[Int32]] = []
    private var entryClass: [UInt16] = []
    private var weights: [Double] = []
    private var totals: [Double] = []
    private var stamps: [Int] = []
    /// Number of training examples seen (the averaging clock).
    public private(set) var step = 0

    /// Creates an empty model over `classCount` classes.
    public init(classCount: Int) {
        precondition(classCount > 0 && classCount <= Int(UInt16.max))
        self.classCount = classCount
    }

    /// Adds the current (not averaged) weights of `features` to `scores` (length `classCount`).
    public func score(_ features: [UInt64], into scores: inout [Double]) {
        for feature in features {
            guard let row = rows[feature] else { continue }
            for entry in rowEntries[row] {
                scores[Int(entryClass[Int(entry)])] += weights[Int(entry)]
            }
        }
    }

    /// The class with the highest current score among `allowed` (all classes when `nil`); ties go to the lower index.
    public func predict(_ features: [UInt64], allowed: [Bool]? = nil) -> Int {
        var scores = [Double](repeating: 0, count: classCount)
        score(features, into: &scores)
        return Self.best(scores, allowed: allowed)
    }

    /// The index of the highest score among `allowed`; ties go to the lower index; -1 when nothing is allowed.
    public static func best(_ scores: [Double], allowed: [Bool]? = nil) -> Int {
        var best = -1
        var bestScore = -Double.infinity
        for index in scores.indices where allowed?[index] ?? true {
            if scores[index] > bestScore {
                best = index
                bestScore = scores[index]
            }
        }
        return best
    }

    /// Advances the averaging clock by one example; call once per training decision.
    public mutating func tick() { step += 1 }

    /// Moves weight towards `truth` and away from `guess` for every feature.
    public mutating func update(truth: Int, guess: Int, features: [UInt64]) {
        guard truth != guess else { return }
        for feature in features {
            add(feature: feature, classIndex: truth, delta: 1)
            add(feature: feature, classIndex: guess, delta: -1)
        }
    }

    private mutating func add(feature: UInt64, classIndex: Int, delta: Double) {
        let row: Int
        if let existing = rows[feature] {
            row = existing
        } else {
            row = rowEntries.count
            rows[feature] = row
            rowEntries.append([])
        }
        var entry = -1
        for candidate in rowEntries[row] where Int(entryClass[Int(candidate)]) == classIndex {
            entry = Int(candidate)
            break
        }
        if entry < 0 {
            entry = weights.count
            rowEntries[row].append(Int32(entry))
            entryClass.append(UInt16(classIndex))
            weights.append(0)
            totals.append(0)
            stamps.append(step)
        }
        totals[entry] += Double(step - stamps[entry]) * weights[entry]
        stamps[entry] = step
        weights[entry] += delta
    }

    /// `frozen(minimumWeight:)` with the minimum weight raised by a tenth (from at least 0.01) until at most
    /// `maximumFeatures` features remain; also returns the minimum weight that was used.
    public func frozen(minimumWeight: Double, maximumFeatures: Int) -> (model: LinearModel, minimumWeight: Double) {
        var threshold = minimumWeight
        var model = frozen(minimumWeight: threshold)
        while model.featureCount > maximumFeatures {
            threshold = max(threshold * 1.1, 0.01)
            model = frozen(minimumWeight: threshold)
        }
        return (model, threshold)
    }

    /// The averaged weights as a compact run-time model, dropping entries whose averaged weight is smaller in
    /// magnitude than `minimumWeight` and quantising the rest to 16 bits.
    /// - Complexity: O(entries · log features) for the sort that makes the output deterministic.
    public func frozen(minimumWeight: Double = 1e-3) -> LinearModel {
        let clock = Double(max(step, 1))
        var averaged: [(key: UInt64, entries: [(UInt16, Double)])] = []
        averaged.reserveCapacity(rows.count)
        var largest = 0.0
        for (key, row) in rows {
            var kept: [(UInt16, Double)] = []
            for entry in rowEntries[row] {
                let index = Int(entry)
                let total = totals[index] + Double(step - stamps[index]) * weights[index]
                let mean = total / clock
                if abs(mean) >= minimumWeight {
                    kept.append((entryClass[index], mean))
                    largest = max(largest, abs(mean))
                }
            }
            if !kept.isEmpty {
                kept.sort { $0.0 < $1.0 }
                averaged.append((key, kept))
            }
        }
        averaged.sort { $0.key < $1.key }
        let scale = largest > 0 ? largest / Double(Int16.max) : 1
        return LinearModel(classCount: classCount, scale: Float(scale), rows: averaged.map { row in
            (row.key, row.entries.map { ($0.0, Int16(($0.1 / scale).rounded())) })
        })
    }
}
