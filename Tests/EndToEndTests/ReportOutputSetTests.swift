import Foundation
import OutputFiles
import Testing

/// A Markdown report writes its two diagrams beside it under names the user did not type: like `build`, it
/// replaces only diagrams a report wrote (those the folder's `.storygraph-outputs` lists).
@Suite(.serialized)
struct ReportOutputSetTests {
    /// Every file of `directory` (hidden ones too) with its bytes.
    func contents(of directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            files[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return files
    }

    @Test func aUsersOwnDiagramBesideTheReportStopsTheRunBeforeAnythingIsWritten() throws {
        let directory = try CommandLine.temporaryDirectory()
        let mine = directory.appendingPathComponent("brief-relations.svg")
        try Data("<svg>my own drawing</svg>".utf8).write(to: mine)
        let before = try contents(of: directory)

        let result = try CommandLine.run(["report", "examples", "--out", directory.appendingPathComponent("brief.md").path])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: could not write \(directory.path)/brief-relations.svg: a file of that name is there "
            + "that storygraph report did not write (the folder has no record of storygraph's outputs, "
            + "\(directory.path)/.storygraph-outputs, as folders an older storygraph wrote have none); move or remove it, "
            + "or give another --out\n")
        #expect(try contents(of: directory) == before)
        #expect(try Data(contentsOf: mine) == Data("<svg>my own drawing</svg>".utf8))
    }

    @Test func aReportReplacesTheDiagramsItWroteAndBuildKeepsThemRecorded() throws {
        let directory = try CommandLine.temporaryDirectory()
        let report = directory.appendingPathComponent("brief.md").path
        let first = try CommandLine.run(["report", "examples", "--out", report, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let record = try String(contentsOf: directory.appendingPathComponent(OutputManifest.fileName), encoding: .utf8)
        #expect(record.split(separator: "\n").dropFirst() == ["brief-relations.svg", "brief-timeline.svg", "brief.md"])

        // A build into the same folder keeps the report's diagrams in the record; the report then runs again.
        let build = try CommandLine.run(["build", "examples", "--out", directory.path, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let merged = try String(contentsOf: directory.appendingPathComponent(OutputManifest.fileName), encoding: .utf8)
        #expect(merged.contains("\nbrief-relations.svg\nbrief-timeline.svg\n"))
        #expect(merged.contains("\nevents.json\n"))
        let second = try CommandLine.run(["report", "examples", "--out", report, "--quiet"])
        #expect(second.status == 0, "\(second.stderr)")
        let again = try String(contentsOf: directory.appendingPathComponent(OutputManifest.fileName), encoding: .utf8)
        #expect(again == merged)

        // A diagram of the user's under another report's name is still refused.
        try Data("mine".utf8).write(to: directory.appendingPathComponent("other-timeline.svg"))
        let other = try CommandLine.run(["report", "examples", "--out", directory.appendingPathComponent("other.md").path])
        #expect(other.status == 1)
        #expect(other.stderr.contains("could not write \(directory.path)/other-timeline.svg: a file of that name is there "
            + "that storygraph report did not write (\(directory.path)/.storygraph-outputs, the record of storygraph's "
            + "outputs, does not list it)"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("other.md").path))
    }

    /// `report --out notes.md` replaced a Markdown file of the user's: the report is refused like its diagrams
    /// when the folder's record does not list it, and replaced when a report wrote it.
    @Test func aUsersOwnMarkdownFileIsNotReplaced() throws {
        let directory = try CommandLine.temporaryDirectory()
        let notes = directory.appendingPathComponent("notes.md")
        try Data("# My notes\n".utf8).write(to: notes)
        let before = try contents(of: directory)
        let result = try CommandLine.run(["report", "examples", "--out", notes.path])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: could not write \(notes.path): a file of that name is there that storygraph report "
            + "did not write (the folder has no record of storygraph's outputs, \(directory.path)/.storygraph-outputs, as "
            + "folders an older storygraph wrote have none); move or remove it, or give another --out\n")
        #expect(try contents(of: directory) == before)

        // Beside a build's outputs (a record that does not list it), the same.
        #expect(try CommandLine.run(["build", "examples", "--out", directory.path, "--quiet"]).status == 0)
        let beside = try CommandLine.run(["report", "examples", "--out", notes.path])
        #expect(beside.status == 1)
        #expect(beside.stderr.contains("could not write \(notes.path): a file of that name is there that storygraph report "
            + "did not write (\(directory.path)/.storygraph-outputs, the record of storygraph's outputs, does not list it)"))
        #expect(try Data(contentsOf: notes) == Data("# My notes\n".utf8))

