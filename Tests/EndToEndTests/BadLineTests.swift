import Foundation
import Testing

/// `--skip-bad-lines` on a JSONL file whose every line is bad: the error says how many lines were skipped and
/// why the first was bad (it stopped with "no JSONL records" and none of the line warnings); a run that goes on
/// counts the lines it skipped in its summary.
struct BadLineTests {
    /// A folder with `bad.jsonl` (two malformed lines) and `good.jsonl` (one article and one malformed line).
    static func folder() throws -> URL {
        let folder = try CommandLine.temporaryDirectory()
        try Data("{bad\n{bad2\n".utf8).write(to: folder.appendingPathComponent("bad.jsonl"))
        let good = #"{"id": "a", "published": "2022-02-24", "text": "Russia attacked Ukraine."}"#
        try Data("\(good)\n{bad3\n".utf8).write(to: folder.appendingPathComponent("good.jsonl"))
        return folder
    }

    @Test(arguments: ["extract", "build", "ingest"])
    func everyLineBadSaysHowManyAndWhyTheFirst(command: String) throws {
        let folder = try Self.folder()
        let bad = folder.appendingPathComponent("bad.jsonl").path
        let extra: [String] = switch command {
        case "build": ["--out", folder.appendingPathComponent("out").path]
        case "ingest": ["--db", folder.appendingPathComponent("s.db").path]
        default: []
        }
        let result = try CommandLine.run([command, bad, "--skip-bad-lines"] + extra)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(
            "\(bad): no JSONL records: all 2 lines were skipped as bad (--skip-bad-lines); the first: \(bad):1: bad JSONL record: not valid JSON"),
            "\(result.stderr)")
        #expect(!result.stderr.contains("expected one {\"id\""), "\(result.stderr)")
        // With --skip-bad-files too, the file is skipped and counted once, as a bad file: its lines are not
        // counted as bad lines as well (it said "2 bad lines and 1 bad file skipped").
        let skipped = try CommandLine.run([command, bad, "--skip-bad-lines", "--skip-bad-files"] + extra)
        #expect(skipped.status == 1)
        #expect(skipped.stderr.contains("no document left to read in \(bad) (1 bad file skipped, see the warnings above)"),
                "\(skipped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test(arguments: ["extract", "build", "ingest"])
    func theSummaryCountsTheLinesSkipped(command: String) throws {
        let folder = try Self.folder()
        let good = folder.appendingPathComponent("good.jsonl").path
        let extra: [String] = switch command {
        case "build": ["--out", folder.appendingPathComponent("out").path]
        case "ingest": ["--db", folder.appendingPathComponent("s.db").path]
        default: []
        }
        let result = try CommandLine.run([command, good, "--skip-bad-lines"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("storygraph: warning: \(good):2: bad JSONL record: not valid JSON"), "\(result.stderr)")
        #expect(result.stderr.contains("storygraph \(command): 1 document (1 bad line skipped, see the warnings above)"),
                "\(result.stderr)")
    }

    /// With both skip flags, a bad line of a file that gives records is a bad line, and a file whose every line is
    /// bad is one bad file; neither is counted twice.
    @Test(arguments: ["extract", "build", "ingest"])
    func bothSkipFlagsCountEachProblemOnce(command: String) throws {
        let folder = try Self.folder()
        let extra: [String] = switch command {
        case "build": ["--out", folder.appendingPathComponent("out").path]
        case "ingest": ["--db", folder.appendingPathComponent("s.db").path]
        default: []
        }
        let bad = folder.appendingPathComponent("bad.jsonl").path
        let good = folder.appendingPathComponent("good.jsonl").path
        let result = try CommandLine.run([command, bad, good, "--skip-bad-lines", "--skip-bad-files"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("storygraph \(command): 1 document (1 bad line and 1 bad file skipped, see the warnings above)"),
                "\(result.stderr)")
        #expect(result.stderr.contains("storygraph: warning: \(bad): no JSONL records: all 2 lines were skipped as bad"), "\(result.stderr)")
    }
}
