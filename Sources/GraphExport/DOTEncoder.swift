import ActorLexicon
import EventOntology
import GraphModel

/// Encodes Storygraph's two diagrams as Graphviz DOT: the relations diagram (``encode(_:)-(RelationGraph)``)
/// and the timeline (``encode(_:)-(Timeline)``).
///
/// The output is deterministic (byte-identical for equal input): nodes, edges and attributes are written in
/// sorted order, every graph is named, `charset="UTF-8"` is set and one font is named for every element so
/// that text is measured alike on every machine. Every ID and value is quoted and escaped once (node IDs are
/// internal keys: actor ids, never display names, so two actors called alike stay two nodes). Labels are plain
/// text, never HTML-like.
public struct DOTEncoder: Sendable {
    /// Font for every label; the default, Liberation Sans, is metric-compatible with Arial and packaged by
    /// Debian as `fonts-liberation2`.
    public var fontName: String
    /// Name of the relations graph (Graphviz writes it into SVG titles).
    public var relationsGraphName: String
    /// Name of the timeline graph.
    public var timelineGraphName: String
    /// A caption drawn above each diagram, or `nil` for none.
    public var title: String?
    /// How relation edges are routed.
    public var edgeRouting: EdgeRouting
    /// The most events the timeline puts side by side on one row; more events of the same date wrap onto
    /// further rows, so that a busy day does not make the drawing hundreds of boxes wide.
    public var timelineRowWidth: Int
    /// Whether all relations between the same two nodes (in the same direction) share one edge, its label
    /// listing each relation and its colour made of one strand per relation. Parallel straight edges would be
    /// drawn on top of each other, so use this with ``EdgeRouting/straight``.
    public var mergesParallelEdges: Bool

    /// How the relations diagram routes its edges (Graphviz `splines`).
    public enum EdgeRouting: String, Hashable, Sendable, CaseIterable {
        /// Splines around nodes (`splines=true`): the best drawing; cheap with `dot`, but with `neato`/`sfdp`
        /// the router slows to minutes on graphs of a few thousand labelled edges.
        case curved
        /// Straight segments (`splines=false`): fast with every engine.
        case straight
    }

    /// Creates an encoder.
    public init(
        fontName: String = "Liberation Sans", relationsGraphName: String = "relations",
        timelineGraphName: String = "timeline", title: String? = nil, edgeRouting: EdgeRouting = .curved,
        mergesParallelEdges: Bool = false, timelineRowWidth: Int = 6
    ) {
        self.timelineRowWidth = timelineRowWidth
        self.fontName = fontName
        self.relationsGraphName = relationsGraphName
        self.timelineGraphName = timelineGraphName
        self.title = title
        self.edgeRouting = edgeRouting
        self.mergesParallelEdges = mergesParallelEdges
    }

