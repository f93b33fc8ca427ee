import Foundation
import Testing

/// The pruned default diagrams of the development corpus fit a page: at most 2,500 px wide at 96 dpi, read
/// from the SVG's own width attribute (Graphviz writes points, 72 to the inch).
@Suite(.serialized)
struct CorpusPageSizeTests {
    static let corpus = CommandLine.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/politics-dev.jsonl")
    static let wholeCorpus = corpus.deletingLastPathComponent()

    /// Width and height in pixels at 96 dpi from `width="…pt" height="…pt"`.
    static func pixels(_ svg: String) -> (width: Double, height: Double)? {
        func value(_ name: String) -> Double? {
            guard let range = svg.range(of: "\(name)=\""), let end = svg[range.upperBound...].range(of: "pt\"") else { return nil }
            return Double(svg[range.upperBound..<end.lowerBound]).map { $0 * 96 / 72 }
        }
        guard let width = value("width"), let height = value("height") else { return nil }
        return (width, height)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus.path), "needs ../shared/corpus/politics-dev.jsonl beside the checkout (the development corpus)"))
    func politicsDevDiagramsStayUnder2500PixelsWide() throws {
        try check(Self.corpus)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus.path), "needs ../shared/corpus/politics-dev.jsonl beside the checkout (the development corpus)"))
    func theWholeCorpusStaysUnder2500PixelsWide() throws {
        try check(Self.wholeCorpus)
    }

    func check(_ input: URL) throws {
        let directory = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(["build", input.path, "--out", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("note: the relations diagram shows the 40 relations with the most articles"))
        let events = try String(contentsOf: directory.appendingPathComponent("events.json"), encoding: .utf8)
        #expect(events.contains("\"code\" : \"diagram.pruned\""))
        for name in ["relations.svg", "timeline.svg"] {
            let svg = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            let size = try #require(Self.pixels(svg))
            #expect(size.width <= 2_500, "\(name) is \(Int(size.width)) px wide")
            #expect(size.width >= 600, "\(name) is \(Int(size.width)) px wide")
        }
    }
}
