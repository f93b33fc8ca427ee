import Testing

@testable import ArticleText

/// Paths in messages show their control characters as Swift escapes, never raw.
struct ShownPathTests {
    @Test(arguments: [
        ("plain/name.txt", "plain/name.txt"),
        ("a\u{1B}[31mb.txt", "a\\u{1B}[31mb.txt"),
        ("two\nlines.jsonl", "two\\nlines.jsonl"),
        ("tab\there\r", "tab\\there\\r"),
        ("nul\u{0}", "nul\\0"),
        ("del\u{7F} c1\u{85}", "del\\u{7F} c1\\u{85}"),
        ("rtl\u{202E}txt.exe", "rtl\\u{202E}txt.exe"),
        ("café back\\slash ünï", "café back\\slash ünï"),
    ])
    func controlCharactersAreEscaped(raw: String, shown: String) {
        #expect(raw.escapingControlCharacters == shown)
        #expect("\(path: raw): no such file" == shown + ": no such file")
    }

    @Test func errorMessagesShowTheEscapedPath() {
        let error = ArticleTextError.fileNotFound(path: "in\u{1B}]0;owned\u{7}.txt")
        #expect(error.errorDescription == "in\\u{1B}]0;owned\\u{7}.txt: no such file or directory")
        let record = ArticleTextError.badRecord(path: "a\nb.jsonl", line: 3, reason: "missing \"text\"")
        #expect(record.errorDescription == "a\\nb.jsonl:3: bad JSONL record: missing \"text\"")
    }
}
