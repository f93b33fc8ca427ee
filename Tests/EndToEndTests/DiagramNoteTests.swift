import Foundation
import Testing

@testable import storygraph

/// What `build` says about its diagrams adds up with its summary line, and Graphviz's warnings reach the user
/// in words that name the file, the box and the remedy.
struct DiagramNoteTests {
    /// An asserted accusation of each of two dyads, a negated meeting and a future troop deployment: four
    /// relations, two of which hold only events the diagram does not draw.
    static let article = #"{"id":"neg","published":"2025-03-01","text":"SEOUL, March 1 (Reuters) - South Korea did not meet North Korean officials on Friday. China criticised Japan on Friday. Russia will send troops to North Korea next year, officials said. Iran condemned Israel on Friday."}"# + "\n"

    @Test func theNotesCountTheRelationsTheSummaryCounts() throws {
        let folder = try CommandLine.temporaryDirectory()
        let input = folder.appendingPathComponent("neg.jsonl")
        try Data(Self.article.utf8).write(to: input)
        let result = try CommandLine.run(["build", input.path, "--out", folder.appendingPathComponent("out").path, "--top", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(result.stderr)")
        #expect(lines.first == """
            storygraph build: note: 2 negated, future or hypothetical events are in the data files but not drawn, nor \
            the 2 relations made only of them (the diagram draws from 2 of the 4 relations); --all-modalities draws them
            """)
        #expect(lines.dropFirst().first == """
            storygraph build: note: the relations diagram shows the 1 relation with the most articles of the 2 it \
            could draw; left out 1 relation (1 event, 2 actors), the largest: IRN->ISR:ACCUSE (1 article); --top N \
            draws more (build's relations.csv lists every relation)
            """)
        #expect(lines.last?.hasPrefix("storygraph build: 1 document, 8 actors, 4 events, 4 relations (1 drawn) (country level") == true)
    }

    @Test func modalityNoteLeavesOutTheRelationPartWhenEveryRelationIsDrawable() {
        #expect(DiagramSet.modalityNote(events: 1, drawable: 5, total: 5)
            == "1 negated, future or hypothetical event is in the data files but not drawn; --all-modalities draws them")
        #expect(DiagramSet.modalityNote(events: 3, drawable: 4, total: 5) == """
            3 negated, future or hypothetical events are in the data files but not drawn, nor the 1 relation made \
            only of them (the diagram draws from 4 of the 5 relations); --all-modalities draws them
            """)
    }

    @Test func graphvizSizeWarningsNameTheBoxAndTheRemedy() {
        let boxes = [["1 Jan 2024", "China → Japan", "ACCUSE"], ["2000–2019", "5 pairs", "ACCUSE, AGREE, CONCEDE, CO…", "5 events, 5 articles"]]
        #expect(DiagramSet.readableWarning(
            "Warning: node 'box:1', graph 'timeline' size too small for label", file: "timeline.svg", timelineBoxes: boxes) == """
            timeline.svg: the text of the timeline box “2000–2019 · 5 pairs · ACCUSE, AGREE, CONCEDE, CO…” is wider \
            than the box in the fonts installed here and runs past its edge; the boxes are sized for Liberation Sans \
            (package fonts-liberation2 or liberation-sans-fonts): install it for labels that fit. The diagram is \
            written all the same.
            """)
        #expect(DiagramSet.readableWarning(
            "Warning: node 'grid:3', graph 'timeline' size too small for label", file: "timeline.png", timelineBoxes: boxes)
            == "timeline.png: the label of the node grid:3 is larger than its fixed size and runs past its edge. The diagram is written all the same.")
        #expect(DiagramSet.readableWarning("Warning: something else", file: "relations.svg", timelineBoxes: [])
            == "relations.svg: Graphviz: something else")
    }

    static let corpus = CommandLine.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/wikinews-dev.jsonl")

    /// The Wikinews development articles gave a box whose third line ("ACCUSE, AGREE, CONCEDE, COOPE…", 30
    /// characters of capitals) was wider than its box; lines are now cut by width.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus.path), "needs ../shared/corpus/wikinews-dev.jsonl beside the checkout (the development corpus)"))
    func theDevelopmentCorpusTimelineGivesNoSizeWarning() throws {
        let out = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(["build", Self.corpus.path, "--out", out.path])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("size too small"), "\(result.stderr)")
        #expect(!result.stderr.contains("warning: timeline"), "\(result.stderr)")
    }
}
