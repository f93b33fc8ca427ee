import Foundation
import Testing

/// One case of `Tests/HostileInputs/cases.jsonl`: a file, extra options and what `extract` must do with it.
struct HostileInputCase: Decodable, Sendable, CustomTestStringConvertible {
    var file: String
    var args: [String]?
    /// `ok` (exit 0, JSON out) or `error` (non-zero exit, nothing on standard output).
    var status: String
    /// Text standard error must contain.
    var stderr: String?
    /// Finding codes every document must carry.
    var findings: [String]?
    /// Events as "SOURCE TYPE TARGET[ DATE]".
    var events: [String]?
    /// Number of documents written.
    var documents: Int?
    /// Offsets `[start, end]` of the first sentence.
    var firstSentence: [Int]?

    var testDescription: String { ([file] + (args ?? [])).joined(separator: " ") }

    static let folder = CommandLine.packageRoot.appendingPathComponent("Tests/HostileInputs")

    static let all: [HostileInputCase] = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("cases.jsonl")) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap {
            try? JSONDecoder().decode(HostileInputCase.self, from: Data($0))
        }
    }()
}

/// The hostile-inputs battery: every documented case gives its documented outcome.
struct HostileInputTests {
    @Test func theBatteryIsComplete() {
        #expect(HostileInputCase.all.count == 33)
    }

    @Test(arguments: HostileInputCase.all)
    func caseGivesItsDocumentedOutcome(_ hostile: HostileInputCase) throws {
        let path = "Tests/HostileInputs/" + hostile.file
        let result = try CommandLine.run(["extract", path] + (hostile.args ?? []))
        if let expected = hostile.stderr { #expect(result.stderr.contains(expected), "\(result.stderr)") }
        guard hostile.status == "ok" else {
            #expect(result.status != 0)
            #expect(result.stdout.isEmpty)
            return
        }
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try result.stdout.split(separator: UInt8(ascii: "\n")).map {
            try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any])
        }
        if let documents = hostile.documents { #expect(objects.count == documents) }
        for object in objects {
            let findings = (object["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
            for code in hostile.findings ?? [] { #expect(findings.contains(code)) }
        }
        if let expected = hostile.events {
            let events = (objects.first?["events"] as? [[String: Any]] ?? []).map { event in
                let date = (event["date"] as? [String: Any])?["value"] as? String
                return ["\(event["source"] ?? "")", "\(event["type"] ?? "")", "\(event["target"] ?? "")", date]
                    .compactMap { $0 }.joined(separator: " ")
            }
            #expect(events == expected)
        }
        if let span = hostile.firstSentence {
            let sentence = try #require((objects.first?["sentences"] as? [[String: Any]])?.first)
            #expect([sentence["start"] as? Int, sentence["end"] as? Int] == span.map { $0 })
        }
    }

    @Test func aSymbolicLinkLoopIsNamed() throws {
        let folder = try CommandLine.temporaryDirectory()
        let loop = folder.appendingPathComponent("loop.txt")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        let direct = try CommandLine.run(["extract", loop.path])
        #expect(direct.status != 0)
        #expect(direct.stderr.contains("\(loop.path): symbolic link loop"))
        let inFolder = try CommandLine.run(["extract", folder.path])
        #expect(inFolder.stderr.contains("loop.txt: symbolic link loop"))
    }

    /// `extract /etc` stopped at the first broken link (`image.png -> /nonexistent`) while regular files of that
    /// name were passed over. A link that leads nowhere under a name that is no article's is passed over too;
    /// under an article's name it still stops the run, naming it (or is skipped with --skip-bad-files).
    @Test func aBrokenLinkOrLoopWithANonArticleNameIsPassedOverInAFolder() throws {
        let folder = try CommandLine.temporaryDirectory()
        try "---\npublished: 2022-02-24\n---\nRussia attacked Ukraine.".write(
            to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("image.png").path, withDestinationPath: "/nonexistent")
        let loop = folder.appendingPathComponent("cycle.conf")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        try "not an article".write(to: folder.appendingPathComponent("notes.csv"), atomically: true, encoding: .utf8)
        let result = try CommandLine.run(["extract", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: UInt8(ascii: "\n")).count == 1)
        #expect(!result.stderr.contains("image.png") && !result.stderr.contains("cycle.conf"))

        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("b.txt").path, withDestinationPath: "/nonexistent/b.txt")
        let broken = try CommandLine.run(["extract", folder.path])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("\(folder.path)/b.txt: cannot be read: a broken symbolic link"), "\(broken.stderr)")
        let skipped = try CommandLine.run(["extract", folder.path, "--skip-bad-files"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stderr.contains("b.txt: cannot be read: a broken symbolic link; skipped"), "\(skipped.stderr)")
    }

    @Test func aFolderLinkedBackToItsParentIsReadOnce() throws {
        let folder = try CommandLine.temporaryDirectory()
        try "---\npublished: 2022-02-24\n---\nRussia attacked Ukraine.".write(
            to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("again").path, withDestinationPath: folder.path)
        let result = try CommandLine.run(["extract", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: UInt8(ascii: "\n")).count == 1)
    }

    @Test func aFIFOIsReadAsJSONL() throws {
        let folder = try CommandLine.temporaryDirectory()
        let fifo = folder.appendingPathComponent("feed")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo.path) {
                handle.write(Data("{\"id\":\"f\",\"text\":\"Russia attacked Ukraine.\",\"published\":\"2022-02-24\"}\n".utf8))
                try? handle.close()
            }
        }
        writer.start()
        let result = try CommandLine.run(["extract", fifo.path])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect((object["document"] as? [String: Any])?["id"] as? String == "f")
    }

