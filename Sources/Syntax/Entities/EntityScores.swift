import Foundation

/// Exact-match span scores of a recogniser: a predicted entity counts only when its type, start and end all agree
/// with a gold entity.
public struct EntityScores: Hashable, Sendable, Codable {
    /// Counts of one entity type (or of all types together).
    public struct Counts: Hashable, Sendable, Codable {
        /// Predicted entities that match a gold entity exactly.
        public var truePositives: Int
        /// Predicted entities that match none.
        public var falsePositives: Int
        /// Gold entities that no prediction matches.
        public var falseNegatives: Int

        /// Creates counts.
        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        /// TP / (TP + FP); 0 when nothing was predicted.
        public var precision: Double {
            truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
        }

        /// TP / (TP + FN); 0 when there is no gold entity.
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
        }

        /// The harmonic mean of precision and recall; 0 when both are 0.
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    /// Counts per entity type (every type present, possibly all zero).
    public var byType: [EntitySpan.EntityType: Counts]
    /// Counts over all types (micro-averaged).
    public var overall: Counts

    /// Creates scores.
    public init(byType: [EntitySpan.EntityType: Counts] = [:], overall: Counts = Counts()) {
        self.byType = byType
        self.overall = overall
    }

    /// A fixed-order, one-line-per-type table: type, P, R, F1 (fractions of 1, three places, as every `eval-*`
    /// command prints scores), TP/FP/FN.
    public var summary: String {
        func line(_ name: String, _ counts: Counts) -> String {
            let cells = [counts.precision, counts.recall, counts.f1].map { String(format: "%5.3f", $0) }
            return "\(name)\t" + cells.joined(separator: " ")
                + "\t\(counts.truePositives)/\(counts.falsePositives)/\(counts.falseNegatives)"
        }
        var lines = ["type\t    P     R    F1\tTP/FP/FN"]
        for type in EntitySpan.EntityType.allCases { lines.append(line(type.rawValue, byType[type] ?? Counts())) }
        lines.append(line("all", overall))
        return lines.joined(separator: "\n")
    }
}
