import ArticleText
import Foundation
import Testing

@testable import ActorLexicon

struct UserLexiconTests {
    static let example = Support.root.appendingPathComponent("examples/lexicon-example.yaml")

    func parse(_ text: String, path: String = "user.yaml") throws -> Lexicon {
        Lexicon.bundled().merging(try LexiconFile.parse(text, path: path, base: Lexicon.bundled()))
    }

    @Test func theExampleFileExtendsTheBundledLexicon() throws {
        let lexicon = try Lexicon.merging(userFile: Self.example)
        let annotation = Support.recognize(
            "Acme said Jane Roe met the Hermit Kingdom's envoy at the Seoul Forum. Roe said the Russian Federation "
                + "and the North Korean coast guard were absent.", published: "2025-03-01", lexicon: lexicon)
        #expect(Support.pairs(annotation) == [
            "Acme=acme-holdings", "Jane Roe=jane-roe", "Hermit Kingdom's envoy=PRK-GOV", "Roe=jane-roe",
            "Russian Federation=RUS", "North Korean coast guard=PRK-MIL",
        ])
        let roe = try #require(annotation.actors.first { $0.id == "jane-roe" })
        #expect(roe.country == "KOR" && roe.sector == "GOV" && roe.role == "Unification Minister")
        #expect(annotation.actors.first { $0.id == "acme-holdings" }?.sector == "BUS")
    }

    @Test func theCuratedResourceIsAValidLexiconFile() throws {
        let url = try #require(Bundle.module.url(forResource: "curated-actors", withExtension: "yaml",
                                                 subdirectory: "Resources")
            ?? Support.root.appendingPathComponent("Sources/ActorLexicon/Resources/curated-actors.yaml") as URL?)
        let fragment = try LexiconFile.load(url, base: Lexicon.bundled())
        #expect(fragment.entries.count > 100)
    }

    @Test func aNotActorEntryRemovesAnAlias() throws {
        let lexicon = try parse("notActors: [Pyongyang]\n")
        #expect(Support.pairs(Support.recognize("Pyongyang and North Korea.", lexicon: lexicon)) == ["North Korea=PRK"])
    }

    @Test func aUserAliasBelongsToTheUserActorOnly() throws {
        let lexicon = try parse("actors:\n  - {name: Washington Smith, aliases: [Washington]}\n")
        #expect(Support.pairs(Support.recognize("Washington spoke.", lexicon: lexicon)) == ["Washington=washington-smith"])
    }

    @Test func jsonFilesWork() throws {
        let lexicon = try parse(#"{"actors": [{"name": "Acme Holdings", "kind": "organization", "country": "JPN"}]}"#,
                                path: "user.json")
        #expect(lexicon.lookUp("Acme Holdings").first?.country == "JPN")
    }

    @Test(arguments: [
        ("actors:\n  - kind: person\n", "user.yaml:2: actor entry has no `name`"),
        ("actors:\n  - name: X Y\n    kind: robot\n", "user.yaml:3: unknown kind `robot` (expected state, person, organization)"),
        ("actors:\n  - name: X Y\n    country: XXX\n",
         "user.yaml:3: unknown country code `XXX`: no state has it (define the state as an actor with kind: state)"),
        ("actors:\n  - name: X Y\n    roles:\n      - {from: 2025-13-01}\n",
         "user.yaml:4: `from` is not a YYYY-MM-DD date: 2025-13-01"),
        ("actors:\n  - name: X Y\n    roles:\n      - {from: 2025-02-01, to: 2024-01-01}\n",
         "user.yaml:4: role ends (2024-01-01) before it starts (2025-02-01)"),
        ("actors:\n  - name: X Y\n    country: Korea\n",
         "user.yaml:3: `country` must be an ISO 3166-1 alpha-3 code (PRK) or a CAMEO IGO code (IGOUNO): Korea"),
        ("actors:\n  - name: X Y\n    nickname: Z\n",
         "user.yaml:3: unknown key `nickname` in actor entry (expected adjective, aliases, country, gender, id, kind, metonyms, name, roles, sector, short)"),
        ("aliases:\n  - {actor: XYZ-NOPE, names: [Q]}\n", "user.yaml:2: alias entry names unknown actor `XYZ-NOPE`"),
        ("people:\n  - name: X\n", "user.yaml:1: unknown key `people` (expected actors, aliases, notActors, agents)"),
        ("actors:\n  - {name: Acme, kind: organization}\n  - {name: Acme, kind: organization, country: JPN}\n",
         "user.yaml:3: actor id `acme` is defined twice in this file (give one entry, or distinct `id`s)"),
        ("actors: [\n  {name: X\n", "user.yaml:2: not valid YAML: the mapping opened with \"{\" at line 2, column 3 is not closed"),
        // libyaml's own words ("mapping values are not allowed in this context", a context dump with a caret)
        // were shown as they came.
        ("actors:\n  - name: \"Foo\n", "user.yaml:2: not valid YAML: the quote opened at line 2, column 11 is not closed"),
        ("actors:\n  - name: a: b\n",
         "user.yaml:2: not valid YAML: unexpected \":\" here: put a value that holds \": \" in quotes (name: \"Kim: a profile\"), or check this line's indentation"),
        ("actors:\n\t- name: X\n", "user.yaml:2: not valid YAML: a tab indents this line: YAML indents with spaces"),
        ("actors:\n  - name: \"\u{01}\"\n", "user.yaml:2: not valid YAML: a control character (U+0001) YAML does not allow: remove it"),
        ("actors: []\nactors: []\n", "user.yaml:1: not valid YAML: the key `actors` is given twice in the mapping that starts here; keep one"),
        ("actors:\n  - name: X\n   kind: state\n",
         "user.yaml:3: not valid YAML: this line is indented unlike the list it is in: indent each \"- \" item, and the keys under it, alike"),
        ("actors: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n",
         "user.yaml:1: not valid YAML: lists or mappings (\"[\", \"{\" or indented blocks) nested more deeply than YAML reading "
            + "allows: put a value that starts with \"[\" or \"{\" in quotes"),
    ] as [(String, String)])
    func errorsNameTheFileLineAndProblem(_ text: String, message: String) {
        #expect {
            _ = try parse(text)
        } throws: { error in
            (error as? LexiconError)?.errorDescription == message
        }
        do {
            _ = try parse(text)
        } catch {
            #expect(error.localizedDescription == message)
        }
    }

    @Test func aMissingFileIsReported() {
        #expect(throws: LexiconError.self) {
            _ = try Lexicon.merging(userFile: URL(fileURLWithPath: "/nonexistent/lexicon.yaml"))
        }
    }
}