    @Test(.disabled(if: CommandLine.runsAsRoot, CommandLine.rootSkipReason))
    func anUnreadableSubfolderStopsWithItsName() throws {
        let folder = try CommandLine.temporaryDirectory()
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try "Russia attacked Ukraine.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        let result = try CommandLine.run(["extract", folder.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("locked: cannot be read: permission denied"))
    }

    @Test func aMarkdownReportInsideAnInputFolderIsRefused() throws {
        let folder = try CommandLine.temporaryDirectory()
        try "---\npublished: 2022-02-24\n---\nRussia attacked Ukraine.".write(
            to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("reports/brief.md").path
        let result = try CommandLine.run(["report", folder.path, "--out", out, "--format", "md"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--out \(out) is inside the input folder"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func reportOutputNamesAreCheckedAndShortNamesWork() throws {
        let folder = try CommandLine.temporaryDirectory()
        let short = try CommandLine.run(["report", "examples", "--out", folder.appendingPathComponent("r.htm").path])
        #expect(short.status == 0, "\(short.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.htm").path))
        let bare = try CommandLine.run(["report", "examples", "--out", folder.appendingPathComponent("r").path])
        #expect(bare.status == 64)  // a name without .html, .htm, .md or .markdown
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r").path))
        let dash = try CommandLine.run(["report", "examples", "--out", "-"])
        #expect(dash.status == 64)
        #expect(dash.stderr.contains("--out -: the report is written to a file"))
        let directory = try CommandLine.run(["report", "examples", "--out", folder.path + "/"])
        #expect(directory.status == 64)
        #expect(directory.stderr.contains("Error: --out \(folder.path)/ is a directory; give a file name in it, such as \(folder.path)/report.html\n"))
        // A .md name means Markdown, and a Markdown file inside an input folder would be read as an article.
        let inputs = try CommandLine.temporaryDirectory()
        try "---\npublished: 2022-02-24\n---\nRussia attacked Ukraine.".write(
            to: inputs.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let inside = try CommandLine.run(["report", inputs.path, "--out", inputs.appendingPathComponent("r.md").path])
        #expect(inside.status == 64)
        let markdown = try CommandLine.run(["report", "examples", "--out", folder.appendingPathComponent("brief.md").path])
        #expect(markdown.status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("brief.md"), encoding: .utf8)
        #expect(text.hasPrefix("# "))
    }

    @Test func aFIFOInsideAFolderIsSkippedNotWaitedFor() throws {
        let folder = try CommandLine.temporaryDirectory()
        try "---\npublished: 2022-02-24\n---\nRussia attacked Ukraine.".write(
            to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        #expect(mkfifo(folder.appendingPathComponent("feed.txt").path, 0o600) == 0)
        let result = try CommandLine.run(["extract", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: UInt8(ascii: "\n")).count == 1)
    }

    @Test func standardInputThatCannotBeReadIsAnError() throws {
        let process = Process()
        process.executableURL = CommandLine.executable
        process.arguments = ["build", "-", "--out", try CommandLine.temporaryDirectory().path]
        process.standardInput = FileHandle(forReadingAtPath: FileManager.default.temporaryDirectory.path)  // a directory
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(message)")
        #expect(message.contains("-: cannot be read: is a directory"))
    }

    @Test func anUnknownCountryOfEventIsAUsageError() throws {
        let result = try CommandLine.run(["build", "examples", "--out", try CommandLine.temporaryDirectory().path, "--country-of-event", "XXX"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--country-of-event \"XXX\" is not a country the gazetteer knows"))
    }
}
