import ArticleText

extension CoNLLUSentence {
    /// `value` made safe for one comment line: line and paragraph separators, tabs and other control characters
    /// become spaces.
    static func commentValue(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .lineSeparator
                || scalar.properties.generalCategory == .paragraphSeparator || scalar == "\u{85}"
                ? " " : scalar
        }))
    }

    /// The CoNLL-U form of a sentence analysed from document text: `# sent_id = DOC-N` (N counts from 1),
    /// `# text = …`, and in MISC each word's scalar offsets as `TokenRange=start:end` and `SpaceAfter=No` where
    /// the next word follows without a space.
    public init(analyzed: AnalyzedSentence, documentID: String, text: ScalarText, isFirstOfDocument: Bool) {
        self.init(words: analyzed.words)
        var comments: [String] = []
        let id = Self.commentValue(documentID)
        if isFirstOfDocument { comments.append("# newdoc id = \(id)") }
        comments.append("# sent_id = \(id)-\(analyzed.sentence + 1)")
        if let first = analyzed.words.first?.span, let last = analyzed.words.last?.span {
            comments.append("# text = \(Self.commentValue(text[TextSpan(start: first.start, end: last.end)]))")
        }
        self.comments = comments
        for (index, word) in analyzed.words.enumerated() {
            guard let span = word.span else { continue }
            var misc = ["TokenRange=\(span.start):\(span.end)"]
            if index + 1 < analyzed.words.count, let next = analyzed.words[index + 1].span, next.start == span.end {
                misc.append("SpaceAfter=No")
            }
            self.misc[index] = misc.joined(separator: "|")
        }
    }
}
