import ArticleText
import Testing
@testable import TemporalExpressions

/// One row of a phrase table: a sentence, the DCT, and every TIMEX3 expected in it as `text|TYPE|value`.
struct TimexCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let dct: String?
    let expected: [String]

    init(_ sentence: String, dct: String?, _ expected: String...) {
        self.sentence = sentence
        self.dct = dct
        self.expected = expected
    }

    var testDescription: String { "\(sentence) [DCT \(dct ?? "none")]" }
}

/// Tags `sentence` as a one-paragraph document with the given DCT.
func tag(_ sentence: String, dct: String?) -> TemporalAnnotation {
    let document = Document(id: "t", text: sentence, published: dct.flatMap(CalendarDate.init(iso:)))
    return TemporalTagger().tag(TextSegmenter().segment(document))
}

/// The `text|TYPE|value` rendering of every TIMEX3 found in `sentence`.
func rendered(_ sentence: String, dct: String?) -> [String] {
    tag(sentence, dct: dct).timexes.map { "\($0.text)|\($0.type.rawValue)|\($0.value)" }
}
