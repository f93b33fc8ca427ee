/// One sentence of an IOB2 file (Universal NER's format), kept so that it can be written back with new tags.
///
/// Each token line is a row of tab-separated columns: `id`, `token`, `tag` and any further columns, which are kept
/// as read. Comment lines (`# sent_id = …`) are kept verbatim.
public struct IOB2Sentence: Hashable, Sendable {
    /// The 0-based index of the tag column in a row (column 3 of the file).
    public static let tagColumn = 2

    /// Comment lines without their trailing newline.
    public var comments: [String]
    /// Token lines split at tabs; every row has at least three columns.
    public var rows: [[String]]
    /// 1-based line number of the sentence's first line in its file (0 when built in memory).
    public var lineNumber: Int

    /// Creates a sentence from rows of columns (each with at least three).
    public init(comments: [String] = [], rows: [[String]], lineNumber: Int = 0) {
        self.comments = comments
        self.rows = rows
        self.lineNumber = lineNumber
    }

    /// Creates a sentence from tokens and their IOB2 tags, numbering rows 1, 2, 3… (`tags` is padded with `O`).
    public init(words: [String], tags: [String], comments: [String] = []) {
        self.comments = comments
        self.rows = words.indices.map { [String($0 + 1), words[$0], $0 < tags.count ? tags[$0] : "O"] }
        self.lineNumber = 0
    }

    /// The tokens (column 2).
    public var words: [String] { rows.map { $0.count > 1 ? $0[1] : "" } }

    /// The IOB2 tags (column 3); setting replaces only that column (rows past the new list's end become `O`).
    public var tags: [String] {
        get { rows.map { $0.count > Self.tagColumn ? $0[Self.tagColumn] : "O" } }
        set {
            for index in rows.indices {
                while rows[index].count <= Self.tagColumn { rows[index].append("_") }
                rows[index][Self.tagColumn] = index < newValue.count ? newValue[index] : "O"
            }
        }
    }

    /// The entities the tags mark.
    public var entities: [EntitySpan] {
        get { EntityTagScheme.iob2.spans(from: tags) }
        set { tags = EntityTagScheme.iob2.tags(for: newValue, count: rows.count) }
    }

    /// Whether the sentence starts a document: one of its comments is `# newdoc` (`# newdoc id = …`).
    public var startsDocument: Bool {
        comments.contains { comment in
            let body = comment.dropFirst().drop { $0 == " " }
            return comment.hasPrefix("#") && body.hasPrefix("newdoc")
        }
    }

    /// The documents of `sentences` as ranges of indices, in order: each starts at a sentence that
    /// `startsDocument` (the sentences before the first such form one), or, when no sentence does, each sentence is
    /// a document of its own.
    public static func documents(_ sentences: [IOB2Sentence]) -> [Range<Int>] {
        let starts = sentences.indices.filter { sentences[$0].startsDocument }
        guard !starts.isEmpty else { return sentences.indices.map { $0..<($0 + 1) } }
        let bounds = (starts.first == 0 ? [] : [0]) + starts + [sentences.count]
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }

    /// The `# sent_id` comment's value, if any.
    public var sentenceID: String? {
        for comment in comments {
            let body = comment.dropFirst().drop { $0 == " " }
            guard body.hasPrefix("sent_id") else { continue }
            let rest = body.dropFirst("sent_id".count).drop { $0 == " " }
            if rest.first == "=" { return String(rest.dropFirst().drop { $0 == " " }) }
        }
        return nil
    }
}
