import EventExtraction
import EventOntology
import Foundation
import Testing

/// A user's pattern file is checked value by value; the bundled one passes the same checks.
struct PatternValidationTests {
    @Test func theBundledDictionaryPassesTheUserChecks() throws {
        let dictionary = try PatternDictionary.bundled()
        try PatternFile(patterns: dictionary.patterns).validate(path: "plover-patterns.json")
    }

    @Test(arguments: [
        (EventPattern(lemma: "snub", pos: .verb, type: .reject, cameo: "ABC"),
         "p.json: patterns[0] (lemma \"snub\"): cameo \"ABC\" is not a CAMEO code of 2 to 4 digits"),
        (EventPattern(lemma: "snub", pos: .verb, type: .reject, goldstein: 99),
         "p.json: patterns[0] (lemma \"snub\"): goldstein 99.0 lies outside the Goldstein scale −10…10"),
        (EventPattern(lemma: " ", pos: .verb, type: .reject), "p.json: patterns[0] (lemma \" \"): lemma is empty"),
        (EventPattern(lemma: "snub", pos: .verb, type: .reject, target: ["sideways to"]),
         "p.json: patterns[0] (lemma \"snub\"): target cue \"sideways to\" must be \"object\" or one lower-case preposition"),
        (EventPattern(lemma: "snub", pos: .verb, type: .reject, window: 0),
         "p.json: patterns[0] (lemma \"snub\"): window 0 must be 1…30 tokens"),
    ])
    func badValuesAreNamed(pattern: EventPattern, message: String) {
        #expect(throws: EventExtractionError.malformedFile(path: "p.json", reason: String(message.dropFirst(8)))) {
            try PatternFile(patterns: [pattern]).validate(path: "p.json")
        }
    }

    @Test func anUnknownVersionIsRefused() {
        #expect(throws: EventExtractionError.malformedFile(path: "p.json", reason: "unsupported version 2 (expected 1)")) {
            try PatternFile(version: 2, patterns: []).validate(path: "p.json")
        }
    }
}
