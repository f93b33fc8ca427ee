import ArticleText
import Foundation

/// One hand-annotated actor mention of a gold document.
public struct GoldMention: Hashable, Sendable, Codable {
    /// First scalar of the mention in the document text.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// The mention as written.
    public var text: String
    /// The actor id, following the `ActorID` conventions (`PRK`, `kim-jong-un`, `KOR-GOV`).
    public var actor: String
    /// ISO 3166-1 alpha-3 or CAMEO IGO code of the actor, if any.
    public var country: String?
    /// CAMEO sector as of the document's date, if any.
    public var sector: String?

    /// Creates a gold mention.
    public init(start: Int, end: Int, text: String, actor: String, country: String? = nil, sector: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.actor = actor
        self.country = country
        self.sector = sector
    }
}

/// A document with hand-annotated actor mentions: one line of a gold JSONL file
/// (`{"id","published","text","mentions":[{"start","end","text","actor","country","sector"}]}`).
public struct GoldDocument: Hashable, Sendable, Codable {
    /// Document id.
    public var id: String
    /// Publication date (`YYYY-MM-DD`), the date roles are resolved against.
    public var published: String?
    /// The document text; offsets are Unicode scalar offsets into it.
    public var text: String
    /// The annotated mentions.
    public var mentions: [GoldMention]
    /// Source address, kept for attribution.
    public var url: String?

    private enum CodingKeys: String, CodingKey { case id, published, text, mentions, url }

    /// Creates a gold document.
    public init(id: String, published: String?, text: String, mentions: [GoldMention], url: String? = nil) {
        self.id = id
        self.published = published
        self.text = text
        self.mentions = mentions
        self.url = url
    }

    /// Decodes a gold document, checking that every mention's offsets lie inside the text.
    /// - Throws: `DecodingError.dataCorrupted` naming the mention (`mentions[3]`) whose offsets are outside the
    ///   text or empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        published = try container.decodeIfPresent(String.self, forKey: .published)
        text = try container.decode(String.self, forKey: .text)
        mentions = try container.decode([GoldMention].self, forKey: .mentions)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        let length = text.unicodeScalars.count
        for (index, mention) in mentions.enumerated() where !(0 <= mention.start && mention.start < mention.end && mention.end <= length) {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: [CodingKeys.mentions, IndexKey(intValue: index)],
                debugDescription: "offsets \(mention.start)-\(mention.end) are not a span inside the text (\(length) scalars)"))
        }
    }

    /// A position in a coding path.
    private struct IndexKey: CodingKey {
        var intValue: Int?
        var stringValue: String { "\(intValue ?? 0)" }
        init(intValue: Int) { self.intValue = intValue }
        init?(stringValue: String) { nil }
    }

    /// Reads a gold JSONL file.
    /// - Throws: `ActorScoringError` naming the file and line of a bad record.
    public static func read(_ url: URL) throws -> [GoldDocument] {
        let data: Data
        do {
            data = try FileContents.read(url.path)
        } catch {
            throw ActorScoringError.unreadableFile(path: url.path, reason: error.reason)
        }
        let decoder = JSONDecoder()
        var documents: [GoldDocument] = []
        for line in JSONLines.lines(of: data) {
            do {
                documents.append(try JSONLines.decode(GoldDocument.self, from: line.bytes, decoder: decoder))
            } catch {
                throw ActorScoringError.badRecord(path: url.path, line: line.number, reason: JSONLines.describe(error, data: line.bytes))
            }
        }
        return documents
    }

    /// The document as pipeline input.
    public var document: Document {
        Document(id: DocumentID(id), text: text, published: published.flatMap(CalendarDate.init(iso:)), url: url)
    }
}

/// Errors of gold-file scoring.
public enum ActorScoringError: Error, Hashable, Sendable, LocalizedError {
    /// The gold file could not be read.
    case unreadableFile(path: String, reason: String)
    /// A line of the gold file is not a valid record.
    case badRecord(path: String, line: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case .unreadableFile(let path, let reason): "\(path: path): cannot read gold file: \(reason)"
        case .badRecord(let path, let line, let reason): "\(path: path):\(line): bad gold record: \(reason)"
        }
    }
}
