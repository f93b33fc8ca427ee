import ArticleText
import Foundation
import Testing

@testable import ActorLexicon

/// Shared helpers: run the recognizer over a sentence or a file of the repository.
enum Support {
    static let recognizer = ActorRecognizer()

    static func segment(_ text: String, published: String? = "2026-02-20", id: String = "t") -> SegmentedDocument {
        let document = Document(id: DocumentID(id), text: text, published: published.flatMap(CalendarDate.init(iso:)))
        return TextSegmenter().segment(document)
    }

    static func recognize(_ text: String, published: String? = "2026-02-20", lexicon: Lexicon? = nil) -> ActorAnnotation {
        let recognizer = lexicon.map(ActorRecognizer.init(lexicon:)) ?? recognizer
        return recognizer.recognize(segment(text, published: published))
    }

    /// "text=ACTOR" pairs of the mentions, in text order.
    static func pairs(_ annotation: ActorAnnotation) -> [String] {
        annotation.mentions.map { "\($0.text)=\($0.actor.rawValue)" }
    }

    /// The actor of the mention whose text is `text` in `sentence` published on `published`, or a test failure
    /// listing the mentions found.
    static func actor(_ text: String, in sentence: String, published: String) throws -> Actor {
        let annotation = recognize(sentence, published: published)
        let mention = try #require(annotation.mentions.first { $0.text == text }, "\(pairs(annotation))")
        return try #require(annotation.actors.first { $0.id == mention.actor })
    }

    /// The repository root (two levels above this file's directory).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func seedArticle() throws -> SegmentedDocument {
        let path = root.appendingPathComponent("examples/korea-party-congress.txt").path
        guard let document = try DocumentReader().read(paths: [path]).first else { throw MissingDocument() }
        return TextSegmenter().segment(document)
    }
}

struct MissingDocument: Error {}

