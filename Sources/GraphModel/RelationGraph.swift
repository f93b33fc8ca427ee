import ActorLexicon
import EventOntology
import OrderedCollections

/// The relations diagram's content: nodes at one ``AggregationLevel`` and the relations between them.
///
/// Built by ``EventGraph/relationGraph(level:includeIsolated:)``. Nodes are sorted by id and relations by
/// source, target, type and polarity, so encoders can write them in order.
public struct RelationGraph: Hashable, Sendable {
    /// One node: the actor drawn and the actors folded into it.
    public struct Node: Hashable, Sendable, Codable {
        /// The actor the node stands for (at country level, the state).
        public var actor: Actor
        /// The actors whose events the node carries, sorted by id (itself included when it acts).
        public var members: [ActorID]
        /// Number of events in which the node is source or target (a self-relation counts once).
        public var eventCount: Int
    }

    /// The aggregation level of the nodes.
    public var level: AggregationLevel
    /// Nodes by id, sorted by id.
    public var nodes: OrderedDictionary<ActorID, Node>
    /// Relations between two different nodes, sorted.
    public var relations: [Relation]
    /// Relations whose two ends fold into the same node (domestic events at country level); drawn as loops,
    /// and their node is among ``nodes``.
    public var selfRelations: [Relation]
}

extension EventGraph {
    /// Aggregates the graph's events with a target into relations between nodes at `level`.
    ///
    /// A relation's `count` is the number of distinct happenings (``clusters``) among its events: three
    /// articles reporting one meeting count once; its `events` list every event.
    ///
    /// - Parameters:
    ///   - level: Whether nodes are actors or countries.
    ///   - includeIsolated: Whether to keep nodes that take part in no relation (at `level`).
    /// - Returns: The nodes and relations, sorted.
    /// - Complexity: O(*e* log *e*) for *e* events.
    public func relationGraph(level: AggregationLevel, includeIsolated: Bool = false) -> RelationGraph {
        var relations: [String: Relation] = [:]
        var members: [ActorID: Set<ActorID>] = [:]
        var counts: [ActorID: Int] = [:]
        let clusterOf = clusterIndex()
        var happenings: [String: Set<EventID>] = [:]
        for event in events.values {
            guard let target = event.target, let targetNode = targetNode(of: event, at: level) else { continue }
            let sourceNode = sourceNode(of: event, at: level)
            var relation = Relation(
                source: sourceNode, target: targetNode, type: event.type, negated: event.modality == .negated)
            relation = relations[relation.id] ?? relation
            relation.add(event)
            relations[relation.id] = relation
            if let cluster = clusterOf[event.id] { happenings[relation.id, default: []].insert(cluster.id) }
            members[sourceNode, default: []].insert(event.source)
            members[targetNode, default: []].insert(target)
            counts[sourceNode, default: 0] += 1
            if targetNode != sourceNode { counts[targetNode, default: 0] += 1 }
        }
        for id in relations.keys {  // a relation counts happenings (clusters), not the articles that repeat them
            relations[id]?.count = happenings[id]?.count ?? 0
        }
        let sorted = relations.values.sorted()
        let drawn = sorted.filter { $0.source != $0.target }
        var nodeIDs = Set(sorted.flatMap { [$0.source, $0.target] })
        if includeIsolated {
            nodeIDs.formUnion(actors.keys.map { nodeID(for: $0, at: level) })
        }
        var nodes: OrderedDictionary<ActorID, RelationGraph.Node> = [:]
        for id in nodeIDs.sorted() {
            nodes[id] = RelationGraph.Node(
                actor: nodeActor(id), members: (members[id] ?? []).sorted(), eventCount: counts[id] ?? 0)
        }
        return RelationGraph(
            level: level, nodes: nodes, relations: drawn, selfRelations: sorted.filter { $0.source == $0.target })
    }
}
