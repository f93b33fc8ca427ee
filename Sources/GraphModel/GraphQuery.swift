import ActorLexicon
import ArticleText
import EventOntology

/// A filter over an ``EventGraph``, shared by `build`, `query` and `series` and by the event store: a time
/// window, actors, a dyad, an ego network, event types, QuadClasses, sectors, modalities, document ids, a keyword
/// and thresholds on articles, relation counts and the number of relations.
///
/// Conditions combine with AND; an empty set means "any". The time window compares TIMEX3 values of any
/// granularity through the days they cover: an event is kept when its date lies wholly inside the window
/// (`2021-06` inside `2019 … 2021`); one that only partly overlaps it (`2021` in a window of `2021-03`) is kept
/// only with ``includePartial``.
public struct GraphQuery: Hashable, Sendable {
    /// Start of the window, a TIMEX3 calendar value (`2019`, `2019-03`, `2019-03-14`); `nil` for no bound.
    public var from: String?
    /// End of the window (inclusive: `2021` runs to 2021-12-31); `nil` for no bound.
    public var to: String?
    /// Whether events whose date only partly overlaps the window are kept.
    public var includePartial: Bool
    /// Whether undated events pass a window (they never overlap one); ignored without a window.
    public var includeUndated: Bool
    /// Actors or country codes of which at least one must be the event's source or target (at either level).
    public var actors: Set<ActorID>
    /// Two actors or country codes that must both take part (as source and target, in either direction), or
    /// empty for any dyad.
    public var dyad: [ActorID]
    /// Centres of an ego network: only events between nodes (at ``level``) within ``depth`` relations of one
    /// of them are kept; empty for no ego network.
    public var around: Set<ActorID>
    /// Radius of the ego network, in relations.
    public var depth: Int
    /// PLOVER types kept.
    public var types: Set<EventType>
    /// QuadClasses kept.
    public var quadClasses: Set<QuadClass>
    /// CAMEO sectors (`GOV`, `MIL`, …) every actor of the event must belong to; a state counts as `GOV`.
    public var sectors: Set<String>
    /// Modalities kept.
    public var modalities: Set<Modality>
    /// Documents whose events are kept.
    public var documents: Set<DocumentID>
    /// Text that the event's evidence must contain (case-insensitive substring in memory; full-text words in
    /// the store); `nil` for any.
    public var keyword: String?
    /// The fewest articles the event's cluster needs (``EventCluster/numArticles``).
    public var minimumArticles: Int
    /// The fewest happenings a relation (at `level`) needs for its events to stay; events without target are
    /// dropped when this is above 1.
    public var minimumCount: Int
    /// Keep only the events of this many relations (at `level`) with the most happenings; `nil` for all.
    public var top: Int?
    /// The level at which `minimumCount`, `top` and `around` count relations.
    public var level: AggregationLevel
    /// Where events must have happened (their `location`); empty keeps located and unlocated events alike.
    public var location = LocationFilter()

    /// Creates a query; the defaults keep everything.
    public init(
        from: String? = nil, to: String? = nil, includePartial: Bool = false, includeUndated: Bool = false,
        actors: Set<ActorID> = [], dyad: [ActorID] = [], around: Set<ActorID> = [], depth: Int = 1,
        types: Set<EventType> = [], quadClasses: Set<QuadClass> = [], sectors: Set<String> = [],
        modalities: Set<Modality> = [], documents: Set<DocumentID> = [], keyword: String? = nil,
        minimumArticles: Int = 1, minimumCount: Int = 1, top: Int? = nil, level: AggregationLevel = .actor
    ) {
        self.from = from
        self.to = to
        self.includePartial = includePartial
        self.includeUndated = includeUndated
        self.actors = actors
        self.dyad = dyad
        self.around = around
        self.depth = depth
        self.types = types
        self.quadClasses = quadClasses
        self.sectors = sectors
        self.modalities = modalities
        self.documents = documents
        self.keyword = keyword
        self.minimumArticles = minimumArticles
        self.minimumCount = minimumCount
        self.top = top
        self.level = level
    }

    /// The window as days, `nil` bounds open.
    ///
    /// - Throws: ``GraphModelError/invalidDateValue(_:)`` for a bound that is not a calendar value,
    ///   ``GraphModelError/emptyWindow(from:to:)`` when the window ends before it starts.
    public func window() throws -> (first: TimexInterval?, last: TimexInterval?) {
        func parse(_ value: String?) throws -> TimexInterval? {
            guard let value else { return nil }
            guard let interval = TimexInterval(timex: value) else { throw GraphModelError.invalidDateValue(value) }
            return interval
        }
        let first = try parse(from)
        let last = try parse(to)
        if let first, let last, last.last < first.first, let from, let to {
            throw GraphModelError.emptyWindow(from: from, to: to)
        }
        return (first, last)
    }

    /// Whether a date covering `interval` passes the window `window` (see ``includePartial``).
    public func passes(_ interval: TimexInterval, window: (first: TimexInterval?, last: TimexInterval?)) -> Bool {
        if includePartial {
            if let first = window.first, interval.last < first.first { return false }
            if let last = window.last, last.last < interval.first { return false }
        } else {
            if let first = window.first, interval.first < first.first { return false }
            if let last = window.last, last.last < interval.last { return false }
        }
        return true
    }

    /// The sector an actor counts as for ``sectors``: its own, or `GOV` for a state.
    public static func sector(of actor: Actor?) -> String? {
        guard let actor else { return nil }
        return actor.kind == .state ? "GOV" : actor.sector
    }
}
