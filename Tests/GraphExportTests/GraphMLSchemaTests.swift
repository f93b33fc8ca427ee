import Foundation
import GraphExport
import GraphFixtures
import GraphModel
import Testing

/// GraphML checked by libxml2 against the published GraphML 1.0 schema (`Schemas/graphml.xsd`, as Debian's
/// libjgrapht-java ships it): the plain export strictly; the yEd export against `graphml-yfiles-lax.xsd`, the
/// same schema with yEd's two extension points (a `yfiles.type` on keys, yFiles elements inside `<data>`,
/// checked laxly because the yFiles schema cannot be bundled).
@Suite(.enabled(if: XMLSchemaValidator.isAvailable, "needs xmllint (Debian libxml2-utils)"))
struct GraphMLSchemaTests {
    static let graphs: [(String, EventGraph)] = [
        ("seed", SeedFixture.seedGraph), ("merged", SeedFixture.mergedGraph), ("hostile", HostileNameTests.graph),
    ]

    @Test(arguments: [AggregationLevel.actor, .country])
    func thePlainExportIsValidGraphML(level: AggregationLevel) throws {
        for (name, graph) in Self.graphs {
            let data = GraphMLEncoder(level: level, yEdGraphics: false).encode(graph)
            let errors = try XMLSchemaValidator.errors(in: data, schema: "graphml.xsd")
            #expect(errors == nil, "\(name) at \(level.rawValue) level: \(errors ?? "")")
        }
    }

    @Test(arguments: [AggregationLevel.actor, .country])
    func theYEdExportIsValidGraphMLWithTheYFilesExtension(level: AggregationLevel) throws {
        for (name, graph) in Self.graphs {
            let data = GraphMLEncoder(level: level).encode(graph)
            let errors = try XMLSchemaValidator.errors(in: data, schema: "graphml-yfiles-lax.xsd")
            #expect(errors == nil, "\(name) at \(level.rawValue) level: \(errors ?? "")")
        }
    }

    /// The validator is not vacuous: plain GraphML refuses yEd's elements, and the extended schema still
    /// refuses an edge to a node that does not exist and an unknown `yfiles.type`.
    @Test func theSchemasRejectWhatTheyShould() throws {
        let yEd = GraphMLEncoder().encode(SeedFixture.seedGraph)
        let strict = try #require(try XMLSchemaValidator.errors(in: yEd, schema: "graphml.xsd"))
        #expect(strict.contains("PolyLineEdge") || strict.contains("ShapeNode"))
        let text = String(decoding: yEd, as: UTF8.self)
        let dangling = text.replacingOccurrences(of: "target=\"CHN\"", with: "target=\"NOWHERE\"")
        #expect(dangling != text)
        let keyref = try #require(try XMLSchemaValidator.errors(in: Data(dangling.utf8), schema: "graphml-yfiles-lax.xsd"))
        #expect(keyref.contains("NOWHERE"))
        let bogus = text.replacingOccurrences(of: "yfiles.type=\"edgegraphics\"", with: "yfiles.type=\"bogus\"")
        #expect(try XMLSchemaValidator.errors(in: Data(bogus.utf8), schema: "graphml-yfiles-lax.xsd") != nil)
    }

    /// Event ids (`DOC#e3`) are not XML name tokens; the ids written are.
    @Test func edgeIdsThatWereNotNameTokensNowValidate() throws {
        let data = GraphMLEncoder(yEdGraphics: false).encode(SeedFixture.seedGraph)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<edge id=\"korea-party-congress_23_e6\""))
        #expect(text.contains("<data key=\"e_event\">korea-party-congress#e6</data>"))
        #expect(try XMLSchemaValidator.errors(in: data, schema: "graphml.xsd") == nil)
    }
}
