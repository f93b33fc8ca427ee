import GraphFixtures
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GraphExport
import GraphModel
import Testing

@Suite struct GEXFSpellTests {
    @Test func nodesCarryTheSpellsOfTheirDatedEventsForGephisTimeline() throws {
        let document = try XMLDocument(data: GEXFEncoder(level: .country).encode(SeedFixture.mergedGraph))
        let graph = try #require(try document.nodes(forXPath: "//*[local-name()='graph']").first as? XMLElement)
        #expect(graph.value(of: "timerepresentation") == "interval")
        func spells(_ id: String) throws -> [String] {
            try document.nodes(forXPath: "//*[local-name()='node'][@id='\(id)']/*[local-name()='spells']/*[local-name()='spell']")
                .compactMap { $0 as? XMLElement }.map { "\($0.value(of: "start") ?? "")/\($0.value(of: "end") ?? "")" }
        }
        #expect(try spells("CHN") == ["2025-01-01/2025-12-31"])
        #expect(try spells("PRK").isEmpty)  // some of North Korea's events are undated: always present
    }
}
