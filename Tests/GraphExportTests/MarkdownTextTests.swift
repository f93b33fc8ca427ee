import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GraphExport
import Testing

/// Markdown escaping is minimal: prose reads as written, and only what CommonMark/GFM would read as syntax at
/// that place is escaped.
struct MarkdownTextTests {
    @Test(arguments: [
        ("Kim (disapprove) said it on 2025-02-02.", MarkdownText.Context.inline, "Kim (disapprove) said it on 2025-02-02."),
        ("\"quoted\" 'single' #1 + 2 = 3! {x}", .inline, "\"quoted\" 'single' #1 + 2 = 3! {x}"),
        ("AT&T & Co; snake_case", .inline, "AT&T & Co; snake_case"),
        ("&amp; &#38; &#x26;", .inline, #"\&amp; \&#38; \&#x26;"#),
        ("<script>alert(1)</script>", .inline, #"\<script>alert(1)\</script>"#),
        ("[x](javascript:alert(1)) *b* _c_ `d` ~~e~~ \\N", .inline, #"\[x\](javascript:alert(1)) \*b\* \_c\_ \`d\` \~\~e\~\~ \\N"#),
        ("a | b\nc\td", .inline, "a | b c d"),
        ("a | b", .tableCell, #"a \| b"#),
        ("1. Not a list", .blockStart, #"1\. Not a list"#),
        ("2) Not either", .blockStart, #"2\) Not either"#),
        ("2025 was the year", .blockStart, "2025 was the year"),
        ("# not a heading", .blockStart, ##"\# not a heading"##),
        ("> not a quote", .blockStart, #"\> not a quote"#),
        ("- not an item", .blockStart, #"\- not an item"#),
        ("---", .blockStart, #"\---"#),
        ("    not code", .blockStart, "not code"),
        ("- inside a line", .inline, "- inside a line"),
        ("Briefing #", .heading, ##"Briefing \#"##),
        ("Issue #5", .heading, "Issue #5"),
    ])
    func onlyWhatWouldBeSyntaxIsEscaped(text: String, context: MarkdownText.Context, expected: String) {
        #expect(MarkdownText.escaped(text, in: context) == expected)
    }

    @Test func linkDestinationsCloseOnlyAtTheirOwnParenthesis() {
        #expect(MarkdownText.destination("https://example.org/a_(b)?x=1&amp;y=2&z|3")
            == #"https://example.org/a_%28b%29?x=1\&amp;y=2&z%7C3"#)
        #expect(MarkdownText.destination("javascript:alert(1)") == nil)
    }

    /// Rendered by GitHub's reference implementation (Debian's `cmark-gfm`, with raw HTML allowed), every
    /// hostile text reads back exactly as written, and no element comes from article text.
    static let cmarkGFM = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first(where: FileManager.default.isExecutableFile)

    @Test(.enabled(if: cmarkGFM != nil, "needs cmark-gfm (Debian cmark-gfm; make setup installs it as root)"))
    func cmarkGFMRendersTheHostileReportAsText() throws {
        let cmark = try #require(Self.cmarkGFM)
        let content = ReportContent(graph: ReportTests.graph, title: ReportTests.title, level: .country,
                                    notes: ["1. left out <nothing> & more"])
        let markdown = MarkdownReport(relationsImage: "r.svg", timelineImage: "t.svg").encode(content)
        #expect(!String(decoding: markdown, as: UTF8.self).contains(#"\("#))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cmark)
        process.arguments = ["--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-t", "xml"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(markdown)
        try input.fileHandleForWriting.close()
        let xml = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let document = try XMLDocument(data: xml)
        func nodes(_ name: String) throws -> [XMLNode] { try document.nodes(forXPath: "//*[local-name()='\(name)']") }
        // No HTML, emphasis, code or strikethrough came from the text; the only links are ours.
        for kind in ["html_inline", "html_block", "emph", "strong", "code", "strikethrough", "code_block"] {
            #expect(try nodes(kind).isEmpty, "\(kind)")
        }
        let destinations = try nodes("link").compactMap { ($0 as? XMLElement)?.attribute(forName: "destination")?.stringValue }
        #expect(destinations.isEmpty)  // the fixture's only url is javascript:, which stays text
        #expect(try nodes("image").count == 2)
        #expect(try nodes("heading").first?.stringValue == ReportTests.title)
        #expect(try nodes("block_quote").first?.stringValue == "1. left out <nothing> & more")
        let cells = try nodes("table_cell").map { $0.stringValue ?? "" }
        #expect(cells.contains(ReportTests.evidence.replacingOccurrences(of: "\\N", with: "\\N") + " — " + ReportTests.title))
        #expect(cells.contains("<i>Unknown</i> & Co"))
        #expect(cells.contains("since Jan 2025"))
        #expect(try nodes("list").count == 1)  // the sources; the note starting "1." is no list
        // Two tables of a header and two rows, six cells each: no cell split off, no row lost.
        #expect(try nodes("table_row").count == 4)
        #expect(try nodes("table_row").allSatisfy { ($0 as? XMLElement)?.children?.count == 6 || ($0 as? XMLElement)?.children?.count == 4 })
    }

    /// The Markdown report kept C1 controls (CSI U+009B runs escape sequences in a terminal; NEL U+0085 breaks
    /// lines in some readers) and dropped C0 ones silently: all become U+FFFD, as in CSV.
    @Test(arguments: [MarkdownText.Context.inline, .blockStart, .tableCell, .heading])
    func controlCharactersBecomeReplacementCharactersAsInCSV(context: MarkdownText.Context) {
        let text = "Kim\u{9B}31m said\u{85}no\u{1B}[2J\u{7F}\u{80}\u{9F} today"
        let escaped = MarkdownText.escaped(text, in: context)
        #expect(escaped == "Kim\u{FFFD}31m said\u{FFFD}no\u{FFFD}\\[2J\u{FFFD}\u{FFFD}\u{FFFD} today")
        #expect(escaped == MarkdownText.escaped(CSVTables.visible(text), in: context))
        #expect(!escaped.unicodeScalars.contains { (0x00...0x1F).contains($0.value) || (0x7F...0x9F).contains($0.value) })
    }
}
