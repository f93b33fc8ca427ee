/// The recogniser's features for the words of one sentence, shared by training and recognition so that both see
/// exactly the same keys.
///
/// Built once per sentence (word traits, tag hashes, gazetteer codes); `extract` then writes the features of one
/// word, given the two classes predicted before it, into a reused buffer.
struct EntityFeatures {
    private(set) var traits: [EntityWordTraits] = []
    private(set) var upos: [UInt64] = []
    private(set) var xpos: [UInt64] = []
    private(set) var lower: [UInt64] = []
    private(set) var gazetteer: [UInt8] = []
    /// Each word's `EntityWordTable` code (0: not a known common word).
    private(set) var common: [UInt64] = []
    /// Each word's name-part bits (1 given name, 2 surname) from the gazetteer.
    private(set) var nameParts: [UInt64] = []
    /// Whether the sentence is written in title case or capitals (a heading, "Great Place To Stay !"): more than
    /// 60% of its words that start with a letter start with a capital, two such words at least. Its capitals then
    /// say little about names.
    private(set) var titleCase = false

    /// The one type the gazetteer lists the words `span` under as a whole name (the longest match of that type
    /// starting at its first word ends at its last), or `nil` when it lists them under none or several.
    func gazetteerType(of span: Range<Int>) -> EntitySpan.EntityType? {
        var found: EntitySpan.EntityType?
        for type in EntitySpan.EntityType.allCases {
            let t = EntityLabels.typeIndex(type)
            let whole: Bool
            if span.count == 1 {
                whole = gazetteer[span.lowerBound * 3 + t] == 4
            } else {
                whole = gazetteer[span.lowerBound * 3 + t] == 1 && gazetteer[(span.upperBound - 1) * 3 + t] == 3
                    && span.dropFirst().dropLast().allSatisfy { gazetteer[$0 * 3 + t] == 2 }
            }
            guard whole else { continue }
            if found != nil { return nil }
            found = type
        }
        return found
    }

    /// Whether the words `span` are a heading's phrase rather than a name: the sentence is in title case, the span
    /// has two words or more, and every word is a common word (WordNet's, `EntityWordTable`) or punctuation that
    /// neither the gazetteer nor its persons' name words know ("Great Place", "Lovely Cottage"; not "Nova
    /// Scotia" nor "Nasser Nasser").
    func isHeadingPhrase(_ span: Range<Int>) -> Bool {
        guard titleCase, span.count >= 2 else { return false }
        return span.allSatisfy { index in
            (common[index] != 0 || traits[index].capitalization == .noLetters) && nameParts[index] == 0
                && gazetteer[(index * 3)..<(index * 3 + 3)].allSatisfy { $0 == 0 }
        }
    }
    /// Each word's Brown cluster (empty when the recogniser uses none).
    private(set) var clusters: [ClusterFeatures] = []

    static let before = FeatureHash.of("<s>")
    static let after = FeatureHash.of("</s>")

    /// Template ids (one per kind of feature).
    private enum T: UInt64 {
        case bias = 1, form, lower, shape, prefix, suffix, cap, capWindow, uposAt, xposAt, uposLeft, uposRight,
            prev1, prev2, prevLower, lowerAt, lowerLeft, lowerRight, gaz, gazAt, gazCap, initial, initialLower,
            allCaps, digit, hyphen, period, lowerUpos, shapeLeft, shapeRight, prevUpos, prevCap, gazAny,
            common, commonInitial, commonLeft, commonRight, commonPrev, commonUpos, namePart, namePartLeft,
            namePartRight, cluster4, cluster6, cluster10, cluster, clusterShape, clusterCap, clusterPrev
    }

