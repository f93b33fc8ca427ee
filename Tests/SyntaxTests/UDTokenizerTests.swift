import ArticleText
import Testing

@testable import Syntax

/// Sentences as news articles write them, and the words UD English (EWT, GUM) makes of them.
struct UDTokenizerTests {
    /// The forms of `sentence` tokenized as a whole text.
    func forms(_ sentence: String) -> [String] {
        let text = ScalarText(sentence)
        return UDTokenizer().words(in: text, span: text.fullSpan).map(\.form)
    }

    @Test(arguments: [
        ("The talks ended.", ["The", "talks", "ended", "."]),
        ("They don't know.", ["They", "do", "n't", "know", "."]),
        ("I can't and I won't.", ["I", "ca", "n't", "and", "I", "wo", "n't", "."]),
        ("We cannot say, and I'm not sure.",
         ["We", "can", "not", "say", ",", "and", "I", "'m", "not", "sure", "."]),
        ("She's here; they're there; we've left; you'll see; he'd go.",
         ["She", "'s", "here", ";", "they", "'re", "there", ";", "we", "'ve", "left", ";", "you", "'ll", "see", ";",
          "he", "'d", "go", "."]),
        ("It’s the city’s plan, isn’t it?", ["It", "’s", "the", "city", "’s", "plan", ",", "is", "n’t", "it", "?"]),
        ("The Workers' Party met.", ["The", "Workers", "'", "Party", "met", "."]),
        ("I'm gonna win, I wanna win.", ["I", "'m", "gon", "na", "win", ",", "I", "wan", "na", "win", "."]),
        ("O'Reilly met L'Enfant at 8 o'clock.", ["O'Reilly", "met", "L'Enfant", "at", "8", "o'clock", "."]),
        ("A long-range missile hit a well-known site.",
         ["A", "long", "-", "range", "missile", "hit", "a", "well", "-", "known", "site", "."]),
        ("The non-profit group re-elected its co-founder by e-mail.",
         ["The", "non-profit", "group", "re-elected", "its", "co-founder", "by", "e-mail", "."]),
        ("The U.S. and the U.K. signed it.", ["The", "U.S.", "and", "the", "U.K.", "signed", "it", "."]),
        ("Troops stayed in the U.S.", ["Troops", "stayed", "in", "the", "U.S."]),
        ("Mr. Smith met Dr. Jones and Gen. Lee.", ["Mr.", "Smith", "met", "Dr.", "Jones", "and", "Gen.", "Lee", "."]),
        ("On Jan. 5 and Sept. 9 it rained.", ["On", "Jan.", "5", "and", "Sept.", "9", "it", "rained", "."]),
        ("Acme Inc. and Widget Corp. merged with Foo Ltd.",
         ["Acme", "Inc.", "and", "Widget", "Corp.", "merged", "with", "Foo", "Ltd."]),
        ("He arrived at 10:30 a.m. and left at 5 p.m.",
         ["He", "arrived", "at", "10:30", "a.m.", "and", "left", "at", "5", "p.m."]),
        ("J. R. Smith lives on Main St. near No. 10.",
         ["J.", "R.", "Smith", "lives", "on", "Main", "St.", "near", "No.", "10", "."]),
        ("The answer was no.", ["The", "answer", "was", "no", "."]),
        ("He has a Ph.D. from Oxford, i.e. a doctorate.",
         ["He", "has", "a", "Ph.D.", "from", "Oxford", ",", "i.e.", "a", "doctorate", "."]),
        ("Tickets cost $27, or €25, up 5%.",
         ["Tickets", "cost", "$", "27", ",", "or", "€", "25", ",", "up", "5", "%", "."]),
        ("About 5,000 people, 3.5 percent, marched.",
         ["About", "5,000", "people", ",", "3.5", "percent", ",", "marched", "."]),
        ("The 1990s and the 19th century differ.", ["The", "1990s", "and", "the", "19th", "century", "differ", "."]),
        ("The report is dated 2026-02-20.", ["The", "report", "is", "dated", "2026-02-20", "."]),
        ("Between 1990-1995 scores rose 3-5 points.",
         ["Between", "1990", "-", "1995", "scores", "rose", "3", "-", "5", "points", "."]),
        ("Call 555-1234 now.", ["Call", "555-1234", "now", "."]),
        ("See https://example.com/a-b?x=1.", ["See", "https://example.com/a-b?x=1", "."]),
        ("Visit www.example.org (or example.com).",
         ["Visit", "www.example.org", "(", "or", "example.com", ")", "."]),
        ("Write to jane.doe-smith@example.co.uk today.",
         ["Write", "to", "jane.doe-smith@example.co.uk", "today", "."]),
        ("Follow @storygraph and #Election2026 now.", ["Follow", "@storygraph", "and", "#Election2026", "now", "."]),
        ("Wait... what?!", ["Wait", "...", "what", "?!"]),
        ("It was -- as ever -- late.", ["It", "was", "--", "as", "ever", "--", "late", "."]),
        ("He said — quietly — no.", ["He", "said", "—", "quietly", "—", "no", "."]),
        ("“We will win,” he said.", ["“", "We", "will", "win", ",", "”", "he", "said", "."]),
        ("\"No,\" she said, 'never'.", ["\"", "No", ",", "\"", "she", "said", ",", "'", "never", "'", "."]),
        ("‘Fine’, he wrote.", ["‘", "Fine", "’", ",", "he", "wrote", "."]),
        ("Rates (see Fig. 2) rose [sic].", ["Rates", "(", "see", "Fig.", "2", ")", "rose", "[", "sic", "]", "."]),
        ("The mother-in-law's car.", ["The", "mother", "-", "in", "-", "law", "'s", "car", "."]),
        ("The run was 430km long and ended at 6:00am.",
         ["The", "run", "was", "430", "km", "long", "and", "ended", "at", "6:00", "am", "."]),
        ("It was 24°C and sunny :)", ["It", "was", "24", "°", "C", "and", "sunny", ":)"]),
        ("The F-16 and COVID-19 and/or flu.",
         ["The", "F", "-", "16", "and", "COVID", "-", "19", "and", "/", "or", "flu", "."]),
        ("Smith et al. (2010) agree, etc.", ["Smith", "et", "al.", "(", "2010", ")", "agree", ",", "etc."]),
        ("Plan B.", ["Plan", "B", "."]),
        ("He bought R&D shares, AT&T too.", ["He", "bought", "R&D", "shares", ",", "AT&T", "too", "."]),
        ("On 9/11 and 12/26/2004 it rained.", ["On", "9/11", "and", "12/26/2004", "it", "rained", "."]),
    ])
    func sentencesSplitIntoUDWords(sentence: String, expected: [String]) {
        #expect(forms(sentence) == expected)
    }

