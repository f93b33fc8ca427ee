import GraphFixtures
import ActorLexicon
import ArticleText
import EventOntology
import Foundation
@testable import GraphExport
import GraphModel
import Testing

@Suite struct TimelineChartTests {
    static func chart(_ graph: EventGraph, lanes: TimelineChart.Lanes = .actor) -> TimelineChart {
        TimelineChart(graph: graph, lanes: lanes, provenance: DiagramProvenance(graph))
    }

    @Test func yearsSpanGetYearTicksAndPositionsProportionalToTime() throws {
        let chart = Self.chart(SeedFixture.mergedGraph)
        #expect(chart.ticks.map(\.label) == ["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"])
        let x2019 = try #require(chart.ticks.first?.x), x2020 = try #require(chart.ticks.dropFirst().first?.x)
        let x2025 = try #require(chart.ticks.first { $0.label == "2025" }?.x)
        #expect(abs((x2025 - x2019) - 6 * (x2020 - x2019)) < 1.5)  // six years, six steps
    }

    @Test func lanesFollowTheChoiceAndUndatedEventsGetTheirOwnLane() throws {
        let chart = Self.chart(SeedFixture.mergedGraph)
        #expect(chart.laneList.map(\.name) == ["Kim Jong Un (PRK)", "Russia (RUS)", "North Korea (PRK)", "undated or vague"])
        #expect(chart.undatedCount == 4)  // e4, e9, e10 without a date; e11 FUTURE_REF
        let undated = chart.boxes.filter { $0.y >= (chart.laneList.last?.y ?? 0) }
        #expect(Set(undated.flatMap(\.events).map(\.rawValue)) == ["korea-party-congress#e4", "korea-party-congress#e9", "korea-party-congress#e10", "korea-party-congress#e11"])
        #expect(undated.contains { $0.lines[0] == "in future" })
        let dyads = Self.chart(SeedFixture.mergedGraph, lanes: .dyad).laneList.map(\.name)
        #expect(dyads.prefix(2) == ["Donald Trump – Kim Jong Un", "Kim Jong Un → Russia"] || dyads.contains("Kim Jong Un – Russia"))
        #expect(Self.chart(SeedFixture.mergedGraph, lanes: .type).laneList.map(\.name).first == "CONSULT")
    }

    @Test func anOngoingEventHasABarFromItsStartAndSaysSince() throws {
        let chart = Self.chart(SeedFixture.seedGraph)
        let box = try #require(chart.boxes.first { $0.events == [EventID(rawValue: "korea-party-congress#e8")] })
        #expect(box.lines[0] == "since 20 Jan 2025")
        #expect(box.lines[1] == "North Korea → United States")
        #expect(box.lines[3] == "Kim highlights economic resil…")
        let end = try #require(box.barEnd)
        #expect(end > box.x)
        #expect(chart.boxes.filter { $0.barEnd != nil }.count == 1)
    }

    @Test func aSpanStartingLateInAMonthDoesNotCrowdItsFirstTwoLabels() {
        let events = [
            SeedFixture.event(1, SeedFixture.prk, .threaten, SeedFixture.kor, date: SeedFixture.date("2024-01-28"), at: 10),
            SeedFixture.event(2, SeedFixture.prk, .accuse, SeedFixture.kor, date: SeedFixture.date("2024-05-02"), at: 20),
        ]
        let chart = Self.chart(EventGraph(actors: [SeedFixture.prk, SeedFixture.kor], events: events))
        #expect(chart.ticks.map(\.label) == ["Feb 2024", "Mar 2024", "Apr 2024", "May 2024"])
    }

    @Test func aBusyLaneIsAggregatedPerPeriodAndDyad() {
        let events = (1...12).map { index in
            SeedFixture.event(index, SeedFixture.prk, index % 3 == 0 ? .accuse : .threaten, SeedFixture.kor,
                              date: SeedFixture.date("2025-0\(index % 2 == 0 ? 3 : 6)-1\(index % 9)"), at: index * 10)
        }
        let graph = EventGraph(actors: [SeedFixture.prk, SeedFixture.kor], events: events)
        let chart = Self.chart(graph)
        #expect(chart.ticks.map(\.label) == ["Mar 2025", "Apr 2025", "May 2025", "Jun 2025"])
        #expect(chart.laneList.first?.aggregated == true)
        #expect(chart.boxes.count == 2)
        #expect(chart.boxes.map { $0.lines[2] } == ["THREATEN ×4, ACCUSE ×2", "THREATEN ×4, ACCUSE ×2"])
        #expect(chart.boxes.map { $0.lines[0] } == ["Mar 2025", "Jun 2025"])
        #expect(chart.boxes.map(\.events.count) == [6, 6])
    }

