import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ActorLexicon
import EventOntology
import GraphModel

/// yEd's view of a GraphML file: yEd draws labels, colours and shapes only from the yFiles graphics extension
/// (namespace `http://www.yworks.com/xml/graphml`), a `<key yfiles.type="nodegraphics">` whose `<data>` holds a
/// `y:ShapeNode`, and a `<key yfiles.type="edgegraphics">` whose `<data>` holds a `y:PolyLineEdge`. Cytoscape,
/// Gephi and networkx skip those keys (they have no `attr.name`) and read the plain data keys.
///
/// Styles follow the diagrams (``DOTStyle``): node fill and shape by actor kind (states rounded rectangles,
/// people ellipses, organisations hexagons, unknown actors dashed rectangles), edge colour by QuadClass
/// (Okabe–Ito), line type by modality (solid asserted, dashed reported or hedged, dotted future or
/// hypothetical), a standard arrow on directed events, none on symmetric ones and a bar (`t_shape`) on negated
/// ones. Nodes get a deterministic grid position so that the file opens readable before any yEd layout.
enum YFilesGraphics {
    /// The yFiles GraphML extension namespace.
    static let namespace = "http://www.yworks.com/xml/graphml"
    /// Key id of the node graphics.
    static let nodeKey = "n_graphics"
    /// Key id of the edge graphics.
    static let edgeKey = "e_graphics"

    /// Horizontal distance between grid columns, in yEd's units (points).
    private static let columnWidth = 240.0
    /// Vertical distance between grid rows.
    private static let rowHeight = 90.0

    /// The two `<key>` declarations, node then edge.
    static func keys() -> [XMLElement] {
        [
            XMLSupport.element("key", [("id", nodeKey), ("for", "node"), ("yfiles.type", "nodegraphics")]),
            XMLSupport.element("key", [("id", edgeKey), ("for", "edge"), ("yfiles.type", "edgegraphics")]),
        ]
    }

    /// The `<data>` drawing node `index` of `count` (for its place on the grid): a `y:ShapeNode`.
    static func node(_ actor: Actor, label: String, index: Int, count: Int) -> XMLElement {
        let columns = max(1, Int(Double(count).squareRoot().rounded(.up)))
        let width = min(220.0, max(80.0, Double(label.count) * 7.0 + 20.0))
        let shape = XMLSupport.element("y:ShapeNode")
        shape.addChild(XMLSupport.element("y:Geometry", [
            ("x", format(Double(index % columns) * columnWidth)), ("y", format(Double(index / columns) * rowHeight)),
            ("width", format(width)), ("height", "30.0"),
        ]))
        shape.addChild(XMLSupport.element("y:Fill", [("color", DOTStyle.fill(actor.kind).uppercased()), ("transparent", "false")]))
        shape.addChild(XMLSupport.element("y:BorderStyle", [
            ("color", "#333333"), ("type", actor.kind == .unknown ? "dashed" : "line"), ("width", "1.0"),
        ]))
        shape.addChild(XMLSupport.element("y:NodeLabel", [
            ("alignment", "center"), ("autoSizePolicy", "content"), ("fontFamily", "Dialog"), ("fontSize", "12"),
            ("modelName", "internal"), ("modelPosition", "c"), ("textColor", "#000000"), ("visible", "true"),
        ], text: label))
        shape.addChild(XMLSupport.element("y:Shape", [("type", shapeType(actor.kind))]))
        return data(nodeKey, shape)
    }

    /// The `<data>` drawing `event` as an edge: a `y:PolyLineEdge` labelled with its PLOVER type.
    static func edge(_ event: Event) -> XMLElement {
        let negated = event.modality == .negated
        let line = XMLSupport.element("y:PolyLineEdge")
        line.addChild(XMLSupport.element("y:LineStyle", [
            ("color", DOTStyle.color(event.quadClass)), ("type", lineType(event.modality)), ("width", "2.0"),
        ]))
        let head = negated ? "t_shape" : (event.symmetric ? "none" : "standard")
        line.addChild(XMLSupport.element("y:Arrows", [("source", "none"), ("target", head)]))
        line.addChild(XMLSupport.element("y:EdgeLabel", [
            ("alignment", "center"), ("fontFamily", "Dialog"), ("fontSize", "10"),
            ("textColor", DOTStyle.color(event.quadClass)), ("visible", "true"),
        ], text: (negated ? "not " : "") + event.type.rawValue))
        line.addChild(XMLSupport.element("y:BendStyle", [("smoothed", "true")]))
        return data(edgeKey, line)
    }

    /// yEd's shape for an actor kind, as in the diagrams.
    static func shapeType(_ kind: ActorKind) -> String {
        switch kind {
        case .state: "roundrectangle"
        case .person: "ellipse"
        case .organization: "hexagon"
        case .unknown: "rectangle"
        }
    }

    /// yEd's line type for a modality (see ``DOTStyle/lineStyle(_:)``).
    static func lineType(_ modality: Modality) -> String {
        switch DOTStyle.lineStyle(modality) {
        case "dashed": "dashed"
        case "dotted": "dotted"
        default: "line"
        }
    }

    private static func data(_ key: String, _ child: XMLElement) -> XMLElement {
        let element = XMLSupport.element("data", [("key", key)])
        element.addChild(child)
        return element
    }

    /// A coordinate as yEd writes them (`240.0`).
    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
