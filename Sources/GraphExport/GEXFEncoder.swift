import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ActorLexicon
import EventOntology
import GraphModel

/// Encodes a graph as GEXF 1.3 (gexf.net, read by Gephi): nodes are actors at a level, edges are events, and
/// dated events carry their time span.
///
/// The graph is dynamic with `timeformat="date"`: an edge whose event has a calendar date gets `start` and
/// `end`, the first and last ISO 8601 day its TIMEX3 value covers (`2025` → 2025-01-01 … 2025-12-31), so
/// Gephi's timeline can replay the relations; undated events are always present. Nodes carry `<spells>`, the
/// days of their dated events (`timerepresentation="interval"`), unless one of their events is undated: those
/// nodes are always present. Every edge is directed (the
/// graph's `defaultedgetype`, which readers such as networkx enforce: a mixed graph is refused), as in GraphML:
/// symmetric events (CONSULT, AGREE) say so in their boolean `symmetric` attribute. Events without a target are left out. Attributes are declared with types; escaping
/// is Foundation's `XMLElement`'s (text as ``XMLSupport/clean(_:)`` leaves it: C1 controls are U+FFFD, as in
/// GraphML and the DOT; ids as ``XMLSupport/id(_:)`` writes them, so that ids differing only in a control
/// character stay two); the output never contains the current date, so it is deterministic.
public struct GEXFEncoder: Sendable {
    /// The level at which actors become nodes.
    public var level: AggregationLevel

    /// Creates an encoder.
    public init(level: AggregationLevel = .actor) { self.level = level }

    private static let nodeAttributes: [(id: String, type: String)] = [
        ("kind", "string"), ("country", "string"), ("sector", "string"), ("role", "string"), ("members", "string"),
    ]
    private static let edgeAttributes: [(id: String, type: String)] = [
        ("type", "string"), ("quadClass", "integer"), ("cameo", "string"), ("goldstein", "double"),
        ("mode", "string"), ("modality", "string"), ("date", "string"), ("attribution", "string"),
        ("trigger", "string"), ("document", "string"), ("evidence", "string"), ("symmetric", "boolean"),
    ]

    /// The GEXF document for `graph`.
    ///
    /// - Parameter graph: The graph.
    /// - Returns: UTF-8 XML.
    /// - Complexity: O(*a* + *e*) for *a* actors and *e* events.
    public func encode(_ graph: EventGraph) -> Data {
        let root = XMLSupport.element("gexf", [("xmlns", "http://gexf.net/1.3"), ("version", "1.3")])
        let meta = XMLSupport.element("meta")
        meta.addChild(XMLSupport.element("creator", text: "Storygraph"))
        meta.addChild(XMLSupport.element("description", text: "Actors (\(level.rawValue) level) and the events between them"))
        root.addChild(meta)
        let graphElement = XMLSupport.element(
            "graph", [("mode", "dynamic"), ("defaultedgetype", "directed"), ("timeformat", "date"), ("timerepresentation", "interval")])
        graphElement.addChild(Self.declarations("node", Self.nodeAttributes))
        graphElement.addChild(Self.declarations("edge", Self.edgeAttributes))

        var spells: [ActorID: Set<TimexInterval>] = [:]
        var alwaysPresent: Set<ActorID> = []
        for event in graph.events.values {
            let ends = [graph.sourceNode(of: event, at: level)] + [graph.targetNode(of: event, at: level)].compactMap { $0 }
            guard let interval = event.date?.interval else {
                alwaysPresent.formUnion(ends)
                continue
            }
            for end in ends { spells[end, default: []].insert(interval) }
        }
        let nodes = XMLSupport.element("nodes")
        for (id, node) in graph.relationGraph(level: level, includeIsolated: true).nodes {
            let element = XMLSupport.element("node", [("id", XMLSupport.id(id.rawValue)), ("label", DOTStyle.label(node.actor))])
            if let intervals = spells[id], !intervals.isEmpty, !alwaysPresent.contains(id) {
                let list = XMLSupport.element("spells")
                for interval in intervals.sorted() {
                    list.addChild(XMLSupport.element("spell", [("start", interval.first.description), ("end", interval.last.description)]))
                }
                element.addChild(list)
            }
            element.addChild(Self.values([
                ("kind", node.actor.kind.rawValue), ("country", node.actor.country), ("sector", node.actor.sector),
                ("role", node.actor.role),
                ("members", node.members.isEmpty ? nil : node.members.map(\.rawValue).joined(separator: " ")),
            ]))
            nodes.addChild(element)
        }
        graphElement.addChild(nodes)

        let edges = XMLSupport.element("edges")
        for event in graph.events.values {
            guard let target = graph.targetNode(of: event, at: level) else { continue }
            var attributes = [
                ("id", XMLSupport.id(event.id.rawValue)), ("source", XMLSupport.id(graph.sourceNode(of: event, at: level).rawValue)),
                ("target", XMLSupport.id(target.rawValue)), ("label", event.type.rawValue),
            ]
            if let interval = event.date?.interval {
                attributes += [("start", interval.first.description), ("end", interval.last.description)]
            }
            let element = XMLSupport.element("edge", attributes)
            element.addChild(Self.values([
                ("type", event.type.rawValue), ("quadClass", String(event.quadClass.rawValue)), ("cameo", event.cameo),
                ("goldstein", String(event.goldstein)), ("mode", event.mode), ("modality", event.modality.rawValue),
                ("date", event.date?.value ?? event.date?.rangeBegin), ("attribution", event.attribution?.rawValue),
                ("trigger", event.trigger), ("document", event.evidence.document.rawValue),
                ("evidence", event.evidence.text), ("symmetric", event.symmetric ? "true" : "false"),
            ]))
            edges.addChild(element)
        }
        graphElement.addChild(edges)
        root.addChild(graphElement)
        return XMLSupport.data(root: root)
    }

    private static func declarations(_ kind: String, _ attributes: [(id: String, type: String)]) -> XMLElement {
        let element = XMLSupport.element("attributes", [("class", kind), ("mode", "static")])
        for attribute in attributes {
            element.addChild(XMLSupport.element("attribute", [("id", attribute.id), ("title", attribute.id), ("type", attribute.type)]))
        }
        return element
    }

    private static func values(_ values: [(String, String?)]) -> XMLElement {
        let element = XMLSupport.element("attvalues")
        for (key, value) in values {
            guard let value else { continue }
            element.addChild(XMLSupport.element("attvalue", [("for", key), ("value", value)]))
        }
        return element
    }
}
