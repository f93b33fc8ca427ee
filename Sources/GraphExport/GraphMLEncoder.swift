import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ActorLexicon
import EventOntology
import GraphModel

/// Encodes a graph as GraphML (graphml.graphdrawing.org): nodes are actors at a level, edges are events.
///
/// Every attribute is declared by a typed `<key>` (`string`, `int`, `double`, `boolean`), node keys prefixed
/// `n_`, edge keys `e_`. Events are edges in their own right (parallel edges allowed); symmetric events
/// (CONSULT, AGREE) say so in their `symmetric` data (and yEd draws them without arrowhead) but carry no
/// `directed="false"`: networkx refuses an undirected edge in a directed graph. Events without a target are not edges and are left out. Node and
/// edge ids are XML name tokens as GraphML requires (see ``token(_:)``: `PRK`, `korea-party-congress_23_e3`);
/// the actor and event ids as written elsewhere are the `actorId` and `eventId` data.
/// With ``yEdGraphics`` (the default) nodes and edges also carry the yFiles graphics extension that yEd draws
/// (a `y:ShapeNode` with label, fill and shape; a `y:PolyLineEdge` with the type as label, the QuadClass colour
/// and the modality's line type; see `GraphMLEncoder+yFiles.swift`): two `<key>`s with `yfiles.type` and no
/// `attr.name`, which Cytoscape, Gephi and networkx skip. Without it the file is plain GraphML that validates
/// against the GraphML 1.0 schema as published.
/// Escaping is Foundation's `XMLElement`'s; output is deterministic.
public struct GraphMLEncoder: Sendable {
    /// The level at which actors become nodes.
    public var level: AggregationLevel
    /// Whether to add yEd's graphics (labels, colours, shapes, line styles) beside the data keys.
    public var yEdGraphics: Bool

    /// Creates an encoder.
    public init(level: AggregationLevel = .actor, yEdGraphics: Bool = true) {
        self.level = level
        self.yEdGraphics = yEdGraphics
    }

    private static let nodeKeys: [(id: String, name: String, type: String)] = [
        ("n_actor", "actorId", "string"), ("n_name", "name", "string"), ("n_label", "label", "string"), ("n_kind", "kind", "string"),
        ("n_country", "country", "string"), ("n_sector", "sector", "string"), ("n_role", "role", "string"),
        ("n_members", "members", "string"), ("n_events", "events", "int"),
    ]
    private static let edgeKeys: [(id: String, name: String, type: String)] = [
        ("e_event", "eventId", "string"), ("e_type", "type", "string"), ("e_quadClass", "quadClass", "int"), ("e_cameo", "cameo", "string"),
        ("e_goldstein", "goldstein", "double"), ("e_mode", "mode", "string"), ("e_modality", "modality", "string"),
        ("e_date", "date", "string"), ("e_dateFirst", "dateFirst", "string"), ("e_dateLast", "dateLast", "string"),
        ("e_symmetric", "symmetric", "boolean"), ("e_source", "sourceActor", "string"),
        ("e_target", "targetActor", "string"), ("e_attribution", "attribution", "string"),
        ("e_trigger", "trigger", "string"), ("e_document", "document", "string"),
        ("e_evidenceStart", "evidenceStart", "int"), ("e_evidenceEnd", "evidenceEnd", "int"),
        ("e_evidence", "evidence", "string"),
    ]

