import ActorLexicon
import ArticleText
import EventOntology

extension EventGraph {
    /// The graph restricted to the events `query` keeps, the actors those events name and the states those
    /// actors fold into (so that country-level nodes keep their names).
    ///
    /// Per-event conditions apply first (window, actors, dyad, types, QuadClasses, sectors, modalities,
    /// documents, keyword, location), then the cluster threshold (``GraphQuery/minimumArticles``, counted over the whole
    /// graph), then the relation threshold (``GraphQuery/minimumCount``), the ego network
    /// (``GraphQuery/around``) and ``GraphQuery/top``. Documents and findings are kept whole; actor
    /// descriptions are kept for the actors that remain, and clusters assigned by a store stay assigned (those
    /// holding a kept event).
    ///
    /// - Parameter query: The filter.
    /// - Returns: The filtered graph.
    /// - Throws: ``GraphModelError`` when the query's window is invalid.
    /// - Complexity: O(*e* log *e*) for *e* events, plus clustering when `minimumArticles` is above 1.
    public func filtered(by query: GraphQuery) throws -> EventGraph {
        let window = try query.window()
        let keyword = query.keyword?.lowercased()
        var kept = events.values.filter { event in
            if !query.types.isEmpty, !query.types.contains(event.type) { return false }
            if !query.quadClasses.isEmpty, !query.quadClasses.contains(event.quadClass) { return false }
            if !query.modalities.isEmpty, !query.modalities.contains(event.modality) { return false }
            if !query.documents.isEmpty, !query.documents.contains(event.evidence.document) { return false }
            if !query.actors.isEmpty, !matches(event, actors: query.actors) { return false }
            if query.dyad.count == 2, !joins(event, query.dyad[0], query.dyad[1]) { return false }
            if !query.sectors.isEmpty, !inSectors(event, query.sectors) { return false }
            if !query.location.matches(event) { return false }
            if let keyword, !keyword.isEmpty,
               !([event.evidence] + event.additionalEvidence).contains(where: { $0.text.lowercased().contains(keyword) })
            {
                return false
            }
            if window.first != nil || window.last != nil {
                guard let interval = event.date?.interval else { return query.includeUndated }
                return query.passes(interval, window: window)
            }
            return true
        }
        if query.minimumArticles > 1 {
            let index = clusterIndex()
            kept = kept.filter { (index[$0.id]?.numArticles ?? 0) >= query.minimumArticles }
        }
        if query.minimumCount > 1 {
            let relations = restricted(to: kept).relationGraph(level: query.level).relations
            let strong = Set(relations.filter { $0.count >= query.minimumCount }.flatMap(\.events))
            kept = kept.filter { strong.contains($0.id) }
        }
        if !query.around.isEmpty {
            let nodes = egoNetwork(of: kept, around: query.around, depth: query.depth, level: query.level)
            kept = kept.filter { event in
                nodes.contains(sourceNode(of: event, at: query.level))
                    && (targetNode(of: event, at: query.level).map(nodes.contains) ?? true)
            }
        }
        if let top = query.top {
            let ranked = restricted(to: kept).relationGraph(level: query.level).relations
                .sorted { ($1.count, $0.id) < ($0.count, $1.id) }
            let strongest = Set(ranked.prefix(max(top, 0)).flatMap(\.events))
            kept = kept.filter { strongest.contains($0.id) }
        }
        return restricted(to: kept)
    }

    /// Whether `event` involves one of `actors`, as itself or through its country.
    private func matches(_ event: Event, actors wanted: Set<ActorID>) -> Bool {
        involved(event, as: .source).contains { wanted.contains($0) }
            || involved(event, as: .target).contains { wanted.contains($0) }
    }

    /// Whether `event` goes between `a` and `b` (as actors or countries), in either direction.
    private func joins(_ event: Event, _ a: ActorID, _ b: ActorID) -> Bool {
        let source = involved(event, as: .source)
        let target = involved(event, as: .target)
        return (source.contains(a) && target.contains(b)) || (source.contains(b) && target.contains(a))
    }

    private enum End { case source, target }

    /// The actor at one end of `event` and the country node it folds into.
    private func involved(_ event: Event, as end: End) -> [ActorID] {
        switch end {
        case .source: [event.source, sourceNode(of: event, at: .country)]
        case .target: [event.target, targetNode(of: event, at: .country)].compactMap { $0 }
        }
    }

    /// Whether every actor of `event` belongs to one of `sectors` (a state counts as `GOV`).
    private func inSectors(_ event: Event, _ sectors: Set<String>) -> Bool {
        [event.source, event.target].compactMap { $0 }.allSatisfy { id in
            GraphQuery.sector(of: actors[id]).map(sectors.contains) ?? false
        }
    }

    /// The nodes at `level` within `depth` relations of `centres` (matched as node ids or actor ids) over the
    /// relations of `kept`.
    private func egoNetwork(of kept: [Event], around centres: Set<ActorID>, depth: Int, level: AggregationLevel)
        -> Set<ActorID>
    {
        var neighbours: [ActorID: Set<ActorID>] = [:]
        var reached: Set<ActorID> = []
        for event in kept {
            let source = sourceNode(of: event, at: level)
            if centres.contains(source) || centres.contains(event.source) { reached.insert(source) }
            guard let targetID = event.target, let target = targetNode(of: event, at: level) else { continue }
            if centres.contains(target) || centres.contains(targetID) { reached.insert(target) }
            neighbours[source, default: []].insert(target)
            neighbours[target, default: []].insert(source)
        }
        var frontier = reached
        for _ in 0..<max(depth, 0) {
            var next: Set<ActorID> = []
            for node in frontier { next.formUnion(neighbours[node] ?? []) }
            frontier = next.subtracting(reached)
            reached.formUnion(next)
        }
        return reached
    }

    /// This graph with only `kept` events and the actors they name.
    func restricted(to kept: [Event]) -> EventGraph {
        var graph = EventGraph()
        graph.documents = documents
        graph.findings = findings
        graph.referenceActors = referenceActors
        if let assignedClusters {  // those of the kept events: `series --around` counts no dropped happening
            let keptIDs = Set(kept.map(\.id))
            graph.assignedClusters = assignedClusters.filter { cluster in cluster.events.contains(where: keptIDs.contains) }
        }
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
