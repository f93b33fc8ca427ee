import ArticleText

/// Splits a sentence into syntactic words the way the Universal Dependencies English treebanks (EWT, GUM) do,
/// so that the tagger and parser see the words they were trained on.
///
/// - Punctuation is split off; runs stay whole ("...", "--", "?!").
/// - Clitics are words of their own: "don't" → "do" + "n't", "can't" → "ca" + "n't", "I'm" → "I" + "'m",
///   "'s", "'re", "'ve", "'ll", "'d", with `'` or `’`; "cannot" → "can" + "not", "gonna" → "gon" + "na";
///   a trailing apostrophe ("Workers'") is its own word.
/// - Hyphenated compounds are split ("long", "-", "range") except after a prefix ("non-avian", "e-mail",
///   "re-elected"), in telephone numbers and ISO dates.
/// - Kept whole: abbreviations ("U.S.", "Mr.", "Inc.", "a.m.", "No." before a number, initials "J."), numbers
///   ("5,000", "3.5", "10:30", "1990s", "19th"), web and e-mail addresses, "@handles" and "#hashtags".
/// - A sentence-final period is split off unless the word is a listed abbreviation or an initialism
///   ("in the U.S." ends with the word "U.S."), as in the treebanks.
/// - Currency symbols, "%", quotes and units written against a number ("430km") are split off.
///
/// Forms keep the text as written, and every word's span covers exactly its scalars in the document.
public struct UDTokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The syntactic words of one sentence.
    ///
    /// - Parameters:
    ///   - text: The document text.
    ///   - span: The sentence's scalar offsets in `text`; offsets outside the text are clamped.
    /// - Returns: The words in text order, each with its `form` and its `span` in `text`; no analysis yet.
    /// - Complexity: O(*n*) in the length of `span`.
    public func words(in text: ScalarText, span: TextSpan) -> [SyntaxWord] {
        wordSpans(in: text, span: span).map { SyntaxWord(form: text[$0], span: $0) }
    }

    /// The spans of the syntactic words of one sentence, without building their forms.
    ///
    /// - Parameters:
    ///   - text: The document text.
    ///   - span: The sentence's scalar offsets in `text`; offsets outside the text are clamped.
    /// - Returns: One span per word, in text order, none empty and none overlapping.
    /// - Complexity: O(*n*) in the length of `span`.
    public func wordSpans(in text: ScalarText, span: TextSpan) -> [TextSpan] {
        var scanner = TokenScanner(scalars: text.scalars, span: span)
        scanner.scan()
        return scanner.spans
    }
}
