import ActorLexicon
import EventOntology
import GraphModel

/// Encodes Storygraph's two diagrams as Graphviz DOT: the relations diagram (``encode(_:provenance:)-(RelationGraph,_)``)
/// and the timeline (``encode(_:provenance:)-(TimelineChart,_)``).
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
    /// Whether all relations between the same two nodes (in the same direction) share one edge, its label
    /// listing each relation and its colour made of one strand per relation. Parallel straight edges would be
    /// drawn on top of each other, so use this with ``EdgeRouting/straight``.
    public var mergesParallelEdges: Bool
    /// Whether all relations between two nodes, in either direction, share one edge labelled with a tally of
    /// their types (`--collapse`).
    public var collapsesDyads: Bool
    /// Whether the diagrams carry their legend (colours, line styles, widths) in the image.
    public var showsLegend: Bool
    /// Graphviz `size`: the largest drawing in inches, scaled down to fit (26 in is 2,496 px at 96 dpi).
    public var pageSize: String

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
        mergesParallelEdges: Bool = false, collapsesDyads: Bool = false,
        showsLegend: Bool = true, pageSize: String = "26,26"
    ) {
        self.collapsesDyads = collapsesDyads
        self.showsLegend = showsLegend
        self.pageSize = pageSize
        self.fontName = fontName
        self.relationsGraphName = relationsGraphName
        self.timelineGraphName = timelineGraphName
        self.title = title
        self.edgeRouting = edgeRouting
        self.mergesParallelEdges = mergesParallelEdges
    }

    /// The relations diagram: one node per actor (at the graph's level), one edge per relation, and a legend.
    ///
    /// Nodes are labelled "North Korea (PRK)", shaped and filled by actor kind; their tooltip names the actor,
    /// the members folded into it and its events. Edges are labelled with the PLOVER type, the event count when
    /// above one, the dates as people write them ("Sep 2025", "2019 – Jan 2025"), the number of articles and
    /// the modalities when not all asserted; coloured by QuadClass (Okabe–Ito palette); dashed when the
    /// strongest modality is reported or hedged, dotted when future or hypothetical; negated relations read
    /// "not TYPE" and end in a bar; symmetric relations (CONSULT, AGREE) have no arrowheads (`dir=none`); pen
    /// width grows with the number of articles. Relations whose two ends are one node (domestic events at
    /// country level) are loops. With `provenance`, each edge's tooltip lists its events (date, type,
    /// modality, article title, evidence) and the edge links to the first article with an address.
    ///
    /// - Parameters:
    ///   - graph: The nodes and relations.
    ///   - provenance: The events' articles and evidence, for labels, tooltips and links.
    /// - Returns: DOT text ending in a newline.
    /// - Complexity: O(*n* + *r*) for *n* nodes and *r* relations.
    public func encode(_ graph: RelationGraph, provenance: DiagramProvenance? = nil) -> String {
        var lines = ["digraph \(DOTText.id(relationsGraphName)) {"]
        let nodeCount = graph.nodes.count
        let nodeFont = nodeCount <= 12 ? "14" : nodeCount <= 30 ? "12" : "11"
        let edgeFont = nodeCount <= 12 ? "11" : "10"
        let graphAttributes = [
            "charset": "UTF-8", "fontname": fontName, "rankdir": "LR", "overlap": "false",
            "splines": edgeRouting == .curved ? "true" : "false", "outputorder": "edgesfirst", "nodesep": "0.4",
            "ranksep": "1.0", "pad": "0.3", "size": pageSize,
        ]
        lines.append("  " + DOTText.defaults("graph", graphAttributes))
        if showsLegend { lines.append("  graph [label=\(DOTLegend.relations(title: title)), labelloc=\"t\", labeljust=\"l\", fontsize=\"10\"];") }
        lines.append("  " + DOTText.defaults("node", ["fontname": fontName, "fontsize": nodeFont, "margin": "0.15,0.08"]))
        lines.append("  " + DOTText.defaults("edge", ["fontname": fontName, "fontsize": edgeFont]))
        let allRelations = (graph.relations + graph.selfRelations).sorted()
        for (id, node) in graph.nodes {
            lines.append("  " + DOTText.id(id.rawValue) + DOTText.attributes(nodeAttributes(id, node, allRelations, provenance)) + ";")
        }
        for group in edgeGroups(allRelations) {
            guard let first = group.first else { continue }
            var attributes = group.count == 1 ? edgeAttributes(first, provenance) : mergedEdgeAttributes(group, provenance)
            let events = group.flatMap(\.events)
            if let url = DOTText.url(provenance?.url(of: events)) {
                attributes["URL"] = url
                // A linked edge's label is a link too; without its own tooltip Graphviz shows the raw label.
                attributes["labeltooltip"] = attributes["tooltip"]
            }
            lines.append(
                "  \(DOTText.id(first.source.rawValue)) -> \(DOTText.id(first.target.rawValue))"
                    + DOTText.attributes(attributes) + ";")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private func nodeAttributes(_ id: ActorID, _ node: RelationGraph.Node, _ relations: [Relation], _ provenance: DiagramProvenance?)
        -> [String: String]
    {
        var attributes = [
            "label": DOTStyle.label(node.actor), "shape": DOTStyle.shape(node.actor.kind),
            "style": DOTStyle.nodeStyle(node.actor.kind), "fillcolor": DOTStyle.fill(node.actor.kind),
        ]
        var tooltip = [([node.actor.name] + [node.actor.kind.rawValue, node.actor.sector, node.actor.role]
            .compactMap { $0 }).joined(separator: ", ")]
        if !(node.members.isEmpty || node.members == [id]) {
            tooltip.append("includes: " + node.members.map(\.rawValue).joined(separator: ", "))
        }
        if let provenance {
            let events = relations.filter { $0.source == id || $0.target == id }.flatMap(\.events)
            let articles = provenance.articles(of: events).count
            tooltip.append("\(events.count) event\(events.count == 1 ? "" : "s") in \(articles) article\(articles == 1 ? "" : "s"):")
            tooltip += provenance.eventLines(events)
        }
        attributes["tooltip"] = tooltip.joined(separator: "\n")
        return attributes
    }

    /// The relations drawn as one edge each, or grouped by (source, target) when merging parallel edges, or
    /// by unordered pair of nodes when collapsing dyads.
    /// A node's loops (domestic relations) always share one edge labelled with a tally of types.
    private func edgeGroups(_ relations: [Relation]) -> [[Relation]] {
        var groups: [[Relation]] = []
        var index: [String: Int] = [:]
        for relation in relations {
            guard mergesParallelEdges || collapsesDyads || relation.source == relation.target else {
                groups.append([relation])
                continue
            }
            let pair = collapsesDyads ? [relation.source, relation.target].sorted() : [relation.source, relation.target]
            let key = pair.map(\.rawValue).joined(separator: "\u{0}")
            if let position = index[key] {
                groups[position].append(relation)
            } else {
                index[key] = groups.count
                groups.append([relation])
            }
        }
        return groups
    }

    /// "TYPE ×n" (or "not TYPE ×n").
    private func typeLine(_ relation: Relation) -> String {
        (relation.negated ? "not " : "") + relation.type.rawValue + (relation.count > 1 ? " ×\(relation.count)" : "")
    }

    /// One line per type (and polarity) with the events of both directions summed: "COOPERATE ×2".
    static func typeTally(_ relations: [Relation]) -> [String] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for relation in relations {
            let name = (relation.negated ? "not " : "") + relation.type.rawValue
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += relation.count
        }
        return order.map { name in (counts[name] ?? 0) > 1 ? "\(name) ×\(counts[name] ?? 0)" : name }
    }

    /// "3 articles", or `nil` without provenance.
    private func articleLine(_ events: [EventID], _ provenance: DiagramProvenance?) -> String? {
        guard let count = provenance?.articles(of: events).count, count > 0 else { return nil }
        return "\(count) article\(count == 1 ? "" : "s")"
    }

    /// The label lines of one relation: "TYPE ×n", dates, articles, non-asserted modalities.
    private func labelLines(_ relation: Relation, _ provenance: DiagramProvenance?) -> [String] {
        var label = [typeLine(relation)]
        if let dates = HumanDate.range(first: relation.firstDate, last: relation.lastDate) { label.append(dates) }
        if let articles = articleLine(relation.events, provenance) { label.append(articles) }
        let qualified = relation.modalities.entries.filter { $0.modality != .asserted && $0.modality != .negated }
        if !qualified.isEmpty {
            label.append(qualified.map { relation.count > 1 ? "\($0.modality.rawValue) \($0.count)" : $0.modality.rawValue }
                .joined(separator: ", "))
        }
        return label
    }

    /// One relation on one line: "AID ×2 Sep 2025 reported 1".
    private func compactLine(_ relation: Relation) -> String {
        var line = labelLines(relation, nil)
        line[0] = typeLine(relation)
        return line.joined(separator: " ")
    }

    /// Pen width from the number of articles (events without provenance).
    private func width(_ events: [EventID], _ provenance: DiagramProvenance?) -> String {
        Self.penWidth(provenance.map { $0.articles(of: events).count } ?? events.count)
    }

    /// A tooltip: a heading, then the events' lines (or ids without provenance).
    private func tooltip(_ heading: String, _ events: [EventID], _ provenance: DiagramProvenance?) -> String {
        guard let provenance else { return heading + ", " + Self.eventList(events) }
        return ([heading] + provenance.eventLines(events)).joined(separator: "\n")
    }

    private func edgeAttributes(_ relation: Relation, _ provenance: DiagramProvenance?) -> [String: String] {
        let modality = relation.modalities.strongest ?? .asserted
        var attributes = [
            "label": labelLines(relation, provenance).joined(separator: "\n"), "color": DOTStyle.color(relation.quadClass),
            "fontcolor": DOTStyle.color(relation.quadClass), "style": DOTStyle.lineStyle(modality),
            "penwidth": width(relation.events, provenance),
            "tooltip": tooltip("\(relation.id): \(relation.quadClass.label)", relation.events, provenance),
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

    /// One edge for several relations between the same nodes: one label line per relation (a tally of types),
    /// the dates and articles of all; dashed when no relation is asserted or reported. Merged parallel edges
    /// have one colour strand per relation; a collapsed dyad takes the colour of the QuadClass with most
    /// events and points both ways when its relations do.
    private func mergedEdgeAttributes(_ relations: [Relation], _ provenance: DiagramProvenance?) -> [String: String] {
        let strongest = relations.compactMap(\.modalities.strongest)
        let style: String = strongest.contains(.asserted) || strongest.contains(.reported) || strongest.contains(.negated)
            ? "solid" : DOTStyle.lineStyle(strongest.first ?? .asserted)
        let events = relations.flatMap(\.events)
        let tally = collapsesDyads || relations.allSatisfy { $0.source == $0.target }
        var label = tally ? Self.typeTally(relations) : relations.map { compactLine($0) }
        if tally {
            let dates = relations.flatMap { [$0.firstDate, $0.lastDate].compactMap { $0 } }
                .compactMap { value in TimexInterval(timex: value).map { (value, $0) } }
            let first = dates.min { ($0.1.first, $0.0) < ($1.1.first, $1.0) }?.0
            let last = dates.max { ($0.1.last, $0.0) < ($1.1.last, $1.0) }?.0
            if let range = HumanDate.range(first: first, last: last) { label.append(range) }
        }
        if let articles = articleLine(events, provenance) { label.append(articles) }
        var attributes = [
            "label": label.joined(separator: "\n"), "style": style, "penwidth": width(events, provenance),
            "tooltip": tooltip(relations.map(\.id).joined(separator: ", "), events, provenance),
        ]
        if tally {
            var byClass: [QuadClass: Int] = [:]
            for relation in relations { byClass[relation.quadClass, default: 0] += relation.count }
            let dominant = byClass.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }.first?.key ?? .verbalCooperation
            attributes["color"] = DOTStyle.color(dominant)
            attributes["fontcolor"] = DOTStyle.color(dominant)
            let directed = relations.filter { !$0.symmetric }
            let forward = directed.contains { $0.source == relations[0].source && $0.source != $0.target }
            let backward = directed.contains { $0.source != relations[0].source }
            attributes["dir"] = directed.isEmpty ? "none" : forward && backward ? "both" : "forward"
            if backward && !forward { attributes["dir"] = "back" }
        } else {
            attributes["color"] = relations.map { DOTStyle.color($0.quadClass) }.joined(separator: ":")
            attributes["fontcolor"] = "#444444"
            if relations.allSatisfy(\.symmetric) { attributes["dir"] = "none" }
        }
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
