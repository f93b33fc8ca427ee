import ArticleText
import Foundation
import Testing

@testable import Syntax

/// Word-level agreement of `UDTokenizer` with the GUM development documents, scored as in the CoNLL 2018 shared
/// task: a word counts when its character span in the sentence's `# text` matches a gold word's.
struct UDTokenizerAgreementTests {
    /// GUM's official development documents among the licensed genres in `Data/treebank/gum`.
    static let gumDevelopment = [
        "academic_exposure", "academic_librarians", "bio_byron", "bio_emperor", "court_loan", "court_negligence",
        "interview_cyclone", "interview_gaming", "news_homeopathic", "news_iodine", "voyage_athens", "voyage_coron",
    ]

    /// The repository's `Data/treebank` folder.
    static let treebank = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data/treebank")

    @Test func agreesWithGUMDevelopmentWords() throws {
        var score = WordScore()
        for name in Self.gumDevelopment {
            let url = Self.treebank.appendingPathComponent("gum/GUM_\(name).conllu")
            try score.add(conllu: String(contentsOf: url, encoding: .utf8))
        }
        #expect(score.gold > 10_000)
        #expect(score.f1 >= 0.995, "word F1 \(score.f1) on GUM dev")
    }
}

/// Word precision, recall and F1 of the tokenizer against CoNLL-U gold words, aligned by span.
struct WordScore {
    /// Gold words seen.
    var gold = 0
    /// Words the tokenizer produced.
    var system = 0
    /// Words whose span matches a gold word's.
    var correct = 0

    /// The harmonic mean of precision and recall.
    var f1: Double { system + gold == 0 ? 0 : 2 * Double(correct) / Double(system + gold) }

    /// Scores every sentence of a CoNLL-U file that has a `# text` comment.
    mutating func add(conllu: String) {
        for block in conllu.components(separatedBy: "\n\n") {
            let lines = block.split(separator: "\n")
            guard let textLine = lines.first(where: { $0.hasPrefix("# text = ") }) else { continue }
            let text = ScalarText(String(textLine.dropFirst("# text = ".count)))
            let rows = lines.filter { !$0.hasPrefix("#") }
                .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            var remaining: [TextSpan: Int] = [:]
            for span in Self.goldSpans(rows: rows, text: text) {
                remaining[span, default: 0] += 1
                gold += 1
            }
            for span in UDTokenizer().wordSpans(in: text, span: text.fullSpan) {
                system += 1
                if let count = remaining[span], count > 0 {
                    remaining[span] = count - 1
                    correct += 1
                }
            }
        }
    }

    /// The spans of the gold words: tokens are found in the text in order, and the words of a multiword token
    /// ("don't" = "do" + "n't") split its span when their forms spell it, else share it.
    static func goldSpans(rows: [[Substring]], text: ScalarText) -> [TextSpan] {
        var spans: [TextSpan] = []
        var cursor = 0
        var index = 0
        while index < rows.count {
            let id = rows[index][0]
            let form = Array(rows[index][1].unicodeScalars)
            if id.contains(".") {
                index += 1
                continue
            }
            while cursor < text.count, text.scalars[cursor].properties.isWhitespace { cursor += 1 }
            let start = cursor
            cursor += form.count
            guard let dash = id.firstIndex(of: "-"), let first = Int(id[..<dash]),
                let last = Int(id[id.index(after: dash)...])
            else {
                spans.append(TextSpan(start: start, end: cursor))
                index += 1
                continue
            }
            let parts = rows[(index + 1)...].filter { !$0[0].contains(".") }.prefix(last - first + 1).map { $0[1] }
            if parts.joined().unicodeScalars.elementsEqual(form) {
                var partStart = start
                for part in parts {
                    spans.append(TextSpan(start: partStart, end: partStart + part.unicodeScalars.count))
                    partStart += part.unicodeScalars.count
                }
            } else {
                spans += parts.map { _ in TextSpan(start: start, end: cursor) }
            }
            index += 1 + parts.count
        }
        return spans
    }
}
