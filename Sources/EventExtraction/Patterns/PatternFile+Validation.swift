extension PatternFile {
    /// Checks every entry's values, not only the file's shape.
    ///
    /// - `version` must be 1;
    /// - `lemma` must be non-empty;
    /// - `cameo` must be a CAMEO code of two to four digits ("04", "042", "1042");
    /// - `goldstein` must lie on the Goldstein scale, −10 … +10;
    /// - `target` cues must be `"object"` or single lower-case words (prepositions such as "to", "with");
    /// - `window` must be 1 to 30 tokens, `before` 0 to 30.
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
            if let goldstein = pattern.goldstein, !(-10...10).contains(goldstein) {
                throw fail("goldstein \(goldstein) lies outside the Goldstein scale −10…10")
            }
            for cue in pattern.target ?? [] where cue.isEmpty || cue.contains(" ") || cue != cue.lowercased() {
                throw fail("target cue \"\(cue)\" must be \"object\" or one lower-case preposition")
            }
            if let window = pattern.window, !(1...30).contains(window) {
                throw fail("window \(window) must be 1…30 tokens")
            }
            if let before = pattern.before, !(0...30).contains(before) {
                throw fail("before \(before) must be 0…30 tokens")
            }
        }
    }
}
