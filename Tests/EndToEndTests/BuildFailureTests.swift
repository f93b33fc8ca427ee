import Foundation
import Testing

/// A failed build says what went wrong and leaves the output folder as it was.
struct BuildFailureTests {
    @Test(arguments: [
        (["--format", "svg,tiff"], "tiff"),
        (["--sector", "GOV,FOO"], "unknown --sector \"FOO\"; CAMEO sectors: AGR, BUD"),
    ])
    func anUnknownValueIsAUsageErrorListingTheChoices(option: [String], message: String) throws {
        let directory = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(["build", "examples", "--out", directory.path] + option)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func badInputLeavesExistingOutputsUntouched() throws {
        let directory = try CommandLine.temporaryDirectory()
        let marker = directory.appendingPathComponent("events.json")
        try Data("previous".utf8).write(to: marker)
        let bad = directory.appendingPathComponent("bad.jsonl")
        try Data("{\"id\":\"x\",\"text\":\"Hi.\",\"published\":\"2026-13-01\"}\n".utf8).write(to: bad)
        let result = try CommandLine.run(["build", bad.path, "--out", directory.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.jsonl:1: published date \"2026-13-01\""))
        #expect(try Data(contentsOf: marker) == Data("previous".utf8))
    }
}
