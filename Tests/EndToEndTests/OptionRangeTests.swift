import Foundation
import Testing

/// Numbers and dates that start with "-" reach their option's own check: a clear message naming the option and the
/// allowed range (exit 64), never the argument parser's "Missing value".
struct OptionRangeTests {
    @Test(arguments: [
        (["--parser-iterations", "-1"], "--parser-iterations must be a whole number of at least 1, not -1"),
        (["--parser-iterations", "0"], "--parser-iterations must be a whole number of at least 1, not 0"),
        (["--tagger-iterations", "-5"], "--tagger-iterations must be a whole number of at least 1, not -5"),
        (["--entities-iterations", "0"], "--entities-iterations must be a whole number of at least 1, not 0"),
        (["--entities-max-bytes", "-7"], "--entities-max-bytes must be a whole number of at least 1, not -7"),
        (["--parser-max-features", "0"], "--parser-max-features must be a whole number of at least 1, not 0"),
        (["--parser-exploration-start", "-2"], "--parser-exploration-start must be a pass number of 0 or more, not -2"),
        (["--parser-min-weight", "-0.5"], "--parser-min-weight must be a number of 0 or more, not -0.5"),
        (["--parser-exploration-probability", "1.5"],
         "--parser-exploration-probability must be a probability from 0 to 1, not 1.5"),
        (["--tagger-max-features", "0"], "--tagger-max-features must be a whole number of at least 1, not 0"),
        (["--tagger-lowercased-fraction", "-0.1"],
         "--tagger-lowercased-fraction must be a share from 0 to 1, not -0.1"),
    ])
    func trainingNumbersOutOfRangeNameTheOptionAndRange(arguments: [String], message: String) throws {
        let out = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(arguments + ["--out", out.path], program: "storygraph-train")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: \(message)\n"))
        #expect(!result.stderr.contains("Missing value"))
    }

    @Test func aNegativeSeedIsNamedAsAnInvalidValue() throws {
        let result = try CommandLine.run(["--seed", "-1"], program: "storygraph-train")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: The value '-1' is invalid for '--seed <seed>'"))
    }

    @Test func aSouthernCircleAndANegativeDateReachTheirChecks() throws {
        let out = try CommandLine.temporaryDirectory()
        let south = try CommandLine.run(["build", "examples", "--out", out.path, "--near", "-33.92,18.42,50"])
        #expect(south.status == 0)
        #expect(south.stderr.contains("the filters removed all 16 events"))
        let pole = try CommandLine.run(["build", "examples", "--out", out.path, "--near", "-91,18.42,50"])
        #expect(pole.status == 64)
        #expect(pole.stderr.hasPrefix("Error: --near \"-91,18.42,50\" is not a usable circle: latitude must lie in -90…90"))
        let year = try CommandLine.run(["build", "examples", "--out", out.path, "--from", "-2020"])
        #expect(year.status == 64)
        #expect(year.stderr.hasPrefix(
            "Error: --from \"-2020\" is not a date: give at least a year, as YYYY, YYYY-MM or YYYY-MM-DD\n"))
        let published = try CommandLine.run(["extract", "examples", "--published", "-1"])
        #expect(published.status == 64)
        #expect(published.stderr.hasPrefix("Error: --published \"-1\" is not a date storygraph reads: write a YYYY-MM-DD day "
            + "(0001-01-01 to 9999-12-31), an RFC 3339 timestamp (2025-06-03T09:00:00Z) or an RSS pubDate (Tue, 03 Jun 2025 09:00:00 GMT)\n"))
    }

    @Test func aJSONLDateUnderAnotherCaseIsReadAndAnUnreadOneIsCounted() throws {
        let feed = #"{"id":"a","text":"Kim Jong Un met Xi Jinping in Beijing yesterday.","Date":"2024-03-05"}"# + "\n"
            + #"{"id":"b","text":"Kim Jong Un met Xi Jinping in Beijing yesterday.","updated":"2024-03-05"}"# + "\n"
        let result = try CommandLine.run(["extract", "-"], stdin: feed)
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n").map { String($0) }
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let document = try #require(first["document"] as? [String: Any])
        #expect(document["published"] as? String == "2024-03-05")
        let timexes = try #require(first["timexes"] as? [[String: Any]])
        #expect(timexes.first?["value"] as? String == "2024-03-04")
        #expect(lines[1].contains(#""code":"metadata.unread-date-key""#))
        #expect(lines[1].contains(#"-:2: key \"updated\" looks like a date but is not read"#))
        #expect(result.stderr.contains("1 metadata.unread-date-key"))
        // Also a warning on standard error, naming the file (here standard input, "-") and the line.
        #expect(result.stderr.contains(
            #"storygraph extract: warning: -:2: key "updated" looks like a date but is not read; the document has no publication date of its own"#))
        let quiet = try CommandLine.run(["extract", "-", "--quiet"], stdin: feed)
        #expect(quiet.status == 0)
        #expect(quiet.stderr == "")
    }

    @Test func anUnreadDateKeyInFrontMatterIsAWarningNamingTheFile() throws {
        let folder = try CommandLine.temporaryDirectory()
        let story = folder.appendingPathComponent("story.txt")
        try Data("---\nid: story\nlast-updated: 2024-03-05\n---\nKim Jong Un met Xi Jinping in Beijing yesterday.\n".utf8)
            .write(to: story)
        let build = try CommandLine.run(["build", story.path, "--out", folder.appendingPathComponent("out").path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains(
            "storygraph build: warning: \(story.path):3:1: key \"last-updated\" looks like a date but is not read; "
                + "the document has no publication date of its own"))
        // With a publication date read from another key, it is a note in the findings, not a warning.
        try Data("---\nid: story\npublished: 2024-03-06\nlast-updated: 2024-03-05\n---\nKim Jong Un met Xi Jinping.\n".utf8)
            .write(to: story)
        let dated = try CommandLine.run(["build", story.path, "--out", folder.appendingPathComponent("out").path])
        #expect(dated.status == 0, "\(dated.stderr)")
        #expect(!dated.stderr.contains("looks like a date"))
        #expect(dated.stderr.contains("1 metadata.unread-date-key"))
    }
}
