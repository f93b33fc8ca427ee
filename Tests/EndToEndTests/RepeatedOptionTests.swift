import CommandLineChecks
import Foundation
import Testing

@testable import storygraph

/// A single-value option given twice (`--out a --out b`) is a usage error naming the option, in all three
/// executables; swift-argument-parser alone kept the last value without a word.
struct RepeatedOptionTests {
    @Test(arguments: [
        (["build", "examples", "--out", "OUT/a", "--out=OUT/b"], "--out was given 2 times (\"OUT/a\", \"OUT/b\")",
         "Usage: storygraph build [<options>] [<inputs> ...] --out <dir>\n  See 'storygraph build --help' for more information.\n"),
        (["extract", "examples", "--published", "2024-01-01", "--published", "2024-02-02"],
         "--published was given 2 times (\"2024-01-01\", \"2024-02-02\")", "  See 'storygraph extract --help' for more information.\n"),
        (["query", "--db", "OUT/x.db", "-o", "OUT/a", "--output", "OUT/b", "-o=OUT/c"],
         "--output was given 3 times (\"OUT/a\", \"OUT/b\", \"OUT/c\")", "  See 'storygraph query --help' for more information.\n"),
        (["build", "examples", "--out", "OUT/a", "--from", "-2020", "--from", "2021"],
         "--from was given 2 times (\"-2020\", \"2021\")", "  See 'storygraph build --help' for more information.\n"),
    ])
    func aSingleValueOptionGivenTwiceIsAUsageErrorNamingIt(arguments: [String], message: String, ending: String) throws {
        let folder = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(arguments.map { $0.replacingOccurrences(of: "OUT", with: folder.path) })
        let expected = message.replacingOccurrences(of: "OUT", with: folder.path)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: \(expected); it takes one value: give it once\nUsage: storygraph "), "\(result.stderr)")
        #expect(result.stderr.hasSuffix(ending), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aRepeatableOptionMayRepeat() throws {
        let folder = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run([
            "report", "examples", "--out", folder.appendingPathComponent("r.md").path, "--type", "CONSULT",
            "--type", "ACCUSE", "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.md").path))
    }

    @Test func storygraphTrainRefusesARepeatedOutBeforeTraining() throws {
        let folder = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(
            ["--out", folder.appendingPathComponent("a").path, "--out", folder.appendingPathComponent("b").path],
            program: "storygraph-train")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(
            "Error: --out was given 2 times (\"\(folder.path)/a\", \"\(folder.path)/b\"); it takes one value: give it once\n"
                + "Usage: storygraph-train "), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("  See 'storygraph-train --help' for more information.\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func storygraphIndexRefusesARepeatedRoot() throws {
        let result = try CommandLine.run(["--root", ".", "--root", "/nonexistent", "--check"], program: "storygraph-index")
        #expect(result.status == 64)
        #expect(result.stderr == """
            Error: --root was given 2 times (".", "/nonexistent"); it takes one value: give it once
            Usage: storygraph-index [--root <root>] [--check]
              See 'storygraph-index --help' for more information.

            """, "\(result.stderr)")
    }

    @Test(arguments: [
        (["build", "examples", "--out", "a", "--", "--out", "b"], nil),
        (["help", "build", "--out", "a", "--out", "b"], nil),
        (["build", "--quiet", "--quiet", "--out", "a"], nil),
        (["series", "-o", "a", "--db", "x", "-o", "b"], "--output"),
        (["ingest", "examples", "--db", "a", "--db", "b"], "--db"),
        // `--from` takes its next word whatever it is ("-2020"): that "--out" is a value, not a second --out.
        (["build", "--from", "--out", "--out", "a"], nil),
        (["build", "examples", "--type", "ACCUSE", "--type", "CONSULT", "--out", "a"], nil),
    ] as [([String], String?)])
    func theCheckReadsTheCommandsOwnTable(arguments: [String], option: String?) {
        #expect(RepeatedOption.find(in: arguments, root: Storygraph.self)?.option == option)
    }

    @Test func aControlCharacterInARepeatedValueIsEscaped() {
        let found = RepeatedOption.find(in: ["build", "--out", "a\u{1B}[2J", "--out", "b"], root: Storygraph.self)
        #expect(found?.message == "--out was given 2 times (\"a\\u{1B}[2J\", \"b\"); it takes one value: give it once")
    }
}
