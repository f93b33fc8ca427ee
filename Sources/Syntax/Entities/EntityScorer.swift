/// Scores predicted entities against gold entities by exact span match, per type and overall (micro).
public struct EntityScorer: Sendable {
    /// Creates a scorer.
    public init() {}

    /// Scores sentence-aligned gold and predicted entities.
    /// - Parameters:
    ///   - gold: Gold entities per sentence.
    ///   - predicted: Predicted entities per sentence, in the same order; missing sentences count as predicting
    ///     nothing, extra ones as predicting against no gold.
    /// - Returns: Exact-match counts per type and overall. Duplicate spans count once.
    public func score(gold: [[EntitySpan]], predicted: [[EntitySpan]]) -> EntityScores {
        var byType: [EntitySpan.EntityType: EntityScores.Counts] = [:]
        for type in EntitySpan.EntityType.allCases { byType[type] = EntityScores.Counts() }
        for index in 0..<max(gold.count, predicted.count) {
            let goldSet = Set(index < gold.count ? gold[index] : [])
            let predictedSet = Set(index < predicted.count ? predicted[index] : [])
            for span in predictedSet {
                if goldSet.contains(span) {
                    byType[span.type, default: .init()].truePositives += 1
                } else {
                    byType[span.type, default: .init()].falsePositives += 1
                }
            }
            for span in goldSet where !predictedSet.contains(span) {
                byType[span.type, default: .init()].falseNegatives += 1
            }
        }
        var overall = EntityScores.Counts()
        for counts in byType.values {
            overall.truePositives += counts.truePositives
            overall.falsePositives += counts.falsePositives
            overall.falseNegatives += counts.falseNegatives
        }
        return EntityScores(byType: byType, overall: overall)
    }
}
