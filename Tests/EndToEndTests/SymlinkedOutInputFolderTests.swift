import Foundation
import Testing

/// `--out` reaching an input folder through a symbolic link is refused like a plain path into it: the report
/// would otherwise be read as an article by the next run.
struct SymlinkedOutInputFolderTests {
    @Test(arguments: ["inq/r.md", "inq/sub/r.md"])
    func aMarkdownReportIntoAnInputFolderThroughALinkIsRefused(relative: String) throws {
        let work = try CommandLine.temporaryDirectory()
        let input = work.appendingPathComponent("inq")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try "---\npublished: 2022-02-24\n---\nRussia attacked Ukraine.".write(
            to: input.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        // inqparent is the folder holding inq, under another name.
        let link = try CommandLine.temporaryDirectory().appendingPathComponent("inqparent")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: work.path)
        let out = link.appendingPathComponent(relative).path
        let result = try CommandLine.run(["report", input.path, "--out", out, "--quiet"])
        #expect(result.status == 64)
        #expect(result.stderr.contains(
            "--out \(out) is inside the input folder \(input.path): the next run would read the report as an article; write it elsewhere"),
            "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: input.path) == ["a.txt"])
    }
}
