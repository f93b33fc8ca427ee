import ArticleText

extension CoNLLUSentence {
    /// The CoNLL-U form of a sentence analysed from document text: `# sent_id = DOC-N` (N counts from 1),
    /// `# text = …`, and in MISC each word's scalar offsets as `TokenRange=start:end` and `SpaceAfter=No` where
    /// the next word follows without a space.
    public init(analyzed: AnalyzedSentence, documentID: String, text: ScalarText, isFirstOfDocument: Bool) {
        self.init(words: analyzed.words)
        var comments: [String] = []
        if isFirstOfDocument { comments.append("# newdoc id = \(documentID)") }
        comments.append("# sent_id = \(documentID)-\(analyzed.sentence + 1)")
        if let first = analyzed.words.first?.span, let last = analyzed.words.last?.span {
            let sentenceText = text[TextSpan(start: first.start, end: last.end)]
            let flattened = sentenceText.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }
            comments.append("# text = \(String(flattened))")
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
