import ArticleText
import Foundation
import Testing

@testable import ActorLexicon

/// The bundled seed article (examples/korea-party-congress.txt, published 2026-02-20).
struct SeedArticleTests {
    static let document = Result { try Support.seedArticle() }
    static var annotation: ActorAnnotation? {
        (try? document.get()).map { ActorRecognizer().recognize($0) }
    }

    @Test(arguments: [
        ("North Korea", "PRK"), ("North Korean", "PRK"), ("Pyongyang", "PRK"), ("North Korea’s", "PRK"),
        ("Moscow", "RUS"), ("Russia", "RUS"), ("Beijing", "CHN"), ("China", "CHN"), ("Chinese", "CHN"),
        ("Washington", "USA"), ("United States", "USA"), ("U.S.", "USA"), ("Seoul", "KOR"), ("South Korea", "KOR"),
        ("South Korea’s", "KOR"), ("Ukraine", "UKR"), ("Kim Jong Un", "kim-jong-un"), ("Kim", "kim-jong-un"),
        ("Kim’s", "kim-jong-un"), ("Xi Jinping", "xi-jinping"), ("Donald Trump", "donald-trump"),
        ("Trump", "donald-trump"), ("Kim Ju Ae", "kim-ju-ae"), ("Korean Central News Agency", "prk-kcna"),
        ("KCNA", "prk-kcna"), ("Unification Ministry", "kor-unification-ministry"),
        ("the ministry", "kor-unification-ministry"), ("National Intelligence Service", "kor-nis"),
        ("Workers’ Party", "prk-workers-party"), ("Chang Yoon-jeong", "chang-yoon-jeong"),
        ("North Korean state media", "PRK-MED"), ("State media", "PRK-MED"), ("state media", "PRK-MED"),
        ("South Korean", "KOR-GOV"), ("U.S. officials", "USA-GOV"),
    ] as [(String, String)])
    func everyListedMentionResolves(_ text: String, actor: String) throws {
        let annotation = try #require(Self.annotation)
        let matching = annotation.mentions.filter { $0.text == text }
        #expect(!matching.isEmpty, "no mention \"\(text)\"")
        #expect(matching.allSatisfy { $0.actor.rawValue == actor }, "\(text): \(matching.map(\.actor))")
    }

    @Test func actorsHaveCountryAndSectorAsOfThePublicationDate() throws {
        let actors = try #require(Self.annotation).actors
        func actor(_ id: ActorID) -> Actor? { actors.first { $0.id == id } }
        #expect(actor("donald-trump") == Actor(id: "donald-trump", name: "Donald Trump", country: "USA", sector: "GOV",
                                               kind: .person, role: "President"))
        #expect(actor("kim-jong-un")?.country == "PRK" && actor("kim-jong-un")?.sector == "GOV")
        #expect(actor("kim-ju-ae")?.kind == .person && actor("kim-ju-ae")?.country == "PRK")
        #expect(actor("prk-kcna")?.sector == "MED" && actor("kor-nis")?.sector == "SPY")
        #expect(actor("kor-unification-ministry")?.country == "KOR")
        #expect(actor("chang-yoon-jeong")?.country == "KOR" && actor("chang-yoon-jeong")?.sector == "GOV")
        #expect(actor("chang-yoon-jeong")?.kind == .person)
    }

    @Test func kimJuAeStaysOnePersonAndLaterKimsAreKimJongUn() throws {
        let mentions = try #require(Self.annotation).mentions
        let daughter = mentions.filter { $0.actor == "kim-ju-ae" }
        #expect(daughter.map(\.text) == ["Kim Ju Ae"])
        let after = mentions.filter { $0.text.hasPrefix("Kim") && $0.start > daughter[0].start }
        #expect(!after.isEmpty && after.allSatisfy { $0.actor == "kim-jong-un" })
    }

    @Test func datelineAndFooterProduceNoActors() throws {
        let document = try Self.document.get()
        let annotation = try #require(Self.annotation)
        #expect(annotation.mentions.allSatisfy { !document.isExcluded($0.span) })
        #expect(annotation.mentions.allSatisfy { $0.start > (document.dateline?.end ?? 0) })
        for name in ["JournosNews", "JournosNews.com", "Journos News", "Google News", "Google", "AdSense", "BlueSky", "X"] {
            #expect(!annotation.actors.contains { $0.name == name }, "\(name)")
        }
        #expect(annotation.actors.allSatisfy { $0.kind != .unknown })
    }

    @Test func mentionOffsetsIndexTheText() throws {
        let document = try Self.document.get()
        for mention in try #require(Self.annotation).mentions {
            #expect(document.text[mention.span] == mention.text)
            #expect(document.sentences[mention.sentence].span.contains(mention.span))
        }
    }
}
