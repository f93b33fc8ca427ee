import ArticleText
import Syntax
import Foundation

/// Precision, recall and F1 of one way of matching system mentions to gold mentions.
public struct ActorScore: Hashable, Sendable, Codable {
    /// System mentions that match a gold mention.
    public var truePositives: Int
    /// System mentions that match none.
    public var falsePositives: Int
    /// Gold mentions that no system mention matches.
    public var falseNegatives: Int

    /// Creates a score from counts.
    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// TP / (TP + FP), or 0 with no system mentions.
    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    /// TP / (TP + FN), or 0 with no gold mentions.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    /// Harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    static func + (lhs: ActorScore, rhs: ActorScore) -> ActorScore {
        ActorScore(truePositives: lhs.truePositives + rhs.truePositives,
                   falsePositives: lhs.falsePositives + rhs.falsePositives,
                   falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }
}

/// Mention-level evaluation of an `ActorRecognizer` against hand-annotated gold documents.
///
/// Four matchings, each one-to-one and greedy in text order:
/// - `exact`: same span and same actor: the gold id equals the system actor's id or the slug of its name
///   (ids are compared as slugs, so `unknown:Mahan Air` and an actor `qat-al-jazeera` named "Al Jazeera"
///   match gold `mahan-air` and `al-jazeera`);
/// - `code`: same span, same country and sector (the CAMEO code, e.g. `PRK` + `MED`);
/// - `country`: same span and same country;
/// - `overlap`: overlapping spans and the same country (lenient on span boundaries).
///
/// System mentions marked `isInferred` (bare sector nouns such as "police" placed in a state by context) are
/// not scored: the gold guidelines leave bare sector nouns unannotated.
public struct ActorScorer: Sendable {
    /// A matching criterion.
    public enum Matching: String, Hashable, Sendable, Codable, CaseIterable {
        case exact, code, country, overlap
    }

    /// One system or gold mention without a partner under `exact` matching, for error analysis.
    public struct Miss: Hashable, Sendable, Codable {
        /// Document id.
        public var document: String
        /// `fp` (system only) or `fn` (gold only).
        public var kind: String
        /// First scalar.
        public var start: Int
        /// One past the last scalar.
        public var end: Int
        /// The mention text.
        public var text: String
        /// The actor id (system or gold), as a slug.
        public var actor: String
    }

    /// Scores per matching, summed over documents, and the exact-match errors.
    public struct Report: Hashable, Sendable, Codable {
        /// Scores keyed by `Matching` raw value.
        public var scores: [String: ActorScore]
        /// Number of documents.
        public var documents: Int
        /// Number of gold mentions.
        public var goldMentions: Int
        /// Exact-match errors in document and text order.
        public var misses: [Miss]
    }

    /// The recognizer evaluated.
    public var recognizer: ActorRecognizer
    /// The syntax layer whose named entities the recognizer uses, or `nil` for the lexicon and rules alone.
    public var syntax: SyntaxAnalyzer?

    /// Creates a scorer for `recognizer`, fed the named entities of `syntax`.
    public init(recognizer: ActorRecognizer = ActorRecognizer(), syntax: SyntaxAnalyzer? = nil) {
        self.recognizer = recognizer
        self.syntax = syntax
    }

    /// Runs the recognizer on each gold document (as of its publication date) and scores its mentions.
    /// - Complexity: O(system mentions × gold mentions) per document.
    public func score(_ gold: [GoldDocument]) -> Report {
        var totals: [Matching: ActorScore] = [:]
        var misses: [Miss] = []
        for document in gold {
            let segmented = TextSegmenter().segment(document.document)
            let entities = syntax?.analyze(segmented).entityMentions(in: segmented.text) ?? []
            let annotation = recognizer.recognize(segmented, entities: entities)
            var actors: [ActorID: Actor] = [:]
            for actor in annotation.actors where actors[actor.id] == nil { actors[actor.id] = actor }
            // Bare sector nouns placed by context ("police", "officials") are not annotated in the gold (see
            // Tests/Gold/README.md), so they are left out of the comparison.
            let system = annotation.mentions.filter { $0.isInferred != true }.map { mention in
                Item(start: mention.start, end: mention.end, text: mention.text,
                     actor: ActorScorer.normalize(mention.actor.rawValue), country: actors[mention.actor]?.country,
                     sector: actors[mention.actor]?.sector,
                     name: actors[mention.actor].map { ActorScorer.normalize($0.name) })
            }
            let goldItems = document.mentions.map {
                Item(start: $0.start, end: $0.end, text: $0.text, actor: ActorScorer.normalize($0.actor),
                     country: $0.country, sector: $0.sector)
            }
            for matching in Matching.allCases {
                let (score, unmatchedSystem, unmatchedGold) = ActorScorer.match(system, goldItems, matching)
                totals[matching, default: ActorScore()] = totals[matching, default: ActorScore()] + score
                guard matching == .exact else { continue }
                misses += unmatchedSystem.map {
                    Miss(document: document.id, kind: "fp", start: $0.start, end: $0.end, text: $0.text, actor: $0.actor)
                }
                misses += unmatchedGold.map {
                    Miss(document: document.id, kind: "fn", start: $0.start, end: $0.end, text: $0.text, actor: $0.actor)
                }
            }
        }
        misses.sort { ($0.document, $0.start, $0.kind) < ($1.document, $1.start, $1.kind) }
        var scores: [String: ActorScore] = [:]
        for matching in Matching.allCases { scores[matching.rawValue] = totals[matching] ?? ActorScore() }
        return Report(scores: scores, documents: gold.count,
                      goldMentions: gold.reduce(0) { $0 + $1.mentions.count }, misses: misses)
    }

    struct Item {
        var start: Int
        var end: Int
        var text: String
        var actor: String
        var country: String?
        var sector: String?
        /// The slug of the system actor's name, an alternative id.
        var name: String? = nil
    }

    static func match(_ system: [Item], _ gold: [Item], _ matching: Matching) -> (ActorScore, [Item], [Item]) {
        var used = [Bool](repeating: false, count: gold.count)
        var unmatched: [Item] = []
        var score = ActorScore()
        for item in system {
            let partner = gold.indices.first { g in
                guard !used[g] else { return false }
                let other = gold[g]
                let sameSpan = item.start == other.start && item.end == other.end
                switch matching {
                case .exact: return sameSpan && (item.actor == other.actor || item.name == other.actor)
                case .code: return sameSpan && item.country == other.country && item.sector == other.sector
                case .country: return sameSpan && item.country == other.country
                case .overlap: return item.start < other.end && other.start < item.end && item.country == other.country
                }
            }
            if let partner {
                used[partner] = true
                score.truePositives += 1
            } else {
                score.falsePositives += 1
                unmatched.append(item)
            }
        }
        let missed = gold.indices.filter { !used[$0] }.map { gold[$0] }
        score.falseNegatives = missed.count
        return (score, unmatched, missed)
    }

    /// Ids compared as lower-case slugs, without the `unknown:` prefix.
    static func normalize(_ id: String) -> String {
        let bare = id.hasPrefix("unknown:") ? String(id.dropFirst("unknown:".count)) : id
        return LexiconFileReader.slug(bare.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil))
    }
}