    /// Prepares the features of `words` (forms, UPOS and XPOS are used; `_` tags are just another value); a
    /// non-empty `wordClusters` adds the cluster templates.
    mutating func load(
        _ words: [SyntaxWord], gazetteer table: EntityGazetteer, commonWords: EntityWordTable,
        wordClusters: WordClusters = .empty
    ) {
        traits.removeAll(keepingCapacity: true)
        upos.removeAll(keepingCapacity: true)
        xpos.removeAll(keepingCapacity: true)
        lower.removeAll(keepingCapacity: true)
        common.removeAll(keepingCapacity: true)
        common.reserveCapacity(words.count)
        nameParts.removeAll(keepingCapacity: true)
        nameParts.reserveCapacity(words.count)
        traits.reserveCapacity(words.count)
        upos.reserveCapacity(words.count)
        xpos.reserveCapacity(words.count)
        lower.reserveCapacity(words.count)
        clusters.removeAll(keepingCapacity: true)
        for word in words {
            let wordTraits = EntityWordTraits(word.form)
            traits.append(wordTraits)
            lower.append(wordTraits.lower)
            common.append(commonWords.code(of: wordTraits))
            nameParts.append(UInt64(table.nameParts.classes(ofLower: wordTraits.lower)))
            upos.append(FeatureHash.of(word.upos))
            xpos.append(FeatureHash.of(word.xpos))
            if !wordClusters.isEmpty {
                clusters.append(ClusterFeatures(path: wordClusters.path(form: wordTraits.form, lower: wordTraits.lower)))
            }
        }
        var lettered = 0
        var capitalised = 0
        for wordTraits in traits where wordTraits.capitalization != .noLetters && wordTraits.startsWithLetter {
            lettered += 1
            if wordTraits.capitalization != .lower { capitalised += 1 }
        }
        titleCase = lettered >= 2 && capitalised * 5 > lettered * 3
        gazetteer.removeAll(keepingCapacity: true)
        gazetteer.append(contentsOf: repeatElement(0, count: words.count * 3))
        table.mark(lowerHashes: lower, codes: &gazetteer)
    }

    /// The most features `extract` writes for one word (76 fire at most).
    static let maximumCount = 96