        // A report that an earlier version wrote (its diagrams recorded, not the report) is storygraph's.
        let brief = directory.appendingPathComponent("brief.md")
        #expect(try CommandLine.run(["report", "examples", "--out", brief.path, "--quiet"]).status == 0)
        let record = directory.appendingPathComponent(OutputManifest.fileName)
        let older = try String(contentsOf: record, encoding: .utf8).replacingOccurrences(of: "\nbrief.md\n", with: "\n")
        try Data(older.utf8).write(to: record)
        let again = try CommandLine.run(["report", "examples", "--out", brief.path, "--quiet"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try String(contentsOf: record, encoding: .utf8).contains("\nbrief.md\n"))
    }

    /// A `.storygraph-outputs` that is not a record storygraph wrote (random bytes) is named, with what to do;
    /// it made every output "a file storygraph did not write".
    @Test(arguments: ["build", "report"])
    func aGarbledRecordIsNamed(command: String) throws {
        let directory = try CommandLine.temporaryDirectory()
        let record = directory.appendingPathComponent(OutputManifest.fileName)
        try Data([0x66, 0x6F, 0x0B, 0x1B, 0x5B, 0x32, 0x4A, 0xFF, 0x0A, 0x00]).write(to: record)
        let out = command == "build" ? directory.path : directory.appendingPathComponent("r.md").path
        let before = try contents(of: directory)
        let result = try CommandLine.run([command, "examples", "--out", out])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: could not use \(record.path): it is not a record storygraph wrote (it is not UTF-8 "
            + "text); storygraph keeps there the names of the files it wrote into the folder, to replace only those: move "
            + "the folder's files elsewhere (or remove them if they are storygraph's outputs) with \(record.path), or give "
            + "another --out\n")
        #expect(try contents(of: directory) == before)
        try Data("# The files storygraph wrote\nevents.json\n../etc/passwd\n".utf8).write(to: record)
        let path = try CommandLine.run([command, "examples", "--out", out])
        #expect(path.status == 1)
        #expect(path.stderr.contains("could not use \(record.path): it is not a record storygraph wrote (line 3 is a path, not a file name)"),
                "\(path.stderr)")
    }

    /// `report --out own.html` replaced an HTML page of the user's (only Markdown reports were recorded): an HTML
    /// report is recorded in `.storygraph-outputs` too, a page the record does not list is refused before anything
    /// is written, and a report an earlier version wrote (no record, but storygraph's opening) is still replaced.
    @Test func aUsersOwnHTMLFileIsNotReplaced() throws {
        let directory = try CommandLine.temporaryDirectory()
        let page = directory.appendingPathComponent("own.html")
        let mine = Data("<!DOCTYPE html>\n<html><body><p>My page</p></body></html>\n".utf8)
        try mine.write(to: page)
        let before = try contents(of: directory)
        let refused = try CommandLine.run(["report", "examples", "--out", page.path])
        #expect(refused.status == 1)
        #expect(refused.stderr == "Error: could not write \(page.path): a file of that name is there that storygraph report "
            + "did not write (the folder has no record of storygraph's outputs, \(directory.path)/.storygraph-outputs, as "
            + "folders an older storygraph wrote have none); move or remove it, or give another --out\n")
        #expect(try contents(of: directory) == before)

        // A report of its own name is recorded and replaced by the next run.
        let report = directory.appendingPathComponent("brief.html")
        #expect(try CommandLine.run(["report", "examples", "--out", report.path, "--quiet"]).status == 0)
        let record = directory.appendingPathComponent(OutputManifest.fileName)
        #expect(try String(contentsOf: record, encoding: .utf8).split(separator: "\n").dropFirst() == ["brief.html"])
        let written = try Data(contentsOf: report)
        #expect(String(decoding: written.prefix(40), as: UTF8.self).hasPrefix("<!DOCTYPE html>\n<html>\n <head>"))
        let again = try CommandLine.run(["report", "examples", "--out", report.path, "--quiet"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Data(contentsOf: report) == written)

        // Beside that record the user's page is still refused, now as unlisted.
        let beside = try CommandLine.run(["report", "examples", "--out", page.path])
        #expect(beside.status == 1)
        #expect(beside.stderr.contains("could not write \(page.path): a file of that name is there that storygraph report "
            + "did not write (\(directory.path)/.storygraph-outputs, the record of storygraph's outputs, does not list it)"))
        #expect(try Data(contentsOf: page) == mine)

        // A report written before reports were recorded (no record at all) is storygraph's and is replaced.
        try FileManager.default.removeItem(at: record)
        let older = try CommandLine.run(["report", "examples", "--out", report.path, "--quiet"])
        #expect(older.status == 0, "\(older.stderr)")
        #expect(try String(contentsOf: record, encoding: .utf8).split(separator: "\n").dropFirst() == ["brief.html"])
    }
}