    /// The GraphML document for `graph`.
    ///
    /// - Parameter graph: The graph.
    /// - Returns: UTF-8 XML.
    /// - Complexity: O(*a* + *e*) for *a* actors and *e* events.
    public func encode(_ graph: EventGraph) -> Data {
        let root = XMLSupport.element("graphml", [("xmlns", "http://graphml.graphdrawing.org/xmlns")]
            + (yEdGraphics ? [("xmlns:y", YFilesGraphics.namespace)] : [])
            + [
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                ("xsi:schemaLocation",
                 "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"),
            ])
        for key in Self.nodeKeys {
            root.addChild(XMLSupport.element("key", [("id", key.id), ("for", "node"), ("attr.name", key.name), ("attr.type", key.type)]))
        }
        for key in Self.edgeKeys {
            root.addChild(XMLSupport.element("key", [("id", key.id), ("for", "edge"), ("attr.name", key.name), ("attr.type", key.type)]))
        }
        if yEdGraphics { YFilesGraphics.keys().forEach(root.addChild) }
        let graphElement = XMLSupport.element("graph", [("id", "events-\(level.rawValue)"), ("edgedefault", "directed")])
        let relations = graph.relationGraph(level: level, includeIsolated: true)
        for (index, (id, node)) in relations.nodes.enumerated() {
            let element = XMLSupport.element("node", [("id", Self.token(id.rawValue))])
            let values: [(String, String?)] = [
                ("n_actor", id.rawValue), ("n_name", node.actor.name), ("n_label", DOTStyle.label(node.actor)), ("n_kind", node.actor.kind.rawValue),
                ("n_country", node.actor.country), ("n_sector", node.actor.sector), ("n_role", node.actor.role),
                ("n_members", node.members.isEmpty ? nil : node.members.map(\.rawValue).joined(separator: " ")),
                ("n_events", String(node.eventCount)),
            ]
            Self.addData(values, to: element)
            if yEdGraphics {
                element.addChild(YFilesGraphics.node(
                    node.actor, label: DOTStyle.label(node.actor), index: index, count: relations.nodes.count))
            }
            graphElement.addChild(element)
        }
        for event in graph.events.values {
            guard let target = graph.targetNode(of: event, at: level) else { continue }
            let attributes = [
                ("id", Self.token(event.id.rawValue)),
                ("source", Self.token(graph.sourceNode(of: event, at: level).rawValue)), ("target", Self.token(target.rawValue)),
            ]
            let element = XMLSupport.element("edge", attributes)
            let interval = event.date?.interval
            let values: [(String, String?)] = [
                ("e_event", event.id.rawValue), ("e_type", event.type.rawValue), ("e_quadClass", String(event.quadClass.rawValue)),
                ("e_cameo", event.cameo), ("e_goldstein", String(event.goldstein)), ("e_mode", event.mode),
                ("e_modality", event.modality.rawValue), ("e_date", event.date?.value ?? event.date?.rangeBegin),
                ("e_dateFirst", interval?.first.description), ("e_dateLast", interval?.last.description),
                ("e_symmetric", event.symmetric ? "true" : "false"), ("e_source", event.source.rawValue),
                ("e_target", event.target?.rawValue), ("e_attribution", event.attribution?.rawValue),
                ("e_trigger", event.trigger), ("e_document", event.evidence.document.rawValue),
                ("e_evidenceStart", String(event.evidence.start)), ("e_evidenceEnd", String(event.evidence.end)),
                ("e_evidence", event.evidence.text),
            ]
            Self.addData(values, to: element)
            if yEdGraphics { element.addChild(YFilesGraphics.edge(event)) }
            graphElement.addChild(element)
        }
        root.addChild(graphElement)
        return XMLSupport.data(root: root)
    }

    /// `id` as an XML name token (`xs:NMTOKEN`, the type GraphML gives node and edge ids): ASCII letters,
    /// digits, `.`, `-` and `:` stay, every other character becomes `_HEX_` (its Unicode scalar in hexadecimal),
    /// so `korea-party-congress#e3` is `korea-party-congress_23_e3`. Distinct ids stay distinct (`_` itself is
    /// escaped); the original id is kept in the `actorId` / `eventId` data.
    public static func token(_ id: String) -> String {
        var result = ""
        for scalar in id.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-:".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "_" + String(scalar.value, radix: 16, uppercase: true) + "_"
            }
        }
        return result
    }

    private static func addData(_ values: [(String, String?)], to element: XMLElement) {
        for (key, value) in values {
            guard let value else { continue }
            element.addChild(XMLSupport.element("data", [("key", key)], text: value))
        }
    }
}
