import ArticleText
import Syntax
import Testing

/// The document step of `SyntaxAnalyzer.analyze(_:)` with the bundled models: a document's names agree.
struct DocumentEntityTests {
    static func analysis(_ text: String, harmonizing: Bool = true) throws -> DocumentSyntax {
        let analyzer = SyntaxAnalyzer(models: try SyntaxModels.bundled(), harmonizesEntities: harmonizing)
        return analyzer.analyze(TextSegmenter().segment(Document(id: "doc", text: text, published: nil)))
    }

    /// Each sentence's entities as (type, words) pairs.
    static func names(_ syntax: DocumentSyntax) -> [[String]] {
        syntax.sentences.map { sentence in
            sentence.entities.map { entity in
                entity.type.rawValue + " "
                    + sentence.words[entity.start..<entity.end].map(\.form).joined(separator: " ")
            }
        }
    }

    static let banda = "Kagiso Banda was elected mayor of Lilongwe on Monday. Banda thanked voters in the city. Banda supporters celebrated, and the Banda camp promised jobs."

    @Test func aNameGivenInFullIsFoundAgainWhereItRecurs() throws {
        let alone = try Self.analysis(Self.banda, harmonizing: false)
        // Sentence by sentence, the recogniser misses "Banda" before "supporters" and reads "the Banda camp" as a
        // place; the document step finds the name again and settles the tie between PER and LOC by the longer
        // name that holds it, "Kagiso Banda", a person.
        #expect(Self.names(alone) == [["PER Kagiso Banda", "LOC Lilongwe"], ["PER Banda"], ["LOC Banda"]])
        let syntax = try Self.analysis(Self.banda)
        #expect(Self.names(syntax) == [["PER Kagiso Banda", "LOC Lilongwe"], ["PER Banda"], ["PER Banda", "PER Banda"]])
        let second = try #require(syntax.sentences.last)
        #expect(second.entities.map(\.start) == [0, 6])
        // The spans reach the mentions the actor and place recognisers read, with their text offsets.
        let text = ScalarText(Self.banda)
        let mentions = syntax.entityMentions(in: text).filter { $0.sentence == second.sentence }
        #expect(mentions.map(\.text) == ["Banda", "Banda"])
        #expect(mentions.first?.span.start == 88)
    }

    @Test func aNameKeepsOneTypeInTheDocument() throws {
        let text = "Paris Saint-Germain beat Lyon. Lyon fans were angry, and Lyon sacked its coach."
        let alone = try Self.analysis(text, harmonizing: false)
        #expect(Self.names(alone).last == ["LOC Lyon", "PER Lyon"])
        let syntax = try Self.analysis(text)
        let types = Set(syntax.sentences.flatMap { sentence in
            sentence.entities.filter { sentence.words[$0.start].form == "Lyon" }.map(\.type)
        })
        #expect(types == [.location])
        #expect(Self.names(syntax).last == ["LOC Lyon", "LOC Lyon"])
    }

    @Test func theDocumentStepIsDeterministic() throws {
        #expect(try Self.analysis(Self.banda) == Self.analysis(Self.banda))
    }
}
