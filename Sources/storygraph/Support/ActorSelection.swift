import ActorLexicon
import GraphModel

/// Resolves `build --actor` values against the merged graph: exact actor ids and country codes first, then
/// the same ignoring case (`usa` → `USA`, `Kim-Jong-Un` → `kim-jong-un`); a value that matches nothing
/// gives a warning naming it, with close matches when there are any.
struct ActorSelection {
    /// The ids and country codes to filter by.
    var matched: [ActorID] = []
    /// One line per value that matched nothing.
    var warnings: [String] = []

    /// Resolves `requested` (in the order given) against `graph`'s actor ids and their countries.
    init(graph: EventGraph, requested: [String]) {
        var known = Set(graph.actors.keys.map(\.rawValue))
        for actor in graph.actors.values { if let country = actor.country { known.insert(country) } }
        let candidates = known.sorted()
        for value in requested {
            if known.contains(value) {
                matched.append(ActorID(rawValue: value))
            } else if let folded = candidates.first(where: { $0.caseInsensitiveCompare(value) == .orderedSame }) {
                matched.append(ActorID(rawValue: folded))
            } else {
                matched.append(ActorID(rawValue: value))
                var warning = "--actor \"\(value)\" matches no actor or country code in the input"
                let close = Self.closeMatches(to: value, in: candidates)
                if !close.isEmpty { warning += "; did you mean \(close.joined(separator: ", "))?" }
                warnings.append(warning)
            }
        }
    }

    /// Up to five candidates within edit distance 2 of `value` or containing it, ignoring case; sorted by
    /// distance, then name.
    static func closeMatches(to value: String, in candidates: [String]) -> [String] {
        let wanted = Array(value.lowercased())
        guard !wanted.isEmpty else { return [] }
        var scored: [(distance: Int, name: String)] = []
        for candidate in candidates {
            let lower = candidate.lowercased()
            let distance = editDistance(wanted, Array(lower))
            if distance <= 2 || (wanted.count >= 3 && lower.contains(String(wanted))) {
                scored.append((distance, candidate))
            }
        }
        return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(5).map(\.name)
    }

    /// Levenshtein distance between two character sequences.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
