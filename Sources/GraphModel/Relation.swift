import ActorLexicon
import EventOntology

/// All events of one type between two graph nodes, aggregated into one edge of the relations diagram.
///
/// A relation is keyed by its dyad, its PLOVER type and its polarity: "did not attack" never adds to the count
/// of "attacked", so negated events form their own relation. Symmetric types (CONSULT, AGREE) are undirected:
/// their dyad is stored with the smaller node id as `source`.
public struct Relation: Hashable, Sendable, Codable, Identifiable {
    /// Stable key, `SOURCE->TARGET:TYPE` (`--` for symmetric types, `:not-TYPE` for negated ones).
    public var id: String
    /// The acting node (for symmetric types: the smaller id of the two).
    public var source: ActorID
    /// The node acted upon.
    public var target: ActorID
    /// PLOVER event type.
    public var type: EventType
    /// The type's QuadClass.
    public var quadClass: QuadClass
    /// Whether the relation is undirected (CONSULT, AGREE).
    public var symmetric: Bool
    /// Whether the relation collects negated events ("refused to meet", "did not supply").
    public var negated: Bool
    /// Number of distinct happenings: the ``EventCluster``s among its events (events of documents that copy
    /// another are not counted).
    public var count: Int
    /// Events per modality.
    public var modalities: ModalityTally
    /// Earliest TIMEX3 date value among the events, or `nil` when none is dated.
    public var firstDate: String?
    /// Latest TIMEX3 date value among the events, or `nil` when none is dated.
    public var lastDate: String?
    /// Mean Goldstein-scale intensity (−10 … +10) of the events.
    public var goldstein: Double
    /// The events, in graph order.
    public var events: [EventID]

    /// The key a relation is stored under.
    static func key(source: ActorID, target: ActorID, type: EventType, negated: Bool) -> String {
        let arrow = type.isSymmetric ? "--" : "->"
        return "\(source.rawValue)\(arrow)\(target.rawValue):\(negated ? "not-" : "")\(type.rawValue)"
    }

    /// A relation holding no event yet.
    init(source: ActorID, target: ActorID, type: EventType, negated: Bool) {
        let (from, to) = type.isSymmetric && target < source ? (target, source) : (source, target)
        id = Relation.key(source: from, target: to, type: type, negated: negated)
        self.source = from
        self.target = to
        self.type = type
        quadClass = type.quadClass
        symmetric = type.isSymmetric
        self.negated = negated
        count = 0
        modalities = ModalityTally()
        goldstein = 0
        events = []
    }

    /// Counts `event` into the relation.
    mutating func add(_ event: Event) {
        goldstein = (goldstein * Double(count) + event.goldstein) / Double(count + 1)
        count += 1
        modalities[event.modality] += 1
        events.append(event.id)
        guard let value = event.date?.intervalValue, let interval = TimexInterval(timex: value) else { return }
        if firstDate.flatMap(TimexInterval.init(timex:)).map({ (interval, value) < ($0, firstDate ?? "") }) ?? true {
            firstDate = value
        }
        if lastDate.flatMap(TimexInterval.init(timex:)).map({ Relation.endsLater(interval, value, than: $0, lastDate ?? "") })
            ?? true
        {
            lastDate = value
        }
    }

    /// Whether `interval` (read from `value`) ends after `other`, ties broken by start and then by text.
    private static func endsLater(_ interval: TimexInterval, _ value: String, than other: TimexInterval, _ otherValue: String)
        -> Bool
    {
        (other.last, other.first, otherValue) < (interval.last, interval.first, value)
    }
}

/// Orders relations by source, target, PLOVER type (declaration order) and polarity.
extension Relation: Comparable {
    public static func < (lhs: Relation, rhs: Relation) -> Bool {
        let left = (lhs.source, lhs.target, EventType.allCases.firstIndex(of: lhs.type) ?? 0, lhs.negated ? 1 : 0)
        let right = (rhs.source, rhs.target, EventType.allCases.firstIndex(of: rhs.type) ?? 0, rhs.negated ? 1 : 0)
        return left < right
    }
}
