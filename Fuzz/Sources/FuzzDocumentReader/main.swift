import ArticleText
import Foundation

/// One libFuzzer input: any bytes, read as an article file of each kind. Errors are expected; a crash, a
/// hang or an offset outside the text is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocumentReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let reader = DocumentReader(fallbackDCT: CalendarDate(year: 2020, month: 1, day: 1), skipBadLines: true)
    for forceJSONL in [nil, true, false] as [Bool?] {
        var findings: [Finding] = []
        guard let documents = try? reader.parse(
            data: data, origin: "fuzz", defaultID: "fuzz", forceJSONL: forceJSONL, findings: &findings)
        else { continue }
        for document in documents {
            let segmented = TextSegmenter().segment(document)
            let length = segmented.text.count
            for sentence in segmented.sentences {
                precondition(sentence.start >= 0 && sentence.end <= length, "sentence outside the text")
                for token in segmented.tokens(ofSentence: sentence.index) {
                    precondition(token.span.start >= sentence.start && token.span.end <= sentence.end,
                                 "token outside its sentence")
                }
            }
        }
    }
    return 0
}
