import Foundation
import Testing

/// `build`'s filter options: actor codes in any case, warnings for actors that match nothing, help texts
/// that list the values, and date bounds of at least a year.
@Suite(.serialized)
struct BuildOptionTests {
    struct EventsFile: Decodable {
        struct Event: Decodable { var source: String; var target: String?; var sourceCountry: String?; var targetCountry: String? }
        var events: [Event]
    }

    func events(_ arguments: [String]) throws -> (CommandLine.Result, [EventsFile.Event]) {
        let directory = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(["build", "examples", "--out", directory.path] + arguments)
        guard result.status == 0 else { return (result, []) }
        let data = try Data(contentsOf: directory.appendingPathComponent("events.json"))
        return (result, try JSONDecoder().decode(EventsFile.self, from: data).events)
    }

    /// A negative number is read as the option's value and refused by its rule, not taken for a missing value.
    @Test(arguments: [
        (["--top", "-1"], "Error: --top must be 0 (all) or more"),
        (["--min-articles", "-1"], "Error: --min-articles must be at least 1"),
        (["--min-count", "-3"], "Error: --min-count must be at least 1"),
        (["--depth", "-1"], "Error: --depth must be 0 or more"),
    ])
    func negativeNumbersAreRefusedByTheirRule(arguments: [String], message: String) throws {
        let (result, _) = try events(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(message))
    }

    @Test func countryCodesMatchInAnyCase() throws {
        let (upper, upperEvents) = try events(["--actor", "USA"])
        let (lower, lowerEvents) = try events(["--actor", "usa"])
        #expect(upper.status == 0 && lower.status == 0)
        #expect(!upperEvents.isEmpty)
        #expect(lowerEvents.count == upperEvents.count)
        #expect(lowerEvents.allSatisfy { $0.sourceCountry == "USA" || $0.targetCountry == "USA" })
        #expect(!lower.stderr.contains("matches no actor"))
    }

    @Test func anActorMatchingNothingIsNamedWithCloseMatches() throws {
        let (result, kept) = try events(["--actor", "kim-jong-unn"])
        #expect(result.status == 0)
        #expect(result.stderr.contains(
            "warning: --actor \"kim-jong-unn\" matches no actor or country code in the input; did you mean kim-jong-un?"))
        #expect(kept.isEmpty)
        let (other, _) = try events(["--actor", "XYZ,prk"])
        #expect(other.stderr.contains("--actor \"XYZ\" matches no actor or country code in the input"))
        #expect(!other.stderr.contains("\"prk\""))
    }

    @Test func helpListsTypesModalitiesAndActorIdsAndTheUndatedRule() throws {
        let help = try CommandLine.run(["build", "--help"]).stdoutText
            .replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
        for value in ["CONSULT", "ASSAULT", "COOPERATE", "asserted", "hedged", "reported", "PRK", "kim-jong-un",
                      "ISO 3166 alpha-3", "undated events are dropped", "byte-identical"] {
            #expect(help.contains(value), "build --help lacks \(value)")
        }
    }

    @Test(arguments: ["20", "19x", "May 2020", ""])
    func dateBoundsShorterThanAYearAreUsageErrors(value: String) throws {
        let result = try CommandLine.run(["build", "examples", "--out", "/tmp/storygraph-unused", "--from", value])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--from \"\(value)\" is not a date: give at least a year"))
        let to = try CommandLine.run(["build", "examples", "--out", "/tmp/storygraph-unused", "--to", value])
        #expect(to.status == 64)
    }

    @Test func aYearWindowDropsUndatedEvents() throws {
        let (all, every) = try events([])
        let (window, kept) = try events(["--from", "2019", "--to", "2026"])
        #expect(all.status == 0 && window.status == 0)
        #expect(kept.count < every.count)
        #expect(!kept.isEmpty)
    }
}
