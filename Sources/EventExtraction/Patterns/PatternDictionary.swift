import ArticleText
import Foundation

/// The event dictionary: `EventPattern` entries indexed by every surface form of their head word.
///
/// The bundled dictionary (`plover-patterns.json`) is loaded with `PatternDictionary.bundled`; users add their own
/// entries with `adding(contentsOf:)`. Matching a token is one hash look-up on its lower-cased text.
public struct PatternDictionary: Sendable {
    /// A dictionary entry matched by a surface form.
    public struct Candidate: Hashable, Sendable {
        /// Index into `patterns`.
        public var pattern: Int
        /// Which inflection the surface form is.
        public var form: VerbInflector.Form
    }

    /// All entries, bundled first.
    public private(set) var patterns: [EventPattern]
    /// Surface form → candidate entries.
    private var index: [String: [Candidate]]
    /// Per entry: its context words with their plurals.
    private var contextWords: [Set<String>]
    /// Per entry: its veto words with their plurals.
    private var vetoWords: [Set<String>]
    /// Every surface form of every verb in the irregular table, for recognising past participles and verbs.
    public let inflector: VerbInflector

    /// Creates a dictionary from entries.
    public init(patterns: [EventPattern], inflector: VerbInflector) {
        self.patterns = []
        self.index = [:]
        self.contextWords = []
        self.vetoWords = []
        self.inflector = inflector
        add(patterns)
    }

    /// The dictionary bundled with Storygraph.
    /// - Throws: `EventExtractionError` when the bundled resources are missing or malformed.
    public static func bundled() throws -> PatternDictionary {
        guard let patternsURL = Bundle.module.url(forResource: "plover-patterns", withExtension: "json",
                                                  subdirectory: "Resources"),
              let irregularURL = Bundle.module.url(forResource: "irregular-verbs", withExtension: "tsv",
                                                   subdirectory: "Resources")
        else { throw EventExtractionError.missingResource("plover-patterns.json / irregular-verbs.tsv") }
        let table = try String(contentsOf: irregularURL, encoding: .utf8)
        let file = try decodeFile(at: patternsURL)
        return PatternDictionary(patterns: file.patterns, inflector: VerbInflector(irregularTable: table))
    }

    /// The bundled dictionary, loaded once; empty if the bundle is damaged.
    public static let shared: PatternDictionary = {
        (try? bundled()) ?? PatternDictionary(patterns: [], inflector: VerbInflector(irregularTable: ""))
    }()

    /// This dictionary with the entries of a user file (same JSON shape) added.
    /// - Throws: `EventExtractionError.malformedFile` when the file cannot be read or decoded.
    public func adding(contentsOf url: URL) throws -> PatternDictionary {
        var copy = self
        let file = try Self.decodeFile(at: url, checkingKeys: true)
        try file.validate(path: url.relativePath)
        copy.add(file.patterns)
        return copy
    }

    /// Candidate entries for a lower-cased token.
    public func candidates(for word: String) -> [Candidate] { index[word] ?? [] }

    /// Whether `word` (lower case) is one of entry `pattern`'s context words.
    func isContextWord(_ word: String, of pattern: Int) -> Bool { contextWords[pattern].contains(word) }

    /// Whether `word` (lower case) is one of entry `pattern`'s veto words.
    func isVetoWord(_ word: String, of pattern: Int) -> Bool { vetoWords[pattern].contains(word) }

    private mutating func add(_ entries: [EventPattern]) {
        for entry in entries {
            let number = patterns.count
            patterns.append(entry)
            // A context word "@name" stands for a word class (`WordClass`), taken as it is.
            let inflector = self.inflector
            let forms: (String) -> [String] = { word in
                word.first == WordClass.marker ? WordClass.expand(word) : inflector.nounForms(of: word) + [word]
            }
            contextWords.append(Set((entry.with ?? []).flatMap(forms)))
            vetoWords.append(Set((entry.without ?? []).flatMap(forms)))
            let words = entry.lemma.lowercased()
            switch entry.pos {
            case .verb:
                var seen = Set<String>()
                for (form, kind) in inflector.verbForms(of: words) where seen.insert(form + kind.rawValue).inserted {
                    index[form, default: []].append(Candidate(pattern: number, form: kind))
                }
            case .noun:
                for form in inflector.nounForms(of: words) {
                    index[form, default: []].append(Candidate(pattern: number, form: .noun))
                }
            }
        }
    }

    /// The pattern file at `url`, or an error naming it as given (`url.relativePath`) with the problem in plain
    /// words: the line and column of a JSON syntax error, the entry and key of a missing or mistyped value.
    /// `checkingKeys` refuses keys the format does not have (a user's file; the bundled one is read as it is).
    private static func decodeFile(at url: URL, checkingKeys: Bool = false) throws -> PatternFile {
        let path = url.relativePath
        let data: Data
        do {
            data = try FileContents.read(url.path)  // a named pipe (`--patterns <(…)`) too
        } catch {
            throw EventExtractionError.malformedFile(path: path, reason: "cannot be read: \(error.reason)")
        }
        let file: PatternFile
        do {
            file = try JSONDecoder().decode(PatternFile.self, from: data)
        } catch {
            if let problem = JSONSyntaxProblem(data) {
                let place = problem.inFile
                throw EventExtractionError.malformedJSON(path: path, line: place.line, column: place.column, problem: place.problem)
            }
            throw EventExtractionError.malformedFile(path: path, reason: JSONLines.describe(error, data: data))
        }
        if checkingKeys { try PatternFile.checkKeys(in: data, path: path) }
        return file
    }
}
