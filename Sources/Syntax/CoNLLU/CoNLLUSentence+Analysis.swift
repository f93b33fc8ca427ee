import ArticleText

extension CoNLLUSentence {
    /// `value` made safe for one comment line: line and paragraph separators, tabs and other control characters
    /// become spaces.
    ///
    /// The characters replaced are those of the general categories Cc (U+0000–U+001F and U+007F–U+009F, NEL among
    /// them; the set is fixed by Unicode's stability policy), Zl (U+2028) and Zp (U+2029), each the only member of
    /// its category, so they are tested by value. Their UTF-8 encodings begin with a byte below 0x20, 0x7F, 0xC2
    /// (every scalar U+0080–U+00BF) or 0xE2 (U+2000–U+2FFF); a value without such a byte is returned as it is.
    static func commentValue(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.map { scalar in
            let code = scalar.value
            return code < 0x20 || (0x7F...0x9F).contains(code) || code == 0x2028 || code == 0x2029 ? " " : scalar
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
