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

    /// One rule for every control character but tab, line feed and carriage return (C0 such as ESC and BEL, DEL,
    /// C1 such as NEL): U+FFFD in every text output (ESC was dropped from the DOT, SVG, GraphML and GEXF while CSV
    /// showed U+FFFD), escaped in JSON (DEL was written raw), and NEL is no line break in a tooltip.
    @Test func everyControlCharacterFollowsOneRuleInEveryOutput() throws {
        let folder = try CommandLine.temporaryDirectory()
        let feed = folder.appendingPathComponent("cc.jsonl")
        try Data((#"{"id":"cc","published":"2022-03-02","title":"Talks\u001b[2J\u0007 end","text":"Joe Biden met Olaf Scholz\u001b[31m in Washington on Tuesday, said\u0085aides\u007f. Joe Biden imposed new sanctions on Russia on Monday."}"#
            + "\n").utf8).write(to: feed)
        let out = folder.appendingPathComponent("out")
        let build = try CommandLine.run(["build", feed.path, "--out", out.path, "--quiet", "--format", "svg"])
        #expect(build.status == 0, "\(build.stderr)")
        let report = folder.appendingPathComponent("r.html")
        #expect(try CommandLine.run(["report", feed.path, "--out", report.path, "--quiet"]).status == 0)
        let hidden = { (scalar: Unicode.Scalar) in
            (scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar)) || (0x7F...0x9F).contains(scalar.value)
        }
        let shown = "Scholz\u{FFFD}[31m in Washington on Tuesday, said\u{FFFD}aides\u{FFFD}."
        for file in ["events.csv", "relations.dot", "relations.svg", "graph.graphml", "graph.gexf", "../r.html"] {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.unicodeScalars.contains(where: hidden), "\(file) holds a control character")
            #expect(text.contains(shown), "\(file) does not show the evidence with U+FFFD for each control")
        }
        let dot = try String(contentsOf: out.appendingPathComponent("relations.dot"), encoding: .utf8)
        #expect(dot.contains(#"“Talks\#u{FFFD}[2J\#u{FFFD} end”: Joe Biden met Olaf \#(shown)\n"#))  // one tooltip line
        for file in ["events.json", "timeline.json"] {
            let json = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            #expect(!json.unicodeScalars.contains(where: hidden), "\(file) holds a raw control character")
        }
        let json = try String(contentsOf: out.appendingPathComponent("events.json"), encoding: .utf8)
        #expect(json.contains(#"Scholz\u001b[31m in Washington on Tuesday, said\u0085aides\u007f."#))
    }
}
