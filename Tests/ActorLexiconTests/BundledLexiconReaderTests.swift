import ArticleText
import Foundation
import Testing

@testable import ActorLexicon

/// The bundled lexicon's reader: the same entries as Foundation's `JSONDecoder` gives, and errors that name the
/// file and the byte.
struct BundledLexiconReaderTests {
    static let resource = Support.root.appendingPathComponent("Sources/ActorLexicon/Resources/lexicon.json")

    @Test func readsEveryFieldEscapesAndNulls() throws {
        let json = #"""
            {"format": 3, "sources": {"x": [1, -2.5e3, true, null]},
             "actors": [{"id": "kim-jong-un", "name": "Kim Jong Un", "kind": "person", "country": "PRK",
                         "gender": "male", "short": ["Kim"], "aliases": ["Kim Jong-un", "\u00c9lys\u00e9e \"K\" \ud83d\ude00"],
                         "roles": [["PRK", "GOV", "2011-12-17", null, "Supreme Leader"], ["PRK"]], "curated": true,
                         "sector": null},
                        {"id": "PRK", "kind": "state", "name": "North Korea", "adjective": "North Korean",
                         "metonyms": ["Pyongyang"], "aliases": null}],
             "agents": [{"phrase": "state media", "sector": "MED", "code": "GOVMED"}],
             "notActors": ["Korean Peninsula"]}
            """#
        let lexicon = try Lexicon.decodeBundled(Data(json.utf8), file: "t.json")
        #expect(lexicon.entries.count == 2)
        let kim = try #require(lexicon.entry("kim-jong-un"))
        #expect(kim.name == "Kim Jong Un" && kim.kind == .person && kim.country == "PRK" && kim.sector == nil)
        #expect(kim.aliases == ["Kim Jong-un", "Élysée \"K\" 😀"])
        #expect(kim.shortNames == ["Kim"] && kim.gender == "male" && kim.isCurated)
        #expect(kim.roles == [
            ActorRole(country: "PRK", sector: "GOV", from: CalendarDate(iso: "2011-12-17"), to: nil, title: "Supreme Leader"),
            ActorRole(country: "PRK", sector: nil),
        ])
        let north = try #require(lexicon.entry("PRK"))
        #expect(north.adjective == "North Korean" && north.metonyms == ["Pyongyang"] && north.aliases.isEmpty)
        #expect(!north.isCurated)
        #expect(lexicon.agents == [AgentNoun(phrase: "state media", sector: "MED", code: "GOVMED")])
        #expect(lexicon.notActors == ["Korean Peninsula"])
        #expect(lexicon.lookUp("Pyongyang").map(\.id) == [])
        #expect(lexicon.lookUp("Kim Jong-un").map(\.id) == ["kim-jong-un"])
    }

    @Test(arguments: [
        (#"{"actors": [{"id": "x", "name": "X"}], "agents": [], "notActors": []}"#, "t.json: byte 12: an actor without"),
        (#"{"actors": [], "agents": []}"#, "t.json: byte 28: no \"notActors\" key"),
        (#"{"actors": [], "agents": [], "notActors": ["a" "b"]}"#, "t.json: byte 47: expected ',' or ']'"),
        (#"{"actors": [], "agents": [], "notActors": ["a\q"]}"#, "t.json: byte 47: unknown escape"),
        (#"{"actors": [], "agents": [], "notActors": []} x"#, "t.json: byte 46: text after the lexicon object"),
        (#"{"actors": [], "agents": [], "notActors": ["abc"#, "t.json: byte 47: unterminated string"),
        ("", "t.json: byte 0: expected an object"),
    ])
    func corruptFilesNameTheFileAndTheByte(json: String, message: String) {
        #expect {
            _ = try Lexicon.decodeBundled(Data(json.utf8), file: "t.json")
        } throws: { error in
            (error as? LexiconError)?.localizedDescription.contains(message) ?? false
        }
    }

    /// The whole bundled file, read both ways, gives the same actors, agent nouns and non-actor phrases in the
    /// same order.
    @Test func theBundledFileReadsAsJSONDecoderReadsIt() throws {
        let data = try Data(contentsOf: Self.resource)
        let reference = try JSONDecoder().decode(ReferenceLexicon.self, from: data)
        let lexicon = try Lexicon.decodeBundled(data)
        #expect(lexicon.entries.count == reference.actors.count)
        #expect(lexicon.entries.count > 19_000)
        for (entry, actor) in zip(lexicon.entries, reference.actors) where entry != actor.entry {
            Issue.record("\(entry.id) differs")
            break
        }
        #expect(lexicon.agents == reference.agents)
        #expect(lexicon.notActors == reference.notActors)
    }

    /// The alias tokeniser's shortcut for plain words splits every bundled alias as the document tokenizer does,
    /// and the ASCII case rules agree with the Unicode ones.
    @Test func shortcutsAgreeWithTheGeneralPathsOnEveryBundledName() throws {
        let lexicon = try Lexicon.bundledOrError()
        var checked = 0
        for entry in lexicon.entries {
            for alias in [entry.name] + entry.aliases + entry.metonyms + entry.shortNames {
                let text = ScalarText(alias)
                let general = Tokenizer().tokens(in: text, span: text.fullSpan, sentence: 0).map(\.text)
                #expect(AliasIndex.tokens(of: alias) == general, "\(alias)")
                for word in general {
                    #expect(CaseRule(aliasToken: word) == Self.unicodeRule(word), "\(word)")
                }
                checked += 1
            }
        }
        #expect(checked > 26_000)
    }

    /// `CaseRule(aliasToken:)` written with Unicode properties only.
    static func unicodeRule(_ text: String) -> CaseRule {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard let first = letters.first else { return .any }
        if letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) { return .upper }
        return first.properties.isUppercase ? .capitalized : .any
    }
}

/// `lexicon.json` as `JSONDecoder` reads it: the reference the reader is checked against.
private struct ReferenceLexicon: Decodable {
    struct RawActor: Decodable {
        var id: String
        var name: String
        var kind: String
        var country: String?
        var sector: String?
        var gender: String?
        var adjective: String?
        var aliases: [String]?
        var short: [String]?
        var metonyms: [String]?
        var curated: Bool?
        var roles: [[String?]]?

        var entry: LexiconEntry {
            LexiconEntry(
                id: ActorID(id), name: name, kind: ActorKind(rawValue: kind) ?? .organization, country: country,
                sector: sector, aliases: aliases ?? [],
                roles: (roles ?? []).map { fields in
                    func field(_ i: Int) -> String? { i < fields.count ? fields[i] : nil }
                    return ActorRole(
                        country: field(0), sector: field(1), from: field(2).flatMap(CalendarDate.init(iso:)),
                        to: field(3).flatMap(CalendarDate.init(iso:)), title: field(4))
                },
                gender: gender, shortNames: short ?? [], adjective: adjective, metonyms: metonyms ?? [],
                isCurated: curated ?? false)
        }
    }
    var actors: [RawActor]
    var agents: [AgentNoun]
    var notActors: [String]
}
