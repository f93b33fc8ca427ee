import Foundation
import Testing

/// Messages new users tripped over: a count without plural agreement, and a bad JSONL line under
/// `--skip-bad-files` alone that did not say which option skips lines.
struct MessageWordingTests {
    @Test func seriesCountsOneHappeningInTheSingular() throws {
        let folder = try CommandLine.temporaryDirectory()
        let input = folder.appendingPathComponent("corpus.jsonl")
        try StoreCommandTests.corpus(2).write(to: input, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("corpus.sqlite").path
        #expect(try CommandLine.run(["ingest", input.path, "--db", db, "--quiet"]).status == 0)
        let result = try CommandLine.run(["series", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "storygraph series: 1 period, 1 happening\n", "\(result.stderr)")
    }

    @Test func aBadLineUnderSkipBadFilesAloneNamesSkipBadLines() throws {
        let folder = try CommandLine.temporaryDirectory()
        let input = folder.appendingPathComponent("news.jsonl")
        try Data("{\"id\": \"a\", \"text\": \"Russia attacked Ukraine.\"}\n{\"id\": \"b\", \"text\": 3}\n".utf8).write(to: input)
        let result = try CommandLine.run(["extract", input.path, "--skip-bad-files"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Error: \(input.path):2: bad JSONL record: \"text\" must be a text, not the number 3; --skip-bad-files "
            + "skips whole files, not lines: add --skip-bad-lines to skip bad lines like this one\n", "\(result.stderr)")
        let skipped = try CommandLine.run(["extract", input.path, "--skip-bad-files", "--skip-bad-lines", "--quiet"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
    }
}
