/// The recogniser's classes — `O` and BILOU tags over PER, ORG, LOC — and which may follow which.
enum EntityLabels {
    /// Class names in index order: `O`, then `B-`, `I-`, `L-`, `U-` for each type.
    static let names: [String] = ["O"] + EntitySpan.EntityType.allCases.flatMap { type in
        ["B-", "I-", "L-", "U-"].map { $0 + type.rawValue }
    }

    /// Number of classes.
    static let count = names.count

    /// The history value standing for "before the sentence" in tag features.
    static let start = count

    /// The index of `type` in `EntitySpan.EntityType.allCases`.
    static func typeIndex(_ type: EntitySpan.EntityType) -> Int {
        switch type {
        case .person: 0
        case .organization: 1
        case .location: 2
        }
    }

    /// Whether class `label` begins or continues a multi-word entity (B or I), so that the next must continue it.
    static func isOpen(_ label: Int) -> Bool {
        label > 0 && (label - 1) % 4 < 2
    }

    /// The classes allowed after `previous` (a class or `start`), for a word that is (`last`) or is not the
    /// sentence's last: after B-X or I-X only I-X or L-X; otherwise O, B-, U-; never B- or I- on the last word.
    static func allowed(after previous: Int, last: Bool) -> [Bool] {
        var mask = [Bool](repeating: false, count: count)
        if previous != start, isOpen(previous) {
            let base = 1 + (previous - 1) / 4 * 4
            if !last { mask[base + 1] = true }
            mask[base + 2] = true
            return mask
        }
        mask[0] = true
        for base in stride(from: 1, to: count, by: 4) {
            if !last { mask[base] = true }
            mask[base + 3] = true
        }
        return mask
    }

    /// Every allowed mask, indexed `(previous * 2 + (last ? 1 : 0))` with `previous` in `0...start`.
    static let masks: [[Bool]] = (0...start).flatMap { previous in
        [allowed(after: previous, last: false), allowed(after: previous, last: true)]
    }

    /// The class indices of `spans` over `count` words (overlapping spans dropped as in `EntityTagScheme`).
    static func classes(for spans: [EntitySpan], count: Int) -> [Int] {
        var classes = [Int](repeating: 0, count: count)
        for span in EntityTagScheme.wellFormed(spans, count: count) {
            let base = 1 + typeIndex(span.type) * 4
            if span.end - span.start == 1 {
                classes[span.start] = base + 3
                continue
            }
            classes[span.start] = base
            for index in (span.start + 1)..<(span.end - 1) { classes[index] = base + 1 }
            classes[span.end - 1] = base + 2
        }
        return classes
    }

    /// The spans that a well-formed class sequence marks.
    static func spans(from classes: [Int]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var openStart = -1
        for (index, label) in classes.enumerated() where label > 0 {
            let type = EntitySpan.EntityType.allCases[(label - 1) / 4]
            switch (label - 1) % 4 {
            case 0: openStart = index
            case 2 where openStart >= 0:
                spans.append(EntitySpan(type: type, start: openStart, end: index + 1))
                openStart = -1
            case 3: spans.append(EntitySpan(type: type, start: index, end: index + 1))
            default: break
            }
        }
        return spans
    }
}
