import ArticleText
import Foundation

/// The actors a recognizer knows: states, organisations and people with their aliases and dated roles, plus
/// generic sector nouns and phrases that are not actors.
///
/// `Lexicon.bundled()` is built from CountryInfo and the Phoenix dictionaries (MIT; data to about 2014) plus a
/// hand-curated file of current office-holders and organisations; see `Resources/README.md`. Extend or override
/// it with a user file through `merging(userFile:)` (format documented on `LexiconFile`).
public struct Lexicon: Sendable {
    /// All actors, in a stable order.
    public private(set) var entries: [LexiconEntry]
    /// Generic sector nouns.
    public private(set) var agents: [AgentNoun]
    /// Phrases that are never actors.
    public private(set) var notActors: [String]
    private var position: [ActorID: Int]
    private var agentPosition: [String: Int]
    private(set) var index: AliasIndex
    /// Look-up keys of every metonym (capital, seat of government).
    private(set) var metonymKeys: Set<[String]>

    /// Creates a lexicon from its parts and indexes every name, alias, agent noun and non-actor phrase.
    /// - Complexity: O(total alias tokens).
    public init(entries: [LexiconEntry], agents: [AgentNoun] = [], notActors: [String] = []) {
        var unique: [LexiconEntry] = []
        var position: [ActorID: Int] = [:]
        for entry in entries {
            if let at = position[entry.id] {
                unique[at] = entry
            } else {
                position[entry.id] = unique.count
                unique.append(entry)
            }
        }
        self.entries = unique
        self.agents = agents
        self.notActors = notActors
        self.position = position
        var index = AliasIndex()
        var metonymKeys: Set<[String]> = []
        for entry in unique {
            for metonym in entry.metonyms { metonymKeys.insert(Lexicon.keys(metonym)) }
        }
        self.metonymKeys = metonymKeys
        for (i, entry) in unique.enumerated() {
            index.add(entry.name, .actor(i))
            for alias in entry.aliases { index.add(alias, .actor(i)) }
        }
        var agentPosition: [String: Int] = [:]
        for (i, agent) in agents.enumerated() {
            index.add(agent.phrase, .agent(i))
            agentPosition[agent.phrase] = agentPosition[agent.phrase] ?? i
        }
        self.agentPosition = agentPosition
        for phrase in notActors { index.add(phrase, .notActor) }
        index.finish()
        self.index = index
    }

    /// The agent noun written exactly `phrase` (lower case, words separated by spaces), if any.
    public func agent(_ phrase: String) -> AgentNoun? { agentPosition[phrase].map { agents[$0] } }

    /// The entry with `id`, if any.
    public func entry(_ id: ActorID) -> LexiconEntry? { position[id].map { entries[$0] } }

    /// The actors an alias names exactly as written ("Pyongyang" → North Korea), in the lexicon's order.
    public func lookUp(_ alias: String) -> [LexiconEntry] {
        var words = AliasIndex.tokens(of: alias)
        if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
        let tokens = words.enumerated().map { i, word in
            Token(kind: .word, span: TextSpan(start: i, end: i + 1), text: word, sentence: 0)
        }
        guard !tokens.isEmpty,
              let (pattern, count) = index.longestMatch(in: tokens, keys: words.map(AliasIndex.key), from: 0,
                                                        limit: tokens.count),
              count == tokens.count
        else { return [] }
        return pattern.targets.compactMap { target in
            if case .actor(let i) = target { entries[i] } else { nil }
        }
    }

    /// This lexicon extended by `other`: entries with the same id are replaced, new ones added; aliases that
    /// `other` gives an actor, and its non-actor phrases, are taken away from every other actor.
    public func merging(_ other: Lexicon) -> Lexicon {
        var claimed: Set<[String]> = []
        for entry in other.entries {
            for alias in [entry.name] + entry.aliases { claimed.insert(Lexicon.keys(alias)) }
        }
        for phrase in other.notActors { claimed.insert(Lexicon.keys(phrase)) }
        let overridden = Set(other.entries.map(\.id))
        var merged: [LexiconEntry] = entries.map { entry in
            guard !overridden.contains(entry.id) else { return entry }
            var entry = entry
            entry.aliases.removeAll { claimed.contains(Lexicon.keys($0)) }
            if claimed.contains(Lexicon.keys(entry.name)) {
                // Keep the entry reachable by id, but no longer by the claimed name.
                entry.aliases.removeAll()
            }
            return entry
        }
        merged.append(contentsOf: other.entries)
        var result = Lexicon(entries: merged, agents: agents + other.agents, notActors: notActors + other.notActors)
        for entry in entries where !overridden.contains(entry.id) && claimed.contains(Lexicon.keys(entry.name)) {
            if let at = result.position[entry.id] { result.index.remove(entry.name, .actor(at)) }
        }
        return result
    }

    /// This lexicon extended by the user file at `url` (YAML or JSON).
    /// - Throws: `LexiconError` naming the file, line and problem.
    public func merging(userFile url: URL) throws -> Lexicon {
        merging(try LexiconFile.load(url, base: self))
    }

    /// The bundled lexicon extended by the user file at `url`.
    /// - Throws: `LexiconError`.
    public static func merging(userFile url: URL) throws -> Lexicon {
        try bundled().merging(userFile: url)
    }

    static func keys(_ alias: String) -> [String] {
        var words = AliasIndex.tokens(of: alias)
        if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
        return words.map(AliasIndex.key)
    }
}