    /// Writes the features of word `i` into `out` (cleared first); `prev1`/`prev2` are the classes of the two
    /// words before (`EntityLabels.start` before the sentence).
    ///
    /// The features are collected in a buffer on the stack and appended to `out` in one go, not one `append` each.
    func extract(_ i: Int, prev1: Int, prev2: Int, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.maximumCount) { buffer in
            var count = 0
            @inline(__always) func add(_ template: T, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
                precondition(count < Self.maximumCount, "EntityFeatures.maximumCount is too small")
                buffer[count] = FeatureHash.feature(template.rawValue, a, b, c)
                count += 1
            }
            collect(i, prev1: prev1, prev2: prev2, add: add)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Calls `emit` with the template and values of each feature of word `i`, in a fixed order.
    @inline(__always)
    private func collect(_ i: Int, prev1: Int, prev2: Int, add emit: (T, UInt64, UInt64, UInt64) -> Void) {
        let n = traits.count
        let word = traits[i]
        func add(_ template: T, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) { emit(template, a, b, c) }
        func lowerAt(_ j: Int) -> UInt64 { j < 0 ? Self.before : j >= n ? Self.after : lower[j] }
        func capAt(_ j: Int) -> UInt64 { j < 0 || j >= n ? 9 : traits[j].capitalization.rawValue }
        func uposAt(_ j: Int) -> UInt64 { j < 0 ? Self.before : j >= n ? Self.after : upos[j] }
        func xposAt(_ j: Int) -> UInt64 { j < 0 ? Self.before : j >= n ? Self.after : xpos[j] }
        func commonAt(_ j: Int) -> UInt64 { j < 0 || j >= n ? 99 : common[j] }
        func namePartAt(_ j: Int) -> UInt64 { j < 0 || j >= n ? 9 : nameParts[j] }
        func shapeAt(_ j: Int) -> UInt64 { j < 0 ? Self.before : j >= n ? Self.after : traits[j].shape }
        let p1 = UInt64(prev1 + 1)
        let p2 = UInt64(prev2 + 1)
        let cap = word.capitalization.rawValue

        add(.bias, 1)
        add(.form, word.form)
        add(.lower, word.lower)
        add(.shape, word.shape)
        if word.prefixes.0 != 0 { add(.prefix, word.prefixes.0, 1) }
        if word.prefixes.1 != 0 { add(.prefix, word.prefixes.1, 2) }
        if word.prefixes.2 != 0 { add(.prefix, word.prefixes.2, 3) }
        if word.prefixes.3 != 0 { add(.prefix, word.prefixes.3, 4) }
        if word.suffixes.0 != 0 { add(.suffix, word.suffixes.0, 1) }
        if word.suffixes.1 != 0 { add(.suffix, word.suffixes.1, 2) }
        if word.suffixes.2 != 0 { add(.suffix, word.suffixes.2, 3) }
        if word.suffixes.3 != 0 { add(.suffix, word.suffixes.3, 4) }
        add(.cap, cap)
        add(.capWindow, capAt(i - 1), cap, capAt(i + 1))
        for offset in -2...2 {
            add(.uposAt, uposAt(i + offset), UInt64(offset + 3))
            add(.xposAt, xposAt(i + offset), UInt64(offset + 3))
        }
        add(.uposLeft, uposAt(i - 1), upos[i])
        add(.uposRight, upos[i], uposAt(i + 1))
        add(.prev1, p1)
        add(.prev2, p1, p2)
        add(.prevLower, p1, word.lower)
        add(.prevUpos, p1, upos[i])
        add(.prevCap, p1, cap)
        add(.lowerAt, lowerAt(i - 2), 1)
        add(.lowerAt, lowerAt(i - 1), 2)
        add(.lowerAt, lowerAt(i + 1), 4)
        add(.lowerAt, lowerAt(i + 2), 5)
        add(.lowerLeft, lowerAt(i - 1), word.lower)
        add(.lowerRight, word.lower, lowerAt(i + 1))
        add(.shapeLeft, shapeAt(i - 1), word.shape)
        add(.shapeRight, word.shape, shapeAt(i + 1))
        add(.lowerUpos, word.lower, upos[i])
        var anyGazetteer = false
        for type in 0..<3 {
            let code = UInt64(gazetteer[i * 3 + type])
            if code != 0 {
                anyGazetteer = true
                add(.gaz, UInt64(type + 1), code)
                add(.gazCap, UInt64(type + 1), code, cap)
            }
            if i > 0, gazetteer[(i - 1) * 3 + type] != 0 {
                add(.gazAt, UInt64(type + 1), UInt64(gazetteer[(i - 1) * 3 + type]), 1)
            }
            if i + 1 < n, gazetteer[(i + 1) * 3 + type] != 0 {
                add(.gazAt, UInt64(type + 1), UInt64(gazetteer[(i + 1) * 3 + type]), 2)
            }
        }
        if !anyGazetteer { add(.gazAny, cap) }

        let known = common[i]
        add(.common, known, cap)
        add(.commonLeft, commonAt(i - 1), capAt(i - 1), cap)
        add(.commonRight, cap, commonAt(i + 1), capAt(i + 1))
        add(.commonPrev, p1, known, cap)
        add(.commonUpos, known, cap, upos[i])
        if i == 0 { add(.commonInitial, known, cap) }
        let part = nameParts[i]
        if part != 0 || namePartAt(i - 1) != 0 || namePartAt(i + 1) != 0 {
            add(.namePart, part, cap, known == 0 ? 0 : 1)
            add(.namePartLeft, namePartAt(i - 1), capAt(i - 1), part)
            add(.namePartRight, part, namePartAt(i + 1), capAt(i + 1))
        }
        if i == 0 {
            add(.initial, cap)
            add(.initialLower, word.lower)
        }
        if word.capitalization == .allCaps { add(.allCaps, 1) }
        if word.hasDigit { add(.digit, 1) }
        if word.hasHyphen { add(.hyphen, 1) }
        if word.hasPeriod { add(.period, 1) }
        guard !clusters.isEmpty else { return }
        // Brown clusters of the word itself: its prefixes, alone and with its shape, capitals and the previous
        // class. (The neighbours' clusters too made rare words next to them look like names: "a Roma teenager".)
        let c = clusters[i]
        add(.cluster4, c.prefix4)
        add(.cluster6, c.prefix6)
        add(.cluster10, c.prefix10)
        add(.cluster, c.full)
        add(.clusterShape, c.full, word.shape)
        add(.clusterShape, c.prefix6, word.shape, 6)
        add(.clusterCap, c.full, cap)
        add(.clusterPrev, p1, c.full)
    }
}
