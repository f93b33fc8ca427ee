import Foundation
import Testing

/// What new users typed that the command line once took silently or answered wrongly: `help` of no command,
/// empty option values, `--quiet` where a command had none, closed standard streams, CSV line ends.
@Suite struct CommandLineEdgeTests {
    @Test(arguments: [(["help", "nosuch"], "no such command: \"nosuch\"; commands: extract, build, ingest, "),
                      (["help", "build", "nosuch"], "no such command: build has no subcommand \"nosuch\""),
                      (["nosuch"], "no such command: \"nosuch\"; commands: extract, build, ingest, ")])
    func helpOfNoCommandIsAUsageError(arguments: [String], message: String) throws {
        let result = try CommandLine.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: \(message)"), "\(result.stderr)")
        let known = try CommandLine.run(["help", "build"])
        #expect(known.status == 0)
        #expect(known.stdoutText.contains("USAGE: storygraph build"))
    }

    @Test(arguments: [
        (["report", "examples", "--out", "OUT/r.html", "--title", ""], "--title needs some text, the report's heading"),
        (["report", "examples", "--out", "OUT/r.html", "--title", "  "], "--title needs some text, the report's heading"),
        (["build", "examples", "--out", "OUT", "--format", "svg,,png"], "--format \"svg,,png\" has an empty item"),
        (["build", "examples", "--out", "OUT", "--type", "ACCUSE,"], "--type \"ACCUSE,\" has an empty item"),
        (["build", "examples", "--out", "OUT", "--country-of-event", "SYR,,IRQ"], "--country-of-event \"SYR,,IRQ\" has an empty item"),
    ])
    func emptyOptionValuesAreUsageErrorsNamingTheOption(arguments: [String], message: String) throws {
        let folder = try CommandLine.temporaryDirectory().appendingPathComponent("out")
        let result = try CommandLine.run(arguments.map { $0.replacingOccurrences(of: "OUT", with: folder.path) })
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: \(message)"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    /// Standard input can be read once: a second `-` found it used up and reported "-: article text is empty".
    @Test(arguments: [["extract", "-", "-"], ["build", "-", "examples", "-", "--out", "OUT"], ["parse", "-", "-"]])
    func standardInputGivenTwiceIsAUsageError(arguments: [String]) throws {
        let folder = try CommandLine.temporaryDirectory().appendingPathComponent("out")
        let record = "{\"id\":\"a\",\"text\":\"Russia attacked Ukraine.\",\"published\":\"2022-02-24\"}\n"
        let result = try CommandLine.run(arguments.map { $0 == "OUT" ? folder.path : $0 }, stdin: record)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: '-' is given 2 times: standard input can be read only once; give '-' once\n"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test(arguments: ["eval-timex", "eval-actors", "eval-events", "eval-geo", "eval-parse", "eval-ner", "parse", "ner",
                      "train-events"])
    func everyCommandTakesQuiet(command: String) throws {
        let help = try CommandLine.run(["help", command])
        #expect(help.stdoutText.contains("Print nothing on standard error but errors"), "\(command)")
    }

