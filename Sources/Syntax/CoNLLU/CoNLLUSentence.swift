/// One sentence of a CoNLL-U file, kept so that it can be written back with new analysis columns.
///
/// Comment lines, multiword-token lines (`1-2`) and empty nodes (`1.1`) are kept verbatim; basic word lines are
/// decoded into `words`, with their DEPS and MISC columns kept in `deps` and `misc`.
public struct CoNLLUSentence: Hashable, Sendable {
    /// One line of the sentence body, in file order.
    public enum Line: Hashable, Sendable {
        /// A basic word: index into `words`.
        case word(Int)
        /// A multiword-token or empty-node line, kept as written.
        case verbatim(String)
    }

    /// Comment lines without their trailing newline ("# text = …").
    public var comments: [String]
    /// Body lines in file order.
    public var lines: [Line]
    /// The basic words, in order; word `i` has CoNLL-U id `i + 1`.
    public var words: [SyntaxWord]
    /// Column 6 (FEATS) per word, as written.
    public var feats: [String]
    /// Column 9 (DEPS) per word, as written.
    public var deps: [String]
    /// Column 10 (MISC) per word, as written.
    public var misc: [String]
    /// 1-based line number of the sentence's first line in its file (0 when built in memory).
    public var lineNumber: Int

    /// Creates a sentence from plain words (no comments, `_` for FEATS, DEPS and MISC).
    public init(words: [SyntaxWord], comments: [String] = []) {
        self.comments = comments
        self.words = words
        self.lines = words.indices.map { .word($0) }
        self.feats = Array(repeating: "_", count: words.count)
        self.deps = Array(repeating: "_", count: words.count)
        self.misc = Array(repeating: "_", count: words.count)
        self.lineNumber = 0
    }

    /// The 1-based line of word `index` (0-based, into `words`) in the sentence's file: comment lines come
    /// first, then the body lines in order, as CoNLL-U writes them (0 for a sentence built in memory).
    /// - Parameter index: A valid index into `words`.
    public func lineNumber(ofWord index: Int) -> Int {
        guard lineNumber > 0 else { return 0 }
        let offset = lines.firstIndex(of: .word(index)) ?? index
        return lineNumber + comments.count + offset
    }

    /// The `# sent_id` comment's value, if any.
    public var sentenceID: String? { commentValue("sent_id") }

    /// The `# text` comment's value, if any.
    public var text: String? { commentValue("text") }

    /// The value of comment `# key = value`.
    public func commentValue(_ key: String) -> String? {
        for comment in comments {
            let body = comment.dropFirst().drop { $0 == " " }
            guard body.hasPrefix(key) else { continue }
            let rest = body.dropFirst(key.count).drop { $0 == " " }
            if rest.first == "=" { return String(rest.dropFirst().drop { $0 == " " }) }
        }
        return nil
    }
}
