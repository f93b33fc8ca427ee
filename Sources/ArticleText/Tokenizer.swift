/// Splits text into word, number and punctuation tokens.
///
/// Rules, in the spirit of Penn Treebank tokenisation but keeping offsets exact:
/// - words keep inner hyphens before a lower-case letter or digit ("long-range", "F-16"), but split before a
///   capital ("then-U.S." → "then", "-", "U.S."; "inter-Korean" → "inter", "-", "Korean");
/// - the possessive "'s"/"’s" is its own word token; a trailing apostrophe ("Workers’") is punctuation;
/// - initialisms keep their periods ("U.S.", "D.C.", "U.S"); other periods are punctuation ("Feb", ".");
/// - numbers keep inner separators followed by a digit ("5,000", "2026-02-20", "10:30") and attached letters
///   ("19th", "1990s").
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// Tokens of `text` within `span`, tagged with `sentence`.
    /// - Complexity: O(n) in the span's length.
    public func tokens(in text: ScalarText, span: TextSpan, sentence: Int) -> [Token] {
        let s = text.scalars
        var tokens: [Token] = []
        var i = span.start
        let end = span.end
        func isLetter(_ k: Int) -> Bool { k < end && s[k].isAlphabeticScalar }
        func isDigit(_ k: Int) -> Bool { k < end && ("0"..."9").contains(s[k]) }
        func isApostrophe(_ k: Int) -> Bool { k < end && (s[k] == "'" || s[k] == "’") }
        func emit(_ kind: Token.Kind, _ from: Int, _ to: Int) {
            let tokenSpan = TextSpan(start: from, end: to)
            tokens.append(Token(kind: kind, span: tokenSpan, text: text[tokenSpan], sentence: sentence))
        }
        while i < end {
            let c = s[i]
            if c.isWhitespaceScalar {
                i += 1
            } else if isDigit(i) {
                let from = i
                while i < end {
                    if isDigit(i) {
                        i += 1
                    } else if [",", ".", ":", "/", "-"].contains(s[i]), isDigit(i + 1), isDigit(i - 1) {
                        i += 1
                    } else {
                        break
                    }
                }
                while isLetter(i) { i += 1 }
                emit(.number, from, i)
            } else if isLetter(i) {
                let from = i
                // Possessive clitic: 's / ’s as a word of its own.
                while i < end {
                    if isLetter(i) || isDigit(i) && i > from {
                        i += 1
                    } else if s[i] == "-", i + 1 < end, (isDigit(i + 1) || (isLetter(i + 1) && !s[i + 1].isUppercaseScalar)) {
                        i += 1
                    } else if isApostrophe(i), isLetter(i + 1), !(s[i + 1] == "s" && !isLetter(i + 2)) {
                        i += 1  // "don't", "O'Brien"
                    } else {
                        break
                    }
                }
                // Initialisms: single capitals joined by periods ("U.S.", "D.C.", "U.S").
                if i - from == 1, s[from].isUppercaseScalar, i < end, s[i] == "." {
                    var k = i
                    var letters = 1
                    while k + 1 < end, s[k] == ".", s[k + 1].isUppercaseScalar,
                          !(k + 2 < end && s[k + 2].isAlphabeticScalar)
                    {
                        k += 2
                        letters += 1
                    }
                    if letters >= 2 {
                        if k < end, s[k] == "." { k += 1 }
                        i = k
                    }
                }
                emit(.word, from, i)
                if isApostrophe(i), i + 1 < end, s[i + 1] == "s", !isLetter(i + 2) {
                    emit(.word, i, i + 2)
                    i += 2
                }
            } else {
                emit(.punctuation, i, i + 1)
                i += 1
            }
        }
        return tokens
    }
}
