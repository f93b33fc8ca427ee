import Foundation
import Testing

/// The three eval commands report a missing file, a bad line and an empty gold file the same way.
struct EvalErrorTests {
    static let commands = ["eval-timex", "eval-actors", "eval-events"]

    func gold(_ text: String) throws -> URL {
        let file = try CommandLine.temporaryDirectory().appendingPathComponent("gold.jsonl")
        try Data(text.utf8).write(to: file)
        return file
    }

    @Test(arguments: commands)
    func missingGoldFileIsNamed(command: String) throws {
        let result = try CommandLine.run([command, "no/such/gold.jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Error: no/such/gold.jsonl: no such file"))
        #expect(!result.stderr.contains("USAGE") && !result.stderr.contains("Usage: storygraph <subcommand>"))
    }

    @Test(arguments: commands)
    func emptyGoldFileIsAnError(command: String) throws {
        let file = try gold("\n  \n")
        let result = try CommandLine.run([command, file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path): no gold documents"))
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: commands)
    func invalidJSONLineIsNamedPlainly(command: String) throws {
        let file = try gold("\n{\"id\": \n")
        let result = try CommandLine.run([command, file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path):2: not valid JSON"))
    }

    @Test(arguments: zip(commands, ["timex", "mentions", "events"]))
    func missingKeyIsNamedPlainly(command: String, key: String) throws {
        let file = try gold("{\"id\":\"a\",\"published\":\"2026-02-20\",\"text\":\"Hi.\"}\n")
        let result = try CommandLine.run([command, file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path):1: missing key \"\(key)\""))
        #expect(!result.stderr.contains("keyNotFound") && !result.stderr.contains("CodingKeys"))
    }

    @Test func wrongTypeIsNamedPlainly() throws {
        let file = try gold("{\"id\":\"a\",\"text\":\"Hi.\",\"timex\":[{\"start\":\"0\",\"end\":2,\"type\":\"DATE\",\"value\":\"2020\"}]}\n")
        let result = try CommandLine.run(["eval-timex", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path):1: \"timex[0].start\" should be a whole number"))
    }

    /// A value of the wrong kind or out of its set is shown, not only its place.
    @Test(arguments: [
        ("eval-events", #"{"id":"a","text":"Hi.","events":[{"source":"RUS","target":"UKR","type":"ATACK","modality":"asserted"}]}"#,
         #":1: "events[0].type" has an invalid value "ATACK""#),
        ("eval-events", #"{"id":"a","text":"Hi.","events":[{"source":"RUS","type":"ASSAULT","modality":"sure"}]}"#,
         #":1: "events[0].modality" has an invalid value "sure""#),
        ("eval-timex", #"{"id":"a","text":"Hi.","timex":[{"start":"0","end":2,"type":"DATE","value":"2020"}]}"#,
         #":1: "timex[0].start" should be a whole number, not "0""#),
        ("eval-actors", #"{"id":"a","text":"Hi.","mentions":[{"start":0,"end":true,"text":"Hi","actor":"X"}]}"#,
         #":1: "mentions[0].end" should be a whole number, not true"#),
    ] as [(String, String, String)])
    func aBadGoldValueIsShown(command: String, line: String, message: String) throws {
        let file = try gold(line + "\n")
        let result = try CommandLine.run([command, file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(file.path + message), "\(result.stderr)")
    }

    @Test func goldMentionOffsetsOutsideTheTextAreNamed() throws {
        let file = try gold("{\"id\":\"a\",\"text\":\"Hi.\",\"mentions\":[{\"start\":0,\"end\":2,\"text\":\"Hi\",\"actor\":\"X\"},"
            + "{\"start\":40,\"end\":46,\"text\":\"Russia\",\"actor\":\"RUS\"}]}\n")
        let result = try CommandLine.run(["eval-actors", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path):1: \"mentions[1]\": offsets 40-46 are not a span inside the text (3 scalars)"))
    }

    /// A missing dictionary file is a bad input like a missing gold file (see `DictionaryFileTests`).
    @Test func missingLexiconOrPatternFileIsNamed() throws {
        let file = try gold("{\"id\":\"a\",\"text\":\"Hi.\",\"mentions\":[]}\n")
        let result = try CommandLine.run(["eval-actors", file.path, "--lexicon", "no/such.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: --lexicon no/such.yaml: no such file\n")
        let events = try CommandLine.run(["eval-events", file.path, "--patterns", "no/such.json"])
        #expect(events.status == 1)
        #expect(events.stderr == "Error: --patterns no/such.json: no such file\n")
    }

    @Test func patternFileErrorsReadPlainly() throws {
        let directory = try CommandLine.temporaryDirectory()
        let patterns = directory.appendingPathComponent("patterns.json")
        try Data("{\"patterns\": []}".utf8).write(to: patterns)
        let result = try CommandLine.run(["extract", "examples", "--patterns", patterns.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(patterns.path): missing key \"version\""))
        #expect(!result.stderr.contains("keyNotFound"))
    }
}
