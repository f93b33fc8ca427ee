import ArticleText
import Testing

@testable import ActorLexicon

struct AliasIndexTests {
    @Test(arguments: [
        ("U.S.", "us"), ("U.S", "us"), ("US", "us"), ("Korea’s", "korea's"), ("Workers’", "workers'"),
        ("D.C.", "dc"), ("Iran–Iraq", "iran-iraq"), ("Pyongyang", "pyongyang"),
    ])
    func keysFoldSpellingVariants(_ text: String, key: String) {
        #expect(AliasIndex.key(text) == key)
    }

    @Test(arguments: [
        ("US", "US", true), ("US", "us", false), ("US", "U.S.", true), ("Korea", "Korea", true),
        ("Korea", "korea", false), ("Korea", "KOREA", true), ("officials", "Officials", true),
    ])
    func caseRulesTellNamesFromWords(_ alias: String, text: String, accepted: Bool) {
        #expect(CaseRule(aliasToken: alias).accepts(text) == accepted)
    }

    @Test func theBundledLexiconCoversTheStatesAndTheCuratedLeaders() throws {
        let lexicon = try Lexicon.bundledOrError()
        #expect(lexicon.entries.filter { $0.kind == .state }.count >= 190)
        for id in ["PRK", "KOR", "USA", "RUS", "CHN", "UKR", "IRN", "ISR", "JPN", "IGOUNO", "IGOUNOIAE", "IGOWSTNAT",
                   "IGOEUREEC", "IGOSEAASN", "kim-jong-un", "xi-jinping", "vladimir-putin", "volodymyr-zelensky",
                   "lee-jae-myung", "yoon-suk-yeol", "sanae-takaichi", "antonio-guterres", "prk-kcna",
                   "kor-unification-ministry", "kor-nis", "usa-pentagon", "usa-state-department"] {
            #expect(lexicon.entry(ActorID(id)) != nil, "\(id)")
        }
        #expect(lexicon.agents.contains { $0.phrase == "state media" && $0.sector == "MED" })
        #expect(lexicon.agents.contains { $0.phrase == "lawmakers" && $0.sector == "LEG" })
    }
}
