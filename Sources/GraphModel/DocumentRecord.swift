import ArticleText

/// One document that contributed to an ``EventGraph``: its identity, DCT and text length.
public struct DocumentRecord: Hashable, Sendable, Codable {
    /// Document id.
    public var id: DocumentID
    /// Document creation time (publication date), or `nil` when unknown.
    public var published: CalendarDate?
    /// Headline, if known.
    public var title: String?
    /// Original address, if known; never one whose scheme is not `http` or `https` (see `WebAddress`).
    public var url: String?
    /// Length of the document text in Unicode scalars, when known; evidence spans must end at or before it.
    public var textLength: Int?
    /// Digest of the normalised text (`Document.textFingerprint`), when known: documents sharing it are copies of
    /// one article, and only the one with the smallest id counts in clusters.
    public var fingerprint: String?

    /// Creates a document record; a `url` of another scheme than `http` or `https` (`javascript:`, read from a
    /// store an earlier version filled) is dropped.
    public init(
        id: DocumentID, published: CalendarDate? = nil, title: String? = nil, url: String? = nil,
        textLength: Int? = nil, fingerprint: String? = nil
    ) {
        self.id = id
        self.published = published
        self.title = title
        self.url = WebAddress.kept(url)
        self.textLength = textLength
        self.fingerprint = fingerprint
    }

    /// This record with every `nil` field filled from `other` (fields already set win).
    func filling(from other: DocumentRecord) -> DocumentRecord {
        DocumentRecord(
            id: id, published: published ?? other.published, title: title ?? other.title, url: url ?? other.url,
            textLength: textLength ?? other.textLength, fingerprint: fingerprint ?? other.fingerprint)
    }
}
