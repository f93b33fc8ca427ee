import Foundation
import OutputFiles
import Testing

@testable import storygraph

/// A bad file stops the run by default (its name and problem on standard error, non-zero exit, nothing
/// written); `--skip-bad-files` skips it with a warning and counts it in the summary.
struct BadFileTests {
    /// A folder with one good article, one PDF named `.txt` and one with broken front matter.
    static func folder() throws -> URL {
        let folder = try CommandLine.temporaryDirectory().appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("---\nPublished: 2022-02-24\n---\nRussia attacked Ukraine.\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("%PDF-1.7 not an article".utf8).write(to: folder.appendingPathComponent("b.txt"))
        try Data("---\nid: x\n  bad: indent\n---\nBody.\n".utf8).write(to: folder.appendingPathComponent("c.md"))
        return folder
    }

    @Test func extractOfDevZeroIsAnErrorNamingIt() throws {
        guard FileManager.default.fileExists(atPath: "/dev/zero") else { return }
        let result = try CommandLine.run(["extract", "/dev/zero"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("/dev/zero: not text: it holds only NUL bytes"))
        let skipped = try CommandLine.run(["extract", "/dev/zero", "--skip-bad-files"])
        #expect(skipped.status == 1)
        #expect(skipped.stderr.contains("no document left to read in /dev/zero (1 bad file skipped"))
    }

    @Test func aBadPublishedDateIsABadFileThatSkipBadFilesSkips() throws {
        let folder = try CommandLine.temporaryDirectory().appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("---\nid: a\npublished: 2025-13-45\n---\nRussia attacked Ukraine.\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("---\nid: b\npublished: 2022-02-24\n---\nRussia attacked Ukraine.\n".utf8).write(to: folder.appendingPathComponent("b.txt"))
        let problem = "\(folder.path)/a.txt:3:12: bad front matter: published date \"2025-13-45\" is not a day of the calendar: there is no month 13"
        let stopped = try CommandLine.run(["extract", folder.path])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("Error: \(problem)"))
        let out = folder.deletingLastPathComponent().appendingPathComponent("out")
        for command in [["extract", folder.path], ["build", folder.path, "--out", out.path]] {
            let result = try CommandLine.run(command + ["--skip-bad-files"])
            #expect(result.status == 0, "\(command[0]): \(result.stderr)")
            #expect(result.stderr.contains("storygraph: warning: \(problem)"), "\(command[0])")
            #expect(result.stderr.contains("; skipped\n"), "\(command[0])")
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("events.json"))) as? [String: Any])
        #expect((json["documents"] as? [[String: Any]])?.map { $0["id"] as? String } == ["b"])
    }

    @Test func oneBadFileStopsBuildAndNothingIsWritten() throws {
        let folder = try Self.folder()
        let out = folder.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CommandLine.run(["build", folder.path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(folder.path)/b.txt: not text: it is a PDF document"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func skipBadFilesWarnsPerFileAndCountsThem() throws {
        let folder = try Self.folder()
        let out = folder.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CommandLine.run(["build", folder.path, "--out", out.path, "--skip-bad-files"])
        #expect(result.status == 0)
        let warnings = result.stderr.split(separator: "\n").filter { $0.hasPrefix("storygraph: warning:") }
        #expect(warnings == [
            "storygraph: warning: \(folder.path)/b.txt: not text: it is a PDF document; skipped",
            "storygraph: warning: \(folder.path)/c.md:3:6: bad front matter: unexpected \":\" here: put a value that holds \": \" in quotes (title: \"Kim: a profile\"), and start each key: value line at the beginning of the line; skipped",
        ])
        #expect(result.stderr.contains("storygraph build: 1 document (2 bad files skipped, see the warnings above), "))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("events.json"))) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == ["a"])
        #expect(documents.first?["published"] as? String == "2022-02-24")  // "Published:" is read
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(events.map { $0["type"] as? String } == ["ASSAULT"])

        let store = folder.deletingLastPathComponent().appendingPathComponent("news.db").path
        let ingest = try CommandLine.run(["ingest", folder.path, "--db", store, "--skip-bad-files"])
        #expect(ingest.status == 0)
        #expect(ingest.stderr.contains("storygraph ingest: 1 document (2 bad files skipped, see the warnings above): 1 added"))
        let extract = try CommandLine.run(["extract", folder.path, "--skip-bad-files"])
        #expect(extract.status == 0)
        #expect(String(decoding: extract.stdout, as: UTF8.self).split(separator: "\n").count == 1)
        #expect(extract.stderr.contains("storygraph extract: 1 document (2 bad files skipped"))
    }
}

