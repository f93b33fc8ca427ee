import ArticleText
import Foundation

/// One hand-annotated TIMEX3 in a gold file: Unicode scalar offsets (end exclusive), type and value.
public struct GoldTimex: Hashable, Sendable, Codable {
    /// First scalar of the expression.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// TIMEX3 type (`DATE`, `TIME`, `DURATION`, `SET`).
    public var type: String
    /// TIMEX3 value.
    public var value: String

    /// Creates a gold annotation.
    public init(start: Int, end: Int, type: String, value: String) {
        self.start = start
        self.end = end
        self.type = type
        self.value = value
    }

    /// The annotation's span.
    public var span: TextSpan { TextSpan(start: start, end: end) }
}

/// One gold document: the JSONL record `{"id","published","text","timex":[…]}`.
public struct GoldDocument: Hashable, Sendable, Codable {
    /// Document id.
    public var id: String
    /// DCT as `YYYY-MM-DD`, or `nil`.
    public var published: String?
    /// The document text the offsets index.
    public var text: String
    /// The gold TIMEX3 annotations.
    public var timex: [GoldTimex]
    /// Source address, when given (kept for attribution).
    public var url: String?

    /// Creates a gold document.
    public init(id: String, published: String?, text: String, timex: [GoldTimex], url: String? = nil) {
        self.id = id
        self.published = published
        self.text = text
        self.timex = timex
        self.url = url
    }

    /// The document to tag.
    public var document: Document {
        Document(id: DocumentID(id), text: text, published: published.flatMap(CalendarDate.init(iso:)), url: url)
    }

    /// Reads gold JSONL (one document per non-empty line) and checks every offset against its text.
    /// - Parameter data: UTF-8 JSONL.
    /// - Returns: the documents in file order.
    /// - Throws: `TemporalExpressionsError` naming the first bad line, date or offset.
    public static func readJSONL(_ data: Data) throws -> [GoldDocument] {
        let decoder = JSONDecoder()
        var documents: [GoldDocument] = []
        for line in JSONLines.lines(of: data) {
            let document: GoldDocument
            do {
                document = try JSONLines.decode(GoldDocument.self, from: line.bytes, decoder: decoder)
            } catch {
                throw TemporalExpressionsError.invalidGoldLine(line: line.number, reason: JSONLines.describe(error, data: line.bytes))
            }
            if let published = document.published, CalendarDate(iso: published) == nil {
                throw TemporalExpressionsError.invalidGoldDate(document: document.id, value: published)
            }
            let length = document.text.unicodeScalars.count
            for t in document.timex where t.start < 0 || t.end > length || t.start >= t.end {
                throw TemporalExpressionsError.invalidGoldOffsets(document: document.id, start: t.start, end: t.end)
            }
            documents.append(document)
        }
        return documents
    }
}
