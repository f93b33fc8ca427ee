import ArticleText

/// Precision, recall and F1 of one measure.
public struct PrecisionRecall: Hashable, Sendable, Codable {
    /// Correct system items / system items (1 when there are none).
    public var precision: Double
    /// Correct gold items / gold items (1 when there are none).
    public var recall: Double
    /// Harmonic mean of precision and recall.
    public var f1: Double

    /// Computes the measure from counts.
    public init(correctSystem: Int, system: Int, correctGold: Int, gold: Int) {
        precision = system == 0 ? 1 : Double(correctSystem) / Double(system)
        recall = gold == 0 ? 1 : Double(correctGold) / Double(gold)
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}

/// One disagreement between the tagger and the gold, for error analysis.
public struct TimexMismatch: Hashable, Sendable, Codable {
    /// What went wrong: `missed`, `spurious`, `span`, `type`, `value`.
    public var kind: String
    /// Document id.
    public var document: String
    /// Gold expression as `text|TYPE|value`, if any.
    public var gold: String?
    /// System expression as `text|TYPE|value`, if any.
    public var system: String?
}

/// TempEval-3 figures for TIMEX3 recognition and normalisation.
///
/// Strict spans must match exactly; relaxed spans must overlap (matched one-to-one, largest overlap first).
/// Type and value accuracy are the share of relaxed matches with the right attribute; type-F1 and value-F1 are
/// the TempEval-3 attribute F1s: the relaxed F1 scaled by that accuracy (correct attribute / system items for
/// precision, / gold items for recall).
public struct TimexEvaluation: Hashable, Sendable, Codable {
    /// Number of documents scored.
    public var documents: Int
    /// Gold expressions.
    public var gold: Int
    /// System expressions.
    public var system: Int
    /// Exact-span matches.
    public var strictMatches: Int
    /// Overlapping-span matches.
    public var relaxedMatches: Int
    /// Relaxed matches with the gold type.
    public var typeCorrect: Int
    /// Relaxed matches with the gold value.
    public var valueCorrect: Int
    /// Disagreements, in document and text order.
    public var mismatches: [TimexMismatch]

    /// Strict span P/R/F1.
    public var strict: PrecisionRecall { .init(correctSystem: strictMatches, system: system, correctGold: strictMatches, gold: gold) }
    /// Relaxed span P/R/F1.
    public var relaxed: PrecisionRecall { .init(correctSystem: relaxedMatches, system: system, correctGold: relaxedMatches, gold: gold) }
    /// Type attribute P/R/F1.
    public var typeF1: PrecisionRecall { .init(correctSystem: typeCorrect, system: system, correctGold: typeCorrect, gold: gold) }
    /// Value attribute P/R/F1 (TempEval-3 "value F1").
    public var valueF1: PrecisionRecall { .init(correctSystem: valueCorrect, system: system, correctGold: valueCorrect, gold: gold) }
    /// Share of relaxed matches with the right type.
    public var typeAccuracy: Double { relaxedMatches == 0 ? 0 : Double(typeCorrect) / Double(relaxedMatches) }
    /// Share of relaxed matches with the right value.
    public var valueAccuracy: Double { relaxedMatches == 0 ? 0 : Double(valueCorrect) / Double(relaxedMatches) }
}

/// Scores the TIMEX3 tagger against hand-annotated gold documents (TempEval-3 measures).
public struct TimexScorer: Sendable {
    /// The segmenter used before tagging.
    public var segmenter: TextSegmenter
    /// The tagger under test.
    public var tagger: TemporalTagger

    /// Creates a scorer.
    public init(segmenter: TextSegmenter = TextSegmenter(), tagger: TemporalTagger = TemporalTagger()) {
        self.segmenter = segmenter
        self.tagger = tagger
    }

    /// Tags every gold document and scores the output.
    /// - Parameter gold: gold documents (see `GoldDocument.readJSONL`).
    /// - Returns: the accumulated counts and mismatches.
    public func evaluate(_ gold: [GoldDocument]) -> TimexEvaluation {
        var total = TimexEvaluation(documents: 0, gold: 0, system: 0, strictMatches: 0, relaxedMatches: 0,
                                    typeCorrect: 0, valueCorrect: 0, mismatches: [])
        for document in gold {
            let annotation = tagger.tag(segmenter.segment(document.document))
            score(gold: document, system: annotation.timexes, into: &total)
        }
        return total
    }

    /// Adds the comparison of one document's system output with its gold to `total`.
    public func score(gold document: GoldDocument, system: [Timex], into total: inout TimexEvaluation) {
        let text = ScalarText(document.text)
        let gold = document.timex.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        total.documents += 1
        total.gold += gold.count
        total.system += system.count
        func show(_ g: GoldTimex) -> String { "\(text[g.span])|\(g.type)|\(g.value)" }
        func show(_ s: Timex) -> String { "\(s.text)|\(s.type.rawValue)|\(s.value)" }
        // One-to-one relaxed alignment, largest overlap first, ties by position.
        var pairs: [(overlap: Int, g: Int, s: Int)] = []
        for (gi, g) in gold.enumerated() {
            for (si, s) in system.enumerated() where g.span.overlaps(s.span) {
                pairs.append((min(g.end, s.end) - max(g.start, s.start), gi, si))
            }
        }
        pairs.sort { ($1.overlap, $0.g, $0.s) < ($0.overlap, $1.g, $1.s) }
        var goldMatch = [Int?](repeating: nil, count: gold.count)
        var systemMatched = [Bool](repeating: false, count: system.count)
        for pair in pairs where goldMatch[pair.g] == nil && !systemMatched[pair.s] {
            goldMatch[pair.g] = pair.s
            systemMatched[pair.s] = true
        }
        for (gi, g) in gold.enumerated() {
            guard let si = goldMatch[gi] else {
                total.mismatches.append(TimexMismatch(kind: "missed", document: document.id, gold: show(g), system: nil))
                continue
            }
            let s = system[si]
            total.relaxedMatches += 1
            if s.start == g.start && s.end == g.end { total.strictMatches += 1 } else {
                total.mismatches.append(TimexMismatch(kind: "span", document: document.id, gold: show(g), system: show(s)))
            }
            if s.type.rawValue == g.type { total.typeCorrect += 1 } else {
                total.mismatches.append(TimexMismatch(kind: "type", document: document.id, gold: show(g), system: show(s)))
            }
            if s.value == g.value { total.valueCorrect += 1 } else {
                total.mismatches.append(TimexMismatch(kind: "value", document: document.id, gold: show(g), system: show(s)))
            }
        }
        for (si, s) in system.enumerated() where !systemMatched[si] {
            total.mismatches.append(TimexMismatch(kind: "spurious", document: document.id, gold: nil, system: show(s)))
        }
    }
}
