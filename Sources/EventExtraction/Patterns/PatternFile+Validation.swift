import Foundation
import EventOntology
extension PatternFile {
    /// Checks every entry's values, not only the file's shape.
    ///
    /// - `version` must be 1;
    /// - `lemma` must be non-empty;
    /// - `cameo` must be a CAMEO code of two to four digits ("04", "042", "1042");
    /// - `goldstein` must lie on the Goldstein scale, −10 … +10;
    /// - `cameo` must be in the bundled CAMEO codebook, of the QuadClass of `type`;
    /// - `target` cues must be `"object"` or one of the prepositions in `targetCues`;
    /// - `window` must be 1 to 30 tokens, `before` 0 to 30;
    /// - a context or veto word `@name` must name a `WordClass` (`@negative-evaluation`, `@positive-evaluation`);
    /// - a `particle` must be one lower-case word, on a verb entry.
    /// - Parameter path: The file's path, for the message.
    /// - Throws: `EventExtractionError.malformedFile` naming the entry (index and lemma) and the bad value.
    public func validate(path: String) throws {
        guard version == 1 else {
            throw EventExtractionError.malformedFile(path: path, reason: "unsupported version \(version) (expected 1)")
        }
        for (index, pattern) in patterns.enumerated() {
            func fail(_ problem: String) -> EventExtractionError {
                .malformedFile(path: path, reason: "patterns[\(index)] (lemma \"\(pattern.lemma)\"): \(problem)")
            }
            if pattern.lemma.allSatisfy(\.isWhitespace) { throw fail("lemma is empty") }
            if let cameo = pattern.cameo, !(2...4).contains(cameo.count) || !cameo.allSatisfy(\.isASCII)
                || !cameo.allSatisfy(\.isNumber)
            {
                throw fail("cameo \"\(cameo)\" is not a CAMEO code of 2 to 4 digits")
            }
            if let cameo = pattern.cameo {
                guard let entry = CAMEOCodebook.bundled.entry(cameo) else {
                    throw fail("cameo \"\(cameo)\" is not a code of the CAMEO codebook")
                }
                // The code's Goldstein value comes with it: a REJECT (verbal conflict) coded 190 would carry an
                // assault's −10. A type of the same QuadClass may refine the table ("invade" 192 as ASSAULT).
                if entry.type.quadClass != pattern.type.quadClass {
                    throw fail("cameo \"\(cameo)\" is a \(entry.type.rawValue) code (\(entry.type.quadClass.label)) in the CAMEO → "
                        + "PLOVER table, not one of \(pattern.type.rawValue) (\(pattern.type.quadClass.label))")
                }
            }
            if let goldstein = pattern.goldstein, !(-10...10).contains(goldstein) {
                throw fail("goldstein \(goldstein) lies outside the Goldstein scale −10…10")
            }
            for cue in pattern.target ?? [] where !Self.targetCues.contains(cue) {
                throw fail("target cue \"\(cue)\" is not \"object\" or a preposition we read (\(Self.targetCues.sorted().joined(separator: ", ")))")
            }
            if let window = pattern.window, !(1...30).contains(window) {
                throw fail("window \(window) must be 1…30 tokens")
            }
            if let before = pattern.before, !(0...30).contains(before) {
                throw fail("before \(before) must be 0…30 tokens")
            }
            if let particle = pattern.particle {
                guard pattern.pos == .verb else { throw fail("particle \"\(particle)\" needs a verb entry (pos \"verb\")") }
                guard !particle.isEmpty, particle.allSatisfy({ $0.isLetter && $0.isLowercase }) else {
                    throw fail("particle \"\(particle)\" must be one lower-case word (\"off\", \"down\")")
                }
            }
            for word in (pattern.with ?? []) + (pattern.without ?? []) where word.first == WordClass.marker
                && WordClass.bundled[String(word.dropFirst())] == nil
            {
                throw fail("word class \"\(word)\" is not one we have (\(WordClass.bundled.keys.sorted().map { "@" + $0 }.joined(separator: ", ")))")
            }
        }
    }

    /// Target cues an entry may name: `"object"` (the verb's object) and the prepositions of obliques.
    public static let targetCues: Set<String> = [
        "object", "with", "against", "to", "on", "at", "toward", "towards", "into", "upon", "from", "out", "near",
        "along", "around", "amid", "outside", "before", "front", "for", "in", "by", "between", "behind", "of", "over",
        "about", "onto", "across", "through", "under", "inside", "within", "after", "during", "among", "off",
        // "that" (the subject of a content clause: "demanded that Iran release …"), "targeting", and "none" (an
        // act with no target) are read too.
        "that", "targeting", "none",
    ]

    /// The keys an entry may have.
    public static let entryKeys: Set<String> = [
        "lemma", "pos", "with", "without", "type", "mode", "cameo", "goldstein", "target", "reverse", "single",
        "contextTarget", "mutual", "window", "before", "complement", "domestic", "particle",
    ]

    /// Refuses keys the format does not have (a misspelt "targte" would otherwise be ignored) and a key written
    /// twice in one entry.
    /// - Throws: `EventExtractionError.malformedFile` naming the entry and the key, with the keys allowed.
    public static func checkKeys(in data: Data, path: String) throws {
        guard let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return }
        for key in top.keys where !["version", "patterns"].contains(key) {
            throw EventExtractionError.malformedFile(path: path, reason: "unknown key \"\(key)\" (a pattern file has \"version\" and \"patterns\")")
        }
        guard let entries = top["patterns"] as? [[String: Any]] else { return }
        for (index, entry) in entries.enumerated() {
            for key in entry.keys.sorted() where !entryKeys.contains(key) {
                throw EventExtractionError.malformedFile(
                    path: path, reason: "patterns[\(index)]: unknown key \"\(key)\" (keys: \(entryKeys.sorted().joined(separator: ", ")))")
            }
        }
    }
}
