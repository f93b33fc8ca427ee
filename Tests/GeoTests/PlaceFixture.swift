import ActorLexicon
import ArticleText
import Geo
import Syntax

/// Runs segmentation, the syntax layer, actor recognition and place recognition on a short text.
enum PlaceFixture {
    static let recognizer = PlaceRecognizer()
    static let actors = ActorRecognizer()

    static func places(_ text: String) -> PlaceAnnotation {
        let document = Document(id: "t", text: text, published: CalendarDate(iso: "2026-02-20"))
        let segmented = TextSegmenter().segment(document)
        let entities = SyntaxAnalyzer.bundled?.analyze(segmented).entityMentions(in: segmented.text) ?? []
        let annotation = actors.recognize(segmented, entities: entities)
        return recognizer.recognize(segmented, entities: entities, actors: annotation)
    }

    /// The place resolved for the first mention whose text starts with `name`.
    static func place(_ name: String, in text: String) -> PlaceMention? {
        places(text).mentions.first { $0.text.hasPrefix(name) }
    }
}
