/// Writes `IOB2Sentence`s back as IOB2 text.
///
/// Comments and every column other than the tag column are written exactly as read, so a file read with
/// `IOB2Reader` and written unchanged gives the same bytes, provided it used `\n` line ends and one blank line after
/// every sentence (Universal NER's own layout).
public struct IOB2Writer: Sendable {
    /// Creates a writer.
    public init() {}

    /// The IOB2 text of `sentences`, each followed by a blank line.
    public func write(_ sentences: [IOB2Sentence]) -> String {
        var out = ""
        for sentence in sentences { append(sentence, to: &out) }
        return out
    }

    /// Appends one sentence and its closing blank line to `out`.
    public func append(_ sentence: IOB2Sentence, to out: inout String) {
        for comment in sentence.comments {
            out += comment
            out += "\n"
        }
        for row in sentence.rows {
            out += row.joined(separator: "\t")
            out += "\n"
        }
        out += "\n"
    }
}
