import Foundation
import Testing

/// `build`'s "N relations (M drawn)" and the report's summary count relations alike: N is the rows of
/// `relations.csv` (every modality, domestic ones included), M the relations the diagram draws.
struct RelationCountTests {
    /// One article with an asserted, a negated and a future event: three relations, one drawn by default.
    static let article = #"{"id":"neg","published":"2025-03-01","text":"SEOUL, March 1 (Reuters) - South Korea did not meet North Korean officials on Friday. China criticised Japan on Friday. Russia will send troops to North Korea next year, officials said."}"# + "\n"

    @Test func buildAndReportCountTheRowsOfRelationsCSVAndSayHowManyAreDrawn() throws {
        let directory = try CommandLine.temporaryDirectory()
        let input = directory.appendingPathComponent("neg.jsonl")
        try Data(Self.article.utf8).write(to: input)
        let build = try CommandLine.run(["build", input.path, "--out", directory.appendingPathComponent("out").path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("1 document, 6 actors, 3 events, 3 relations (1 drawn) (country level"))
        let csv = try String(contentsOf: directory.appendingPathComponent("out/relations.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(rows == ["CHN->JPN:ACCUSE", "KOR--PRK:not-CONSULT", "RUS->PRK:COOPERATE"])
        let report = try CommandLine.run(["report", input.path, "--out", directory.appendingPathComponent("r.md").path])
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOf: directory.appendingPathComponent("r.md"), encoding: .utf8)
        #expect(markdown.contains("\n1 article, 3 events (0 undated or vague), 6 actors, 3 relations (1 drawn), dated"))
    }
}
