/// One pattern of a CAMEO verb block: the words around the verb, and the code they select.
///
/// Written in the dictionary as `- WORDS * WORDS [code]`. Elements before the verb marker (`*`) are
/// ``before``, those after it ``after``; `{…}` and `(…)` groups are flattened into their words.
struct CAMEOVerbPattern: Hashable, Sendable {
    /// One position-taking element of a pattern.
    enum Element: Hashable, Sendable {
        /// `$`: the source actor.
        case source
        /// `+`: the target actor.
        case target
        /// `%`: a compound actor (source or target).
        case compound
        /// Literal alternatives, each a run of consecutive lower-case words (a word, a `_` phrase, or the
        /// members of an `&` synonym set with their plural/singular variants).
        case words([[String]])
    }

    /// The CAMEO code the pattern assigns (`"---"` for "no event").
    let code: String
    /// The pattern as written in the dictionary, for evidence.
    let text: String
    /// Elements before the verb, in order.
    let before: [Element]
    /// Elements after the verb, in order.
    let after: [Element]
}

/// One verb of a block: its own default code, if it has one, and the block it belongs to.
struct CAMEOVerbEntry: Hashable, Sendable {
    /// Index of the block in the dictionary.
    let block: Int
    /// The verb's own default code; nil to use the block's.
    let code: String?
}

/// A verb block: synonymous verbs sharing a default code and a set of patterns.
struct CAMEOVerbBlock: Hashable, Sendable {
    /// The block's name (its first verb, lower-cased).
    let name: String
    /// The default code of the block's verbs (`"---"` for "no event").
    let code: String
    /// The block's patterns in dictionary order.
    var patterns: [CAMEOVerbPattern]
}

/// A lemma and optional particle: the key of the verb index.
struct CAMEOVerbKey: Hashable, Sendable {
    let lemma: String
    let particle: String?
}
