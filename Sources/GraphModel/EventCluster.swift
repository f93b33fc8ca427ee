import ActorLexicon
import ArticleText
import EventOntology

/// One happening reported by one or more documents: the events of different documents that describe it, with
/// GDELT-style counts of how widely it was reported.
///
/// Built by ``EventClustering`` (in memory from an ``EventGraph``, or by the event store for a corpus on disk).
/// A cluster holds at most one event per document: two events of one article are two happenings (restatements
/// were already merged by the extractor).
public struct EventCluster: Hashable, Sendable, Codable, Identifiable {
    /// Stable id: the smallest id of its events.
    public var id: EventID
    /// The block its events share (dyad at country level, PLOVER type, polarity).
    public var block: ClusterBlock
    /// The most precise TIMEX3 date value among the events (`2020-01-03` over `2020-01`), or `nil` when undated.
    public var date: String?
    /// The events, sorted by id.
    public var events: [EventID]
    /// The documents reporting it, sorted by id (duplicates of another document are never members).
    public var documents: [DocumentID]
    /// Number of distinct documents reporting it (GDELT's NumArticles).
    public var numArticles: Int
    /// Number of distinct outlets (URL hosts without `www.`; a document without URL counts as its own outlet).
    public var numSources: Int
    /// Earliest publication date (DCT) among its documents, or `nil` when none is known.
    public var firstReport: CalendarDate?
    /// Latest publication date (DCT) among its documents.
    public var lastReport: CalendarDate?
    /// Mean Goldstein-scale intensity (−10 … +10) of its events.
    public var goldstein: Double

    /// Creates a cluster (the event store reads them back with it).
    public init(
        id: EventID, block: ClusterBlock, date: String?, events: [EventID], documents: [DocumentID], numArticles: Int,
        numSources: Int, firstReport: CalendarDate?, lastReport: CalendarDate?, goldstein: Double
    ) {
        self.id = id
        self.block = block
        self.date = date
        self.events = events
        self.documents = documents
        self.numArticles = numArticles
        self.numSources = numSources
        self.firstReport = firstReport
        self.lastReport = lastReport
        self.goldstein = goldstein
    }
}

/// What two events must share to be candidates for one cluster: the dyad at country level (ordered for
/// directed types, unordered for CONSULT and AGREE), the PLOVER type, whether they are negated, and the year
/// (of the last day an event may have happened on; of its publication when undated), so that a block stays
/// small however many years a corpus spans.
public struct ClusterBlock: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Source node at country level (for symmetric types, the smaller of the two).
    public var source: ActorID
    /// Target node at country level, or `nil` for single-actor events.
    public var target: ActorID?
    /// PLOVER type.
    public var type: EventType
    /// Whether the events are negated ("did not attack" never joins "attacked").
    public var negated: Bool
    /// The year (see above), or `nil` for an undated event of an undated document.
    public var year: Int?

    /// Whether a party is a sector group no state was found for (`XXX-COP`, `XXX-UAF`).
    public var hasUnplacedActor: Bool {
        source.rawValue.hasPrefix("XXX-") || (target?.rawValue.hasPrefix("XXX-") ?? false)
    }

    /// Creates a block; a symmetric type orders its two nodes.
    public init(source: ActorID, target: ActorID?, type: EventType, negated: Bool, year: Int? = nil) {
        if type.isSymmetric, let target, target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.type = type
        self.negated = negated
        self.year = year
    }

    /// The year of an event's block: of the last day of `window`, else of `published`.
    public static func year(window: TimexInterval?, published: CalendarDate?) -> Int? {
        window?.last.year ?? published?.year
    }

    /// `SRC->TGT:TYPE@YEAR` (`--` for symmetric types, `:not-TYPE` for negated, `SRC:TYPE` without target,
    /// no `@YEAR` without a year): the key the store indexes clusters by.
    public var description: String {
        let kind = (negated ? "not-" : "") + type.rawValue + (year.map { "@\($0)" } ?? "")
        guard let target else { return "\(source.rawValue):\(kind)" }
        return "\(source.rawValue)\(type.isSymmetric ? "--" : "->")\(target.rawValue):\(kind)"
    }

    public static func < (lhs: ClusterBlock, rhs: ClusterBlock) -> Bool { lhs.description < rhs.description }
}

/// One event as clustering sees it.
public struct ClusterMember: Hashable, Sendable {
    /// The event.
    public var event: EventID
    /// The document reporting it.
    public var document: DocumentID
    /// Its block.
    public var block: ClusterBlock
    /// Its TIMEX3 date value, when it has a calendar one.
    public var dateValue: String?
    /// The days it may have happened on (see ``EventClustering/window(of:published:)``), or `nil` when undated.
    public var window: TimexInterval?
    /// The document's publication date.
    public var published: CalendarDate?
    /// The document's outlet (URL host), or `nil` when unknown.
    public var outlet: String?
    /// The evidence's content words (see ``EventClustering/contentWords(_:)``), for undated events.
    public var words: Set<String>
    /// Goldstein-scale intensity.
    public var goldstein: Double

    /// Creates a member.
    public init(
        event: EventID, document: DocumentID, block: ClusterBlock, dateValue: String?, window: TimexInterval?,
        published: CalendarDate?, outlet: String?, words: Set<String>, goldstein: Double
    ) {
        self.event = event
        self.document = document
        self.block = block
        self.dateValue = dateValue
        self.window = window
        self.published = published
        self.outlet = outlet
        self.words = words
        self.goldstein = goldstein
    }
}
