import GraphFixtures
import ActorLexicon
import ArticleText
import EventOntology
import GraphModel
import Testing

@Suite struct InvariantTests {
    @Test func evidenceWhoseTextDoesNotFitItsSpanIsAViolation() {
        var event = SeedFixture.seedEvents[1]
        event.evidence.end += 3
        let graph = EventGraph(actors: SeedFixture.seedActors, events: [event])
        #expect(graph.invariantViolations.count == 1)
        #expect(graph.invariantViolations.first?.contains("holds") == true)
        #expect(throws: GraphModelError.self) { try graph.checkInvariants() }
    }

    @Test func evidencePastTheEndOfItsDocumentIsAViolation() {
        let record = DocumentRecord(id: SeedFixture.seed, textLength: 100)
        let graph = EventGraph(actors: SeedFixture.seedActors, events: [SeedFixture.seedEvents[1]], document: record)
        #expect(graph.invariantViolations == [
            "event korea-party-congress#e2: evidence ends at 2586, past the end of korea-party-congress (100 scalars)"
        ])
    }

    @Test func aGraphBuiltStepByStepHoldsItsInvariantsAfterEveryStep() throws {
        var graph = EventGraph()
        for event in SeedFixture.seedEvents + SeedFixture.otherEvents {
            graph.add(actors: [], events: [event])
            try graph.checkInvariants()
        }
        graph.add(actors: SeedFixture.seedActors + SeedFixture.otherActors, events: [])
        try graph.checkInvariants()
        #expect(graph.actors.values.allSatisfy { !graph.isPlaceholder($0.id) })
    }

    @Test func theDebugDumpListsDocumentsActorsEventsAndRelations() {
        let dump = SeedFixture.seedGraph.debugDescription
        let lines = dump.split(separator: "\n").map(String.init)
        #expect(lines.first == "EventGraph: 1 documents, 11 actors, 12 events")
        #expect(lines.contains("document korea-party-congress published 2026-02-20"))
        #expect(lines.contains("actor kim-jong-un \"Kim Jong Un\" person PRK GOV Supreme Leader"))
        #expect(lines.contains("relation kim-jong-un--xi-jinping:CONSULT ×1 2025"))
        #expect(lines.contains { $0.hasPrefix("event korea-party-congress#e4 RUS -> PRK AID hedged @") })
    }
}
