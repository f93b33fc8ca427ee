import Foundation
import Testing

/// `storygraph build examples` on the bundled article gives the dyads the article is about (issue: end to end).
@Suite(.serialized)
struct SeedArticleBuildTests {
    struct Relation: Decodable, Hashable {
        var source: String
        var target: String?
        var type: String
        var firstDate: String?
        var modalities: [String: Int]
    }
    struct EventsFile: Decodable {
        struct Actor: Decodable { var id: String; var name: String }
        struct Event: Decodable {
            struct Date: Decodable { var value: String? }
            var type: String
            var source: String
            var target: String?
            var sourceCountry: String?
            var targetCountry: String?
            var modality: String
            var attribution: String?
            var date: Date?
        }
        var actors: [Actor]
        var events: [Event]
        var relations: [Relation]
    }

    static let output: (directory: URL, result: CommandLine.Result) = {
        let directory = try! CommandLine.temporaryDirectory()
        let result = try! CommandLine.run(["build", "examples", "--out", directory.path])
        return (directory, result)
    }()

    func eventsFile() throws -> EventsFile {
        #expect(Self.output.result.status == 0, "\(Self.output.result.stderr)")
        let data = try Data(contentsOf: Self.output.directory.appendingPathComponent("events.json"))
        return try JSONDecoder().decode(EventsFile.self, from: data)
    }

    func relation(_ source: String, _ target: String, _ type: String) throws -> Relation? {
        try eventsFile().relations.first {
            $0.type == type && (($0.source, $0.target) == (source, target)
                || ["CONSULT", "AGREE"].contains(type) && ($0.source, $0.target) == (target, source))
        }
    }

    @Test func northKoreaSuppliesRussiaAsReportedByOfficials() throws {
        let cooperation = try #require(try relation("PRK", "RUS", "COOPERATE"))
        #expect(cooperation.modalities["reported", default: 0] >= 1)
        let supply = try #require(try eventsFile().events.first {
            $0.type == "COOPERATE" && $0.sourceCountry == "PRK" && $0.targetCountry == "RUS" && $0.modality == "reported"
        })
        #expect(["KOR-GOV", "USA-GOV"].contains(supply.attribution ?? ""))
    }

    @Test func russianAidToTheNorthIsOnlyHedged() throws {
        let aid = try #require(try relation("RUS", "PRK", "AID"))
        #expect(aid.modalities == ["hedged": 1])
    }

    @Test func chinaVisitAndSummitAreDatedLastYear() throws {
        let consult = try #require(try relation("PRK", "CHN", "CONSULT"))
        #expect(consult.firstDate == "2025")
        let events = try eventsFile().events.filter { $0.type == "CONSULT" && $0.targetCountry == "CHN" }
        #expect(events.count >= 2)
        #expect(events.allSatisfy { $0.date?.value == "2025" })
    }

    @Test func unitedStatesTalksCollapsedIn2019AndOffersAreRejected() throws {
        #expect(try relation("PRK", "USA", "CONSULT")?.firstDate == "2019")
        let rejection = try #require(try relation("PRK", "USA", "REJECT"))
        #expect(rejection.firstDate?.hasPrefix("2025") == true)
    }

    @Test func cooperationWithTheSouthIsSuspendedAndTheSouthFramedHostile() throws {
        let conflict = try eventsFile().relations.filter { $0.source == "PRK" && $0.target == "KOR" }.map(\.type)
        #expect(conflict.contains("ACCUSE"))
        #expect(conflict.contains { ["SANCTION", "RETREAT", "REJECT"].contains($0) })
    }

    @Test func russiaWagesWarOnUkraine() throws {
        #expect(try relation("RUS", "UKR", "ASSAULT") != nil)
    }

    @Test func noSelfLoopsAndNoFooterOrDatelineActors() throws {
        let file = try eventsFile()
        #expect(file.relations.allSatisfy { $0.source != $0.target })
        let names = file.actors.map(\.name).joined(separator: " | ")
        for banned in ["Journos", "Google", "AdSense", "BlueSky"] { #expect(!names.contains(banned)) }
        // "North Korea’s" and "Pyongyang" are one node.
        #expect(file.actors.filter { $0.id == "PRK" }.count == 1)
    }

    @Test func timelineOrdersTheArticlesDates() throws {
        let dot = try String(contentsOf: Self.output.directory.appendingPathComponent("timeline.dot"), encoding: .utf8)
        // Axis ticks in time order, then boxes dated as people write dates.
        let positions = ["2019", "2021", "2025", "2026"].map { year in
            dot.range(of: "label=\"\(year)\", pos=")?.lowerBound
        }
        #expect(positions.allSatisfy { $0 != nil }, "timeline axis misses one of 2019, 2021, 2025, 2026")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
        #expect(dot.contains("label=\"20 Feb 2026\\n"))
        #expect(dot.contains("label=\"undated or vague"))
        #expect(!dot.contains("label=\"2026-02-20"))
    }

    @Test func relationsDOTParsesWithGraphvizAndSVGIsWritten() throws {
        let dotFile = Self.output.directory.appendingPathComponent("relations.dot")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tcanon", dotFile.path]
        process.standardOutput = Pipe()
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let svg = try String(contentsOf: Self.output.directory.appendingPathComponent("relations.svg"), encoding: .utf8)
        #expect(svg.contains("North Korea (PRK)"))
        #expect(svg.contains("<svg"))
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let second = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(["build", "examples", "--out", second.path])
        #expect(result.status == 0)
        for file in ["events.json", "relations.dot", "timeline.dot", "relations.svg", "timeline.svg", "graph.graphml"] {
            let first = try Data(contentsOf: Self.output.directory.appendingPathComponent(file))
            let again = try Data(contentsOf: second.appendingPathComponent(file))
            #expect(first == again, "\(file) differs between runs")
        }
    }
}
