import GraphFixtures
import ActorLexicon
import EventOntology
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GraphExport
import GraphModel
import Testing

@Suite struct XMLEncoderTests {
    private func elements(_ document: XMLDocument, _ name: String) throws -> [XMLElement] {
        try document.nodes(forXPath: "//*[local-name()='\(name)']").compactMap { $0 as? XMLElement }
    }

    @Test func graphMLDeclaresTypedKeysAndHoldsEveryTargetedEvent() throws {
        let document = try XMLDocument(data: GraphMLEncoder(level: .actor).encode(SeedFixture.seedGraph))
        #expect(document.rootElement()?.name == "graphml")
        #expect(document.rootElement()?.uri == "http://graphml.graphdrawing.org/xmlns")
        let keys = try elements(document, "key")
        let types = Dictionary(uniqueKeysWithValues: keys.compactMap { key in
            key.value(of: "attr.name").map { ($0, key.value(of: "attr.type") ?? "") }
        })
        #expect(types["quadClass"] == "int" && types["goldstein"] == "double" && types["symmetric"] == "boolean")
        #expect(try elements(document, "node").count == 11)
        let edges = try elements(document, "edge")
        #expect(edges.count == 10)  // 12 events, 2 without a target
        // Event ids are not XML name tokens: the edge id is the token, the event id its eventId data.
        let summit = try #require(edges.first { $0.value(of: "id") == "korea-party-congress_23_e6" })
        // Symmetric in its data, not by `directed="false"` (networkx refuses undirected edges in a directed graph).
        #expect(summit.value(of: "directed") == nil)
        let symmetric = try summit.nodes(forXPath: "*[local-name()='data'][@key='e_symmetric']").first?.stringValue
        #expect(symmetric == "true")
        let eventID = try summit.nodes(forXPath: "*[local-name()='data'][@key='e_event']").first?.stringValue
        #expect(eventID == "korea-party-congress#e6")
        #expect(summit.value(of: "source") == "kim-jong-un")
    }

    @Test func graphMLAtCountryLevelFoldsEndpoints() throws {
        let document = try XMLDocument(data: GraphMLEncoder(level: .country).encode(SeedFixture.seedGraph))
        let edges = try elements(document, "edge")
        let summit = try #require(edges.first { $0.value(of: "id") == "korea-party-congress_23_e6" })
        #expect(summit.value(of: "source") == "PRK")
        #expect(summit.value(of: "target") == "CHN")
        let nodeIDs = try elements(document, "node").compactMap { $0.value(of: "id") }
        #expect(!nodeIDs.contains("kim-jong-un"))
        #expect(nodeIDs.contains("kcna") == false)
    }

    @Test func gexfIsVersion13WithTimeSpansOnDatedEdges() throws {
        let document = try XMLDocument(data: GEXFEncoder().encode(SeedFixture.seedGraph))
        let root = try #require(document.rootElement())
        #expect(root.uri == "http://gexf.net/1.3")
        #expect(root.value(of: "version") == "1.3")
        let graph = try #require(try elements(document, "graph").first)
        #expect(graph.value(of: "mode") == "dynamic")
        #expect(graph.value(of: "timeformat") == "date")
        let edges = try elements(document, "edge")
        let visit = try #require(edges.first { $0.value(of: "id") == "korea-party-congress#e5" })
        #expect(visit.value(of: "start") == "2025-01-01")
        #expect(visit.value(of: "end") == "2025-12-31")
        let hedged = try #require(edges.first { $0.value(of: "id") == "korea-party-congress#e4" })
        #expect(hedged.value(of: "start") == nil)
    }

    /// networkx (and the GEXF 1.3 rule for `defaultedgetype="directed"`) refuses undirected edges in a directed
    /// graph: every edge stays directed and symmetric events carry the declared `symmetric` attribute instead.
    @Test func gexfEdgesAreAllDirectedWithSymmetricEventsMarkedByAnAttribute() throws {
        let document = try XMLDocument(data: GEXFEncoder().encode(SeedFixture.seedGraph))
        let graph = try #require(try elements(document, "graph").first)
        #expect(graph.value(of: "defaultedgetype") == "directed")
        let edges = try elements(document, "edge")
        #expect(edges.count >= 10)
        #expect(edges.allSatisfy { $0.value(of: "type") == nil })  // never "undirected"
        let declared = try document.nodes(
            forXPath: "//*[local-name()='attributes'][@class='edge']/*[local-name()='attribute'][@id='symmetric']")
            .compactMap { $0 as? XMLElement }
        #expect(declared.map { $0.value(of: "type") } == ["boolean"])
        func value(_ edge: XMLElement, _ key: String) -> String? {
            (edge.children ?? []).compactMap { $0 as? XMLElement }.flatMap { ($0.children ?? []).compactMap { $0 as? XMLElement } }
                .first { $0.value(of: "for") == key }?.value(of: "value")
        }
        let visit = try #require(edges.first { $0.value(of: "id") == "korea-party-congress#e5" })
        #expect(value(visit, "type") == "CONSULT")
        #expect(value(visit, "symmetric") == "true")
        let hedged = try #require(edges.first { $0.value(of: "id") == "korea-party-congress#e4" })
        #expect(value(hedged, "symmetric") == "false")
        #expect(edges.allSatisfy { value($0, "symmetric") == (["CONSULT", "AGREE"].contains(value($0, "type")) ? "true" : "false") })
    }

    @Test func graphMLMatchesItsGoldenFile() throws {
        let data = GraphMLEncoder(level: .country).encode(SeedFixture.mergedGraphWithSources)
        try Golden.check(String(decoding: data, as: UTF8.self), named: "graph-country.graphml")
    }

    @Test func gexfMatchesItsGoldenFile() throws {
        let data = GEXFEncoder(level: .country).encode(SeedFixture.mergedGraphWithSources)
        try Golden.check(String(decoding: data, as: UTF8.self), named: "graph-country.gexf")
    }

    @Test func xmlOutputIsDeterministic() {
        #expect(GraphMLEncoder().encode(SeedFixture.mergedGraph) == GraphMLEncoder().encode(SeedFixture.mergedGraph))
        #expect(GEXFEncoder().encode(SeedFixture.mergedGraph) == GEXFEncoder().encode(SeedFixture.mergedGraph))
    }
}
