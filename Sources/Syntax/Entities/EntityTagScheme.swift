/// Per-word tag schemes that encode `EntitySpan`s: IOB2 (files) and BILOU (the recogniser's classes).
///
/// IOB2 marks the first word of an entity `B-TYPE`, the others `I-TYPE` and words outside entities `O`. BILOU also
/// marks the last word of a multi-word entity `L-TYPE` and single-word entities `U-TYPE`.
public enum EntityTagScheme: String, Hashable, Sendable, Codable, CaseIterable {
    /// Begin / Inside / Outside.
    case iob2
    /// Begin / Inside / Last / Outside / Unit.
    case bilou

    /// Where a word sits in an entity.
    enum Position: Hashable, Sendable {
        case outside, begin, inside, last, unit
    }

    /// A decoded tag: `O`, or a position and a type.
    struct Tag: Hashable, Sendable {
        var position: Position
        var type: EntitySpan.EntityType?
    }

    /// Decodes `O`, `B-`, `I-`, `L-`, `U-` tags over PER/ORG/LOC; `nil` for anything else.
    static func parse(_ tag: String) -> Tag? {
        if tag == "O" { return Tag(position: .outside, type: nil) }
        let utf8 = tag.utf8
        guard utf8.count >= 3, utf8.dropFirst().first == UInt8(ascii: "-"),
            let type = EntitySpan.EntityType(rawValue: String(tag.dropFirst(2)))
        else { return nil }
        let position: Position
        switch tag.first {
        case "B": position = .begin
        case "I": position = .inside
        case "L": position = .last
        case "U": position = .unit
        default: return nil
        }
        return Tag(position: position, type: type)
    }

    /// The tags of `count` words that mark `spans`.
    ///
    /// Spans are taken in order of start (longer first on ties); a span that overlaps an earlier one, is empty or
    /// reaches outside `0..<count` is left out, so the result always decodes to well-formed entities.
    /// - Parameters:
    ///   - spans: Entities over word indices.
    ///   - count: The number of words.
    /// - Returns: One tag per word.
    public func tags(for spans: [EntitySpan], count: Int) -> [String] {
        var tags = [String](repeating: "O", count: max(count, 0))
        for span in Self.wellFormed(spans, count: count) {
            let type = span.type.rawValue
            if span.end - span.start == 1 {
                tags[span.start] = (self == .bilou ? "U-" : "B-") + type
                continue
            }
            tags[span.start] = "B-" + type
            for index in (span.start + 1)..<span.end { tags[index] = "I-" + type }
            if self == .bilou { tags[span.end - 1] = "L-" + type }
        }
        return tags
    }

    /// The entities that `tags` mark, in order.
    ///
    /// Decoding is lenient, like conlleval: a continuation tag (`I-`, `L-`) that does not continue an entity of its
    /// type starts a new one, an entity ends at `O`, at `B-`/`U-`, at a type change or after `L-`, and unknown tags
    /// count as `O`. Both schemes' tags are understood whichever scheme decodes.
    /// - Parameter tags: One tag per word.
    /// - Returns: The entity spans.
    public func spans(from tags: [String]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var open: EntitySpan?
        func close() {
            if let entity = open { spans.append(entity) }
            open = nil
        }
        for (index, text) in tags.enumerated() {
            guard let tag = Self.parse(text), let type = tag.type else {
                close()
                continue
            }
            switch tag.position {
            case .begin, .unit, .outside:
                close()
                open = EntitySpan(type: type, start: index, end: index + 1)
            case .inside, .last:
                if var entity = open, entity.type == type {
                    entity.end = index + 1
                    open = entity
                } else {
                    close()
                    open = EntitySpan(type: type, start: index, end: index + 1)
                }
            }
            if tag.position == .unit || tag.position == .last { close() }
        }
        close()
        return spans
    }

    /// `spans` sorted by start (longer first), without empty, out-of-range or overlapping ones.
    static func wellFormed(_ spans: [EntitySpan], count: Int) -> [EntitySpan] {
        let sorted = spans.sorted {
            ($0.start, -$0.end, $0.type.rawValue) < ($1.start, -$1.end, $1.type.rawValue)
        }
        var kept: [EntitySpan] = []
        var covered = 0
        for span in sorted where span.start >= covered && span.start < span.end && span.end <= count {
            kept.append(span)
            covered = span.end
        }
        return kept
    }
}
