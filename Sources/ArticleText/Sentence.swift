/// One sentence of a document: its 0-based index, its span in the document text and its text.
public struct Sentence: Hashable, Sendable, Codable {
    /// 0-based position among the document's sentences.
    public var index: Int
    /// First scalar of the sentence.
    public var start: Int
    /// One past the last scalar of the sentence.
    public var end: Int
    /// The sentence text, `document.text[start..<end]`.
    public var text: String
    /// 0-based paragraph (block of lines) the sentence belongs to.
    public var paragraph: Int
    /// Whether the sentence is a heading line (a line without final punctuation).
    public var isHeading: Bool

    /// Creates a sentence.
    public init(index: Int, span: TextSpan, text: String, paragraph: Int, isHeading: Bool = false) {
        self.index = index
        self.start = span.start
        self.end = span.end
        self.text = text
        self.paragraph = paragraph
        self.isHeading = isHeading
    }

    /// The sentence's span in the document text.
    public var span: TextSpan { TextSpan(start: start, end: end) }
}
