import ArticleText
import GraphModel
import OrderedCollections

/// The relations a diagram draws when it cannot draw them all: the top *N* by number of articles, and a
/// finding naming what was left out.
public struct RelationSelection: Sendable {
    /// The graph with only the kept relations and the nodes they touch.
    public var graph: RelationGraph
    /// The relations left out, most articles first.
    public var omitted: [Relation]
    /// A `diagram.pruned` info finding naming how many relations and events were left out and the largest
    /// of them; `nil` when nothing was left out.
    public var finding: Finding?

    /// Keeps the `limit` relations (loops included) with the most articles, ties broken by more events, then
    /// by relation id; drops nodes left without a relation.
    ///
    /// - Parameters:
    ///   - limit: The most relations to keep; everything is kept when the graph has no more.
    ///   - graph: The full relations graph.
    ///   - provenance: The events' articles.
    /// - Complexity: O(*r* log *r*) for *r* relations.
    public init(top limit: Int, of graph: RelationGraph, provenance: DiagramProvenance) {
        let all = graph.relations + graph.selfRelations
        guard all.count > limit else {
            self.graph = graph
            omitted = []
            finding = nil
            return
        }
        let ranked = all.map { (relation: $0, articles: provenance.articles(of: $0.events).count) }
            .sorted { ($1.articles, $1.relation.count, $0.relation.id) < ($0.articles, $0.relation.count, $1.relation.id) }
        let kept = Set(ranked.prefix(max(limit, 0)).map(\.relation.id))
        var pruned = graph
        pruned.relations = graph.relations.filter { kept.contains($0.id) }
        pruned.selfRelations = graph.selfRelations.filter { kept.contains($0.id) }
        let used = Set((pruned.relations + pruned.selfRelations).flatMap { [$0.source, $0.target] })
        pruned.nodes = graph.nodes.filter { used.contains($0.key) }
        self.graph = pruned
        omitted = ranked.dropFirst(max(limit, 0)).map(\.relation)
        let events = omitted.reduce(0) { $0 + $1.count }
        let largest = ranked.dropFirst(max(limit, 0)).prefix(5)
            .map { "\($0.relation.id) (\($0.articles) article\($0.articles == 1 ? "" : "s"))" }
        let droppedNodes = graph.nodes.count - pruned.nodes.count
        finding = Finding(
            .info, code: "diagram.pruned",
            message: "the relations diagram shows the \(CountedNoun.text(kept.count, "relation")) with the most articles of the "
                + "\(all.count) it could draw; left out \(CountedNoun.text(omitted.count, "relation")) "
                + "(\(CountedNoun.text(events, "event"))\(droppedNodes > 0 ? ", \(CountedNoun.text(droppedNodes, "actor"))" : "")), "
                + "the largest: \(largest.joined(separator: ", ")); --top N draws more (build's relations.csv lists every relation)")
    }
}
