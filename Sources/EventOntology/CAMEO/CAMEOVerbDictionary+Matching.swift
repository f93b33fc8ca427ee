extension CAMEOVerbDictionary {
    /// The best CAMEO coding of a verb in its clause.
    ///
    /// The verb's patterns (those of its block, or blocks, in dictionary order) are tried against the clause:
    /// - elements written before `*` must occur before `verbIndex`, those after it after `verbIndex`, in order,
    ///   with any number of other words between them (PETRARCH skips freely within the clause);
    /// - a literal word matches a clause position whose lemma equals it, or whose surface form equals it when
    ///   `surfaceForms` is given. The compiled dictionary lists each pattern word with its naive singular and,
    ///   for inflected verbs it knows, the lemma — so lemma-only clauses match `SANCTIONS` or `AGREED`;
    /// - an `_` phrase (`DEBT_RELIEF`) must match consecutive positions; a synonym set (`&TREATY`) matches any
    ///   member; `{…}` and `(…)` groups are flattened into their words; `^` is ignored;
    /// - `$` needs a position in `sourcePositions`, `+` one in `targetPositions` and `%` one in either, at that
    ///   point in the order. A slot is ignored when its set is empty (both, for `%`), so callers without actor
    ///   positions get word-only matching.
    ///
    /// The pattern matching the most literal words wins; ties go to the earlier pattern. With no matching
    /// pattern the verb's default code applies (its own, or else its block's).
    ///
    /// A phrasal verb is looked up with its particle; when `particle` is nil but the clause continues right
    /// after the verb with a particle the dictionary knows for the lemma (`ask for`), that entry is used; a
    /// particle the dictionary does not know falls back to the bare verb.
    ///
    /// - Parameters:
    ///   - lemma: The verb's lemma, lower case.
    ///   - particle: The particle of a phrasal verb (`"out"` for "carry out"), lower case, or nil.
    ///   - clause: The lower-cased lemmas of the verb's clause, in order.
    ///   - verbIndex: The position of the verb in `clause`.
    ///   - sourcePositions: Clause positions holding the source actor; may be empty.
    ///   - targetPositions: Clause positions holding the target actor; may be empty.
    ///   - surfaceForms: The lower-cased surface words of the clause, parallel to `clause`; empty to match
    ///     lemmas only.
    /// - Returns: The code, the evidence and the literal word count; nil if the verb is not in the dictionary,
    ///   if the chosen code is `---` (no event), or if it has no PLOVER type (CAMEO 01x, public statements).
    /// - Complexity: O(*p* · *n*) for *p* patterns of the verb and a clause of *n* words.
    public func match(
        lemma: String, particle: String?, clause: [String], verbIndex: Int,
        sourcePositions: Set<Int>, targetPositions: Set<Int>, surfaceForms: [String] = []
    ) -> CAMEOVerbMatch? {
        guard let (key, entries) = lookUp(lemma: lemma, particle: particle, clause: clause, verbIndex: verbIndex)
        else { return nil }
        let context = MatchContext(
            clause: clause, surfaces: surfaceForms.count == clause.count ? surfaceForms : [],
            sources: sourcePositions, targets: targetPositions)
        let verbIndex = min(max(verbIndex, 0), clause.count)
        let afterStart = min(verbIndex + 1 + (particle == nil ? key.particleLength : 0), clause.count)
        var best: (pattern: CAMEOVerbPattern, count: Int)?
        for entry in entries {
            for pattern in blocks[entry.block].patterns {
                guard let before = context.match(pattern.before, in: 0..<verbIndex),
                      let after = context.match(pattern.after, in: afterStart..<clause.count)
                else { continue }
                let count = before + after
                if count > (best?.count ?? -1) { best = (pattern, count) }
            }
        }
        if let best {
            guard best.pattern.code != Self.nullCode, let code = codebook.entry(best.pattern.code) else { return nil }
            return CAMEOVerbMatch(code: code, pattern: best.pattern.text, literalCount: best.count)
        }
        for entry in entries {
            let code = entry.code ?? blocks[entry.block].code
            guard code != Self.nullCode else { continue }
            guard let resolved = codebook.entry(code) else { return nil }
            let name = [key.lemma, key.particle].compactMap { $0 }.joined(separator: " ")
            return CAMEOVerbMatch(code: resolved, pattern: "\(name) [\(code)]", literalCount: 0)
        }
        return nil
    }

    /// The verb's entries: with the given particle, with a particle found right after the verb, or bare.
    private func lookUp(
        lemma: String, particle: String?, clause: [String], verbIndex: Int
    ) -> (key: (lemma: String, particle: String?, particleLength: Int), entries: [CAMEOVerbEntry])? {
        if let particle, let entries = verbs[CAMEOVerbKey(lemma: lemma, particle: particle)] {
            return ((lemma, particle, 0), entries)
        }
        if particle == nil, let candidates = particles[lemma], verbIndex >= 0 {
            for words in candidates where verbIndex + words.count < clause.count
                && Array(clause[(verbIndex + 1)...(verbIndex + words.count)]) == words {
                let joined = words.joined(separator: " ")
                if let entries = verbs[CAMEOVerbKey(lemma: lemma, particle: joined)] {
                    return ((lemma, joined, words.count), entries)
                }
            }
        }
        guard let entries = verbs[CAMEOVerbKey(lemma: lemma, particle: nil)] else { return nil }
        return ((lemma, nil, 0), entries)
    }
}

