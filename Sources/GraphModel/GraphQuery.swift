import ActorLexicon
import EventOntology

/// A filter over an ``EventGraph``: a time window, actors, event types, modalities and a minimum relation count.
///
/// Conditions combine with AND; an empty set means "any". The time window compares TIMEX3 values of any
/// granularity through the days they cover: an event matches when its date overlaps the window, so with
/// `from: "2019", to: "2021"` an event dated `2021-06` matches and one dated `2018-12-31` does not.
public struct GraphQuery: Hashable, Sendable {
    /// Start of the window, a TIMEX3 calendar value (`2019`, `2019-03`, `2019-03-14`); `nil` for no bound.
    public var from: String?
    /// End of the window (inclusive: `2021` runs to 2021-12-31); `nil` for no bound.
    public var to: String?
    /// Whether undated events pass a window (they never overlap one); ignored without a window.
    public var includeUndated: Bool
    /// Actors or country codes of which at least one must be the event's source or target (at either level).
    public var actors: Set<ActorID>
    /// PLOVER types kept.
    public var types: Set<EventType>
    /// Modalities kept.
    public var modalities: Set<Modality>
    /// The fewest events a relation (at `level`) needs for its events to stay; events without target are
    /// dropped when this is above 1.
    public var minimumCount: Int
    /// The level at which `minimumCount` counts relations.
    public var level: AggregationLevel
    /// Where events must have happened (their `location`); empty keeps located and unlocated events alike.
    public var location = LocationFilter()

    /// Creates a query; the defaults keep everything.
    public init(
        from: String? = nil, to: String? = nil, includeUndated: Bool = false, actors: Set<ActorID> = [],
        types: Set<EventType> = [], modalities: Set<Modality> = [], minimumCount: Int = 1,
        level: AggregationLevel = .actor
    ) {
        self.from = from
        self.to = to
        self.includeUndated = includeUndated
        self.actors = actors
        self.types = types
        self.modalities = modalities
        self.minimumCount = minimumCount
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
}

extension EventGraph {
    /// The graph restricted to the events `query` keeps, the actors those events name and the states those
    /// actors fold into (so that country-level nodes keep their names).
    ///
    /// Documents and findings are kept whole; actor descriptions are kept for the actors that remain, so the
    /// result merges like any graph.
    ///
    /// - Parameter query: The filter.
    /// - Returns: The filtered graph.
    /// - Throws: ``GraphModelError`` when the query's window is invalid.
    /// - Complexity: O(*e* log *e*) for *e* events.
    public func filtered(by query: GraphQuery) throws -> EventGraph {
        let window = try query.window()
        var kept = events.values.filter { event in
            if !query.types.isEmpty, !query.types.contains(event.type) { return false }
            if !query.modalities.isEmpty, !query.modalities.contains(event.modality) { return false }
            if !query.actors.isEmpty, !matches(event, actors: query.actors) { return false }
            if !query.location.matches(event) { return false }
            if window.first != nil || window.last != nil {
                guard let interval = event.date?.interval else { return query.includeUndated }
                if let first = window.first, interval.last < first.first { return false }
                if let last = window.last, last.last < interval.first { return false }
            }
            return true
        }
        if query.minimumCount > 1 {
            let staged = restricted(to: kept)
            let strong = Set(
                staged.relationGraph(level: query.level).relations.filter { $0.count >= query.minimumCount }
                    .flatMap(\.events))
            kept = kept.filter { strong.contains($0.id) }
        }
        return restricted(to: kept)
    }

    /// Whether `event` involves one of `actors`, as itself or through its country.
    private func matches(_ event: Event, actors wanted: Set<ActorID>) -> Bool {
        var involved: [ActorID] = [event.source, sourceNode(of: event, at: .country)]
        if let target = event.target { involved.append(target) }
        if let node = targetNode(of: event, at: .country) { involved.append(node) }
        return involved.contains { wanted.contains($0) }
    }

    /// This graph with only `kept` events and the actors they name.
    private func restricted(to kept: [Event]) -> EventGraph {
        var graph = EventGraph()
        graph.documents = documents
        graph.findings = findings
        graph.referenceActors = referenceActors
        var named: Set<ActorID> = []
        for event in kept {  // the actors named, and the states they fold into at country level
            named.insert(event.source)
            named.insert(sourceNode(of: event, at: .country))
            if let target = event.target { named.insert(target) }
            if let node = targetNode(of: event, at: .country) { named.insert(node) }
            if let attribution = event.attribution { named.insert(attribution) }
        }
        for (id, actor) in actors where named.contains(id) {
            graph.actors[id] = actor
            if let seen = observations[id] { graph.observations[id] = seen }
        }
        for event in kept { graph.events[event.id] = event }
        return graph
    }
}