    /// The relations diagram: one node per actor (at the graph's level), one edge per relation.
    ///
    /// Nodes are labelled "North Korea (PRK)", shaped and filled by actor kind, with their folded members as
    /// tooltip. Edges are labelled with the PLOVER type, the event count when above one, the date or date
    /// range, and the modalities when not all asserted; coloured by QuadClass; dashed when the strongest
    /// modality is reported or hedged, dotted when future or hypothetical; negated relations read "not TYPE"
    /// and end in a bar; symmetric relations (CONSULT, AGREE) have no arrowheads (`dir=none`); pen width
    /// grows with the count.
    ///
    /// - Parameter graph: The nodes and relations.
    /// - Returns: DOT text ending in a newline.
    /// - Complexity: O(*n* + *r*) for *n* nodes and *r* relations.
    public func encode(_ graph: RelationGraph) -> String {
        var lines = ["digraph \(DOTText.quoted(relationsGraphName)) {"]
        var graphAttributes = [
            "charset": "UTF-8", "fontname": fontName, "rankdir": "LR", "overlap": "false", "splines": edgeRouting == .curved ? "true" : "false",
            "outputorder": "edgesfirst", "nodesep": "0.4", "ranksep": "1.0", "pad": "0.3",
        ]
        if let title {
            graphAttributes["label"] = title
            graphAttributes["labelloc"] = "t"
        }
        lines.append("  " + DOTText.defaults("graph", graphAttributes))
        lines.append("  " + DOTText.defaults("node", ["fontname": fontName, "fontsize": "12", "margin": "0.15,0.08"]))
        lines.append("  " + DOTText.defaults("edge", ["fontname": fontName, "fontsize": "9"]))
        for (id, node) in graph.nodes {
            var attributes = [
                "label": DOTStyle.label(node.actor), "shape": DOTStyle.shape(node.actor.kind),
                "style": DOTStyle.nodeStyle(node.actor.kind), "fillcolor": DOTStyle.fill(node.actor.kind),
            ]
            let tooltip = ([node.actor.name] + [node.actor.kind.rawValue, node.actor.sector, node.actor.role]
                .compactMap { $0 }).joined(separator: ", ")
            attributes["tooltip"] = node.members.isEmpty || node.members == [id]
                ? tooltip : tooltip + "\nincludes: " + node.members.map(\.rawValue).joined(separator: ", ")
            lines.append("  " + DOTText.quoted(id.rawValue) + DOTText.attributes(attributes) + ";")
        }
        for group in edgeGroups(graph.relations) {
            guard let first = group.first else { continue }
            let attributes = group.count == 1 ? edgeAttributes(first) : mergedEdgeAttributes(group)
            lines.append(
                "  \(DOTText.quoted(first.source.rawValue)) -> \(DOTText.quoted(first.target.rawValue))"
                    + DOTText.attributes(attributes) + ";")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The relations drawn as one edge each, or grouped by (source, target) when merging parallel edges.
    private func edgeGroups(_ relations: [Relation]) -> [[Relation]] {
        guard mergesParallelEdges else { return relations.map { [$0] } }
        var groups: [[Relation]] = []
        for relation in relations {  // sorted by source, then target: equal pairs are adjacent
            if let last = groups.last?.first, last.source == relation.source, last.target == relation.target {
                groups[groups.count - 1].append(relation)
            } else {
                groups.append([relation])
            }
        }
        return groups
    }

    /// The label lines of one relation: "TYPE ×n", dates, non-asserted modalities.
    private func labelLines(_ relation: Relation, compact: Bool = false) -> [String] {
        var label = [(relation.negated ? "not " : "") + relation.type.rawValue + (relation.count > 1 ? " ×\(relation.count)" : "")]
        if let dates = DOTStyle.dates(first: relation.firstDate, last: relation.lastDate) { label.append(dates) }
        let qualified = relation.modalities.entries.filter { $0.modality != .asserted && $0.modality != .negated }
        if !qualified.isEmpty {
            label.append(qualified.map { relation.count > 1 ? "\($0.modality.rawValue) \($0.count)" : $0.modality.rawValue }
                .joined(separator: ", "))
        }
        return compact ? [label.joined(separator: " ")] : label
    }

    private func edgeAttributes(_ relation: Relation) -> [String: String] {
        let modality = relation.modalities.strongest ?? .asserted
        var attributes = [
            "label": labelLines(relation).joined(separator: "\n"), "color": DOTStyle.color(relation.quadClass),
            "fontcolor": DOTStyle.color(relation.quadClass), "style": DOTStyle.lineStyle(modality),
            "penwidth": Self.penWidth(relation.count),
            "tooltip": "\(relation.id): \(relation.quadClass.label), \(Self.eventList(relation.events))",
        ]
        if relation.symmetric { attributes["dir"] = "none" }
        if relation.negated {
            attributes["arrowhead"] = "tee"
            if relation.symmetric {
                attributes["dir"] = "both"
                attributes["arrowtail"] = "tee"
            }
        }
        return attributes
    }

    /// One edge for several relations between the same nodes: one label line and one colour strand each,
    /// dashed when no relation is asserted or reported, undirected only when every relation is symmetric.
    private func mergedEdgeAttributes(_ relations: [Relation]) -> [String: String] {
        let strongest = relations.compactMap(\.modalities.strongest)
        let style: String = strongest.contains(.asserted) || strongest.contains(.reported) || strongest.contains(.negated)
            ? "solid" : DOTStyle.lineStyle(strongest.first ?? .asserted)
        var attributes = [
            "label": relations.map { labelLines($0, compact: true)[0] }.joined(separator: "\n"),
            "color": relations.map { DOTStyle.color($0.quadClass) }.joined(separator: ":"),
            "fontcolor": "#444444", "style": style,
            "penwidth": Self.penWidth(relations.reduce(0) { $0 + $1.count }),
            "tooltip": relations.map(\.id).joined(separator: "\n"),
        ]
        if relations.allSatisfy(\.symmetric) { attributes["dir"] = "none" }
        return attributes
    }

    /// Event ids for a tooltip: all of them up to 12, else the first 12 and how many more.
    static func eventList(_ events: [EventID]) -> String {
        let shown = events.prefix(12).map(\.rawValue).joined(separator: " ")
        return events.count > 12 ? shown + " … (\(events.count - 12) more)" : shown
    }

    /// 1.2 for one event, growing with the logarithm of the count up to 4.
    static func penWidth(_ count: Int) -> String {
        var width = 1.2
        var remaining = count
        while remaining > 1 && width < 4 {
            width += 0.6
            remaining /= 2
        }
        let tenths = Int((min(width, 4) * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
