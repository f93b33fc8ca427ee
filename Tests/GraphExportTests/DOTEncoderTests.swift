import GraphFixtures
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
        let graph = SeedFixture.mergedGraph
        let provenance = DiagramProvenance(graph)
        let dot = DOTEncoder().encode(TimelineChart(graph: graph, provenance: provenance), provenance: provenance)
        try Golden.check(dot, named: "timeline.dot")
    }

    @Test func outputIsByteIdenticalAcrossRuns() {
        let encoder = DOTEncoder()
        let graph = SeedFixture.mergedGraph
        #expect(encoder.encode(graph.relationGraph(level: .country)) == encoder.encode(SeedFixture.mergedGraph.relationGraph(level: .country)))
        let chart = { TimelineChart(graph: SeedFixture.mergedGraph, provenance: DiagramProvenance(SeedFixture.mergedGraph)) }
        #expect(encoder.encode(chart()) == encoder.encode(chart()))
    }

    @Test func nodesAreLabelledReadablyAndEdgesCarryTypeCountAndDates() {
        let dot = DOTEncoder().encode(SeedFixture.seedGraph.relationGraph(level: .country))
        #expect(dot.contains(##""PRK" [fillcolor="#dbe6f4", label="North Korea (PRK)", shape="box", style="rounded,filled""##))
        #expect(dot.contains(##""CHN" -> "PRK" [color="#009E73", dir="none", fontcolor="#009E73", label="CONSULT ×2\n2025""##))
        #expect(dot.contains(##"label="AID\n20 Feb 2026\nreported""##))
        #expect(dot.contains(##"style="dashed""##))
        #expect(dot.contains(##"arrowhead="tee""##) && dot.contains(##"label="not CONSULT\n20 Feb 2026""##))
        #expect(dot.contains(##"charset="UTF-8""##) && dot.contains(##"fontname="Liberation Sans""##))
        #expect(dot.hasPrefix("digraph \"relations\" {\n"))
    }

    @Test(.enabled(if: DotCommand.isAvailable, "needs Graphviz's dot command (Debian graphviz)")) func graphvizParsesBothDiagrams() throws {
        for dot in [
            DOTEncoder().encode(SeedFixture.mergedGraph.relationGraph(level: .country)),
            DOTEncoder().encode(TimelineChart(graph: SeedFixture.mergedGraph, provenance: DiagramProvenance(SeedFixture.mergedGraph))),
        ] {
            let result = try DotCommand.run(dot, format: "canon")
            #expect(result.errors.isEmpty, "\(result.errors)")
            #expect(!result.output.isEmpty)
        }
    }
}

@Suite struct DOTEncoderLargeGraphTests {
    @Test func straightRoutingMergesParallelRelationsIntoOneStrandedEdge() {
        let encoder = DOTEncoder(edgeRouting: .straight, mergesParallelEdges: true)
        let dot = encoder.encode(SeedFixture.mergedGraph.relationGraph(level: .country))
        #expect(dot.contains(##"splines="false""##))
        #expect(dot.components(separatedBy: ##""PRK" -> "RUS""##).count == 2)
        #expect(dot.contains(##""PRK" -> "RUS" [color="#009E73:#0072B2:#0072B2", fontcolor="#444444", label="AGREE 19 Jun 2024\nCOOPERATE 20 Feb 2026\nAID 20 Feb 2026 reported""##))
        #expect(dot.contains(##""CHN" -> "PRK" [color="#009E73", dir="none""##))
    }

    @Test(.enabled(if: DotCommand.isAvailable, "needs Graphviz's dot command (Debian graphviz)")) func mergedEdgesParse() throws {
        let dot = DOTEncoder(edgeRouting: .straight, mergesParallelEdges: true)
            .encode(SeedFixture.mergedGraph.relationGraph(level: .country))
        let result = try DotCommand.run(dot, format: "canon")
        #expect(result.errors.isEmpty, "\(result.errors)")
    }
}

@Suite struct BusyRelationTests {
    @Test func aBusyRelationCountsItsEventsAndShortensItsTooltip() {
        let events = (1...15).map { index in
            SeedFixture.event(index, SeedFixture.prk, .threaten, SeedFixture.kor, date: SeedFixture.date("20\(10 + index)"), at: index * 10)
        }
        let graph = EventGraph(actors: [SeedFixture.prk, SeedFixture.kor], events: events)
        let dot = DOTEncoder().encode(graph.relationGraph(level: .country))
        #expect(dot.contains(##"label="THREATEN ×15\n2011 – 2025""##))
        #expect(dot.contains("korea-party-congress#e12 … (3 more)\""))
        #expect(dot.contains(##"penwidth="3.0""##))
    }
}
