import Testing

@testable import ArticleText

struct TokenizerTests {
    func tokens(_ text: String) -> [String] {
        let scalars = ScalarText(text)
        return Tokenizer().tokens(in: scalars, span: scalars.fullSpan, sentence: 0).map(\.text)
    }

    @Test(arguments: [
        ("North Korea’s economy", ["North", "Korea", "’s", "economy"]),
        ("Pyongyang's envoy", ["Pyongyang", "'s", "envoy"]),
        ("the Workers’ Party", ["the", "Workers", "’", "Party"]),
        ("then-U.S. President", ["then", "-", "U.S.", "President"]),
        ("inter-Korean long-range F-16", ["inter", "-", "Korean", "long-range", "F-16"]),
        ("reach the U.S", ["reach", "the", "U.S"]),
        ("Washington, D.C. on", ["Washington", ",", "D.C.", "on"]),
        ("5,000 delegates on 2026-02-20 at 10:30", ["5,000", "delegates", "on", "2026-02-20", "at", "10:30"]),
        ("the 1990s and the 19th", ["the", "1990s", "and", "the", "19th"]),
        ("don't pay $27.", ["don't", "pay", "$", "27", "."]),
        ("Feb. 20", ["Feb", ".", "20"]),
    ])
    func tokensFollowTreebankConventions(text: String, expected: [String]) {
        #expect(tokens(text) == expected)
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = ScalarText("“Kim” 🇰🇵 said")
        let said = Tokenizer().tokens(in: text, span: text.fullSpan, sentence: 0).last!
        #expect(said.text == "said")
        #expect(said.span == TextSpan(start: 9, end: 13))
    }
}
