import Foundation
import Testing
@testable import EventOntology

@Suite struct CAMEOVerbDictionaryTests {
    let dictionary = CAMEOVerbDictionary.bundled

    /// Codes the dictionary uses that the codebook cannot resolve: CAMEO 01x, "make public statement".
    static let knownGaps: Set<String> = ["010", "011", "012", "013", "014", "015", "016", "017", "018", "019"]

    @Test func bundledDictionaryLoadsWithExpectedCounts() throws {
        let clock = ContinuousClock()
        var loaded: CAMEOVerbDictionary?
        let elapsed = try clock.measure { loaded = try CAMEOVerbDictionary.loadBundled() }
        let dictionary = try #require(loaded)
        print("CAMEO verbs: \(dictionary.verbCount) verbs, \(dictionary.blockCount) blocks, "
            + "\(dictionary.patternCount) patterns, \(dictionary.synonymSetCount) synonym sets, "
            + "\(dictionary.codesUsed.count) codes; loaded in \(elapsed)")
        #expect(dictionary.verbCount == 1779)
        #expect(dictionary.blockCount == 397)
        #expect(dictionary.patternCount == 4661)
        #expect(dictionary.synonymSetCount == 40)
        #expect(elapsed < .seconds(1))
    }

    @Test func loadingIsDeterministic() throws {
        let first = try CAMEOVerbDictionary.loadBundled()
        let second = try CAMEOVerbDictionary.loadBundled()
        #expect(first.codesUsed == second.codesUsed)
        #expect(first.verbKeys.map { "\($0.lemma) \($0.particle ?? "")" }
            == second.verbKeys.map { "\($0.lemma) \($0.particle ?? "")" })
        let clause = ["rebel", "attack", "army", "with", "rocket"]
        for (lemma, particle) in first.verbKeys.prefix(300) {
            let a = first.match(lemma: lemma, particle: particle, clause: clause, verbIndex: 1,
                                sourcePositions: [0], targetPositions: [2])
            let b = second.match(lemma: lemma, particle: particle, clause: clause, verbIndex: 1,
                                 sourcePositions: [0], targetPositions: [2])
            #expect(a == b)
        }
    }

    @Test func everyCodeResolvesInTheCodebookOrIsAKnownGap() {
        let unresolved = dictionary.codesUsed.filter { CAMEOCodebook.bundled.entry($0) == nil }
        #expect(Set(unresolved) == Self.knownGaps)
    }

    /// (lemma, clause, verb index, expected code, expected PLOVER type)
    @Test(arguments: [
        ("accuse", "government accuse rebel", 1, "112", EventType.accuse),
        ("accuse", "government accuse rebel of terrorism", 1, "1124", .accuse),
        ("accuse", "minister accuse they of attack on border", 1, "1123", .accuse),
        ("sign", "iran and iraq sign agreement", 3, "057", .support),
        ("sign", "they sign trade agreement", 1, "0311", .agree),
        ("sign", "they sign free trade agreement", 1, "061", .cooperate),
        ("attack", "rebel attack village", 1, "190", .assault),
        ("threaten", "iran threaten israel", 1, "130", .threaten),
        ("meet", "minister meet counterpart in cairo", 1, "040", .consult),
        ("appeal", "un appeal for calm", 1, "020", .request),
        ("demand", "protester demand release", 1, "1053", .request),
        ("demand", "protester demand", 1, "100", .request),
        ("visit", "president visit china", 1, "042", .consult),
        ("invade", "army invade town", 1, "192", .coerce),
    ])
    func realVerbsGetTheirDictionaryCodes(
        lemma: String, clause: String, verbIndex: Int, code: String, type: EventType
    ) throws {
        let words = clause.split(separator: " ").map(String.init)
        let match = try #require(dictionary.match(
            lemma: lemma, particle: nil, clause: words, verbIndex: verbIndex, sourcePositions: [], targetPositions: []))
        #expect(match.code.code == code, "\(match.pattern)")
        #expect(match.code.type == type)
    }

    @Test func theMoreSpecificPatternWinsAndKeepsItsEvidence() throws {
        let match = try #require(dictionary.match(
            lemma: "accuse", particle: nil, clause: ["they", "accuse", "army", "of", "terrorism"], verbIndex: 1,
            sourcePositions: [], targetPositions: []))
        #expect(match.pattern == "- * (OF TERRORISM) [1124]")
        #expect(match.literalCount == 2)
        #expect(!match.isDefault)
        let bare = try #require(dictionary.match(
            lemma: "accuse", particle: nil, clause: ["accuse"], verbIndex: 0, sourcePositions: [], targetPositions: []))
        #expect(bare.pattern == "accuse [112]")
        #expect(bare.isDefault)
        #expect(bare.code.goldstein < 0)
    }

    @Test func wordsBeforeTheVerbMustPrecedeIt() throws {
        // "- ESPIONAGE * [1122]" of the BLAME block needs ESPIONAGE before the verb.
        let before = try #require(dictionary.match(
            lemma: "blame", particle: nil, clause: ["espionage", "blame", "they"], verbIndex: 1,
            sourcePositions: [], targetPositions: []))
        #expect(before.code.code == "1122")
        let after = try #require(dictionary.match(
            lemma: "blame", particle: nil, clause: ["they", "blame", "espionage"], verbIndex: 1,
            sourcePositions: [], targetPositions: []))
        #expect(after.code.code == "112")
    }

    @Test func targetSlotsNeedATargetPositionWhenPositionsAreGiven() throws {
        // "- * HELP + [033]" of the PREPARE block.
        let clause = ["japan", "prepare", "help", "for", "kabul"]
        let ignored = try #require(dictionary.match(
            lemma: "prepare", particle: nil, clause: clause, verbIndex: 1, sourcePositions: [], targetPositions: []))
        #expect(ignored.code.code == "033")
        let withTarget = try #require(dictionary.match(
            lemma: "prepare", particle: nil, clause: clause, verbIndex: 1, sourcePositions: [0], targetPositions: [4]))
        #expect(withTarget.code.code == "033")
        let targetFirst = try #require(dictionary.match(
            lemma: "prepare", particle: nil, clause: clause, verbIndex: 1, sourcePositions: [4], targetPositions: [0]))
        #expect(targetFirst.code.code != "033")
    }

    @Test func phrasalVerbsUseTheirParticle() throws {
        let clause = ["army", "carry", "out", "raid"]
        let explicit = try #require(dictionary.match(
            lemma: "carry", particle: "out", clause: clause, verbIndex: 1, sourcePositions: [], targetPositions: []))
        #expect(explicit.code.type == .assault)
        let implicit = try #require(dictionary.match(
            lemma: "carry", particle: nil, clause: clause, verbIndex: 1, sourcePositions: [], targetPositions: []))
        #expect(implicit == explicit)
    }

    @Test func surfaceFormsMatchWhenGiven() throws {
        let lemmas = ["they", "sign", "accord"]
        let surfaces = ["they", "signed", "accords"]
        let match = try #require(dictionary.match(
            lemma: "sign", particle: nil, clause: lemmas, verbIndex: 1, sourcePositions: [], targetPositions: [],
            surfaceForms: surfaces))
        #expect(match.code.code == "057")
    }

    @Test func statementsAndUnknownVerbsGiveNoEvent() {
        #expect(dictionary.match(lemma: "say", particle: nil, clause: ["he", "say"], verbIndex: 1,
                                 sourcePositions: [], targetPositions: []) == nil)
        #expect(dictionary.match(lemma: "frobnicate", particle: nil, clause: ["frobnicate"], verbIndex: 0,
                                 sourcePositions: [], targetPositions: []) == nil)
        #expect(dictionary.match(lemma: "urge", particle: nil, clause: ["urge"], verbIndex: 0,
                                 sourcePositions: [], targetPositions: []) == nil)  // not in CAMEO.2.0
    }

    @Test func irregularFormsLeadToLemmas() {
        #expect(dictionary.lemmas(forVerbForm: "sped") == ["speed"])
        #expect(dictionary.lemmas(forVerbForm: "said").contains("say"))
        #expect(dictionary.lemmas(forVerbForm: "walked").isEmpty)
    }
}
