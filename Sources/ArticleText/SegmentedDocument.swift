/// A document split into paragraphs, sentences and tokens, with its dateline and publisher boilerplate marked.
///
/// This is the shared input of every extractor: offsets everywhere are Unicode scalar offsets into
/// `document.text`.
public struct SegmentedDocument: Sendable {
    /// The document.
    public let document: Document
    /// The document text as scalars.
    public let text: ScalarText
    /// Sentences in text order, boilerplate included (see `Sentence.isBoilerplate`).
    public let sentences: [Sentence]
    /// Tokens of all sentences in text order.
    public let tokens: [Token]
    /// For each sentence, the range of its tokens in `tokens`.
    public let tokenRanges: [Range<Int>]
    /// The dateline at the start of the text ("SEOUL, South Korea (Journos News) –"), if any.
    public let dateline: TextSpan?
    /// Spans of publisher boilerplate (footers, promotions) that extractors must ignore.
    public let boilerplate: [TextSpan]

    /// Creates a segmented document from its parts; use `TextSegmenter` to make one from a `Document`.
    public init(
        document: Document, text: ScalarText, sentences: [Sentence], tokens: [Token], tokenRanges: [Range<Int>],
        dateline: TextSpan?, boilerplate: [TextSpan]
    ) {
        self.document = document
        self.text = text
        self.sentences = sentences
        self.tokens = tokens
        self.tokenRanges = tokenRanges
        self.dateline = dateline
        self.boilerplate = boilerplate
    }

    /// The tokens of sentence `index`.
    public func tokens(ofSentence index: Int) -> ArraySlice<Token> { tokens[tokenRanges[index]] }

    /// Whether `span` lies inside the dateline or publisher boilerplate.
    public func isExcluded(_ span: TextSpan) -> Bool {
        if let dateline, dateline.contains(span) { return true }
        return boilerplate.contains { $0.contains(span) }
    }

    /// The sentences extractors should read: all but boilerplate.
    public var contentSentences: [Sentence] {
        sentences.filter { sentence in !boilerplate.contains { $0.contains(sentence.span) } }
    }

    /// The index of the sentence containing `offset`, or `nil`.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if offset < sentences[mid].start {
                high = mid - 1
            } else if offset >= sentences[mid].end {
                low = mid + 1
            } else {
                return mid
            }
        }
        return nil
    }
}
