extension ParseScores: Codable {
    private enum CodingKeys: String, CodingKey {
        case words, sentences, uposScored, uposCorrect, xposScored, xposCorrect, lemmaScored, lemmaCorrect
        case headCorrect, labelledCorrect, labels, notes
    }

    /// Writes the counts; a field the gold does not give on any word (`xposScored` 0) has no `…Correct` count,
    /// so that it cannot be read as an accuracy of 0, and `notes` says which fields were not (fully) scored.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(words, forKey: .words)
        try container.encode(sentences, forKey: .sentences)
        for (scored, correct, scoredKey, correctKey) in [
            (uposScored, uposCorrect, CodingKeys.uposScored, CodingKeys.uposCorrect),
            (xposScored, xposCorrect, .xposScored, .xposCorrect), (lemmaScored, lemmaCorrect, .lemmaScored, .lemmaCorrect),
        ] {
            try container.encode(scored, forKey: scoredKey)
            if scored > 0 { try container.encode(correct, forKey: correctKey) }
        }
        try container.encode(headCorrect, forKey: .headCorrect)
        try container.encode(labelledCorrect, forKey: .labelledCorrect)
        try container.encode(labels, forKey: .labels)
        if !notes.isEmpty { try container.encode(notes, forKey: .notes) }
    }

    /// Reads what ``encode(to:)`` writes; a missing `…Correct` count is 0, and `notes` is derived, not read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        words = try container.decode(Int.self, forKey: .words)
        sentences = try container.decode(Int.self, forKey: .sentences)
        uposScored = try container.decode(Int.self, forKey: .uposScored)
        uposCorrect = try container.decodeIfPresent(Int.self, forKey: .uposCorrect) ?? 0
        xposScored = try container.decode(Int.self, forKey: .xposScored)
        xposCorrect = try container.decodeIfPresent(Int.self, forKey: .xposCorrect) ?? 0
        lemmaScored = try container.decode(Int.self, forKey: .lemmaScored)
        lemmaCorrect = try container.decodeIfPresent(Int.self, forKey: .lemmaCorrect) ?? 0
        headCorrect = try container.decode(Int.self, forKey: .headCorrect)
        labelledCorrect = try container.decode(Int.self, forKey: .labelledCorrect)
        labels = try container.decode([String: LabelScore].self, forKey: .labels)
    }
}