    @Test func manyUndatedPairsShareBoxesInsteadOfGrowingTheLane() {
        let actors = (0..<200).map { Actor(id: ActorID("a\($0)"), name: "Actor \($0)", country: nil, sector: nil, kind: .organization) }
        let events = (1..<200).map { index in
            SeedFixture.event(index, actors[0], .accuse, actors[index], at: index * 10)
        } + [SeedFixture.event(200, actors[0], .threaten, actors[5], at: 5000)]
        let chart = Self.chart(EventGraph(actors: actors, events: events))
        #expect(chart.undatedCount == 200)
        #expect(chart.laneList.map(\.name) == ["undated or vague"])
        #expect(chart.boxes.count == 9)
        #expect(chart.boxes.first { $0.lines[1] == "Actor 0 → Actor 5" }?.events.count == 2)  // the pair with two events keeps its box
        #expect(chart.boxes.last?.lines[1] == "191 other pairs")
        #expect(chart.boxes.last?.events.count == 191)
    }

    @Test func aFewDaysGetDayTicks() {
        let events = (1...3).map { index in
            SeedFixture.event(index, SeedFixture.prk, .accuse, SeedFixture.kor, date: SeedFixture.date("2025-09-1\(index * 2)"), at: index * 10)
        }
        let chart = Self.chart(EventGraph(actors: [SeedFixture.prk, SeedFixture.kor], events: events))
        #expect(chart.ticks.first?.label == "12 Sep 2025")
        #expect(chart.ticks.count == 5)
    }

    @Test func humanDatesNeverShowRawCodes() {
        #expect(HumanDate.text("2020-01-11TMO") == "11 Jan 2020")
        #expect(HumanDate.text("2025-09") == "Sep 2025")
        #expect(HumanDate.text("2025-01", since: true) == "since Jan 2025")
        #expect(HumanDate.text("2019") == "2019")
        #expect(HumanDate.text("201") == "2010s")
        #expect(HumanDate.text("2024-Q3") == "Q3 2024")
        #expect(HumanDate.text("2024-SU") == "summer 2024")
        #expect(HumanDate.text("2024-W07") == "week 7, 2024")
        #expect(HumanDate.range(first: "2019", last: "2025-09") == "2019 – Sep 2025")
    }

    @Test(.enabled(if: DotCommand.isAvailable, "needs Graphviz's dot command (Debian graphviz)")) func graphvizDrawsThePinnedChartWithoutMessages() throws {
        let graph = SeedFixture.mergedGraph
        let dot = DOTEncoder().encode(Self.chart(graph), provenance: DiagramProvenance(graph))
        #expect(dot.contains(##"pos="##) && dot.contains(##"inputscale="72""##))
        let result = try DotCommand.run(dot, format: "svg", engine: "neato")
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(String(decoding: result.output, as: UTF8.self).contains("since 20 Jan 2025"))
    }

    /// The legend's items side by side keep a gap column between them, so a viewer's font a little wider than
    /// the one Graphviz measured never runs "dashed: reported, hedged" into "dotted: …".
    @Test(.enabled(if: DotCommand.isAvailable, "needs Graphviz's dot command (Debian graphviz)")) func legendItemsKeepAGapBetweenThem() throws {
        let graph = SeedFixture.mergedGraph
        let dot = DOTEncoder().encode(Self.chart(graph), provenance: DiagramProvenance(graph))
        #expect(dot.contains("dashed: reported, hedged</TD><TD WIDTH=\"18\"></TD><TD ALIGN=\"LEFT\" COLSPAN=\"1\">dotted: future, hypothetical"))
        let svg = String(decoding: try DotCommand.run(dot, format: "svg", engine: "neato").output, as: UTF8.self)
        let items = ["solid outline: asserted", "dashed: reported, hedged", "dotted: future, hypothetical", "bar: ongoing since its start"]
        let starts = try items.map { item -> Double in
            let line = try #require(svg.split(separator: "\n").first { $0.hasSuffix(">\(item)</text>") })
            let x = try #require(line.firstRange(of: #/x="([-0-9.]+)"/#))
            return try #require(Double(line[x].dropFirst(3).dropLast()))
        }
        for index in 1..<items.count {
            // Liberation Sans at 10 points: at least 4 points a character, then the 18-point gap.
            #expect(starts[index] - starts[index - 1] >= Double(items[index - 1].count) * 4 + 18, "\(starts)")
        }
    }
}
