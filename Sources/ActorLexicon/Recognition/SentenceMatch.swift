import ArticleText

/// A lexicon match inside one sentence, before coreference: token indices into `SegmentedDocument.tokens`.
struct SentenceMatch {
    enum Target {
        case entry(LexiconEntry)
        case agent(AgentNoun)
        case notActor
    }

    var target: Target
    /// Tokens of the name itself.
    var range: Range<Int>
    /// Whether a possessive "'s"/"’s" token follows and belongs to the mention.
    var possessive: Bool

    /// Tokens of the mention, possessive included.
    var fullRange: Range<Int> { range.lowerBound..<(range.upperBound + (possessive ? 1 : 0)) }

    var entry: LexiconEntry? {
        if case .entry(let entry) = target { entry } else { nil }
    }

    var agent: AgentNoun? {
        if case .agent(let agent) = target { agent } else { nil }
    }

    var isState: Bool { entry?.kind == .state }
    var isPerson: Bool { entry?.kind == .person }
}

/// What the planning step decided a sentence's matches mean.
enum PlannedMention {
    /// A lexicon actor named directly.
    case entry(LexiconEntry, Range<Int>)
    /// A state's sector group ("North Korean state media" → `PRK-MED`).
    case group(LexiconEntry, sector: String, Range<Int>)
    /// A demonym in a title, qualifying the person named at token `head`.
    case modifier(LexiconEntry, Range<Int>, head: Int)
    /// A bare sector noun to resolve against earlier mentions ("state media", "the ministry").
    case definite(noun: String, sector: String?, Range<Int>)

    var range: Range<Int> {
        switch self {
        case .entry(_, let r), .group(_, _, let r), .modifier(_, let r, _), .definite(_, _, let r): r
        }
    }
}

/// A title in front of a name the lexicon does not know ("Chinese Foreign Minister *Wang Yi*").
struct TitleContext {
    var country: String?
    var sector: String?
    var title: String
    /// Whether the title names a person's office ("minister", "general") rather than a kind of organisation
    /// ("airline", "agency").
    var isPerson: Bool
}
