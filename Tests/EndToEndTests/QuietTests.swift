import Foundation
import Testing

/// `--quiet` on every command that prints summaries, counts, notes or warnings on standard error: nothing but
/// errors there, the same results and exit status.
@Suite struct QuietTests {
    @Test(arguments: ["extract", "ingest", "build", "report", "query", "series"])
    func everyCommandWithDiagnosticsTakesQuiet(command: String) throws {
        let help = try CommandLine.run(["help", command])
        #expect(help.stdoutText.contains("--quiet"), "\(command)")
        #expect(help.stdoutText.contains("Print nothing on standard error but errors"), "\(command)")
    }

    @Test func quietCommandsPrintNothingButTheirResults() throws {
        let folder = try CommandLine.temporaryDirectory()
        let out = folder.appendingPathComponent("out")
        let loud = try CommandLine.run(["build", "examples", "--out", out.path])
        #expect(loud.stderr.contains("storygraph build: 1 document, "))
        let build = try CommandLine.run(["build", "examples", "--out", out.path, "--quiet"])
        #expect(build.status == 0)
        #expect(build.stderr == "")
        #expect(try Data(contentsOf: out.appendingPathComponent("events.json")).count > 1000)

        let report = try CommandLine.run(["report", "examples", "--out", folder.appendingPathComponent("r.html").path, "--quiet"])
        #expect(report.status == 0)
        #expect(report.stderr == "")
        let db = folder.appendingPathComponent("corpus.sqlite").path
        let ingest = try CommandLine.run(["ingest", "examples", "--db", db, "--quiet"])
        #expect(ingest.status == 0)
        #expect(ingest.stderr == "")
        let query = try CommandLine.run(["query", "--db", db, "--format", "csv", "--quiet"])
        #expect(query.stderr == "")
        #expect(query.stdoutText.split(whereSeparator: \.isNewline).count == 17)  // header and 16 events
        let series = try CommandLine.run(["series", "--db", db, "--quiet"])
        #expect(series.stderr == "")
        #expect(series.stdoutText.hasPrefix("period,clusters,mean_goldstein\r\n"))
    }

    @Test func quietKeepsWarningsToItselfButNeverErrors() throws {
        let folder = try CommandLine.temporaryDirectory()
        let out = folder.appendingPathComponent("out").path
        let warned = try CommandLine.run(["build", "examples", "--out", out, "--actor", "ZZZ"])
        #expect(warned.stderr.contains("storygraph build: warning: "))
        let quiet = try CommandLine.run(["build", "examples", "--out", out, "--actor", "ZZZ", "--quiet"])
        #expect(quiet.status == warned.status)
        #expect(quiet.stderr == "")
        let failed = try CommandLine.run(["build", "no/such/input.txt", "--out", out, "--quiet"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("no/such/input.txt: no such file or directory"))
        let query = try CommandLine.run(["query", "--db", folder.appendingPathComponent("none.sqlite").path, "--quiet"])
        #expect(query.status == 1)
        #expect(query.stderr.contains("none.sqlite: no such database"))
    }
}
