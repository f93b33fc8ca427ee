extension TimexEvaluation {
    private enum CodingKeys: String, CodingKey {
        case documents, gold, system, strictMatches, relaxedMatches, typeCorrect, valueCorrect, mismatches
        case strict, relaxed, typeF1, valueF1, typeAccuracy, valueAccuracy
    }

    /// Decodes the counts and mismatches; the derived measures are recomputed.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        documents = try c.decode(Int.self, forKey: .documents)
        gold = try c.decode(Int.self, forKey: .gold)
        system = try c.decode(Int.self, forKey: .system)
        strictMatches = try c.decode(Int.self, forKey: .strictMatches)
        relaxedMatches = try c.decode(Int.self, forKey: .relaxedMatches)
        typeCorrect = try c.decode(Int.self, forKey: .typeCorrect)
        valueCorrect = try c.decode(Int.self, forKey: .valueCorrect)
        mismatches = try c.decodeIfPresent([TimexMismatch].self, forKey: .mismatches) ?? []
    }

    /// Encodes the counts, the mismatches and the derived P/R/F1 and accuracy figures.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(documents, forKey: .documents)
        try c.encode(gold, forKey: .gold)
        try c.encode(system, forKey: .system)
        try c.encode(strictMatches, forKey: .strictMatches)
        try c.encode(relaxedMatches, forKey: .relaxedMatches)
        try c.encode(typeCorrect, forKey: .typeCorrect)
        try c.encode(valueCorrect, forKey: .valueCorrect)
        try c.encode(mismatches, forKey: .mismatches)
        try c.encode(strict, forKey: .strict)
        try c.encode(relaxed, forKey: .relaxed)
        try c.encode(typeF1, forKey: .typeF1)
        try c.encode(valueF1, forKey: .valueF1)
        try c.encode(typeAccuracy, forKey: .typeAccuracy)
        try c.encode(valueAccuracy, forKey: .valueAccuracy)
    }
}
