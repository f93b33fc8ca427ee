import GraphFixtures
import ActorLexicon
import EventOntology
import GraphModel
import Testing

@Suite struct TimelineTests {
    @Test func datedEventsRunInTimeOrderAndUndatedOnesAreCounted() {
        let timeline = SeedFixture.seedGraph.timeline()
        #expect(timeline.entries.map { $0.event.id.rawValue.replacingOccurrences(of: "korea-party-congress#", with: "") }
            == ["e7", "e5", "e6", "e8", "e1", "e12", "e2", "e3"])
        #expect(timeline.undatedCount == 4)
        #expect(timeline.entries.map(\.value) == [
            "2019", "2025", "2025", "2025-01-20", "2026-02-19", "2026-02-20", "2026-02-20", "2026-02-20",
        ])
    }

    @Test func sameDayEventsShareAGroup() {
        let groups = SeedFixture.seedGraph.timeline().groups
        #expect(groups.map(\.value) == ["2019", "2025", "2025-01-20", "2026-02-19", "2026-02-20"])
        #expect(groups.map(\.entries.count) == [1, 2, 1, 1, 3])
    }

    @Test func entriesNameActorsAtTheTimelineLevel() throws {
        let byActor = try #require(SeedFixture.seedGraph.timeline(level: .actor).entries.first)
        #expect(byActor.source.name == "Kim Jong Un" && byActor.target?.name == "Donald Trump")
        let byCountry = try #require(SeedFixture.seedGraph.timeline(level: .country).entries.first)
        #expect(byCountry.source.id == "PRK" && byCountry.target?.id == "USA")
    }
}

@Suite struct GraphQueryTests {
    @Test func aWindowOfYearsKeepsEventsOverlappingIt() throws {
        let graph = try SeedFixture.seedGraph.filtered(by: GraphQuery(from: "2019", to: "2021"))
        #expect(graph.events.keys.map(\.rawValue) == ["korea-party-congress#e7"])
        #expect(Set(graph.actors.keys) == ["kim-jong-un", "donald-trump", "PRK", "USA"])
        try graph.checkInvariants()
    }

    @Test func aMonthWindowMatchesCoarserValuesOnlyWhenPartialOverlapIsAsked() throws {
        let partial = try SeedFixture.seedGraph.filtered(by: GraphQuery(from: "2025-01", to: "2025-01", includePartial: true))
        #expect(partial.events.keys.map(\.rawValue) == [
            "korea-party-congress#e5", "korea-party-congress#e6", "korea-party-congress#e8",
        ])
        let strict = try SeedFixture.seedGraph.filtered(by: GraphQuery(from: "2025-01", to: "2025-01"))
        #expect(strict.events.keys.map(\.rawValue) == ["korea-party-congress#e8"])
    }

    @Test func undatedEventsPassAWindowOnlyWhenAsked() throws {
        let query = GraphQuery(from: "2026", includeUndated: true)
        let graph = try SeedFixture.seedGraph.filtered(by: query)
        #expect(graph.events.count == 8)  // 4 dated in 2026 + 4 undated
    }

    @Test(arguments: ["last year", "2025-13", "P1Y"])
    func anInvalidBoundIsAnError(value: String) {
        #expect(throws: GraphModelError.invalidDateValue(value)) {
            try SeedFixture.seedGraph.filtered(by: GraphQuery(from: value))
        }
    }

    @Test func aWindowEndingBeforeItStartsIsAnError() {
        #expect(throws: GraphModelError.emptyWindow(from: "2025", to: "2019")) {
            try SeedFixture.seedGraph.filtered(by: GraphQuery(from: "2025", to: "2019"))
        }
    }

    @Test func actorsMatchThemselvesOrTheirCountry() throws {
        let china = try SeedFixture.seedGraph.filtered(by: GraphQuery(actors: ["CHN"]))
        #expect(china.events.count == 2)
        let xi = try SeedFixture.seedGraph.filtered(by: GraphQuery(actors: ["xi-jinping"]))
        #expect(xi.events.count == 1)
    }

    @Test func typesModalitiesAndMinimumCountCombine() throws {
        let graph = SeedFixture.seedGraph
        #expect(try graph.filtered(by: GraphQuery(types: [.aid])).events.count == 2)
        #expect(try graph.filtered(by: GraphQuery(modalities: [.hedged, .reported])).events.count == 2)
        #expect(try graph.filtered(by: GraphQuery(types: [.aid], modalities: [.hedged])).events.count == 1)
        let strong = try graph.filtered(by: GraphQuery(minimumCount: 2, level: .country))
        #expect(strong.relationGraph(level: .country).relations.map(\.id) == ["CHN--PRK:CONSULT"])
        #expect(try graph.filtered(by: GraphQuery(minimumCount: 2, level: .actor)).events.isEmpty)
    }

    @Test func anEmptyQueryKeepsEveryEvent() throws {
        let graph = SeedFixture.seedGraph
        #expect(try graph.filtered(by: GraphQuery()).events == graph.events)
    }
}

@Suite struct GraphQueryFoldingTests {
    @Test func filteringKeepsTheStatesThatActorsFoldInto() throws {
        // Kim and Trump talk; the states are described but take part in no kept event.
        let graph = try SeedFixture.seedGraph.filtered(by: GraphQuery(from: "2019", to: "2019"))
        #expect(graph.actors["PRK"] == SeedFixture.prk)
        #expect(graph.actors["USA"] == SeedFixture.usa)
        #expect(graph.relationGraph(level: .country).nodes["PRK"]?.actor.name == "North Korea")
        #expect(graph.actors["CHN"] == nil)
    }
}
