import GraphFixtures
import ActorLexicon
import ArticleText
import EventOntology
import GraphModel
import Testing

@Suite struct EventGraphMergeTests {
    @Test func oneDocumentKeepsEveryActorAndEventAndHoldsItsInvariants() throws {
        let graph = SeedFixture.seedGraph
        #expect(graph.actors.count == 11)
        #expect(graph.events.count == 12)
        #expect(graph.documents.keys.elements == [SeedFixture.seed])
        #expect(graph.findings.isEmpty)
        try graph.checkInvariants()
    }

    @Test func anActorSeenInTwoDocumentsIsOneNode() throws {
        var graph = SeedFixture.seedGraph
        graph.add(actors: SeedFixture.otherActors, events: SeedFixture.otherEvents)
        try graph.checkInvariants()
        #expect(graph.actors.count == 11)
        #expect(graph.events.count == 14)
        #expect(graph.documents.keys.elements == [SeedFixture.seed, SeedFixture.other])
        #expect(graph.actors.keys.filter { $0 == "kim-jong-un" }.count == 1)
    }

    @Test func conflictingAttributesResolveTheSameWhateverTheOrder() throws {
        var forward = EventGraph()
        forward.add(actors: SeedFixture.seedActors, events: SeedFixture.seedEvents)
        forward.add(actors: SeedFixture.otherActors, events: SeedFixture.otherEvents)
        var backward = EventGraph()
        backward.add(actors: SeedFixture.otherActors, events: SeedFixture.otherEvents)
        backward.add(actors: SeedFixture.seedActors, events: SeedFixture.seedEvents)
        for id in forward.actors.keys {
            #expect(forward.actors[id] == backward.actors[id], "\(id)")
        }
        // One vote each: the smaller value wins the tie.
        #expect(forward.actors["kim-jong-un"]?.role == "General Secretary")
        // A missing value never beats a present one.
        #expect(forward.actors["RUS"]?.country == "RUS")
        #expect(forward.actorConflicts.map(\.message) == [
            "kim-jong-un: role seen as \"General Secretary\" (1), \"Supreme Leader\" (1); kept \"General Secretary\""
        ])
    }

    @Test func theMajorityDescriptionWins() {
        var graph = EventGraph()
        var secretary = SeedFixture.kim
        secretary.role = "General Secretary"
        graph.add(actors: [SeedFixture.kim], events: [])
        graph.add(actors: [secretary], events: [])
        graph.add(actors: [SeedFixture.kim], events: [])
        #expect(graph.actors["kim-jong-un"]?.role == "Supreme Leader")
    }

    @Test func mergingGraphsEqualsAddingTheirDocuments() throws {
        let added = SeedFixture.mergedGraph
        var merged = SeedFixture.seedGraph
        merged.merge(EventGraph(actors: SeedFixture.otherActors, events: SeedFixture.otherEvents,
                                document: DocumentRecord(id: SeedFixture.other)))
        try merged.checkInvariants()
        #expect(merged.actors == added.actors)
        #expect(merged.events == added.events)
        #expect(merged.documents == added.documents)
    }

    @Test func addingTheSameDocumentTwiceChangesNothingButTheVoteCounts() {
        var graph = SeedFixture.seedGraph
        graph.add(actors: SeedFixture.seedActors, events: SeedFixture.seedEvents, document: SeedFixture.seedRecord)
        #expect(graph.events == SeedFixture.seedGraph.events)
        #expect(graph.actors == SeedFixture.seedGraph.actors)
        #expect(graph.findings.isEmpty)
    }

    @Test func aDifferentEventUnderAKnownIdIsReportedAndSkipped() {
        var graph = SeedFixture.seedGraph
        var clash = SeedFixture.seedEvents[1]
        clash.type = .assault
        graph.add(actors: [], events: [clash])
        #expect(graph.events[clash.id]?.type == .cooperate)
        #expect(graph.findings.map(\.code) == ["graph.event.duplicate-id"])
    }

    @Test func anEventNamingAnUndescribedActorGetsAPlaceholder() throws {
        var graph = EventGraph()
        graph.add(actors: [SeedFixture.prk], events: [SeedFixture.seedEvents[1]])
        try graph.checkInvariants()
        #expect(graph.isPlaceholder("RUS"))
        #expect(graph.actors["RUS"]?.kind == .unknown)
        #expect(graph.findings.map(\.code) == ["graph.actor.missing"])
        graph.add(actors: [SeedFixture.rus], events: [])
        #expect(!graph.isPlaceholder("RUS"))
        #expect(graph.actors["RUS"] == SeedFixture.rus)
    }
}
