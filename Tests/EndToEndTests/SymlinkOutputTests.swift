import Foundation
import Testing

@testable import storygraph

/// Every command treats an output path that is a symbolic link the same way: the link is replaced by the new
/// file (renamed into place like any output), and the file it pointed to stays as it was, so no command ever
/// writes outside the folder it was given. A link to a device (`-o` to a link to `/dev/null`) is written
/// through; `build` and `report` refuse one (see `OutputSetTests`).
struct SymlinkOutputTests {
    /// A folder holding `name` as a link to `elsewhere/theirs.txt`, which holds "theirs".
    func linked(_ name: String) throws -> (folder: URL, link: URL, target: URL) {
        let folder = try CommandLine.temporaryDirectory()
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let target = elsewhere.appendingPathComponent("theirs.txt")
        try Data("theirs".utf8).write(to: target)
        let link = folder.appendingPathComponent(name)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        return (folder, link, target)
    }

    /// `link` is now a regular file holding text that starts with `prefix`, and the old target is untouched.
    func expectReplaced(_ link: URL, target: URL, startingWith prefix: String) throws {
        let type = try FileManager.default.attributesOfItem(atPath: link.path)[.type] as? FileAttributeType
        #expect(type == .typeRegular, "\(link.lastPathComponent) is still a link")
        #expect(try String(contentsOf: link, encoding: .utf8).hasPrefix(prefix))
        #expect(try String(contentsOf: target, encoding: .utf8) == "theirs")
    }

    /// An output build wrote (listed in the folder's record) that was then made a link is replaced; a link of
    /// an output's name that build never wrote is the user's, and refused (see `BuildOutputSetTests`).
    @Test func buildReplacesALinkedOutput() throws {
        let (folder, link, target) = try linked("events.json")
        let refused = try CommandLine.run(["build", "examples", "--out", folder.path, "--quiet"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("could not write \(folder.path)/events.json: a file of that name is there that storygraph build did not write"))
        try FileManager.default.removeItem(at: link)
        #expect(try CommandLine.run(["build", "examples", "--out", folder.path, "--quiet"]).status == 0)
        try FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let result = try CommandLine.run(["build", "examples", "--out", folder.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        try expectReplaced(link, target: target, startingWith: "{")
    }

    /// A link to a file of the user's under the report's name is not storygraph's report: refused, left as it is.
    @Test func reportRefusesALinkToAFileOfTheUsers() throws {
        let (_, link, target) = try linked("report.html")
        let result = try CommandLine.run(["report", "examples", "--out", link.path, "--quiet"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("a file of that name is there that storygraph report did not write"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8) == "theirs")
    }

    @Test(arguments: [(["query", "--format", "csv"], "date,source"), (["series", "--by", "month"], "period,clusters")])
    func storeCommandsReplaceALinkedOutput(command: [String], header: String) throws {
        let (folder, link, target) = try linked("out.csv")
        let db = folder.appendingPathComponent("corpus.sqlite").path
        #expect(try CommandLine.run(["ingest", "examples", "--db", db, "--quiet"]).status == 0)
        let result = try CommandLine.run([command[0], "--db", db] + command.dropFirst() + ["-o", link.path])
        #expect(result.status == 0, "\(result.stderr)")
        try expectReplaced(link, target: target, startingWith: header)
    }

    /// `/dev/stdout` is a link to `/proc/self/fd/1`: it names the open standard output, which is written to
    /// (appended to, as after `>>`), never replaced, even when the shell sent it to a regular file.
    @Test(arguments: [">", ">>"])
    func devStdoutRedirectedToAFileIsWrittenToNotReplaced(redirection: String) throws {
        let folder = try CommandLine.temporaryDirectory()
        let input = folder.appendingPathComponent("a.txt")
        try Data("Seoul protested.\n".utf8).write(to: input)
        let output = folder.appendingPathComponent("out.conllu")
        try Data("kept\n".utf8).write(to: output)
        let status = try CommandLineEdgeTests.shell(["parse", input.path, "-o", "/dev/stdout"], "\(redirection) '\(output.path)'")
        #expect(status == 0)
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.hasPrefix(redirection == ">>" ? "kept\n# newdoc id = a" : "# newdoc id = a"), "\(text.prefix(40))")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "/dev/stdout") == "/proc/self/fd/1")
        #expect(!OutputText.namesOpenDescriptor(output.path) && OutputText.namesOpenDescriptor("/dev/fd/1"))
    }

    @Test func aLinkToADeviceIsWrittenThroughAndStays() throws {
        let folder = try CommandLine.temporaryDirectory()
        let link = folder.appendingPathComponent("null.conllu")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/null")
        let input = folder.appendingPathComponent("a.txt")
        try Data("Seoul protested.\n".utf8).write(to: input)
        let result = try CommandLine.run(["parse", input.path, "-o", link.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "/dev/null")
    }
}
