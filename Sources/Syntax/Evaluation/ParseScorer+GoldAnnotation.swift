extension ParseScorer {
    /// The first word of a gold `sentence` without the annotation attachment scores need — HEAD or DEPREL written
    /// `_` — as an error naming the file, line and column, or `nil` when every word has both.
    ///
    /// A CoNLL-U file of tokens, tags or lemmas alone has `_` there: scored as it stands, every attachment would
    /// count as wrong and UAS and LAS would print as zero, so `eval-parse` refuses it instead.
    /// - Parameters:
    ///   - sentence: A sentence read by ``CoNLLUReader``.
    ///   - path: The file it was read from, for the message.
    /// - Returns: A ``SyntaxError/malformedLine(path:line:column:reason:)`` or `nil`.
    public static func missingGoldAttachment(in sentence: CoNLLUSentence, path: String) -> SyntaxError? {
        for (index, word) in sentence.words.enumerated() {
            let field: (name: String, column: Int)
            if word.head < 0 {
                field = ("HEAD", 7)
            } else if word.deprel.isEmpty || word.deprel == "_" {
                field = ("DEPREL", 8)
            } else {
                continue
            }
            return .malformedLine(
                path: path, line: sentence.lineNumber(ofWord: index), column: field.column,
                reason: "word \(index + 1) \"\(word.form)\" has no gold \(field.name) (\"_\"): eval-parse scores against "
                    + "gold heads and relations, so every word needs HEAD and DEPREL (a file of tokens or tags alone "
                    + "cannot be scored)")
        }
        return nil
    }
}
