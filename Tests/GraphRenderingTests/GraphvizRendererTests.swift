import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GraphRendering
import Testing

/// Graphviz is process-global: these tests run one at a time, and the renderer's own lock guards the rest.
@Suite(.serialized) struct GraphvizRendererTests {
    static let small = """
        digraph "small" {
          graph [charset="UTF-8", fontname="Liberation Sans"];
          node [fontname="Liberation Sans"];
          "PRK" [label="North Korea (PRK)", shape="box"];
          "RUS" [label="Russia (RUS)", shape="box"];
          "PRK" -> "RUS" [label="COOPERATE\\n2026-02-20"];
        }
        """

    @Test func svgHoldsTheNodeAndEdgeLabels() throws {
        let svg = String(decoding: try GraphvizRenderer().render(dot: Self.small, format: .svg), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("North Korea (PRK)"))
        #expect(svg.contains("Russia (RUS)"))
        #expect(svg.contains("COOPERATE"))
        #expect(svg.contains("<title>small</title>"))
        #expect(svg.contains("Liberation Sans"))
    }

    @Test func svgTooltipsAreTheObjectsTooltipsNeverInternalNodeIds() throws {
        let dot = """
            digraph "chart" {
              "box:1" [label="Kim", tooltip="Kim <meets> \\"Putin\\" & co", shape="box"];
              "grid:0:top" [label="", shape="point"];
              "grid:0:bottom" [label="", shape="point"];
              "grid:0:top" -> "grid:0:bottom" [arrowhead="none"];
              "box:1" -> "grid:0:top" [tooltip="A meeting"];
            }
            """
        let svg = String(decoding: try GraphvizRenderer().render(dot: dot, format: .svg), as: UTF8.self)
        let titles = svg.components(separatedBy: "<title>").dropFirst().compactMap { $0.components(separatedBy: "</title>").first }
        #expect(titles == ["chart", "Kim &lt;meets&gt; &quot;Putin&quot; &amp; co", "A meeting"])
        #expect(try XMLDocument(data: Data(svg.utf8)).rootElement()?.name == "svg")
    }

