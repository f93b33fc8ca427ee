import ActorLexicon
import EventOntology
import Foundation
import GraphExport
import GraphModel
import Testing

@Suite struct EventsJSONEncoderTests {
    @Test func eventsJSONMatchesItsGoldenFile() throws {
        let data = try EventsJSONEncoder(level: .country).encode(SeedFixture.mergedGraph)
        try Golden.check(String(decoding: data, as: UTF8.self), named: "events.json")
    }

    @Test func itDecodesBackIntoTheSameContent() throws {
        let graph = SeedFixture.mergedGraph
        let data = try EventsJSONEncoder(level: .country, prettyPrinted: false).encode(graph)
        let decoded = try JSONDecoder().decode(EventsJSON.self, from: data)
        #expect(decoded == EventsJSON(graph: graph, level: .country))
        #expect(decoded.actors.map(\.id) == decoded.actors.map(\.id).sorted())
        #expect(decoded.events.count == 14)
        #expect(decoded.relations.contains { $0.id == "PRK--RUS:AGREE" && $0.firstDate == "2024-06-19" })
        #expect(decoded.undatedEvents == 4)
        #expect(decoded.findings.map(\.code) == ["graph.actor.conflict"])
    }

    @Test func keysAreSortedAndTheFileEndsInANewline() throws {
        let text = String(decoding: try EventsJSONEncoder().encode(SeedFixture.seedGraph), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == ["actors", "documents", "events", "findings", "level", "relations", "selfRelations", "undatedEvents"])
        #expect(text.contains(#""modalities" : {"#))
    }
}
