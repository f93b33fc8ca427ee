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

        private enum CodingKeys: String, CodingKey {
            case truePositives, falsePositives, falseNegatives, precision, recall, f1
        }

        /// Reads the three counts (the rates, when present, are derived and ignored).
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(truePositives: try container.decode(Int.self, forKey: .truePositives),
                      falsePositives: try container.decode(Int.self, forKey: .falsePositives),
                      falseNegatives: try container.decode(Int.self, forKey: .falseNegatives))
        }

        /// Writes the three counts and the precision, recall and F1 they give (fractions of 1).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(truePositives, forKey: .truePositives)
            try container.encode(falsePositives, forKey: .falsePositives)
            try container.encode(falseNegatives, forKey: .falseNegatives)
            try container.encode(precision, forKey: .precision)
            try container.encode(recall, forKey: .recall)
            try container.encode(f1, forKey: .f1)
        }
    }

    private enum CodingKeys: String, CodingKey { case byType, overall }

    /// Reads scores whose `byType` is an object keyed by the type's name ("PER", "ORG", "LOC").
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let named = try container.decode([String: Counts].self, forKey: .byType)
        var byType: [EntitySpan.EntityType: Counts] = [:]
        for (name, counts) in named {
            guard let type = EntitySpan.EntityType(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .byType, in: container, debugDescription: "unknown entity type \"\(name)\"")
            }
            byType[type] = counts
        }
        self.init(byType: byType, overall: try container.decode(Counts.self, forKey: .overall))
    }

    /// Writes `byType` as an object keyed by the type's name, so that an encoder with sorted keys writes the same
    /// bytes on every run (a dictionary keyed by the enum itself is written as a list in hash order).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let named = Dictionary(uniqueKeysWithValues: byType.map { ($0.key.rawValue, $0.value) })
        try container.encode(named, forKey: .byType)
        try container.encode(overall, forKey: .overall)
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
