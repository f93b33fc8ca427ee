import ArticleText
import Syntax
import Testing

@testable import ActorLexicon

/// Persons and organisations from the entity recogniser become actors only when they act, with clean names.
struct NamedEntityActorTests {
    func recognize(_ text: String, _ entities: [(String, EntitySpan.EntityType, String)]) -> ActorAnnotation {
        let document = Support.segment(text)
        let mentions = entities.map { name, type, deprel -> EntityMention in
            let start = text.unicodeScalars.distance(
                from: text.unicodeScalars.startIndex,
                to: text.range(of: name)!.lowerBound.samePosition(in: text.unicodeScalars)!)
            return EntityMention(type: type, span: TextSpan(start: start, end: start + name.unicodeScalars.count),
                                 text: name, sentence: 0, deprel: deprel)
        }
        return Support.recognizer.recognize(document, entities: mentions)
    }

    @Test func aPersonWhoActsBecomesAnActor() {
        let annotation = recognize("Jorin Vask quietly toured the plant.", [("Jorin Vask", .person, "nsubj")])
        #expect(annotation.actors.map(\.id.rawValue) == ["jorin-vask"])
        #expect(annotation.actors.first?.kind == .person)
        #expect(annotation.findings.contains { $0.code == "actor.unknown" && $0.message.contains("entity recogniser") })
    }

    /// A maker's name before or with a model number is a product, not an organisation that acts.
    @Test func aMakersNameWithAModelNumberIsAProduct() {
        let before = recognize("The Boeing 737-800 was grounded in Dublin.", [("The Boeing", .organization, "nsubj:pass")])
        #expect(!before.actors.contains { $0.name.contains("Boeing") })
        let with = recognize("The Airbus A380 landed in Dubai.", [("Airbus A380", .organization, "nsubj")])
        #expect(!with.actors.contains { $0.name.contains("Airbus") })
    }

    @Test func anEntitySpanStopsWhereTheNameStops() {
        let annotation = recognize("Jorin Vask might tour the congress.", [("Jorin Vask might tour the congress", .person, "nsubj")])
        #expect(Support.pairs(annotation) == ["Jorin Vask=jorin-vask"])
    }

    @Test func namesTheRulesAlreadyFoundKeepTheirActor() {
        let annotation = recognize("Jorin Vask said the plan failed.", [("Jorin Vask", .person, "nsubj")])
        #expect(Support.pairs(annotation) == ["Jorin Vask=unknown:Jorin Vask"])
    }

    @Test func aSingleNameThatDoesNotActIsNoActor() {
        let annotation = recognize("He posted the photo on Twister.", [("Twister", .organization, "obl")])
        #expect(annotation.actors.isEmpty)
    }

    @Test func aTitleInsideTheSpanStartsThePerson() {
        let text = "Amazon Research Institute Director Ane Alencar quietly toured the plant."
        let annotation = recognize(text, [("Amazon Research Institute Director Ane Alencar", .organization, "nsubj")])
        #expect(Support.pairs(annotation).contains("Ane Alencar=ane-alencar"))
    }
}
