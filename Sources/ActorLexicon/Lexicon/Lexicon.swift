import ArticleText
import Foundation

/// The actors a recognizer knows: states, organisations and people with their aliases and dated roles, plus
/// generic sector nouns and phrases that are not actors.
///
/// `Lexicon.bundled()` is built from CountryInfo and the Phoenix dictionaries (MIT; data to about 2014) plus a
/// hand-curated file of current office-holders and organisations; see `Resources/README.md`. Extend or override
/// it with a user file through `merging(userFile:)` (format documented on `LexiconFile`).
public struct Lexicon: Sendable {
    /// Where the entries live: arrays and dictionaries built in memory, or the bundled lexicon's pre-built
    /// index read in place (`MappedLexicon`), whose entries are decoded when looked up.
    private enum Storage: Sendable {
        case memory(InMemory)
        case mapped(MappedLexicon)
    }

    private struct InMemory: Sendable {
        var entries: [LexiconEntry]
        var agents: [AgentNoun]
        var notActors: [String]
        var position: [ActorID: Int]
        var agentPosition: [String: Int]
        /// Look-up keys of every metonym (capital, seat of government).
        var metonymKeys: Set<[String]>
    }

    private var storage: Storage
    private(set) var index: AliasIndex

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
        var index = AliasIndex()
        var metonymKeys: Set<[String]> = []
        for entry in unique {
            for metonym in entry.metonyms { metonymKeys.insert(Lexicon.keys(metonym)) }
        }
        for (i, entry) in unique.enumerated() {
            index.add(entry.name, .actor(i))
            for alias in entry.aliases { index.add(alias, .actor(i)) }
        }
        var agentPosition: [String: Int] = [:]
        for (i, agent) in agents.enumerated() {
            index.add(agent.phrase, .agent(i))
            agentPosition[agent.phrase] = agentPosition[agent.phrase] ?? i
        }
        for phrase in notActors { index.add(phrase, .notActor) }
        index.finish()
        self.index = index
        storage = .memory(InMemory(
            entries: unique, agents: agents, notActors: notActors, position: position, agentPosition: agentPosition,
            metonymKeys: metonymKeys))
    }

    /// The bundled lexicon through its pre-built index.
    init(mapped: MappedLexicon) {
        storage = .mapped(mapped)
        index = AliasIndex(mapped: mapped.aliases)
    }

    /// Whether the lexicon is read through the bundled pre-built index rather than built in memory.
    var isPrebuilt: Bool {
        if case .mapped = storage { true } else { false }
    }

    /// All actors, in a stable order.
    /// - Complexity: O(1) for a lexicon built in memory; the bundled lexicon decodes every entry (O(n)), so
    ///   look entries up with `entry(_:)` where one will do.
    public var entries: [LexiconEntry] {
        switch storage {
        case .memory(let parts): parts.entries
        case .mapped(let mapped): (0..<mapped.entryCount).map(mapped.entry(at:))
        }
    }

    /// The number of actors.
    public var entryCount: Int {
        switch storage {
        case .memory(let parts): parts.entries.count
        case .mapped(let mapped): mapped.entryCount
        }
    }

    /// Generic sector nouns.
    public var agents: [AgentNoun] {
        switch storage {
        case .memory(let parts): parts.agents
        case .mapped(let mapped): (0..<mapped.agentCount).map(mapped.agent(at:))
        }
    }

    /// Phrases that are never actors.
    public var notActors: [String] {
        switch storage {
        case .memory(let parts): parts.notActors
        case .mapped(let mapped): mapped.notActors
        }
    }

    /// The entry at `position` of `entries`.
    func entry(at position: Int) -> LexiconEntry {
        switch storage {
        case .memory(let parts): parts.entries[position]
        case .mapped(let mapped): mapped.entry(at: position)
        }
    }

    /// The agent noun at `position` of `agents`.
    func agent(at position: Int) -> AgentNoun {
        switch storage {
        case .memory(let parts): parts.agents[position]
        case .mapped(let mapped): mapped.agent(at: position)
        }
    }

    /// Whether `keys` (look-up keys, as `AliasIndex.key` makes them) name a metonym of some state.
    func isMetonym(_ keys: [String]) -> Bool {
        switch storage {
        case .memory(let parts): parts.metonymKeys.contains(keys)
        case .mapped(let mapped): mapped.isMetonym(keys)
        }
    }

    /// The position in `entries` of the entry with `id`.
    private func position(of id: ActorID) -> Int? {
        switch storage {
        case .memory(let parts): parts.position[id]
        case .mapped(let mapped): mapped.position(of: id)
        }
    }

    /// The agent noun written exactly `phrase` (lower case, words separated by spaces), if any.
    public func agent(_ phrase: String) -> AgentNoun? {
        switch storage {
        case .memory(let parts): parts.agentPosition[phrase].map { parts.agents[$0] }
        case .mapped(let mapped): mapped.agentPosition(phrase).map(mapped.agent(at:))
        }
    }

    /// The entry with `id`, if any.
    public func entry(_ id: ActorID) -> LexiconEntry? { position(of: id).map(entry(at:)) }

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
            if case .actor(let i) = target { entry(at: i) } else { nil }
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
        let entries = self.entries
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
            if let at = result.position(of: entry.id) { result.index.remove(entry.name, .actor(at)) }
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
