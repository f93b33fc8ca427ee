import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GraphExport
import GraphFixtures
import GraphModel
import Testing

/// What yEd draws from our GraphML: labels, fills, shapes, edge colours, line types and arrows in the yFiles
/// extension, next to the data keys the other tools read.
@Suite struct GraphMLYEdTests {
    static let yNamespace = "http://www.yworks.com/xml/graphml"

    private func document(_ level: AggregationLevel = .actor) throws -> XMLDocument {
        try XMLDocument(data: GraphMLEncoder(level: level).encode(SeedFixture.seedGraph))
    }

    private func node(_ id: String, in document: XMLDocument) throws -> XMLElement {
        try #require(try document.nodes(forXPath: "//*[local-name()='node'][@id='\(id)']").first as? XMLElement)
    }

    private func edge(_ id: String, in document: XMLDocument) throws -> XMLElement {
        try #require(try document.nodes(forXPath: "//*[local-name()='edge'][@id='\(id)']").first as? XMLElement)
    }

    private func child(_ name: String, of element: XMLElement) throws -> XMLElement {
        try #require(try element.nodes(forXPath: ".//*[local-name()='\(name)']").first as? XMLElement)
    }

    @Test func graphicsKeysAreDeclaredBesideTheDataKeys() throws {
        let keys = try document().nodes(forXPath: "//*[local-name()='key']").compactMap { $0 as? XMLElement }
        let graphics = keys.filter { $0.value(of: "yfiles.type") != nil }
        #expect(graphics.map { $0.value(of: "for") ?? "" } == ["node", "edge"])
        #expect(graphics.map { $0.value(of: "yfiles.type") ?? "" } == ["nodegraphics", "edgegraphics"])
        #expect(graphics.allSatisfy { $0.value(of: "attr.name") == nil })  // Cytoscape and networkx skip them
        #expect(keys.count - graphics.count == 28)  // the plain data keys stay: 9 for nodes, 19 for edges
    }

    @Test func aStateIsARoundedBoxLabelledWithNameAndCode() throws {
        let document = try document()
        let prk = try node("PRK", in: document)
        let shapeNode = try child("ShapeNode", of: prk)
        #expect(shapeNode.uri == Self.yNamespace)
        #expect(try child("NodeLabel", of: prk).stringValue == "North Korea (PRK)")
        #expect(try child("Fill", of: prk).value(of: "color") == "#DBE6F4")
        #expect(try child("Shape", of: prk).value(of: "type") == "roundrectangle")
        let kim = try node("kim-jong-un", in: document)
        #expect(try child("Shape", of: kim).value(of: "type") == "ellipse")
        #expect(try child("NodeLabel", of: kim).stringValue == "Kim Jong Un (PRK)")
    }

    @Test func nodesSitOnAGridSoTheFileOpensReadable() throws {
        let geometries = try document().nodes(forXPath: "//*[local-name()='Geometry']").compactMap { $0 as? XMLElement }
        #expect(geometries.count == 11)
        let places = Set(geometries.map { "\($0.value(of: "x") ?? ""),\($0.value(of: "y") ?? "")" })
        #expect(places.count == 11)  // no two nodes on top of each other
        #expect(places.contains("0.0,0.0") && places.contains("240.0,0.0") && places.contains("0.0,90.0"))
    }

    @Test func edgesAreColouredByQuadClassAndStyledByModality() throws {
        let document = try document()
        // e2: PRK → RUS COOPERATE, asserted: solid, with an arrowhead
        let asserted = try edge("korea-party-congress_23_e2", in: document)
        #expect(try child("LineStyle", of: asserted).value(of: "type") == "line")
        #expect(try child("Arrows", of: asserted).value(of: "target") == "standard")
        #expect(try child("EdgeLabel", of: asserted).stringValue == "COOPERATE")
        // e3: PRK → RUS AID, reported: material cooperation blue, dashed
        let reported = try edge("korea-party-congress_23_e3", in: document)
        #expect(try child("LineStyle", of: reported).value(of: "color") == "#0072B2")
        #expect(try child("LineStyle", of: reported).value(of: "type") == "dashed")
        // e10: PRK → KOR ACCUSE: verbal conflict orange
        let accuse = try edge("korea-party-congress_23_e10", in: document)
        #expect(try child("LineStyle", of: accuse).value(of: "color") == "#E69F00")
        // e6: the Kim–Xi summit, CONSULT, symmetric: no arrowhead
        let summit = try edge("korea-party-congress_23_e6", in: document)
        #expect(try child("Arrows", of: summit).value(of: "target") == "none")
        // e12: negated CONSULT: a bar at the end and "not" in the label
        let negated = try edge("korea-party-congress_23_e12", in: document)
        #expect(try child("Arrows", of: negated).value(of: "target") == "t_shape")
        #expect(try child("EdgeLabel", of: negated).stringValue == "not CONSULT")
    }

    @Test func thePlainExportHasNoYFilesContent() throws {
        let text = String(decoding: GraphMLEncoder(yEdGraphics: false).encode(SeedFixture.seedGraph), as: UTF8.self)
        #expect(!text.contains("yworks") && !text.contains("yfiles.type") && !text.contains("<y:"))
        #expect(text.contains("<data key=\"n_name\">North Korea</data>"))
    }

    @Test func tokensAreNameTokensAndKeepIdsApart() {
        #expect(GraphMLEncoder.token("PRK") == "PRK")
        #expect(GraphMLEncoder.token("kim-jong-un") == "kim-jong-un")
        #expect(GraphMLEncoder.token("doc#e3") == "doc_23_e3")
        #expect(GraphMLEncoder.token("a_b") == "a_5F_b")
        #expect(GraphMLEncoder.token("a b") != GraphMLEncoder.token("a_b"))
        #expect(GraphMLEncoder.token("Zürich") == "Z_FC_rich")
    }
}
