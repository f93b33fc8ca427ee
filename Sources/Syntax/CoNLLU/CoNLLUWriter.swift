/// Writes `CoNLLUSentence`s as CoNLL-U text: comments and verbatim lines as read, word lines from `words`.
///
/// Columns 3–8 (LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL) come from the analysis; ID, FORM, DEPS and MISC are kept.
public struct CoNLLUWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The CoNLL-U text of `sentences`, each followed by a blank line.
    public func write(_ sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences { append(sentence, to: &out) }
        return out
    }

    /// Appends one sentence and its closing blank line to `out`.
    public func append(_ sentence: CoNLLUSentence, to out: inout String) {
        for comment in sentence.comments {
            out += comment
            out += "\n"
        }
        for line in sentence.lines {
            switch line {
            case let .verbatim(text):
                out += text
            case let .word(index):
                let word = sentence.words[index]
                let columns = [
                    String(index + 1), field(word.form), field(word.lemma), field(word.upos), field(word.xpos),
                    field(sentence.feats[index]), word.head >= 0 ? String(word.head) : "_", field(word.deprel),
                    field(sentence.deps[index]), field(sentence.misc[index]),
                ]
                out += columns.joined(separator: "\t")
            }
            out += "\n"
        }
        out += "\n"
    }

    /// A column value with tabs and newlines (which CoNLL-U cannot carry) turned into spaces; empty as `_`.
    private func field(_ value: String) -> String {
        guard !value.isEmpty else { return "_" }
        // Bytes first: only a value with a tab, line feed or carriage return byte can hold such a character.
        guard value.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        guard value.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return value }
        return String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