    @Test func quietParseKeepsItsResultsAndDropsItsWarnings() throws {
        let folder = try CommandLine.temporaryDirectory()
        let text = "Russia attacked Ukraine.\n"
        for name in ["a.txt", "b.txt"] {
            try Data("---\nid: same\n---\n\(text)".utf8).write(to: folder.appendingPathComponent(name))
        }
        let loud = try CommandLine.run(["parse", folder.path])
        #expect(loud.stderr.contains("storygraph: warning: \(folder.path)/b.txt repeats document \"same\""))
        let quiet = try CommandLine.run(["parse", folder.path, "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.stderr == "")
        #expect(quiet.stdout == loud.stdout)
        #expect(quiet.stdoutText.contains("# sent_id = same-1"))
    }

    @Test func quietSaysWhySkippedFilesWereNotShown() throws {
        let folder = try CommandLine.temporaryDirectory()
        let pdf = folder.appendingPathComponent("a.txt")
        try Data("%PDF-1.7 not an article".utf8).write(to: pdf)
        let quiet = try CommandLine.run(["extract", pdf.path, "--skip-bad-files", "--quiet"])
        #expect(quiet.status == 1)
        #expect(quiet.stderr == "Error: no document left to read in \(pdf.path) (1 bad file skipped; run without --quiet to see why)\n")
        let loud = try CommandLine.run(["extract", pdf.path, "--skip-bad-files"])
        #expect(loud.stderr.hasSuffix("Error: no document left to read in \(pdf.path) (1 bad file skipped, see the warnings above)\n"))
        #expect(loud.stderr.contains("storygraph: warning: \(pdf.path): not text: it is a PDF document; skipped"))
    }

    /// Runs `storygraph ARGUMENTS REDIRECTION` through the shell, for redirections `Process` cannot make.
    static func shell(_ arguments: [String], _ redirection: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let quoted = ([CommandLine.executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        process.arguments = ["-c", "exec " + quoted.joined(separator: " ") + " " + redirection]
        process.currentDirectoryURL = CommandLine.packageRoot
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(arguments: ["2>&-", "2>/dev/full"])
    func ingestClosesItsStoreWhateverHappensToStandardError(redirection: String) throws {
        let folder = try CommandLine.temporaryDirectory()
        let db = folder.appendingPathComponent("news.db").path
        #expect(try Self.shell(["ingest", "examples", "--db", db, "--verbose"], redirection) == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["news.db"])  // no -wal, no -shm
        let query = try CommandLine.run(["query", "--db", db, "--format", "csv"])
        #expect(query.stdoutText.split(whereSeparator: \.isNewline).count == 17)  // header and 16 events
    }

    @Test func resultsOnAClosedStandardOutputAreAnError() throws {
        let folder = try CommandLine.temporaryDirectory()
        let errors = folder.appendingPathComponent("errors.txt")
        #expect(try Self.shell(["extract", "examples"], ">&- 2>'\(errors.path)'") == 1)
        #expect(try String(contentsOf: errors, encoding: .utf8).contains(
            "Error: could not write to standard output: it is closed (>&-); redirect it to a file"))
    }

    @Test func helpOnAClosedStandardOutputIsAnError() throws {
        let folder = try CommandLine.temporaryDirectory()
        let errors = folder.appendingPathComponent("errors.txt")
        #expect(try Self.shell(["--help"], ">&- 2>'\(errors.path)'") == 1)
        #expect(try String(contentsOf: errors, encoding: .utf8).contains(
            "Error: could not write the help to standard output: it is closed (>&-)"))
    }

    @Test func queryCSVEndsLinesWithCRLFAsEventsCSVDoes() throws {
        let folder = try CommandLine.temporaryDirectory()
        let db = folder.appendingPathComponent("news.db").path
        #expect(try CommandLine.run(["ingest", "examples", "--db", db, "--quiet"]).status == 0)
        let query = try CommandLine.run(["query", "--db", db, "--format", "csv", "--quiet"])
        let out = folder.appendingPathComponent("out")
        #expect(try CommandLine.run(["build", "examples", "--out", out.path, "--quiet"]).status == 0)
        let events = try String(contentsOf: out.appendingPathComponent("events.csv"), encoding: .utf8)
        for text in [query.stdoutText, events] {
            let bytes = Array(text.utf8)
            let lineFeeds = bytes.indices.filter { bytes[$0] == 10 }
            #expect(lineFeeds.count >= 17)
            // Every line feed ends a CRLF (line breaks inside quoted evidence would be kept as written).
            #expect(lineFeeds.filter { $0 > 0 && bytes[$0 - 1] == 13 }.count == lineFeeds.count)
            #expect(text.hasSuffix("\r\n"))
        }
        #expect(query.stdoutText.hasPrefix("date,source,target,type,mode,modality,goldstein,articles,sources,cluster,document,evidence\r\n"))
    }
}

/// The diagrams' SVG tooltips are what a reader should see, never Graphviz's internal node names.
@Suite struct SVGTooltipTests {
    @Test func noInternalNodeIdIsATooltip() throws {
        let out = try CommandLine.temporaryDirectory().appendingPathComponent("out")
        #expect(try CommandLine.run(["build", "examples", "--out", out.path, "--quiet"]).status == 0)
        for name in ["relations.svg", "timeline.svg"] {
            let svg = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            let titles = svg.components(separatedBy: "<title>").dropFirst().compactMap { $0.components(separatedBy: "</title>").first }
            #expect(titles.count > 5, "\(name)")
            #expect(titles.first == name.replacingOccurrences(of: ".svg", with: ""))
            for title in titles.dropFirst() {
                #expect(!title.hasPrefix("box:") && !title.hasPrefix("grid:") && !title.hasPrefix("axis:") && !title.hasPrefix("lane:")
                    && !title.hasPrefix("tick:"), "\(name): \(title)")
                #expect(title.contains(" · ") || title.contains(": "), "\(name): \(title)")  // a dated event line or a relation
            }
        }
    }
}
