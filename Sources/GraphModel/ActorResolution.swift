import ActorLexicon
import ArticleText

/// Resolves the differing descriptions of one actor into one, independently of the order they were seen in.
enum ActorResolution {
    /// The attributes compared, with how to read each from an actor.
    private static let attributes: [(name: String, read: @Sendable (Actor) -> String?)] = [
        ("name", { $0.name }), ("kind", { $0.kind == .unknown ? nil : $0.kind.rawValue }),
        ("country", { $0.country }), ("sector", { $0.sector }), ("role", { $0.role }),
    ]

    /// One actor from all its descriptions: each attribute takes its most frequent non-`nil` value, ties going
    /// to the smallest value; `kind` ignores `unknown` unless nothing else was seen.
    static func resolve(_ seen: [Actor: Int]) -> Actor {
        let observations = seen.sorted { order($0.key, $1.key) }
        guard let first = observations.first?.key else { return Actor(id: "", name: "", country: nil, sector: nil, kind: .unknown) }
        func pick(_ read: (Actor) -> String?) -> String? {
            winner(observations.compactMap { actor, count in read(actor).map { ($0, count) } })
        }
        return Actor(
            id: first.id, name: pick { $0.name } ?? first.name, country: pick { $0.country },
            sector: pick { $0.sector },
            kind: pick { $0.kind == .unknown ? nil : $0.kind.rawValue }.flatMap(ActorKind.init(rawValue:)) ?? .unknown,
            role: pick { $0.role })
    }

    /// A finding per attribute on which the descriptions disagree.
    static func conflicts(of id: ActorID, in seen: [Actor: Int]) -> [Finding] {
        let observations = seen.sorted { order($0.key, $1.key) }
        return attributes.compactMap { attribute in
            let votes = tally(observations.compactMap { actor, count in attribute.read(actor).map { ($0, count) } })
            guard votes.count > 1, let kept = votes.first?.value else { return nil }
            let listed = votes.map { "\"\($0.value)\" (\($0.count))" }.joined(separator: ", ")
            return Finding(
                .info, code: "graph.actor.conflict",
                message: "\(id): \(attribute.name) seen as \(listed); kept \"\(kept)\"")
        }
    }

    /// A total order on descriptions, so that iteration over a dictionary of them is deterministic.
    static func order(_ lhs: Actor, _ rhs: Actor) -> Bool {
        func key(_ actor: Actor) -> [String] {
            [actor.id.rawValue, actor.name, actor.kind.rawValue, actor.country ?? "", actor.sector ?? "", actor.role ?? "",
             actor.country == nil ? "0" : "1", actor.sector == nil ? "0" : "1", actor.role == nil ? "0" : "1"]
        }
        return key(lhs).lexicographicallyPrecedes(key(rhs))
    }

    private static func winner(_ votes: [(String, Int)]) -> String? { tally(votes).first?.value }

    /// Distinct values with their total votes, most votes first, ties by value.
    private static func tally(_ votes: [(String, Int)]) -> [(value: String, count: Int)] {
        var totals: [String: Int] = [:]
        for (value, count) in votes { totals[value, default: 0] += count }
        return totals.map { (value: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.value) < ($0.count, $1.value) }
    }
}
