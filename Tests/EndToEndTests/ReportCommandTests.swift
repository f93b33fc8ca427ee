import Foundation
import Testing

@testable import storygraph

/// `storygraph report` on the bundled article, and the page as a real browser draws it.
@Suite(.serialized)
struct ReportCommandTests {
    static let output: (directory: URL, result: CommandLine.Result) = {
        let directory = try! CommandLine.temporaryDirectory()
        let result = try! CommandLine.run(["report", "examples", "--out", directory.appendingPathComponent("report.html").path, "--title", "Korea & <Russia>"])
        return (directory, result)
    }()

    /// The number of events `extract` finds in the bundled article: the report has one row for each.
    static let eventCount: Int = {
        guard let result = try? CommandLine.run(["extract", "examples"]),
              let object = try? JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        else { return -1 }
        return (object["events"] as? [Any])?.count ?? -1
    }()

    static var html: String {
        (try? String(contentsOf: output.directory.appendingPathComponent("report.html"), encoding: .utf8)) ?? ""
    }

    @Test func theReportHoldsBothDiagramsAndOneRowPerEvent() throws {
        #expect(Self.output.result.status == 0, "\(Self.output.result.stderr)")
        let html = Self.html
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg ").count == 4)  // relations, timeline, map
        #expect(html.contains("id=\"map\""))
        #expect(html.contains("<h1>Korea &amp; &lt;Russia&gt;</h1>"))
        let table = try #require(html.components(separatedBy: "id=\"key-events\"").last?.components(separatedBy: "</table>").first)
        #expect(table.components(separatedBy: "<tr class=").count - 1 == Self.eventCount)
        #expect(Self.eventCount >= 15)
        #expect(html.contains("Kim Jong Un"))
        #expect(!html.contains("src=\"http"))  // nothing fetched
    }

    @Test func markdownGoesWithItsTwoDiagrams() throws {
        let directory = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(["report", "examples", "--format", "md", "--out", directory.appendingPathComponent("brief.md").path])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOf: directory.appendingPathComponent("brief.md"), encoding: .utf8)
        #expect(markdown.contains("![Relations diagram](brief-relations.svg)"))
        for name in ["brief-relations.svg", "brief-timeline.svg"] {
            let svg = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            #expect(svg.contains("<svg"))
        }
    }

    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func browser(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium ?? "/usr/bin/chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// Runs only where Chromium is installed (`make report-check` says how to get it).
    @Test(.enabled(if: chromium != nil, "needs chromium (Debian chromium; make report-check)")) func chromiumDrawsTheReportAndRunsItsScript() throws {
        #expect(Self.output.result.status == 0)
        let page = Self.output.directory.appendingPathComponent("report.html")
        let blank = Self.output.directory.appendingPathComponent("blank.html")
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blank)
        var sizes: [Int] = []
        for (source, shot) in [(page, "report.png"), (blank, "blank.png")] {
            let file = Self.output.directory.appendingPathComponent(shot)
            _ = try Self.browser(["--window-size=1280,1600", "--screenshot=\(file.path)", source.absoluteString])
            let data = try Data(contentsOf: file)
            #expect(Array(data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            sizes.append(data.count)
        }
        // A blank page compresses to a few kilobytes; the drawn report is many times larger.
        #expect(sizes[0] > 10 * sizes[1], "report \(sizes[0]) bytes, blank page \(sizes[1]) bytes")
        let pdf = Self.output.directory.appendingPathComponent("report.pdf")
        _ = try Self.browser(["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer", page.absoluteString])
        #expect(try Data(contentsOf: pdf).prefix(5) == Data("%PDF-".utf8))
        let dom = String(decoding: try Self.browser(["--dump-dom", page.absoluteString]), as: UTF8.self)
        #expect(dom.components(separatedBy: "<svg ").count == 4)
        let table = try #require(dom.components(separatedBy: "id=\"key-events\"").last?.components(separatedBy: "</table>").first)
        #expect(table.components(separatedBy: "<tr class=").count - 1 == Self.eventCount)
    }
}

/// Where `report --out` may write: special files are never replaced, the real cause of an uncreatable file is
/// named, and only the report's own extensions are accepted.
struct ReportOutputTests {
    @Test func aNamedPipeAsTheReportIsRefusedAndLeftInPlace() throws {
        let directory = try CommandLine.temporaryDirectory()
        let fifo = directory.appendingPathComponent("p.html").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let result = try CommandLine.run(["report", "examples", "--out", fifo])
        #expect(result.status == 1)
        #expect(result.stderr.contains("could not write \(fifo): it is a named pipe (FIFO), not a regular file"))
        var status = stat()
        #expect(lstat(fifo, &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["p.html"])
    }

    @Test(.enabled(if: CommandLine.hasProcFileSystem, "needs Linux's /proc"))
    func aReportOnTheProcFileSystemNamesIt() throws {
        let result = try CommandLine.run(["report", "examples", "--out", "/proc/x.html"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("could not create /proc/x.html: /proc is on the kernel's proc file system"))
    }

    @Test(arguments: ["r.pdf", "r.txt", "report"])
    func anUnsupportedExtensionIsAUsageError(name: String) throws {
        let directory = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(["report", "examples", "--out", directory.appendingPathComponent(name).path])
        #expect(result.status == 64)
        #expect(result.stderr.contains(".html, .htm, .md, .markdown"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func aFormatThatContradictsTheExtensionIsAUsageError() throws {
        let directory = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(["report", "examples", "--format", "md", "--out", directory.appendingPathComponent("r.html").path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--out \(directory.path)/r.html names an HTML file but --format is md; give a file name ending in .md or .markdown"))
        let markdown = try CommandLine.run(["report", "examples", "--format", "html", "--out", directory.appendingPathComponent("r.md").path])
        #expect(markdown.status == 64)
        #expect(markdown.stderr.contains("names a Markdown file but --format is html"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    /// The diagrams beside a Markdown report take its name without the extension that made it a report.
    @Test(arguments: [("brief.MD", "brief"), ("notes.v2.markdown", "notes.v2"), (".md", "report"), ("x.md.md", "x.md")])
    func markdownDiagramsAreNamedAfterTheReport(name: String, stem: String) throws {
        #expect(ReportCommand.imageName(report: name, diagram: "relations") == "\(stem)-relations.svg")
        #expect(ReportCommand.imageName(report: name, diagram: "timeline") == "\(stem)-timeline.svg")
    }

    @Test func aMarkdownReportNamedOnlyByItsExtensionIsRefused() throws {
        let directory = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(["report", "examples", "--out", directory.appendingPathComponent(".md").path, "--quiet"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    /// The HTML report and the Markdown one name the located happenings' section alike.
    @Test func bothFormatsCallTheMapSectionPlaces() throws {
        let directory = try CommandLine.temporaryDirectory()
        #expect(try CommandLine.run(["report", "examples", "--out", directory.appendingPathComponent("r.html").path, "--quiet"]).status == 0)
        #expect(try CommandLine.run(["report", "examples", "--out", directory.appendingPathComponent("r.md").path, "--quiet"]).status == 0)
        let html = try String(contentsOf: directory.appendingPathComponent("r.html"), encoding: .utf8)
        let markdown = try String(contentsOf: directory.appendingPathComponent("r.md"), encoding: .utf8)
        #expect(html.contains("<h2>Places</h2>") && !html.contains("<h2>Map</h2>"))
        #expect(markdown.contains("\n## Places\n"))
    }
}
