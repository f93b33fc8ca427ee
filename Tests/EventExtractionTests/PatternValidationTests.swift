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
        (EventPattern(lemma: "snub", pos: .verb, type: .reject, target: ["objekt"]),
         "p.json: patterns[0] (lemma \"snub\"): target cue \"objekt\" is not \"object\" or a preposition we read ("
            + PatternFile.targetCues.sorted().joined(separator: ", ") + ")"),
        (EventPattern(lemma: "snub", pos: .verb, type: .reject, cameo: "999"),
         "p.json: patterns[0] (lemma \"snub\"): cameo \"999\" is not a code of the CAMEO codebook"),
        (EventPattern(lemma: "snub", pos: .verb, type: .reject, cameo: "190"),
         "p.json: patterns[0] (lemma \"snub\"): cameo \"190\" is a ASSAULT code (material conflict) in the CAMEO → "
            + "PLOVER table, not one of REJECT (verbal conflict)"),
        (EventPattern(lemma: "snub", pos: .verb, type: .reject, window: 0),
         "p.json: patterns[0] (lemma \"snub\"): window 0 must be 1…30 tokens"),
        (EventPattern(lemma: "call", pos: .verb, with: ["@rude-words"], type: .accuse),
         "p.json: patterns[0] (lemma \"call\"): word class \"@rude-words\" is not one we have (@negative-evaluation, @positive-evaluation)"),
        (EventPattern(lemma: "walkout", pos: .noun, type: .protest, particle: "off"),
         "p.json: patterns[0] (lemma \"walkout\"): particle \"off\" needs a verb entry (pos \"verb\")"),
        (EventPattern(lemma: "back", pos: .verb, type: .concede, particle: "Down hard"),
         "p.json: patterns[0] (lemma \"back\"): particle \"Down hard\" must be one lower-case word (\"off\", \"down\")"),
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

    /// A misspelt key is refused, naming the entry and the keys there are.
    @Test func anUnknownKeyIsRefused() {
        let data = Data(#"{"version": 1, "patterns": [{"lemma": "snub", "pos": "verb", "type": "REJECT", "targte": ["object"]}]}"#.utf8)
        #expect(throws: EventExtractionError.malformedFile(
            path: "p.json",
            reason: "patterns[0]: unknown key \"targte\" (keys: " + PatternFile.entryKeys.sorted().joined(separator: ", ") + ")")) {
            try PatternFile.checkKeys(in: data, path: "p.json")
        }
    }
}
