/// A metadata key of an article input (a JSONL record's or a front matter's), matched in any case and with or
/// without `_`, `-` or spaces: `Published`, `DATE`, `published_at`, `publishedAt` and `pubDate` all name the
/// publication date.
///
/// The names read: `id`, `text` (JSONL only: front matter's text is the body), `title`, `url`, and the
/// publication date as `published`, `date`, `published_at`, `publication_date`, `date_published` (schema.org's
/// `datePublished`) or `pub_date` (RSS's `pubDate`). Other keys are not read; those that look like a date
/// (``looksLikeDate(_:)``, in `MetadataKey+DateNames.swift`) are reported, so that a feed's `updated` or `created_at` is never silently taken for,
/// or mistaken as, the publication date.
public enum MetadataKey: String, Hashable, Sendable, CaseIterable {
    case id, text, published, title, url

    /// The key `written` names, or `nil` when Storygraph does not read it.
    public init?(written: String) {
        let folded = Self.fold(written)
        if Self.publicationDateNames.contains(folded) {
            self = .published
        } else if let key = MetadataKey(rawValue: folded), key != .published {
            self = key
        } else {
            return nil
        }
    }

    /// The accepted names of the publication date, folded (lower case, no `_`, `-` or spaces).
    static let publicationDateNames: Set<String> = [
        "published", "date", "publishedat", "publicationdate", "datepublished", "pubdate",
    ]

    /// The publication date's accepted names as users write them, for messages.
    public static let publicationDateSpelling =
        "published, date, published_at, publication_date, date_published or pub_date, in any case, with or without _"

    /// Lower case without `_`, `-` or spaces.
    private static func fold(_ written: String) -> String {
        String(written.lowercased().unicodeScalars.filter { !["_", "-", " "].contains($0) })
    }

    /// The finding of a key that looks like a date but is not read (`"updated"`, `"created_at"`): a
    /// warning when the document has no publication date (the key may hold the one meant), a note otherwise.
    static func unreadDateFinding(key: String, at place: String, document: Document) -> Finding {
        let consequence = switch document.dctSource {
        case .metadata: "the publication date is taken from another key"
        case .option: "the document takes --published's date"
        case .dateline, .none: "the document has no publication date of its own"
        }
        return Finding(
            document.dctSource == .metadata ? .info : .warning, code: "metadata.unread-date-key",
            message: "\(path: place): key \"\(path: key)\" looks like a date but is not read; \(consequence) "
                + "(the publication date is read from: \(MetadataKey.publicationDateSpelling))",
            document: document.id)
    }
}
