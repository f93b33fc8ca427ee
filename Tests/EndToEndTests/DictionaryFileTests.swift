import Foundation
import Testing

/// A bad `--lexicon` or `--patterns` file stops the command with the file and the problem named, always with
/// exit status 1 (a bad input, as the README says; 64 is for usage errors), before any input is read and with
/// nothing written.
struct DictionaryFileTests {
    /// A folder holding the named files (a `nil` text makes a folder of that name).
    func folder(_ files: [String: Data?]) throws -> URL {
        let folder = try CommandLine.temporaryDirectory()
        for (name, data) in files {
            let url = folder.appendingPathComponent(name)
            if let data { try data.write(to: url) } else { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        }
        return folder
    }

    static let lexiconCases: [(name: String, contents: Data?, message: String)] = [
        ("lexicons", nil, "Error: --lexicon NAME: is a directory; give the file itself, a YAML or JSON actor lexicon (see examples/lexicon-example.yaml)"),
        ("garbage.yaml", Data([0x89, 0x50, 0x4E, 0x47, 0xFF, 0xFE, 0x00, 0x9C]),
         "Error: NAME: cannot read lexicon file: not UTF-8 text (a lexicon is a YAML or JSON file)"),
        ("empty.yaml", Data(), "Error: --lexicon NAME: the file is empty; it should be a YAML or JSON actor lexicon (see examples/lexicon-example.yaml)"),
        ("comments.yaml", Data("# nothing yet\n\n".utf8),
         "Error: NAME: the lexicon file holds no entries (only white space or comments); give actors, aliases, notActors or agents (see examples/lexicon-example.yaml)"),
        ("list.yaml", Data("- a\n- b\n".utf8),
         "Error: NAME:1: the file must be a mapping with keys actors, aliases, notActors, agents"),
    ]

    @Test(arguments: lexiconCases)
    func aBadLexiconIsNamedWithExitStatusOne(name: String, contents: Data?, message: String) throws {
        let folder = try folder([name: contents])
        let path = folder.appendingPathComponent(name).path
        let out = folder.appendingPathComponent("out")
        for command in [["extract", "examples"], ["build", "examples", "--out", out.path]] {
            let result = try CommandLine.run(command + ["--lexicon", path])
            #expect(result.status == 1, "\(command[0]) \(name)")
            #expect(result.stderr == message.replacingOccurrences(of: "NAME", with: path) + "\n")
            #expect(result.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aLexiconIsNamedAsTyped() throws {
        let result = try CommandLine.run(["extract", "examples", "--lexicon", "Tests/HostileInputs/png-named.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: Tests/HostileInputs/png-named.txt: cannot read lexicon file: not UTF-8 text"))
    }

    static let patternCases: [(name: String, contents: Data?, message: String)] = [
        ("patterns", nil, "Error: --patterns NAME: is a directory; give the file itself, a JSON event-pattern file"),
        ("empty.json", Data(), "Error: --patterns NAME: the file is empty; it should be a JSON event-pattern file"),
        // A bare word on line 4, column 30 (counted in Unicode scalars: "ü" is one).
        ("word.json", Data("{\n  \"version\": 1,\n  \"patterns\": [\n    {\"lemma\": \"snüb\", \"pos\": verb}\n  ]\n}\n".utf8),
         "Error: NAME:4:30: not valid JSON: unexpected \"v\" (text and keys go in double quotes)"),
        ("comma.json", Data("{\n  \"version\": 1,\n  \"patterns\": [,]\n}\n".utf8),
         "Error: NAME:3:16: not valid JSON: unexpected \",\" (a value missing before it?)"),
        ("open.json", Data("{\n  \"version\": 1,\n  \"patterns\": [\n".utf8),
         "Error: NAME:4:1: not valid JSON: the file ends before the JSON is complete (a bracket, brace or quote not closed?)"),
        ("key.json", Data("{\"patterns\": []}".utf8), "Error: NAME: missing key \"version\""),
    ]

    @Test(arguments: patternCases)
    func aBadPatternFileIsNamedWithLineAndColumn(name: String, contents: Data?, message: String) throws {
        let folder = try folder([name: contents])
        let path = folder.appendingPathComponent(name).path
        let result = try CommandLine.run(["extract", "examples", "--patterns", path])
        #expect(result.status == 1, "\(name)")
        #expect(result.stderr == message.replacingOccurrences(of: "NAME", with: path) + "\n")
    }
}
