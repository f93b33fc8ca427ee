import ActorLexicon
import EventOntology
import Foundation
import GraphExport
import GraphModel
import Testing

@Suite struct DOTEncoderTests {
    @Test func theCountryRelationsDiagramMatchesItsGoldenFile() throws {
        let dot = DOTEncoder().encode(SeedFixture.mergedGraph.relationGraph(level: .country))
        try Golden.check(dot, named: "relations-country.dot")
    }

    @Test func theActorRelationsDiagramMatchesItsGoldenFile() throws {
        let dot = DOTEncoder(title: "Relations between actors").encode(SeedFixture.seedGraph.relationGraph(level: .actor))
        try Golden.check(dot, named: "relations-actor.dot")
    }

    @Test func theTimelineMatchesItsGoldenFile() throws {
        let dot = DOTEncoder().encode(SeedFixture.mergedGraph.timeline(level: .actor))
        try Golden.check(dot, named: "timeline.dot")
    }

    @Test func outputIsByteIdenticalAcrossRuns() {
        let encoder = DOTEncoder()
        let graph = SeedFixture.mergedGraph
        #expect(encoder.encode(graph.relationGraph(level: .country)) == encoder.encode(SeedFixture.mergedGraph.relationGraph(level: .country)))
        #expect(encoder.encode(graph.timeline()) == encoder.encode(SeedFixture.mergedGraph.timeline()))
    }

    @Test func nodesAreLabelledReadablyAndEdgesCarryTypeCountAndDates() {
        let dot = DOTEncoder().encode(SeedFixture.seedGraph.relationGraph(level: .country))
        #expect(dot.contains(##""PRK" [fillcolor="#dbe6f4", label="North Korea (PRK)", shape="box", style="rounded,filled""##))
        #expect(dot.contains(##""CHN" -> "PRK" [color="#33a02c", dir="none", fontcolor="#33a02c", label="CONSULT ×2\n2025""##))
        #expect(dot.contains(##"label="AID\n2026-02-20\nreported""##))
        #expect(dot.contains(##"style="dashed""##))
        #expect(dot.contains(##"arrowhead="tee""##) && dot.contains(##"label="not CONSULT\n2026-02-20""##))
        #expect(dot.contains(##"charset="UTF-8""##) && dot.contains(##"fontname="Liberation Sans""##))
        #expect(dot.hasPrefix("digraph \"relations\" {\n"))
    }

    @Test func timelineRowsShareARankPerDate() {
        let dot = DOTEncoder().encode(SeedFixture.seedGraph.timeline())
        #expect(dot.contains(##"{ rank="same"; "date:2025"; "event:korea-party-congress#e5"; "event:korea-party-congress#e6"; }"##))
        #expect(dot.contains(##""date:2019" -> "date:2025" [weight="10"];"##))
        #expect(dot.contains(##"label="2025\nKim Jong Un (PRK) – Xi Jinping (CHN)\nCONSULT (summit)""##))
        #expect(dot.contains(##"label="2026-02-20\nNorth Korea (PRK) → Russia (RUS)\nAID (military)\nreported""##))
    }

    @Test(.enabled(if: DotCommand.isAvailable)) func graphvizParsesBothDiagrams() throws {
        for dot in [
            DOTEncoder().encode(SeedFixture.mergedGraph.relationGraph(level: .country)),
            DOTEncoder().encode(SeedFixture.mergedGraph.timeline()),
        ] {
            let result = try DotCommand.run(dot, format: "canon")
            #expect(result.errors.isEmpty, "\(result.errors)")
            #expect(!result.output.isEmpty)
        }
    }
}