/// A clause and its actor positions, against which pattern elements are matched.
private struct MatchContext {
    let clause: [String]
    let surfaces: [String]
    let sources: Set<Int>
    let targets: Set<Int>
    /// Every word of `clause` and `surfaces`: a phrase whose first word is not here matches nowhere.
    let present: Set<String>

    init(clause: [String], surfaces: [String], sources: Set<Int>, targets: Set<Int>) {
        self.clause = clause
        self.surfaces = surfaces
        self.sources = sources
        self.targets = targets
        present = Set(clause).union(surfaces)
    }

    /// Matches elements in order within `range`, each at its earliest possible position.
    /// - Returns: The number of literal words matched, or nil if some element cannot be placed.
    func match(_ elements: [CAMEOVerbPattern.Element], in range: Range<Int>) -> Int? {
        var position = range.lowerBound
        var count = 0
        for element in elements {
            switch element {
            case .source:
                if sources.isEmpty { continue }
                guard let found = (position..<range.upperBound).first(where: sources.contains) else { return nil }
                position = found + 1
            case .target:
                if targets.isEmpty { continue }
                guard let found = (position..<range.upperBound).first(where: targets.contains) else { return nil }
                position = found + 1
            case .compound:
                if sources.isEmpty && targets.isEmpty { continue }
                guard let found = (position..<range.upperBound).first(where: {
                    sources.contains($0) || targets.contains($0)
                }) else { return nil }
                position = found + 1
            case .words(let alternatives):
                guard let (found, length) = firstPhrase(alternatives, from: position, before: range.upperBound)
                else { return nil }
                position = found + length
                count += length
            }
        }
        return count
    }

    /// The earliest position from `start` where one of the alternatives matches, with the longest such length.
    private func firstPhrase(_ alternatives: [[String]], from start: Int, before end: Int) -> (Int, Int)? {
        guard start < end else { return nil }
        guard alternatives.contains(where: { $0.first.map(present.contains) ?? false }) else { return nil }
        for position in start..<end {
            var longest = 0
            for words in alternatives where words.count > longest && position + words.count <= end {
                if words.indices.allSatisfy({ matches(words[$0], at: position + $0) }) { longest = words.count }
            }
            if longest > 0 { return (position, longest) }
        }
        return nil
    }

    private func matches(_ word: String, at position: Int) -> Bool {
        clause[position] == word || (!surfaces.isEmpty && surfaces[position] == word)
    }
}
