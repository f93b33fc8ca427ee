import Foundation

/// Reads CoNLL-U (Universal Dependencies' 10-column format) into `CoNLLUSentence`s.
///
/// Checks what the trainer and the scorer rely on: ten tab-separated columns, word ids counting 1, 2, 3… within a
/// sentence, integer heads within the sentence. Errors name the file, line and column.
public struct CoNLLUReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads the file at `path`.
    /// - Throws: `SyntaxError.unreadable`, `.notTabSeparated` (a line without a tab: plain text) or `.malformedLine`.
    public func read(path: String) throws -> [CoNLLUSentence] {
        try parse(TextLines.read(path: path), path: path)
    }

    /// Parses CoNLL-U `text`; `path` names the source in errors.
    /// - Throws: `SyntaxError.notTabSeparated` or `.malformedLine`.
    public func parse(_ text: String, path: String) throws -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence(words: [])
        var started = false
        var lineNumber = 0
        func finish() {
            if !current.words.isEmpty || !current.lines.isEmpty { sentences.append(current) }
            current = CoNLLUSentence(words: [])
            started = false
        }
        for line in TextLines.lines(text) {
            lineNumber += 1
            if TextLines.isBlank(line) {
                if started { try check(current, path: path) }
                finish()
                continue
            }
            if !started {
                current.lineNumber = lineNumber
                started = true
            }
            if line.hasPrefix("#") {
                current.comments.append(String(line))
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count > 1 else {
                throw SyntaxError.notTabSeparated(
                    path: path, line: lineNumber, format: "CoNLL-U", layout: "one word a line in 10 tab-separated columns")
            }
            guard columns.count == 10 else {
                throw SyntaxError.malformedLine(
                    path: path, line: lineNumber, column: 0,
                    reason: "expected 10 tab-separated columns, found \(columns.count)"
                )
            }
            let id = columns[0]
            if id.contains("-") || id.contains(".") {
                current.lines.append(.verbatim(String(line)))
                continue
            }
            guard let index = Int(id), index == current.words.count + 1 else {
                throw SyntaxError.malformedLine(
                    path: path, line: lineNumber, column: 1,
                    reason: "word id \"\(id)\" should be \(current.words.count + 1)"
                )
            }
            let headText = columns[6]
            let head: Int
            if headText == "_" {
                head = -1
            } else if let value = Int(headText), value >= 0 {
                head = value
            } else {
                throw SyntaxError.malformedLine(
                    path: path, line: lineNumber, column: 7, reason: "head \"\(headText)\" is not a word id"
                )
            }
            guard !columns[1].isEmpty else {
                throw SyntaxError.malformedLine(path: path, line: lineNumber, column: 2, reason: "empty FORM")
            }
            current.words.append(
                SyntaxWord(
                    form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]),
                    xpos: String(columns[4]), head: head, deprel: String(columns[7])
                )
            )
            current.feats.append(String(columns[5]))
            current.deps.append(String(columns[8]))
            current.misc.append(String(columns[9]))
            current.lines.append(.word(current.words.count - 1))
        }
        if started { try check(current, path: path) }
        finish()
        return sentences
    }

    private func check(_ sentence: CoNLLUSentence, path: String) throws {
        for (offset, word) in sentence.words.enumerated() where word.head > sentence.words.count {
            throw SyntaxError.malformedLine(
                path: path, line: sentence.lineNumber + sentence.comments.count + offset, column: 7,
                reason: "head \(word.head) is past the sentence's last word (\(sentence.words.count))"
            )
        }
    }
}