    @Test func pngStartsWithThePNGSignature() throws {
        let png = try GraphvizRenderer().render(dot: Self.small, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test func pdfStartsWithThePDFHeader() throws {
        let pdf = try GraphvizRenderer().render(dot: Self.small, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test func jsonCarriesLayoutCoordinates() throws {
        let json = try GraphvizRenderer().render(dot: Self.small, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["name"] as? String == "small")
        #expect((object["objects"] as? [Any])?.count == 2)
    }

    @Test func badDOTThrowsWithGraphvizsMessage() throws {
        do {
            _ = try GraphvizRenderer().render(dot: "digraph \"bad\" { a -> ; }")
            Issue.record("bad DOT rendered")
        } catch let error as RenderingError {
            guard case .syntax(let messages) = error else {
                Issue.record("expected a syntax error, got \(error)")
                return
            }
            #expect(messages.contains { $0.contains("syntax error") })
            #expect(error.localizedDescription.contains("syntax error"))
        }
        // The parser recovers: the next render works.
        #expect(try !GraphvizRenderer().render(dot: Self.small).isEmpty)
    }

    @Test func emptyInputIsASyntaxError() {
        #expect(throws: RenderingError.self) { try GraphvizRenderer().render(dot: "") }
        #expect(throws: RenderingError.self) { try GraphvizRenderer().render(dot: "not dot at all") }
    }

    @Test func malformedHTMLLabelsAreErrorsNotSilentFallbacks() {
        let dot = #"digraph "html" { "a" [label=<<b>unclosed>]; }"#
        #expect(throws: RenderingError.self) { try GraphvizRenderer().render(dot: dot) }
    }

    @Test func warningsComeBackWithTheRendering() throws {
        let dot = #"digraph "warn" { "a" [shape="blob"]; }"#
        let rendering = try GraphvizRenderer().renderReporting(dot: dot)
        #expect(rendering.warnings.contains { $0.contains("blob") }, "\(rendering.warnings)")
        #expect(!rendering.data.isEmpty)
        let clean = try GraphvizRenderer().renderReporting(dot: Self.small)
        #expect(clean.warnings.isEmpty, "\(clean.warnings)")
    }

    @Test func wellFormedHTMLLabelsRender() throws {
        let dot = #"digraph "html" { "a" [label=<<b>North Korea</b> &amp; Russia>]; }"#
        let svg = String(decoding: try GraphvizRenderer().render(dot: dot), as: UTF8.self)
        #expect(svg.contains("North Korea"))
    }

    @Test func graphvizMessagesDoNotReachStandardError() throws {
        let captured = try StandardErrorCapture.capture {
            _ = try? GraphvizRenderer().render(dot: "digraph \"bad\" { a -> ; }")
        }
        #expect(!captured.contains("syntax error"))
    }

    @Test func everyLayoutEngineIsInstalledAndRenders() throws {
        let available = try GraphvizRenderer.availableLayouts()
        for engine in LayoutEngine.allCases {
            #expect(available.contains(engine.rawValue), "missing layout \(engine)")
            let svg = try GraphvizRenderer().render(dot: Self.small, layout: engine, format: .svg)
            #expect(String(decoding: svg, as: UTF8.self).contains("North Korea (PRK)"), "\(engine)")
        }
    }

    @Test func theVersionIsReported() throws {
        #expect(try GraphvizRenderer.graphvizVersion().first?.isNumber == true)
    }

    @Test func concurrentRendersFromManyTasksAreSafeAndAlike() async throws {
        let expected = try GraphvizRenderer().render(dot: Self.small, layout: .dot, format: .svg)
        let results = try await withThrowingTaskGroup(of: Data.self) { group in
            for index in 0..<8 {
                group.addTask {
                    var last = Data()
                    for round in 0..<6 {
                        let layout: LayoutEngine = (index + round) % 2 == 0 ? .dot : .neato
                        last = try GraphvizRenderer().render(dot: Self.small, layout: layout, format: .svg)
                        if layout == .neato { last = try GraphvizRenderer().render(dot: Self.small) }
                    }
                    return last
                }
            }
            var all: [Data] = []
            for try await data in group { all.append(data) }
            return all
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func aMidSizedGraphRendersWithTheRecommendedLayouts() throws {
        var lines = ["digraph \"mid\" {"]
        for index in 0..<200 { lines.append("  \"n\(index)\" -> \"n\((index * 7 + 3) % 200)\";") }
        lines.append("}")
        let dot = lines.joined(separator: "\n")
        #expect(LayoutEngine.recommended(nodeCount: 200) == .sfdp)
        #expect(LayoutEngine.recommended(nodeCount: 20, edgeCount: 400) == .sfdp)
        #expect(LayoutEngine.recommended(nodeCount: 20, edgeCount: 40) == .dot)
        let svg = try GraphvizRenderer().render(dot: dot, layout: .recommended(nodeCount: 200))
        #expect(String(decoding: svg, as: UTF8.self).contains(">n199</text>"))  // drawn with its label
    }
}

/// PDF and PNG renderings do not depend on when they were made.
@Suite(.serialized) struct StableRenderingTests {
    @Test(arguments: [OutputFormat.pdf, .png])
    func renderingsAreByteIdenticalAcrossCalls(format: OutputFormat) throws {
        let first = try GraphvizRenderer().render(dot: GraphvizRendererTests.small, format: format)
        Thread.sleep(forTimeInterval: 1.1)  // cairo's PDF date has one-second resolution
        let second = try GraphvizRenderer().render(dot: GraphvizRendererTests.small, format: format)
        #expect(first == second)
    }

    @Test func pdfCarriesNoCreationDateAndKeepsItsLength() throws {
        let pdf = try GraphvizRenderer().render(dot: GraphvizRendererTests.small, format: .pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(!text.contains("/CreationDate"))
        #expect(text.contains("/Producer"))
        #expect(text.hasSuffix("%%EOF\n"))
    }
}
