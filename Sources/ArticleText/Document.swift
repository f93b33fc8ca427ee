/// The identifier of a document, unique within one run or store: a JSONL `id`, a front-matter `id`, or the
/// input file's name without its extension.
public struct DocumentID: RawRepresentable, Hashable, Sendable, Codable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public static func < (lhs: DocumentID, rhs: DocumentID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

/// Where a document's creation time (DCT) came from.
public enum DCTSource: String, Hashable, Sendable, Codable {
    /// The input's own metadata: front matter, sidecar or JSONL `published`.
    case metadata
    /// The `--published` option, for inputs without metadata.
    case option
    /// A dateline or header inside the text ("SEOUL, Feb. 20 (Yonhap) –").
    case dateline
    /// No DCT: relative expressions stay unresolved.
    case none
}

/// One news article: its text, identity and publication date (the DCT that relative TIMEX3 values resolve against).
public struct Document: Hashable, Sendable {
    /// Stable identifier.
    public var id: DocumentID
    /// Headline, when the input gives one.
    public var title: String?
    /// Original address, when the input gives one.
    public var url: String?
    /// The article body. All offsets in Storygraph's output index this text in Unicode scalars.
    public var text: String
    /// Document creation time (publication date), or `nil` when unknown.
    public var published: CalendarDate?
    /// Where `published` came from.
    public var dctSource: DCTSource
    /// The file the document was read from (`-` for standard input), for messages.
    public var origin: String
    /// Whether `id` was derived from the file name rather than given by the input.
    public var idFromFileName: Bool = false
    /// What reading the input noticed about this document's text (bytes replaced, NUL characters removed);
    /// the extraction pipeline reports them with the document's other findings.
    public var inputFindings: [Finding] = []

    /// Creates a document.
    public init(
        id: DocumentID, text: String, published: CalendarDate?, dctSource: DCTSource? = nil,
        title: String? = nil, url: String? = nil, origin: String = "-"
    ) {
        self.id = id
        self.text = text
        self.published = published
        self.dctSource = dctSource ?? (published == nil ? .none : .metadata)
        self.title = title
        self.url = url
        self.origin = origin
    }
}
