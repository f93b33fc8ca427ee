import ArticleText
import ResourceIndex

/// The alias index of the bundled lexicon in its pre-built binary form (`Resources/lexicon.index`), probed in
/// place: the same look-ups as `AliasIndex`, with no dictionary built at start-up.
///
/// Three sections: `patterns`, a `RecordList` with one record per alias pattern (key count and target count as
/// `UInt16`s, the targets as `UInt32`s — an entry's position, `agentFlag | index`, or `notActorTarget` — then
/// per key its `CaseRule` as one byte, its byte count as `UInt16` and its UTF-8); `single`, a `StringTable` from
/// a one-token pattern's key to its number; `pairs`, one from the first two keys joined by U+001F to the
/// numbers of the longer patterns, longest first.
struct MappedAliasIndex: Sendable {
    private let patterns: RecordList
    private let single: StringTable
    private let pairs: StringTable

    static let agentFlag: UInt32 = 0x4000_0000
    static let notActorTarget: UInt32 = 0x8000_0000

    /// Reads the three sections of `index`.
    /// - Throws: `ResourceIndexError.corrupt` when one is missing or malformed.
    init(_ index: IndexFile) throws(ResourceIndexError) {
        patterns = try RecordList(index.section("patterns"))
        single = try StringTable(index.section("single"))
        pairs = try StringTable(index.section("pairs"))
    }

    /// The longest alias starting at `tokens[start]` and ending before `limit`, as (pattern, token count): the
    /// same answer as `AliasIndex.longestMatch` over the index the file was built from.
    func longestMatch(in tokens: [Token], keys: [String], from start: Int, limit: Int) -> (AliasPattern, Int)? {
        if start + 1 < limit, let longer = pairs.values(AliasIndex.pairKey(keys[start], keys[start + 1])) {
            for number in longer {
                if let found = match(Int(number), tokens: tokens, keys: keys, from: start, limit: limit) { return found }
            }
        }
        if let one = single.values(keys[start]), let number = one.first {
            return match(Int(number), tokens: tokens, keys: keys, from: start, limit: limit)
        }
        return nil
    }

    /// Pattern `number` when it matches at `start`.
    private func match(_ number: Int, tokens: [Token], keys: [String], from start: Int, limit: Int) -> (AliasPattern, Int)? {
        let record = patterns[number]
        let count = Int(record.uint32(at: 0) & 0xFFFF), targetCount = Int(record.uint32(at: 0) >> 16)
        guard start + count <= limit, targetCount > 0 else { return nil }
        var at = 4 + targetCount * 4
        var rules: [CaseRule] = []
        rules.reserveCapacity(count)
        for k in 0..<count {
            let rule = Self.rule(record[at])
            let length = Int(record[at + 1]) | Int(record[at + 2]) << 8
            guard record.equals(at + 3, count: length, keys[start + k]), rule.accepts(tokens[start + k].text) else {
                return nil
            }
            rules.append(rule)
            at += 3 + length
        }
        let targets = (0..<targetCount).map { Self.target(record.uint32(at: 4 + $0 * 4)) }
        return (AliasPattern(keys: Array(keys[start..<(start + count)]), rules: rules, targets: targets), count)
    }

    /// The record of `pattern`.
    static func record(_ pattern: AliasPattern) -> [UInt8] {
        var out: [UInt8] = []
        LittleEndian.append(UInt32(pattern.keys.count) | UInt32(pattern.targets.count) << 16, to: &out)
        for target in pattern.targets {
            switch target {
            case .actor(let index): LittleEndian.append(UInt32(index), to: &out)
            case .agent(let index): LittleEndian.append(agentFlag | UInt32(index), to: &out)
            case .notActor: LittleEndian.append(notActorTarget, to: &out)
            }
        }
        for (key, rule) in zip(pattern.keys, pattern.rules) {
            out.append(rule == .any ? 0 : rule == .capitalized ? 1 : 2)
            LittleEndian.append(UInt16(key.utf8.count), to: &out)
            out += key.utf8
        }
        return out
    }

    private static func rule(_ byte: UInt8) -> CaseRule {
        switch byte {
        case 1: .capitalized
        case 2: .upper
        default: .any
        }
    }

    private static func target(_ value: UInt32) -> AliasTarget {
        if value == notActorTarget { return .notActor }
        if value & agentFlag != 0 { return .agent(Int(value & ~agentFlag)) }
        return .actor(Int(value))
    }
}
