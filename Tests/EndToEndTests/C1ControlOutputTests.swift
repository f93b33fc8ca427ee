import Foundation
import Testing

/// C1 control characters (U+0080–U+009F: CSI U+009B, NEL U+0085) that an article's text or title brought in
/// reach no drawing and no report raw: they become U+FFFD, as in the CSV and Markdown, and a terminal or
/// viewer showing the file cannot obey them.
struct C1ControlOutputTests {
    static let feed = [
        #"{"id":"c1","published":"2022-03-02","title":"Talks\u009b31m in Washington\u0085\u007f","text":"Joe Biden met Olaf Scholz\u009b2J in Washington on Tuesday.\u0085 Joe Biden imposed new sanctions on Russia on Monday."}"#,
    ].joined(separator: "\n") + "\n"

    /// The C1 controls in `data` read as UTF-8.
    func c1Controls(_ data: Data) -> [UInt32] {
        String(decoding: data, as: UTF8.self).unicodeScalars.map(\.value).filter { (0x80...0x9F).contains($0) }
    }

    @Test func buildAndReportWriteNoC1ControlRaw() throws {
        let folder = try CommandLine.temporaryDirectory()
        let feed = folder.appendingPathComponent("c1.jsonl")
        try Data(Self.feed.utf8).write(to: feed)
        let out = folder.appendingPathComponent("out")
        let build = try CommandLine.run(["build", feed.path, "--out", out.path, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        for name in ["relations.dot", "timeline.dot", "relations.svg", "timeline.svg", "events.json", "timeline.json", "events.geojson",
                     "graph.graphml", "graph.gexf"] {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(c1Controls(data).isEmpty, "\(name) holds C1 controls")
        }
        let report = folder.appendingPathComponent("r.html")
        let run = try CommandLine.run(["report", feed.path, "--out", report.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try Data(contentsOf: report)
        #expect(c1Controls(html).isEmpty)
        #expect(String(decoding: html, as: UTF8.self).contains("Talks\u{FFFD}31m in Washington\u{FFFD}\u{FFFD}"))
        #expect(!String(decoding: html, as: UTF8.self).contains("\u{7F}"))  // DEL too, as in CSV and Markdown
    }
}
