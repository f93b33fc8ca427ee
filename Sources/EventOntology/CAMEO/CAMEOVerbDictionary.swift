import Foundation

/// PETRARCH-2's CAMEO verb dictionary: verb lemmas, their default CAMEO codes and their patterns.
///
/// The bundled dictionary (`Resources/cameo-verbs.tsv`, compiled by `Scripts/build_cameo.py` from
/// `CAMEO.2.0.txt`, MIT, © 2015 Open Event Data Alliance) groups synonymous verbs into blocks; each block has a
/// default code and patterns such as `- * (OF) &CRIME [1121]`. ``match(lemma:particle:clause:verbIndex:sourcePositions:targetPositions:surfaceForms:)``
/// picks the most specific pattern that fits a clause. Codes resolve through a ``CAMEOCodebook`` to PLOVER
/// types and Goldstein values.
public struct CAMEOVerbDictionary: Sendable {
    let blocks: [CAMEOVerbBlock]
    let verbs: [CAMEOVerbKey: [CAMEOVerbEntry]]
    /// Particles (as word lists, longest first) of each lemma's phrasal entries.
    let particles: [String: [[String]]]
    let irregularForms: [String: [String]]
    let codebook: CAMEOCodebook
    /// The number of synonym sets the dictionary defines.
    public let synonymSetCount: Int

    /// The bundled dictionary, read once on first use; empty if the resource is missing (see ``loadBundled()``).
    public static let bundled: CAMEOVerbDictionary = (try? loadBundled()) ?? CAMEOVerbDictionary(
        blocks: [], verbs: [:], irregularForms: [:], synonymSetCount: 0, codebook: .bundled)

    /// Reads the bundled dictionary, resolving codes through ``CAMEOCodebook/bundled``.
    /// - Throws: ``EventOntologyError`` if the resource is missing or malformed.
    public static func loadBundled() throws(EventOntologyError) -> CAMEOVerbDictionary {
        try CAMEOVerbDictionary(contentsOf: BundledResource.url("cameo-verbs", "tsv"), codebook: .bundled)
    }

    init(
        blocks: [CAMEOVerbBlock], verbs: [CAMEOVerbKey: [CAMEOVerbEntry]], irregularForms: [String: [String]],
        synonymSetCount: Int, codebook: CAMEOCodebook
    ) {
        self.blocks = blocks
        self.verbs = verbs
        self.irregularForms = irregularForms
        self.synonymSetCount = synonymSetCount
        self.codebook = codebook
        var particles: [String: [[String]]] = [:]
        for key in verbs.keys {
            if let particle = key.particle {
                particles[key.lemma, default: []].append(particle.split(separator: " ").map(String.init))
            }
        }
        self.particles = particles.mapValues { lists in
            lists.sorted { ($0.count, $1.joined(separator: " ")) > ($1.count, $0.joined(separator: " ")) }
        }
    }

    /// The number of distinct verbs (lemma plus particle) in the dictionary.
    public var verbCount: Int { verbs.count }

    /// The number of patterns over all verb blocks.
    public var patternCount: Int { blocks.reduce(0) { $0 + $1.patterns.count } }

    /// The number of verb blocks (groups of synonymous verbs sharing patterns).
    public var blockCount: Int { blocks.count }

    /// Every CAMEO code the dictionary can assign (block, verb and pattern codes), sorted, without `"---"`.
    public var codesUsed: [String] {
        var codes = Set<String>()
        for block in blocks {
            codes.insert(block.code)
            for pattern in block.patterns { codes.insert(pattern.code) }
        }
        for entries in verbs.values { for entry in entries { if let code = entry.code { codes.insert(code) } } }
        codes.remove(Self.nullCode)
        return codes.sorted()
    }

    /// Every verb in the dictionary as `(lemma, particle)`, sorted.
    public var verbKeys: [(lemma: String, particle: String?)] {
        verbs.keys.sorted { ($0.lemma, $0.particle ?? "") < ($1.lemma, $1.particle ?? "") }
            .map { ($0.lemma, $0.particle) }
    }

    /// The lemmas of an irregular verb form the dictionary lists in `{…}` (`"said"` → `["say"]`).
    /// - Parameter form: A lower-case word form.
    /// - Returns: Its lemmas, sorted; empty if the dictionary does not list the form.
    public func lemmas(forVerbForm form: String) -> [String] {
        irregularForms[form] ?? []
    }

    /// The code PETRARCH uses for "no event".
    static let nullCode = "---"
}
