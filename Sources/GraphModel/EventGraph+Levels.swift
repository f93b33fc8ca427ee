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

    /// The actor describing node `id`: the graph's actor when there is one, otherwise a state (or, for
    /// `IGO…` codes, an organisation) named by its code, as country-level folding creates.
    public func nodeActor(_ id: ActorID) -> Actor {
        if let actor = actors[id] { return actor }
        let code = id.rawValue
        return Actor(id: id, name: code, country: code, sector: nil, kind: code.hasPrefix("IGO") ? .organization : .state)
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
