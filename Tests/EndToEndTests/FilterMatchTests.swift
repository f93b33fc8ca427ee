import Foundation
import Testing

@testable import storygraph

/// A filter naming an id the corpus does not know (`--actor`, `--around`, `--dyad`, `--document`) warns that it
/// matches nothing, with close matches, in memory and from a store alike; `--quiet` keeps the warning to
/// itself and the exit status is 0, as for any filter that keeps nothing.
@Suite struct FilterMatchTests {
    @Test(arguments: [
        (["--around", "XYZ"], "--around \"XYZ\" matches no actor or country code in"),
        (["--document", "nosuch"], "--document \"nosuch\" matches no document in"),
        (["--actor", "XYZ"], "--actor \"XYZ\" matches no actor or country code in"),
        (["--dyad", "USA,XYZ"], "--dyad \"XYZ\" matches no actor or country code in"),
    ])
    func anIdMatchingNothingIsWarnedAboutInMemoryAndInAStore(filter: [String], warning: String) throws {
        let folder = try CommandLine.temporaryDirectory()
        let out = folder.appendingPathComponent("out").path
        let build = try CommandLine.run(["build", "examples", "--out", out] + filter)
        #expect(build.status == 0)
        #expect(build.stderr.contains("storygraph build: warning: \(warning) the input"), "\(build.stderr)")
        let db = folder.appendingPathComponent("news.db").path
        #expect(try CommandLine.run(["ingest", "examples", "--db", db, "--quiet"]).status == 0)
        for command in [["query", "--db", db], ["series", "--db", db], ["build", "--db", db, "--out", out]] {
            let result = try CommandLine.run(command + filter)
            #expect(result.status == 0, "\(command[0])")
            #expect(result.stderr.contains("storygraph \(command[0]): warning: \(warning) the store"), "\(command[0]): \(result.stderr)")
            let quiet = try CommandLine.run(command + filter + ["--quiet"])
            #expect(quiet.status == 0)
            #expect(quiet.stderr == "", "\(command[0])")
        }
    }

    @Test func closeMatchesAreSuggestedAndCaseIsForgiven() throws {
        let folder = try CommandLine.temporaryDirectory()
        let db = folder.appendingPathComponent("news.db").path
        #expect(try CommandLine.run(["ingest", "examples", "--db", db, "--quiet"]).status == 0)
        let typo = try CommandLine.run(["query", "--db", db, "--around", "PKR"])
        #expect(typo.stderr.contains("--around \"PKR\" matches no actor or country code in the store; did you mean PRK, UKR, KOR?"))
        #expect(typo.stderr.contains("0 events of 0 happenings"))
        let swapped = try CommandLine.run(["query", "--db", db, "--dyad", "PRK,URS"])
        #expect(swapped.stderr.contains("--dyad \"URS\" matches no actor or country code in the store; did you mean RUS, PRK, UKR, USA?"), "\(swapped.stderr)")
        let folded = try CommandLine.run(["query", "--db", db, "--document", "KOREA-Party-Congress"])
        #expect(!folded.stderr.contains("warning"))
        #expect(folded.stderr.contains("16 events of 16 happenings"))
        // series counts only the happenings of the events the ego network keeps.
        let series = try CommandLine.run(["series", "--db", db, "--around", "XYZ"])
        #expect(series.stderr.contains("storygraph series: 0 periods, 0 happenings"), "\(series.stderr)")
    }

    /// A swap of two neighbouring letters is one edit, and a candidate with the typed letters comes first among
    /// those as close: "PKR" finds PRK before UKR (one wrong letter) and KOR (two edits).
    @Test(arguments: [
        ("PKR", ["BHR", "KOR", "PRK", "UKR", "USA"], ["PRK", "UKR", "BHR", "KOR"]),
        ("URS", ["RUS", "USA", "GBR"], ["RUS", "USA"]),
        ("kim-jong-nu", ["kim-jong-un", "kim-yo-jong"], ["kim-jong-un"]),
    ])
    func transposedLettersRankFirst(typed: String, candidates: [String], expected: [String]) {
        #expect(FilterVocabulary.closeMatches(to: typed, in: candidates) == expected)
    }

    @Test func editDistanceCountsATranspositionAsOneEdit() {
        func distance(_ a: String, _ b: String) -> Int { FilterVocabulary.editDistance(Array(a), Array(b)) }
        #expect(distance("pkr", "prk") == 1)
        #expect(distance("pkr", "ukr") == 1)
        #expect(distance("pkr", "kor") == 2)
        #expect(distance("ca", "abc") == 3)  // optimal string alignment: no substring is edited twice
        #expect(distance("", "usa") == 3)
    }
}
