import ArticleText

/// A one-to-one pairing of gold and system mentions by overlapping spans, for scoring: each gold mention is
/// matched by at most one system mention and each system mention matches at most one gold mention, so two
/// system mentions over one gold mention ("Washington" and "D.C." for "Washington, D.C.") are one match and
/// one spurious mention, and one system mention over two gold mentions finds only one of them.
///
/// Pairs are taken greedily: the same span first, then the largest overlap, then the earlier gold and system
/// mention, so the pairing never depends on anything but the spans.
struct MentionAlignment {
    /// For each gold mention (by index), the index of the system mention matched to it, or `nil`.
    var systemForGold: [Int?]
    /// For each system mention (by index), the index of the gold mention it matches, or `nil`.
    var goldForSystem: [Int?]

    /// Pairs `gold` with `system` spans.
    /// - Complexity: O(g · s · log(g · s)) in the gold and system mentions.
    init(gold: [TextSpan], system: [TextSpan]) {
        var candidates: [(gold: Int, system: Int, exact: Bool, overlap: Int)] = []
        for (g, goldSpan) in gold.enumerated() {
            for (s, systemSpan) in system.enumerated() where goldSpan.overlaps(systemSpan) {
                let overlap = min(goldSpan.end, systemSpan.end) - max(goldSpan.start, systemSpan.start)
                candidates.append((g, s, goldSpan == systemSpan, overlap))
            }
        }
        candidates.sort {
            ($0.exact ? 0 : 1, -$0.overlap, $0.gold, $0.system) < ($1.exact ? 0 : 1, -$1.overlap, $1.gold, $1.system)
        }
        systemForGold = Array(repeating: nil, count: gold.count)
        goldForSystem = Array(repeating: nil, count: system.count)
        for candidate in candidates where systemForGold[candidate.gold] == nil && goldForSystem[candidate.system] == nil {
            systemForGold[candidate.gold] = candidate.system
            goldForSystem[candidate.system] = candidate.gold
        }
    }

    /// The number of matched pairs.
    var matches: Int { systemForGold.count { $0 != nil } }
}
