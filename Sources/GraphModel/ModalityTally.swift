import EventOntology

/// How many events of a relation carry each ``Modality``.
///
/// Encodes as a JSON object keyed by modality (`{"asserted": 2, "hedged": 1}`), omitting zero counts.
public struct ModalityTally: Hashable, Sendable {
    private var counts: [Int]

    /// An empty tally.
    public init() { counts = Array(repeating: 0, count: Modality.allCases.count) }

    /// The number of events with `modality`.
    public subscript(modality: Modality) -> Int {
        get { counts[Self.index(of: modality)] }
        set { counts[Self.index(of: modality)] = newValue }
    }

    /// Total events counted.
    public var total: Int { counts.reduce(0, +) }

    /// The modalities present, with their counts, in ``Modality`` declaration order.
    public var entries: [(modality: Modality, count: Int)] {
        Modality.allCases.compactMap { modality in
            let count = self[modality]
            return count > 0 ? (modality, count) : nil
        }
    }

    /// The most committed modality present, ranking asserted > reported > future > hedged > hypothetical >
    /// negated; `nil` when the tally is empty. Diagrams style a relation's edge by it.
    public var strongest: Modality? {
        let ranking: [Modality] = [.asserted, .reported, .future, .hedged, .hypothetical, .negated]
        return ranking.first { self[$0] > 0 }
    }

    private static func index(of modality: Modality) -> Int {
        Modality.allCases.firstIndex(of: modality) ?? 0
    }
}

extension ModalityTally: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: Key.self)
        for modality in Modality.allCases {
            self[modality] = try container.decodeIfPresent(Int.self, forKey: Key(stringValue: modality.rawValue)) ?? 0
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (modality, count) in entries {
            try container.encode(count, forKey: Key(stringValue: modality.rawValue))
        }
    }
}
