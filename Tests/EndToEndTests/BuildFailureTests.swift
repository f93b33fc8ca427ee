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

    /// An output that names one of the inputs is refused before anything is written: the article stays.
    @Test func anOutputThatIsAnInputIsRefused() throws {
        let directory = try CommandLine.temporaryDirectory()
        let article = directory.appendingPathComponent("k.md")
        let text = try Data(contentsOf: URL(fileURLWithPath: "examples/korea-party-congress.txt"))
        try text.write(to: article)
        for arguments in [["report", article.path, "--out", article.path], ["parse", article.path, "-o", article.path]] {
            let result = try CommandLine.run(arguments)
            #expect(result.status == 1)
            #expect(result.stderr.contains("could not write \(article.path): it is the input \(article.path)"))
            #expect(try Data(contentsOf: article) == text)
        }
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
