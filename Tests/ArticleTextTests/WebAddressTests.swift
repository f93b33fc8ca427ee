import Foundation
import Testing

@testable import ArticleText

/// An article's `url` becomes a link in the diagrams and the report and a cell in the tables: only web
/// addresses are kept.
struct WebAddressTests {
    @Test(arguments: [
        ("javascript:alert(1)", "javascript", false), (" JaVa\tScript:alert(1)", "javascript", false),
        ("data:text/html,<script>x</script>", "data", false), ("file:///etc/passwd", "file", false),
        ("vbscript:msgbox", "vbscript", false), ("https://example.org/a", "https", true), ("HTTP://example.org", "http", true),
        ("www.example.org/a", nil, true), ("//example.org/a", nil, true), ("/news/a:b", nil, true), ("1abc:x", nil, true),
    ] as [(String, String?, Bool)])
    func theSchemeIsReadAsABrowserReadsIt(address: String, scheme: String?, kept: Bool) {
        #expect(WebAddress.scheme(of: address) == scheme)
        #expect(WebAddress.isKept(address) == kept)
        #expect(WebAddress.kept(address) == (kept ? address : nil))
    }

    @Test func aScriptAddressInFrontMatterOrJSONLIsLeftOutWithAWarning() throws {
        let text = "---\nurl: \"data:text/html,<b>x</b>\"\n---\nRussia attacked Ukraine."
        let plain = try DocumentReader().parse(data: Data(text.utf8), origin: "a.txt", defaultID: "a", forceJSONL: false)
        #expect(plain.map(\.url) == [nil])
        #expect(plain.flatMap(\.inputFindings).map(\.code) == ["document.url-scheme"])
        #expect(plain.flatMap(\.inputFindings).map(\.message) == [
            "a.txt: the url \"data:text/html,<b>x</b>\" is a data: address, not a web address (http or https); it is left out of every output",
        ])

        let line = #"{"id":"j","url":"javascript:alert(1)","text":"Russia attacked Ukraine."}"# + "\n"
        let records = try DocumentReader().parse(data: Data(line.utf8), origin: "f.jsonl", defaultID: "f", forceJSONL: true)
        #expect(records.map(\.url) == [nil])
        #expect(records.flatMap(\.inputFindings).map(\.document) == ["j"])

        let web = #"{"id":"w","url":"https://example.org/w","text":"Russia attacked Ukraine."}"# + "\n"
        let kept = try DocumentReader().parse(data: Data(web.utf8), origin: "f.jsonl", defaultID: "f", forceJSONL: true)
        #expect(kept.map(\.url) == ["https://example.org/w"])
        #expect(kept.flatMap(\.inputFindings).isEmpty)
    }
}
