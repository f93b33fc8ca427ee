import EventExtraction
import EventOntology
import Foundation
import Testing

/// The event dictionary: loading, inflection and user extension.
struct PatternDictionaryTests {
    @Test("the bundled dictionary loads and covers all sixteen PLOVER types")
    func bundled() throws {
        let dictionary = try PatternDictionary.bundled()
        #expect(dictionary.patterns.count > 150)
        #expect(Set(dictionary.patterns.map(\.type)) == Set(EventType.allCases))
    }

    @Test("inflected forms find their lemma's entries", arguments: [
        ("sent", "send"), ("sending", "send"), ("supplies", "supply"), ("supplied", "supply"), ("traveled", "travel"),
        ("travelled", "travel"), ("fought", "fight"), ("shot", "shoot"), ("stabbed", "stab"),
        ("criticised", "criticise"), ("withdrew", "withdraw"), ("visiting", "visit"),
        // A lemma in "ee" keeps both its e's before "d".
        ("agreed", "agree"), ("freed", "free"), ("agreeing", "agree"),
    ])
    func inflections(_ form: String, _ lemma: String) throws {
        let dictionary = try PatternDictionary.bundled()
        let lemmas = dictionary.candidates(for: form).map { dictionary.patterns[$0.pattern].lemma }
        #expect(lemmas.contains(lemma))
    }

    @Test("a user file adds entries that the extractor then uses")
    func userEntries() throws {
        let file = PatternFile(patterns: [
            EventPattern(lemma: "snub", pos: .verb, type: .reject, mode: nil, cameo: "125", target: ["object"]),
            EventPattern(lemma: "hug", pos: .verb, type: .support, cameo: "051", target: ["object"]),
        ])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("user-patterns-\(UUID()).json")
        try JSONEncoder().encode(file).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let dictionary = try PatternDictionary.bundled().adding(contentsOf: url)
        let events = Fixture("Russia hugged China.").korea().extract(EventExtractor(dictionary: dictionary))
        #expect(events.map(summary) == ["SUPPORT RUS>CHN asserted 2024-11-20"])
    }
}
