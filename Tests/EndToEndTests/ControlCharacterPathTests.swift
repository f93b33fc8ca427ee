import Foundation
import Testing

/// A file name with control characters (an escape sequence, a line break) is shown escaped in every message,
/// never raw: the terminal must not obey it, and one message stays one line.
struct ControlCharacterPathTests {
    /// A name that would clear the screen and one that would split the message.
    static let names = [("evil\u{1B}[2J.txt", "evil\\u{1B}[2J.txt"), ("two\nlines.txt", "two\\nlines.txt")]

    @Test(arguments: names)
    func aMissingInputIsNamedEscaped(name: String, shown: String) throws {
        let folder = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(["extract", folder.appendingPathComponent(name).path])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(folder.path)/\(shown): no such file or directory\n", "\(result.stderr)")
    }

    @Test(arguments: names)
    func anOutFolderUnderAFileIsNamedEscaped(name: String, shown: String) throws {
        let folder = try CommandLine.temporaryDirectory()
        try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        let out = folder.appendingPathComponent(name).appendingPathComponent("out").path
        let result = try CommandLine.run(["build", "examples", "--out", out, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: could not create \(folder.path)/\(shown)/out: "), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func aBadGoldLineIsNamedEscaped() throws {
        let folder = try CommandLine.temporaryDirectory()
        let gold = folder.appendingPathComponent("gold\u{7}\u{1B}]0;title.jsonl")
        try Data("{\"id\": \n".utf8).write(to: gold)
        let result = try CommandLine.run(["eval-timex", gold.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: \(folder.path)/gold\\u{7}\\u{1B}]0;title.jsonl:1: not valid JSON"), "\(result.stderr)")
    }

    @Test func aBadJSONLRecordIsNamedEscapedAndSkippedWithAnEscapedFinding() throws {
        let folder = try CommandLine.temporaryDirectory()
        let feed = folder.appendingPathComponent("feed\u{1B}[31m.jsonl")
        try Data("{\"id\":\"a\",\"text\":\"Russia attacked Ukraine.\",\"published\":\"2022-02-24\"}\n{\"id\":\"b\"}\n".utf8)
            .write(to: feed)
        let failed = try CommandLine.run(["extract", feed.path])
        #expect(failed.status == 1)
        #expect(failed.stderr == "Error: \(folder.path)/feed\\u{1B}[31m.jsonl:2: bad JSONL record: missing \"text\"\n")
        let skipped = try CommandLine.run(["extract", feed.path, "--skip-bad-lines"])
        #expect(skipped.status == 0)
        #expect(skipped.stderr.contains("\(folder.path)/feed\\u{1B}[31m.jsonl:2: bad JSONL record: missing \"text\"; line skipped"))
        #expect(!skipped.stderr.contains("\u{1B}"))
    }

    @Test(arguments: [
        (["--format", "svg\u{1B}[2J"], "unknown --format \"svg\\u{1B}[2j\"; valid formats: svg, png, pdf"),
        (["--type", "X\u{1B}"], "unknown --type \"X\\u{1B}\"; PLOVER types: "),
    ])
    func anOptionValueWithAControlCharacterIsShownEscaped(option: [String], message: String) throws {
        let folder = try CommandLine.temporaryDirectory().appendingPathComponent("out")
        let result = try CommandLine.run(["build", "examples", "--out", folder.path] + option)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: \(message)"), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}"))
    }
}
