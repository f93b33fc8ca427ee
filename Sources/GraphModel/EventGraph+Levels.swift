import ActorLexicon
import EventOntology

extension EventGraph {
    /// The node that stands for actor `id` at `level`.
    ///
    /// At ``AggregationLevel/actor`` every actor is its own node. At ``AggregationLevel/country`` states stay
    /// themselves and every other actor folds into its country: the event's own country code for the actor when
    /// given (`countryHint`, the `sourceCountry`/`targetCountry` the extractor resolved for the event's date),
    /// else the actor's `country`; actors with neither stay themselves.
    ///
    /// - Parameters:
    ///   - id: The actor.
    ///   - level: The aggregation level.
    ///   - countryHint: The event's country code for this actor, if any.
    /// - Returns: The node id.
    public func nodeID(for id: ActorID, at level: AggregationLevel, countryHint: String? = nil) -> ActorID {
        guard level == .country else { return id }
        let actor = actors[id]
        if actor?.kind == .state { return id }
        if let country = nonEmpty(countryHint) ?? nonEmpty(actor?.country) { return ActorID(country) }
        return id
    }

    /// The actor describing node `id`: the graph's actor when there is one, else its reference description
    /// (``referenceActors``), else a state (or, for `IGO…` codes, an organisation) named by its code.
    public func nodeActor(_ id: ActorID) -> Actor {
        if let actor = actors[id] ?? referenceActors[id] { return actor }
        let code = id.rawValue
        return Actor(id: id, name: code, country: code, sector: nil, kind: code.hasPrefix("IGO") ? .organization : .state)
    }

    /// Country codes that country-level folding makes into nodes but that no actor or reference actor
    /// describes (`SUR` when only a Surinamese minister was mentioned), sorted; look them up in a lexicon and
    /// pass them to ``addReferenceActors(_:)`` to give those nodes names.
    ///
    /// - Complexity: O(*e* log *e*) for *e* events.
    public var undescribedCountryNodes: [ActorID] {
        var codes: Set<ActorID> = []
        for event in events.values {
            codes.insert(sourceNode(of: event, at: .country))
            if let target = targetNode(of: event, at: .country) { codes.insert(target) }
        }
        return codes.filter { actors[$0] == nil && referenceActors[$0] == nil }.sorted()
    }

    /// The source node of `event` at `level`.
    public func sourceNode(of event: Event, at level: AggregationLevel) -> ActorID {
        nodeID(for: event.source, at: level, countryHint: event.sourceCountry)
    }

    /// The target node of `event` at `level`, or `nil` for single-actor events.
    public func targetNode(of event: Event, at level: AggregationLevel) -> ActorID? {
        event.target.map { nodeID(for: $0, at: level, countryHint: event.targetCountry) }
    }

    private func nonEmpty(_ string: String?) -> String? {
        guard let string, !string.isEmpty else { return nil }
        return string
    }
}