    @Test(arguments: [
        "They don't know the U.S. plan, Mr. Smith said.",
        "“It’s 5,000 people,” said Jane O'Reilly (jane@example.com) at 10:30 a.m. — wow!",
        "Visit https://example.com/x_(y) or call 555-1234... ok?!",
        "The non-profit's long-range plan: $27 for 5% :-)",
    ])
    func spansCoverExactlyTheirForms(sentence: String) {
        let text = ScalarText(sentence)
        let words = UDTokenizer().words(in: text, span: text.fullSpan)
        var previousEnd = 0
        var covered = 0
        for word in words {
            guard let span = word.span else {
                Issue.record("word \(word.form) has no span")
                continue
            }
            #expect(text[span] == word.form)
            #expect(!span.isEmpty)
            #expect(span.start >= previousEnd)
            previousEnd = span.end
            covered += span.length
        }
        let nonSpace = text.scalars.filter { !$0.properties.isWhitespace }.count
        #expect(covered == nonSpace)
    }

    @Test func offsetsCountScalarsAroundEmojiAndTypographicQuotes() throws {
        let document = "🇺🇸 Intro 👍🏽. “We’re here,” she said 👩‍👩‍👧. Next."
        let text = ScalarText(document)
        let scalars = Array(document.unicodeScalars)
        let start = try #require(scalars.firstIndex(of: "\u{201C}"))
        let end = try #require(scalars.lastIndex(of: "N"))
        let words = UDTokenizer().words(in: text, span: TextSpan(start: start, end: end))
        #expect(words.map(\.form) == ["“", "We", "’re", "here", ",", "”", "she", "said", "👩‍👩‍👧", "."])
        #expect(words.first?.span == TextSpan(start: start, end: start + 1))
        for word in words {
            let span = try #require(word.span)
            #expect(text[span] == word.form)
        }
        let intro = UDTokenizer().words(in: text, span: TextSpan(start: 0, end: start))
        #expect(intro.map(\.form) == ["🇺🇸", "Intro", "👍🏽", "."])
        #expect(intro.map(\.span) == [
            TextSpan(start: 0, end: 2), TextSpan(start: 3, end: 8), TextSpan(start: 9, end: 11),
            TextSpan(start: 11, end: 12),
        ])
    }

    @Test(arguments: ["", " ", "\n\t  \u{00A0}\u{2003}"])
    func blankSpansGiveNoWords(blank: String) {
        let text = ScalarText("Words " + blank + " more")
        let span = TextSpan(start: 5, end: 6 + blank.unicodeScalars.count)
        #expect(UDTokenizer().words(in: text, span: span).isEmpty)
    }

    @Test func spansBeyondTheTextAreClamped() {
        let text = ScalarText("Short.")
        #expect(UDTokenizer().words(in: text, span: TextSpan(start: 3, end: 99)).map(\.form) == ["rt", "."])
        #expect(UDTokenizer().words(in: text, span: TextSpan(start: 40, end: 99)).isEmpty)
    }

    @Test func wordsCarryNoAnalysisYet() {
        let text = ScalarText("Rain fell.")
        let word = UDTokenizer().words(in: text, span: text.fullSpan)[0]
        #expect(word.upos == "_" && word.head == -1 && word.deprel == "_")
    }
}
