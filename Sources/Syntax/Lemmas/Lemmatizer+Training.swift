/// Learning and storing the lemmatiser's tables.
extension Lemmatizer {
    /// A lemmatiser learnt from `sentences` with gold lemmas and XPOS: the known lemmas, and for each
    /// (lower-cased form, XPOS) whose most frequent gold lemma the rules miss, that lemma.
    public static func learn(from sentences: [[SyntaxWord]]) -> Lemmatizer {
        var known = Set<UInt64>()
        var counts: [String: [String: Int]] = [:]
        for word in sentences.joined() where word.lemma != "_" {
            known.insert(FeatureHash.of(word.lemma.lowercased()))
            counts["\(word.form.lowercased())\u{1}\(word.xpos)", default: [:]][word.lemma, default: 0] += 1
        }
        let rules = Lemmatizer(exceptions: [:], knownLemmas: known)
        var exceptions: [UInt64: String] = [:]
        for (key, lemmas) in counts {
            let parts = key.split(separator: "\u{1}", omittingEmptySubsequences: false)
            guard parts.count == 2,
                let best = lemmas.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key
            else { continue }
            let lowered = String(parts[0])
            let xpos = String(parts[1])
            // A proper noun keeps its case, which depends on the form, not on the lower-cased key.
            if xpos == "NNP" || xpos == "NNPS", best.lowercased() == lowered { continue }
            if rules.ruleLemma(form: best, lowered: lowered, xpos: xpos) != best || xpos == "NNPS" {
                if rules.ruleLemma(form: lowered, lowered: lowered, xpos: xpos) == best { continue }
                exceptions[Lemmatizer.key(lowered, xpos)] = best
            }
        }
        return Lemmatizer(exceptions: exceptions, knownLemmas: known)
    }

    /// Appends the tables to `archive`.
    public func store(in archive: inout ModelArchive) {
        let entries = exceptions.sorted { $0.key < $1.key }
        archive.append(section: "lemma.keys", bytes: ByteWriter.array(entries.map(\.key)))
        archive.append(section: "lemma.values", bytes: Array(entries.map(\.value).joined(separator: "\n").utf8))
        archive.append(section: "lemma.known", bytes: ByteWriter.array(knownLemmas.sorted()))
    }

    /// Reads the tables stored by `store(in:)`.
    /// - Throws: `SyntaxError.corruptModel` naming `path`.
    public init(archive: ModelArchive, path: String) throws {
        guard let keys = try archive.array("lemma.keys", as: UInt64.self, in: path),
            let known = try archive.array("lemma.known", as: UInt64.self, in: path),
            let values = String(validating: try archive.section("lemma.values", in: path), as: UTF8.self)
        else { throw SyntaxError.corruptModel(path: path, reason: "lemma tables are unreadable") }
        let lemmas = keys.isEmpty ? [] : values.split(separator: "\n", omittingEmptySubsequences: false)
        guard lemmas.count == keys.count else {
            throw SyntaxError.corruptModel(path: path, reason: "lemma tables disagree in length")
        }
        var exceptions: [UInt64: String] = [:]
        exceptions.reserveCapacity(keys.count)
        for (key, lemma) in zip(keys, lemmas) { exceptions[key] = String(lemma) }
        self.init(exceptions: exceptions, knownLemmas: Set(known))
    }
}
