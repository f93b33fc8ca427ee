import ResourceIndex

/// The bundled lexicon read through its pre-built index (`Resources/lexicon.index`, written by
/// `storygraph-index`): entries, agent nouns and aliases are looked up in place and an entry is decoded from
/// `lexicon.json` only when a look-up returns it.
///
/// Sections besides the alias index's (`MappedAliasIndex`): `actors` and `agents`, the byte range (start and
/// end, `UInt32`s) in `lexicon.json` of each entry (after later entries with the same id replaced earlier ones)
/// and each agent noun; `notActors`, the range of the non-actor phrase list; `ids`, a `StringTable` from an
/// actor id to its entry's position; `agentPhrases`, from a phrase to its first agent noun; `metonyms`, the
/// look-up keys of every metonym joined by U+001F.
struct MappedLexicon: Sendable {
    private let source: MappedFile
    private let actorRanges: UInt32List
    private let agentRanges: UInt32List
    private let notActorsRange: UInt32List
    private let ids: StringTable
    private let agentPhrases: StringTable
    private let metonyms: StringTable
    private let decodedEntries = RecordCache<LexiconEntry>()
    private let decodedAgents = RecordCache<AgentNoun>()
    /// The alias index.
    let aliases: MappedAliasIndex

    /// Opens the index at `indexPath` over the source file at `sourcePath`.
    /// - Throws: `ResourceIndexError` when either cannot be read, the index is malformed, or it was built from
    ///   other bytes than the source's (`.stale`).
    init(indexPath: String, sourcePath: String) throws(ResourceIndexError) {
        let index = try IndexFile(path: indexPath)
        source = try MappedFile(path: sourcePath)
        try index.verify(source: source)
        actorRanges = try UInt32List(section: index.section("actors"))
        agentRanges = try UInt32List(section: index.section("agents"))
        notActorsRange = try UInt32List(section: index.section("notActors"))
        ids = try StringTable(index.section("ids"))
        agentPhrases = try StringTable(index.section("agentPhrases"))
        metonyms = try StringTable(index.section("metonyms"))
        aliases = try MappedAliasIndex(index)
        for ranges in [actorRanges, agentRanges, notActorsRange] {
            guard ranges.count % 2 == 0, ranges.allSatisfy({ Int($0) <= source.bytes.count }) else {
                throw .corrupt(path: indexPath, reason: "a record range lies outside \(sourcePath)")
            }
        }
    }

    /// The number of entries.
    var entryCount: Int { actorRanges.count / 2 }

    /// The number of agent nouns.
    var agentCount: Int { agentRanges.count / 2 }

    /// The entry at `position`, decoded from the source the first time it is asked for.
    func entry(at position: Int) -> LexiconEntry {
        decodedEntries.value(position) {
            (try? BundledLexiconReader.actor(bytes(actorRanges, position), file: source.path))
                ?? LexiconEntry(id: "", name: "", kind: .organization, isCurated: false)
        }
    }

    /// The agent noun at `position`, decoded from the source the first time it is asked for.
    func agent(at position: Int) -> AgentNoun {
        decodedAgents.value(position) {
            (try? BundledLexiconReader.agent(bytes(agentRanges, position), file: source.path))
                ?? AgentNoun(phrase: "", sector: "")
        }
    }

    /// The non-actor phrases, decoded from the source.
    var notActors: [String] {
        (try? BundledLexiconReader.strings(bytes(notActorsRange, 0), file: source.path)) ?? []
    }

    /// The position of the entry with `id`.
    func position(of id: ActorID) -> Int? { ids.values(id.rawValue)?.first.map(Int.init) }

    /// The position of the first agent noun written `phrase`.
    func agentPosition(_ phrase: String) -> Int? { agentPhrases.values(phrase)?.first.map(Int.init) }

    /// Whether `keys` are the look-up keys of a metonym.
    func isMetonym(_ keys: [String]) -> Bool { metonyms.contains(Self.joined(keys)) }

    /// Look-up keys joined as the `metonyms` table stores them.
    static func joined(_ keys: [String]) -> String { keys.joined(separator: "\u{1F}") }

    private func bytes(_ ranges: UInt32List, _ position: Int) -> [UInt8] {
        let start = Int(ranges[position * 2]), end = Int(ranges[position * 2 + 1])
        guard start <= end else { return [] }
        return ByteView(file: source).array(start, count: end - start)
    }
}
