import Testing

@testable import Syntax

struct CoNLLUCommentTests {
    /// Whether `scalar` is one that a comment line cannot carry, by its Unicode properties (the definition that
    /// `CoNLLUSentence.commentValue` tests by value).
    static func breaksCommentLine(_ scalar: Unicode.Scalar) -> Bool {
        let category = scalar.properties.generalCategory
        return category == .control || category == .lineSeparator || category == .paragraphSeparator
    }

    @Test func commentValueReplacesExactlyControlsAndSeparators() {
        var replaced: [UInt32] = []
        var wrong: [UInt32] = []
        for code in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(code) else { continue }
            var value = "a"
            value.unicodeScalars.append(scalar)
            value.unicodeScalars.append("b")
            let expected = Self.breaksCommentLine(scalar) ? "a b" : value
            if !CoNLLUSentence.commentValue(value).utf8.elementsEqual(expected.utf8) { wrong.append(code) }
            if Self.breaksCommentLine(scalar) { replaced.append(code) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0, radix: 16) })")
        #expect(replaced.count == 67)
        #expect(replaced.contains(0x85) && replaced.contains(0x2028) && replaced.contains(0x2029))
    }

    @Test func commentValueKeepsOrdinaryTextAsItIs() {
        #expect(CoNLLUSentence.commentValue("Kim said \u{201C}no\u{201D} – twice.") == "Kim said \u{201C}no\u{201D} – twice.")
        #expect(CoNLLUSentence.commentValue("tab\there\r\nNEL\u{85}end\u{2028}") == "tab here  NEL end ")
        #expect(CoNLLUSentence.commentValue("") == "")
    }
}
