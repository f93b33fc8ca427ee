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

    /// Creates an encoder.
    public init(
        fontName: String = "Liberation Sans", relationsGraphName: String = "relations",
        timelineGraphName: String = "timeline", title: String? = nil
    ) {
        self.fontName = fontName
        self.relationsGraphName = relationsGraphName
        self.timelineGraphName = timelineGraphName
        self.title = title
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
            "charset": "UTF-8", "fontname": fontName, "rankdir": "LR", "overlap": "false", "splines": "true",
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
        for relation in graph.relations {
            lines.append(
                "  \(DOTText.quoted(relation.source.rawValue)) -> \(DOTText.quoted(relation.target.rawValue))"
                    + DOTText.attributes(edgeAttributes(relation)) + ";")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private func edgeAttributes(_ relation: Relation) -> [String: String] {
        let modality = relation.modalities.strongest ?? .asserted
        var label = [(relation.negated ? "not " : "") + relation.type.rawValue + (relation.count > 1 ? " ×\(relation.count)" : "")]
        if let dates = DOTStyle.dates(first: relation.firstDate, last: relation.lastDate) { label.append(dates) }
        let qualified = relation.modalities.entries.filter { $0.modality != .asserted && $0.modality != .negated }
        if !qualified.isEmpty {
            label.append(qualified.map { relation.count > 1 ? "\($0.modality.rawValue) \($0.count)" : $0.modality.rawValue }
                .joined(separator: ", "))
        }
        var attributes = [
            "label": label.joined(separator: "\n"), "color": DOTStyle.color(relation.quadClass),
            "fontcolor": DOTStyle.color(relation.quadClass), "style": DOTStyle.lineStyle(modality),
            "penwidth": Self.penWidth(relation.count),
            "tooltip": "\(relation.id): \(relation.quadClass.label), \(relation.events.map(\.rawValue).joined(separator: " "))",
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
