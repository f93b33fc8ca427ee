import ActorLexicon
import ArticleText
import EventStore
import GraphModel

/// The actor ids, country codes and document ids a corpus knows (an input's merged graph, or a store), by which
/// the filters that name them (`--actor`, `--around`, `--dyad`, `--document`) are resolved: exact values
/// first, then the same ignoring case (`usa` → `USA`, `Kim-Jong-Un` → `kim-jong-un`). A value that matches
/// nothing gives a warning naming the option and the value, with close matches when there are any
/// (`--around "PKR" matches no actor or country code in the store; did you mean PRK?`), so an empty result
/// is never silent; the exit status stays 0, as for any filter that keeps nothing.
struct FilterVocabulary {
    /// Actor ids and the countries of actors, sorted.
    var actors: [String]
    /// Document ids, sorted.
    var documents: [String]
    /// Where the ids come from, for the warnings: "the input" or "the store".
    var place: String

    /// The ids of `graph` (before any filter).
    init(graph: EventGraph) {
        var known = Set(graph.actors.keys.map(\.rawValue))
        for actor in graph.actors.values { if let country = actor.country { known.insert(country) } }
        actors = known.sorted()
        documents = graph.documents.keys.map(\.rawValue).sorted()
        place = "the input"
    }

    /// The ids `store` holds.
    /// - Throws: `EventStoreError` when the store cannot be read.
    init(store: EventStore) throws {
        actors = try store.actorVocabulary()
        documents = try store.documentIDs()
        place = "the store"
    }

    /// `query` with its actor, ego-network, dyad and document ids resolved, and a warning per value that
    /// matches nothing.
    func resolve(_ query: GraphQuery) -> (query: GraphQuery, warnings: [String]) {
        var query = query
        var warnings: [String] = []
        func resolved(_ value: String, option: String, among candidates: [String], noun: String) -> String {
            if candidates.contains(value) { return value }  // sorted arrays of a few thousand: a scan is cheap
            if let folded = candidates.first(where: { $0.caseInsensitiveCompare(value) == .orderedSame }) { return folded }
            var warning = "\(option) \"\(path: value)\" matches no \(noun) in \(place)"
            let close = candidates.count <= 20_000 ? Self.closeMatches(to: value, in: candidates) : []
            if !close.isEmpty { warning += "; did you mean \(path: close.joined(separator: ", "))?" }
            warnings.append(warning)
            return value
        }
        func actor(_ id: ActorID, _ option: String) -> ActorID {
            ActorID(rawValue: resolved(id.rawValue, option: option, among: actors, noun: "actor or country code"))
        }
        query.actors = Set(query.actors.sorted().map { actor($0, "--actor") })
        query.around = Set(query.around.sorted().map { actor($0, "--around") })
        query.dyad = query.dyad.map { actor($0, "--dyad") }
        query.documents = Set(query.documents.sorted().map {
            DocumentID(resolved($0.rawValue, option: "--document", among: documents, noun: "document"))
        })
        return (query, warnings)
    }

    /// Up to five candidates within edit distance 2 of `value` or containing it, ignoring case; sorted by
    /// distance (a swap of two neighbouring letters counts one edit, so "PKR" is as close to PRK as to UKR),
    /// then those with the same letters as `value` first (a swap keeps them, a wrong letter does not: PRK before
    /// UKR), then name.
    static func closeMatches(to value: String, in candidates: [String]) -> [String] {
        let wanted = Array(value.lowercased())
        guard !wanted.isEmpty else { return [] }
        let wantedLetters = wanted.sorted()
        var scored: [(distance: Int, otherLetters: Int, name: String)] = []
        for candidate in candidates {
            let lower = Array(candidate.lowercased())
            let distance = editDistance(wanted, lower)
            if distance <= 2 || (wanted.count >= 3 && String(lower).contains(String(wanted))) {
                scored.append((distance, lower.sorted() == wantedLetters ? 0 : 1, candidate))
            }
        }
        return scored.sorted { ($0.distance, $0.otherLetters, $0.name) < ($1.distance, $1.otherLetters, $1.name) }
            .prefix(5).map(\.name)
    }

    /// Edit distance between two character sequences counting an insertion, a deletion, a substitution or a
    /// transposition of two neighbouring characters as one edit (optimal string alignment: Levenshtein plus
    /// Damerau's transpositions, no substring edited twice).
    /// - Complexity: O(*m* × *n*) time for sequences of *m* and *n* characters.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
