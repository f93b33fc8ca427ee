@testable import GraphExport
import Testing

/// Timeline box lines are cut by width as well as length, so that capitals and wide letters stay inside the
/// 150-point box (Graphviz measured "ACCUSE, AGREE, CONCEDE, COOPE…" at about 152 points and warned).
struct BoxTextTests {
    @Test func widthsFollowLiberationSansAdvanceWidths() {
        #expect(BoxText.width(of: "ACCUSE, AGREE, CONCEDE, COOPE…") > 151 && BoxText.width(of: "ACCUSE, AGREE, CONCEDE, COOPE…") < 152)
        #expect(BoxText.width(of: "iiii") == 4 * 222 * 8 / 1000.0)
        #expect(BoxText.width(of: "é") == BoxText.width(of: "e"))
        #expect(BoxText.width(of: "北") == 8)
    }

    @Test(arguments: [
        ("ACCUSE, AGREE, CONCEDE, COOPERATE, RETREAT", "ACCUSE, AGREE, CONCEDE, CO…"),
        ("Internal emails expose Boeing-Air Force contract manipulation", "Internal emails expose Boeing…"),
        ("MMMMMMMMMMMMMMMMMMMMMMMMMMMMMM", "MMMMMMMMMMMMMMMMMMM…"),
        ("Short line", "Short line"),
    ])
    func linesAreCutToFitTheBox(text: String, expected: String) {
        let line = TimelineChart.shortened(text)
        #expect(line == expected)
        #expect(BoxText.width(of: line) <= TimelineChart.maximumLineWidth)
        #expect(line.count <= 30)
    }
}
