import ResourceIndex

extension Lexicon {
    /// The bytes of the pre-built index (`Resources/lexicon.index`) of a bundled-lexicon source: what
    /// `storygraph-index` writes and `make indexes-check` compares. The same source always gives the same bytes.
    /// - Parameters:
    ///   - source: the bytes of `lexicon.json`.
    ///   - file: the source's name in errors.
    /// - Throws: `LexiconError.bundledResourceCorrupt` when the source does not parse.
    public static func indexBytes(source: [UInt8], file: String = "Resources/lexicon.json") throws(LexiconError) -> [UInt8] {
        var reader = BundledLexiconReader(bytes: source, file: file)
        let parts = try reader.read()
        let lexicon = Lexicon(entries: parts.entries, agents: parts.agents, notActors: parts.notActors)
        // Later entries with an id replace earlier ones in place (as `Lexicon.init` does).
        var lastRange: [ActorID: Range<Int>] = [:]
        for (entry, range) in zip(parts.entries, parts.actorRanges) { lastRange[entry.id] = range }
        var ids = StringTableWriter()
        var actorRanges: [UInt32] = []
        for (position, entry) in lexicon.entries.enumerated() {
            ids.set(entry.id.rawValue, [UInt32(position)])
            let range = lastRange[entry.id] ?? 0..<0
            actorRanges += [UInt32(range.lowerBound), UInt32(range.upperBound)]
        }
        var agentPhrases = StringTableWriter()
        for (position, agent) in parts.agents.enumerated().reversed() { agentPhrases.set(agent.phrase, [UInt32(position)]) }
        var metonyms = StringTableWriter()
        for entry in lexicon.entries {
            for metonym in entry.metonyms { metonyms.set(MappedLexicon.joined(Lexicon.keys(metonym)), []) }
        }
        var single = StringTableWriter()
        for (key, number) in lexicon.index.single { single.set(key, [UInt32(number)]) }
        var pairs = StringTableWriter()
        for (key, numbers) in lexicon.index.byFirstPair { pairs.set(key, numbers.map(UInt32.init)) }

        var writer = IndexFileWriter(source: source)
        writer.append("actors", UInt32List.encoded(actorRanges))
        writer.append("agents", UInt32List.encoded(parts.agentRanges.flatMap { [UInt32($0.lowerBound), UInt32($0.upperBound)] }))
        writer.append("notActors", UInt32List.encoded([UInt32(parts.notActorsRange.lowerBound), UInt32(parts.notActorsRange.upperBound)]))
        writer.append("ids", ids.encoded())
        writer.append("agentPhrases", agentPhrases.encoded())
        writer.append("metonyms", metonyms.encoded())
        writer.append("patterns", RecordList.encoded(lexicon.index.patterns.map(MappedAliasIndex.record)))
        writer.append("single", single.encoded())
        writer.append("pairs", pairs.encoded())
        return writer.encoded()
    }
}
