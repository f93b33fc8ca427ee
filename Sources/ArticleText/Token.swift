/// A word, number or punctuation mark in a document, with its span in Unicode scalars.
public struct Token: Hashable, Sendable {
    /// What kind of characters make up the token.
    public enum Kind: String, Hashable, Sendable {
        /// Letters, possibly with inner apostrophes, hyphens or periods ("North", "Workers'", "U.S.", "long-range").
        case word
        /// Digits, possibly with inner separators ("2026", "5,000", "3.5", "2026-02-20").
        case number
        /// Anything else, one scalar each (",", "“", "–", "$").
        case punctuation
    }

    /// The token's kind.
    public var kind: Kind
    /// The token's span in the document text.
    public var span: TextSpan
    /// The token text as written.
    public var text: String
    /// 0-based index of the sentence holding the token.
    public var sentence: Int

    /// Creates a token.
    public init(kind: Kind, span: TextSpan, text: String, sentence: Int) {
        self.kind = kind
        self.span = span
        self.text = text
        self.sentence = sentence
    }

    /// The text lower-cased, for dictionary look-ups.
    public var lowercased: String { text.lowercased() }

    /// Whether the first scalar is an upper-case letter.
    public var isCapitalized: Bool { text.unicodeScalars.first?.isUppercaseScalar ?? false }
}
