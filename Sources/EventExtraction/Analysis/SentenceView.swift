import ActorLexicon
import ArticleText
import TemporalExpressions

/// One actor mention located on a sentence's tokens.
struct LocatedMention: Hashable, Sendable {
    /// The mention.
    var mention: ActorMention
    /// Index of its first token in the sentence view.
    var first: Int
    /// Index of its last token in the sentence view.
    var last: Int
}

/// One time expression located on a sentence's tokens.
struct LocatedTimex: Hashable, Sendable {
    /// The TIMEX3 annotation.
    var timex: Timex
    /// Index of its first token.
    var first: Int
    /// Index of its last token.
    var last: Int
}

/// A sentence prepared for the clause analysis: its tokens, lower-cased words, and the actor mentions and time
/// expressions mapped onto token positions.
struct SentenceView: Sendable {
    /// The sentence.
    let sentence: Sentence
    /// Its tokens.
    let tokens: [Token]
    /// The tokens lower-cased, with the curly apostrophe folded ("n’t" → "n't").
    let words: [String]
    /// Mentions in text order (overlaps resolved to the longest).
    let mentions: [LocatedMention]
    /// Token → index into `mentions`.
    let mentionAt: [Int?]
    /// Time expressions in text order.
    let timexes: [LocatedTimex]
    /// Token → index into `timexes`.
    let timexAt: [Int?]

    /// Builds the view of `sentence` from its tokens and the document's mentions and timexes that fall inside it.
    init(sentence: Sentence, tokens: [Token], mentions: [ActorMention], timexes: [Timex]) {
        self.sentence = sentence
        self.tokens = tokens
        self.words = tokens.map { token in
            let lower = token.text.lowercased()
            return lower.unicodeScalars.contains("\u{2019}") ? lower.replacingOccurrences(of: "’", with: "'") : lower
        }
        func tokenRange(_ span: TextSpan) -> (Int, Int)? {
            guard let first = tokens.firstIndex(where: { $0.span.end > span.start }),
                  let last = tokens.lastIndex(where: { $0.span.start < span.end }), first <= last
            else { return nil }
            return (first, last)
        }
        var located: [LocatedMention] = []
        var mentionAt = [Int?](repeating: nil, count: tokens.count)
        let ordered = mentions.sorted { ($0.end - $0.start, -$0.start) > ($1.end - $1.start, -$1.start) }
        for mention in ordered {
            guard let (first, last) = tokenRange(mention.span), (first...last).allSatisfy({ mentionAt[$0] == nil })
            else { continue }
            located.append(LocatedMention(mention: mention, first: first, last: last))
            for k in first...last { mentionAt[k] = -1 }
        }
        located.sort { $0.first < $1.first }
        for (number, item) in located.enumerated() {
            for k in item.first...item.last { mentionAt[k] = number }
        }
        self.mentions = located
        self.mentionAt = mentionAt
        var locatedTimexes: [LocatedTimex] = []
        var timexAt = [Int?](repeating: nil, count: tokens.count)
        for timex in timexes.sorted(by: { $0.start < $1.start }) {
            guard let (first, last) = tokenRange(timex.span) else { continue }
            for k in first...last { timexAt[k] = locatedTimexes.count }
            locatedTimexes.append(LocatedTimex(timex: timex, first: first, last: last))
        }
        self.timexes = locatedTimexes
        self.timexAt = timexAt
    }

    /// Number of tokens.
    var count: Int { tokens.count }

    /// The word at `index`, or the empty string outside the sentence.
    func word(_ index: Int) -> String { index >= 0 && index < words.count ? words[index] : "" }

    /// The mention whose last token is `index`, if any.
    func mentionEnding(at index: Int) -> Int? {
        guard index >= 0, index < count, let number = mentionAt[index] ?? nil, mentions[number].last == index else { return nil }
        return number
    }

    /// The mention starting at `index` or right after a "the" there, if any.
    func mentionStarting(afterArticleAt index: Int) -> Int? {
        if word(index) == "the" { return mentionStarting(at: index + 1) }
        return mentionStarting(at: index)
    }

    /// The mention whose first token is `index`, if any.
    func mentionStarting(at index: Int) -> Int? {
        guard index >= 0, index < count, let number = mentionAt[index] ?? nil, mentions[number].first == index
        else { return nil }
        return number
    }
}
