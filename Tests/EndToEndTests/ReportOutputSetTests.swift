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
        #expect(record.split(separator: "\n").dropFirst() == ["brief-relations.svg", "brief-timeline.svg"])

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
}
