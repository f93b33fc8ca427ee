import ArticleText
import Foundation
import ResourceIndex
import Testing

@testable import ActorLexicon

/// The bundled lexicon's pre-built index (`Resources/lexicon.index`): built from the committed `lexicon.json`,
/// and every look-up through it gives what the lexicon built in memory from the JSON gives.
struct LexiconIndexTests {
    static let source = Support.root.appendingPathComponent("Sources/ActorLexicon/Resources/lexicon.json")
    static let index = Support.root.appendingPathComponent("Sources/ActorLexicon/Resources/lexicon.index")
    static let inMemory: Lexicon? = try? Lexicon.decodeBundled(Data(contentsOf: source))

    @Test func theBundledLexiconLoadsThroughItsIndex() throws {
        let lexicon = try Lexicon.bundledOrError()
        #expect(lexicon.isPrebuilt)
        #expect(lexicon.entryCount == 22_076)
        #expect(lexicon.entry("PRK")?.name == "North Korea")
    }

    @Test func theCommittedIndexIsTheOneTheSourceBuilds() throws {
        let built = try Lexicon.indexBytes(source: Array(Data(contentsOf: Self.source)))
        #expect(built == Array(try Data(contentsOf: Self.index)), "stale lexicon.index: run `make indexes`")
    }

    /// Real aliases and the actor code they name, through the index.
    @Test(arguments: [
        ("Pyongyang", "PRK"), ("DPRK", "PRK"), ("North Korea", "PRK"), ("U.S.", "USA"), ("the United States", "USA"),
        ("Kremlin", "RUS"), ("NATO", "IGOWSTNAT"), ("Ukrainians", "UKR"), ("Afghan", "AFG"),
    ])
    func aliasesNameTheirActors(alias: String, id: String) throws {
        let lexicon = try Lexicon.bundledOrError()
        #expect(lexicon.lookUp(alias).map(\.id.rawValue).contains(id))
        #expect(try #require(Self.inMemory).lookUp(alias).map(\.id) == lexicon.lookUp(alias).map(\.id))
    }

    /// Every name and alias of every actor, every agent noun and non-actor phrase: the same actors, agents and
    /// entries through the index as in memory.
    @Test func everyLookUpAgreesWithTheLexiconBuiltInMemory() throws {
        let mapped = try Lexicon.bundledOrError()
        let memory = try #require(Self.inMemory)
        #expect(mapped.entries == memory.entries)
        #expect(mapped.agents == memory.agents)
        #expect(mapped.notActors == memory.notActors)
        var differences: [String] = []
        for entry in memory.entries {
            if mapped.entry(entry.id) != entry { differences.append("entry \(entry.id)") }
            for alias in [entry.name] + entry.aliases + entry.metonyms
            where mapped.lookUp(alias).map(\.id) != memory.lookUp(alias).map(\.id) {
                differences.append(alias)
            }
            for metonym in entry.metonyms where !mapped.isMetonym(Lexicon.keys(metonym)) { differences.append(metonym) }
        }
        for agent in memory.agents where mapped.agent(agent.phrase) != memory.agent(agent.phrase) {
            differences.append(agent.phrase)
        }
        #expect(differences.isEmpty, "\(differences.prefix(10))")
        #expect(!mapped.isMetonym(["north", "korea"]))
        #expect(mapped.entry("no-such-actor") == nil && mapped.agent("no such agent") == nil)
    }

    /// Aliases matched in running text: the same matches, rules and targets as the in-memory index, in upper,
    /// lower and title case.
    @Test func longestMatchesAgreeInRunningText() throws {
        let mapped = try Lexicon.bundledOrError().index
        let memory = try #require(Self.inMemory).index
        let text = "US and us said the U.S. State Department and North Korean state media met in Pyongyang while NATO allies and the Korean Peninsula talks of kim jong un and Kim Jong Un went on"
        let words = text.split(separator: " ").map(String.init)
        let tokens = words.enumerated().map { i, word in
            Token(kind: .word, span: TextSpan(start: i, end: i + 1), text: word, sentence: 0)
        }
        let keys = words.map(AliasIndex.key)
        var found = 0
        for start in words.indices {
            let a = mapped.longestMatch(in: tokens, keys: keys, from: start, limit: words.count)
            let b = memory.longestMatch(in: tokens, keys: keys, from: start, limit: words.count)
            #expect(a?.0 == b?.0 && a?.1 == b?.1, "at \(words[start])")
            if a != nil { found += 1 }
        }
        #expect(found >= 8)
    }

    /// An index built from other bytes than the source beside it is refused (the loader then reads the JSON).
    @Test func anIndexOfOtherBytesIsStale() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = Array(try Data(contentsOf: Self.source))
        bytes[bytes.count - 2] = UInt8(ascii: " ")  // same size, other bytes
        try Data(bytes).write(to: folder.appendingPathComponent("lexicon.json"))
        #expect(throws: ResourceIndexError.stale(path: Self.index.path, source: folder.appendingPathComponent("lexicon.json").path)) {
            _ = try MappedLexicon(indexPath: Self.index.path, sourcePath: folder.appendingPathComponent("lexicon.json").path)
        }
    }
}
