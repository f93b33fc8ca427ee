import GraphFixtures
import ActorLexicon
import EventOntology
import GraphModel
import Testing

@Suite struct RelationTests {
    @Test func countryLevelFoldsPeopleAndOrganisationsIntoTheirState() {
        let relations = SeedFixture.seedGraph.relationGraph(level: .country)
        #expect(relations.nodes.keys.elements == ["CHN", "KOR", "PRK", "RUS", "USA"])
        #expect(relations.relations.map(\.id) == [
            "CHN--PRK:CONSULT", "PRK->KOR:ACCUSE", "PRK->KOR:SANCTION", "PRK->RUS:COOPERATE", "PRK->RUS:AID",
            "PRK--USA:CONSULT", "PRK--USA:not-CONSULT", "PRK->USA:REJECT", "RUS->PRK:AID",
        ])
        #expect(relations.nodes["PRK"]?.members == ["PRK", "kim-jong-un"])
        #expect(relations.nodes["CHN"]?.members == ["CHN", "xi-jinping"])
        #expect(relations.selfRelations.isEmpty)
    }

    @Test func symmetricTypesAggregateUndirectedWithDatesAndModes() throws {
        let relations = SeedFixture.seedGraph.relationGraph(level: .country).relations
        let summit = try #require(relations.first { $0.id == "CHN--PRK:CONSULT" })
        #expect(summit.symmetric)
        #expect(summit.source == "CHN" && summit.target == "PRK")
        #expect(summit.count == 2)
        #expect(summit.firstDate == "2025" && summit.lastDate == "2025")
        #expect(summit.events.map(\.rawValue) == ["korea-party-congress#e5", "korea-party-congress#e6"])
        #expect(summit.quadClass == .verbalCooperation)
    }

    @Test func modalitiesAreTalliedAndNegatedEventsStandApart() throws {
        let relations = SeedFixture.seedGraph.relationGraph(level: .country).relations
        let aid = try #require(relations.first { $0.id == "PRK->RUS:AID" })
        #expect(aid.modalities[.reported] == 1 && aid.modalities.total == 1)
        #expect(aid.modalities.strongest == .reported)
        let denied = try #require(relations.first { $0.id == "PRK--USA:not-CONSULT" })
        #expect(denied.negated && denied.count == 1 && denied.modalities[.negated] == 1)
    }

    @Test func actorLevelKeepsPeopleApart() {
        let relations = SeedFixture.seedGraph.relationGraph(level: .actor)
        #expect(relations.nodes.keys.elements == [
            "CHN", "KOR", "PRK", "RUS", "USA", "donald-trump", "kim-jong-un", "xi-jinping",
        ])
        #expect(relations.relations.map(\.id).contains("kim-jong-un--xi-jinping:CONSULT"))
        #expect(relations.relations.map(\.id).contains("donald-trump--kim-jong-un:CONSULT"))
        #expect(relations.relations.count == 10)
    }

    @Test func relationsSpanTheirEarliestAndLatestDates() throws {
        let relations = SeedFixture.mergedGraph.relationGraph(level: .country).relations
        let cooperation = try #require(relations.first { $0.id == "RUS->PRK:COOPERATE" })
        #expect(cooperation.firstDate == "2024-06")
        let agreement = try #require(relations.first { $0.id == "PRK--RUS:AGREE" })
        #expect(agreement.firstDate == "2024-06-19")
        var graph = SeedFixture.mergedGraph
        graph.add(actors: [], events: [
            SeedFixture.event(3, SeedFixture.kim, .agree, SeedFixture.rus, date: SeedFixture.date("2023"),
                              document: SeedFixture.other, at: 200),
            SeedFixture.event(4, SeedFixture.rus, .agree, SeedFixture.prk, date: SeedFixture.date("2024-06"),
                              document: SeedFixture.other, at: 300),
        ])
        let widened = try #require(graph.relationGraph(level: .country).relations.first { $0.id == "PRK--RUS:AGREE" })
        #expect(widened.count == 3)
        #expect(widened.firstDate == "2023")
        #expect(widened.lastDate == "2024-06")
    }

    @Test func domesticEventsFoldIntoSelfRelationsThatAreNotDrawn() {
        let ministry = Actor(id: "prk-party", name: "Workers' Party", country: "PRK", sector: "PTY", kind: .organization)
        var graph = SeedFixture.seedGraph
        graph.add(actors: [ministry], events: [
            SeedFixture.event(20, SeedFixture.kim, .support, ministry, sentence: 3, at: 900)
        ])
        let country = graph.relationGraph(level: .country)
        #expect(country.selfRelations.map(\.id) == ["PRK->PRK:SUPPORT"])
        #expect(!country.relations.contains { $0.source == $0.target })
        #expect(graph.relationGraph(level: .actor).relations.contains { $0.id == "kim-jong-un->prk-party:SUPPORT" })
    }

    @Test func isolatedActorsAppearOnlyWhenAsked() {
        let graph = SeedFixture.seedGraph
        #expect(graph.relationGraph(level: .actor).nodes["UKR"] == nil)
        #expect(graph.relationGraph(level: .actor, includeIsolated: true).nodes["UKR"] != nil)
        #expect(graph.relationGraph(level: .country, includeIsolated: true).nodes["kcna"] == nil)
    }
}

@Suite struct FoldedNodeTests {
    @Test func aCountryWithoutItsOwnActorIsNamedByItsCodeOrByAReference() throws {
        let officials = SeedFixture.korOfficials
        var graph = EventGraph(actors: [officials, SeedFixture.prk], events: [
            SeedFixture.event(1, officials, .accuse, SeedFixture.prk, at: 10)
        ])
        #expect(graph.relationGraph(level: .country).nodes["KOR"]?.actor.name == "KOR")
        #expect(graph.undescribedCountryNodes == ["KOR"])
        graph.addReferenceActors([SeedFixture.kor, SeedFixture.usa])
        #expect(graph.relationGraph(level: .country).nodes["KOR"]?.actor == SeedFixture.kor)
        #expect(graph.actors["KOR"] == nil)
        #expect(graph.undescribedCountryNodes.isEmpty)
        #expect(graph.relationGraph(level: .country).nodes["USA"] == nil)
        #expect(try graph.filtered(by: GraphQuery(types: [.accuse])).referenceActors.count == 2)
    }
}
