import GraphFixtures
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
        #expect(decoded.timeline.map(\.value) == [
            "2019", "2024-06", "2024-06-19", "2025", "2025", "2025-01-20", "2026-02-19", "2026-02-20", "2026-02-20",
            "2026-02-20",
        ])
        #expect(decoded.timeline.first { $0.value == "2025-01-20" }?.since == true)
        #expect(decoded.timeline.first?.first == "2019-01-01" && decoded.timeline.first?.last == "2019-12-31")
        #expect(decoded.findings.map(\.code) == ["graph.actor.conflict"])
    }

    @Test func keysAreSortedAndTheFileEndsInANewline() throws {
        let text = String(decoding: try EventsJSONEncoder().encode(SeedFixture.seedGraph), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == [
            "actors", "documents", "events", "findings", "level", "relations", "selfRelations", "timeline", "undatedEvents",
        ])
        #expect(text.contains(#""modalities" : {"#))
    }
}
