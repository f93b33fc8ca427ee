import Foundation
import Testing

/// A gold record given twice (the same id on two lines) is an error naming the file, both lines and the id:
/// scored twice, its events or mentions counted double.
struct DuplicateGoldTests {
    @Test(arguments: [
        ("eval-events", "Tests/Gold/events-gold.jsonl"), ("eval-actors", "Tests/Gold/actor-gold.jsonl"),
        ("eval-geo", "Tests/Gold/geo-gold.jsonl"), ("eval-timex", "Tests/Gold/timex-gold.jsonl"),
        ("train-events", "Tests/Gold/events-sentences.jsonl"),
    ])
    func aRepeatedGoldIDIsAnErrorNamingFileLineAndID(command: String, source: String) throws {
        let lines = try String(contentsOf: CommandLine.packageRoot.appendingPathComponent(source), encoding: .utf8)
            .split(separator: "\n")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let id = try #require(record["id"] as? String)
        let folder = try CommandLine.temporaryDirectory()
        let gold = folder.appendingPathComponent("gold.jsonl")
        try Data([lines[0], lines[1], lines[0]].joined(separator: "\n").utf8).write(to: gold)
        let out = folder.appendingPathComponent("model.json").path
        let result = try CommandLine.run([command, gold.path] + (command == "train-events" ? ["--out", out] : []))
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            Error: \(gold.path):3: gold id "\(id)" is already used on line 1; each gold document needs its own id (it would be scored twice)

            """, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test(arguments: ["eval-events", "eval-timex"])
    func aGoldLineWithATrailingCommaIsNotValidJSON(command: String) throws {
        let source = command == "eval-events" ? "Tests/Gold/events-gold.jsonl" : "Tests/Gold/timex-gold.jsonl"
        let first = try #require(try String(contentsOf: CommandLine.packageRoot.appendingPathComponent(source), encoding: .utf8)
            .split(separator: "\n").first)
        let gold = try CommandLine.temporaryDirectory().appendingPathComponent("gold.jsonl")
        try Data((first.dropLast() + ",}\n").utf8).write(to: gold)
        let result = try CommandLine.run([command, gold.path])
        #expect(result.status == 1)
        #expect(result.stderr == """
            Error: \(gold.path):1: not valid JSON: a comma before the closing bracket at column \(first.unicodeScalars.count) \
            (JSON allows no trailing comma; remove it)

            """, "\(result.stderr)")
    }

    /// The article reader refused a repeated key; gold files kept one of the values unsaid.
    @Test(arguments: [
        ("eval-events", "Tests/Gold/events-gold.jsonl"), ("eval-actors", "Tests/Gold/actor-gold.jsonl"),
        ("eval-geo", "Tests/Gold/geo-gold.jsonl"), ("eval-timex", "Tests/Gold/timex-gold.jsonl"),
    ])
    func aKeyGivenTwiceInAGoldRecordIsAnErrorNamingLineAndKey(command: String, source: String) throws {
        let lines = try String(contentsOf: CommandLine.packageRoot.appendingPathComponent(source), encoding: .utf8)
            .split(separator: "\n")
        let gold = try CommandLine.temporaryDirectory().appendingPathComponent("gold.jsonl")
        // The second line gets a second "id" (the first one keeps its own).
        let repeated = "{\"id\": \"other\", " + lines[1].dropFirst()
        try Data([String(lines[0]), repeated].joined(separator: "\n").utf8).write(to: gold)
        let result = try CommandLine.run([command, gold.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Error: \(gold.path):2: bad gold record: \"id\" is given twice in one object; keep one\n",
                "\(result.stderr)")
    }
}