/// An output that cannot be created names the real cause, not "does not exist".
struct OutputLocationTests {
    @Test(.enabled(if: CommandLine.hasProcFileSystem, "needs Linux's /proc"))
    func anOutputOnTheKernelsProcFileSystemSaysSo() throws {
        let build = try CommandLine.run(["build", "examples", "--out", "/proc/storygraph-nope"])
        #expect(build.status == 1)
        #expect(build.stderr.contains(
            "could not create /proc/storygraph-nope: /proc is on the kernel's proc file system, where no file or folder can be created"))
        let ingest = try CommandLine.run(["ingest", "examples", "--db", "/proc/storygraph-nope.db"])
        #expect(ingest.status == 1)
        #expect(ingest.stderr.contains("could not create /proc/storygraph-nope.db: /proc is on the kernel's proc file system"))
    }

    /// The failure a read-only folder gives a normal user, for root too: nothing can be created under a file. Every
    /// command's output option names the path and the file in the way, never a Foundation error domain and code.
    @Test(arguments: [
        (["build", "examples", "--out", "FILE/sub"], "Error: could not create FILE/sub: FILE is a regular file, not a directory\n"),
        (["build", "examples", "--out", "FILE/sub/deeper"],
         "Error: could not create FILE/sub/deeper: FILE is a regular file, not a directory\n"),
        (["report", "examples", "--out", "FILE/sub/r.html"],
         "Error: could not write FILE/sub/r.html: FILE is a regular file, not a directory\n"),
        (["report", "examples", "--out", "FILE/r.html"], "Error: could not write FILE/r.html: FILE is a regular file, not a directory\n"),
        (["ingest", "examples", "--db", "FILE/sub/x.db"], "Error: could not write FILE/sub/x.db: FILE is a regular file, not a directory\n"),
        (["build", "examples", "--out", "FILE"], "Error: could not write into FILE: it is a regular file, not a directory; give a folder name\n"),
        (["train-events", "Tests/Gold/events-sentences.jsonl", "--out", "FILE/sub/m.tsv"],
         "Error: could not write FILE/sub/m.tsv: FILE is a regular file, not a directory\n"),
        (["train-events", "Tests/Gold/events-sentences.jsonl", "--out", "FILE/m.tsv"],
         "Error: could not write FILE/m.tsv: FILE is a regular file, not a directory\n"),
        (["parse", "examples/korea-party-congress.txt", "-o", "FILE/sub/x.conllu"],
         "Error: could not write FILE/sub/x.conllu: FILE is a regular file, not a directory\n"),
        (["extract", "FILE/a.txt"], "FILE/a.txt: no such file or directory"),
    ])
    func aPathUnderARegularFileIsRefusedEvenForRoot(arguments: [String], message: String) throws {
        let folder = try CommandLine.temporaryDirectory()
        let file = folder.appendingPathComponent("a.txt")
        try "Russia attacked Ukraine.".write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandLine.run(arguments.map { $0.replacingOccurrences(of: "FILE", with: file.path) })
        #expect(result.status == 1)
        let expected = message.replacingOccurrences(of: "FILE", with: file.path)
        #expect(message.hasPrefix("Error: ") ? result.stderr == expected : result.stderr.contains(expected), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.txt"])
        #expect(try String(contentsOf: file, encoding: .utf8) == "Russia attacked Ukraine.")
    }

    @Test(arguments: [(EACCES, "permission denied"), (EROFS, "the file system is read-only"), (ENOSPC, "no space left on the device")])
    func otherCausesAreSaidPlainly(code: Int32, reason: String) throws {
        let folder = try CommandLine.temporaryDirectory().path
        #expect(OutputFileSystem.creationProblem(in: folder, code: code) == reason)
        #expect(OutputFileSystem.creationProblem(in: folder, code: ENOENT)
            == "the file system at \(folder) does not allow creating anything there")
    }
}
