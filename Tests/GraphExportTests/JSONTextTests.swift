import Foundation
import GraphExport
import Testing

/// Empty arrays and objects are written `[]` and `{}` in pretty JSON, whatever Foundation's printer does, and
/// nothing else changes.
struct JSONTextTests {
    struct Sample: Encodable {
        var items: [String] = []
        var table: [String: Int] = [:]
        var text = "[ \\n ] {\t}"
        var nested: [[Int]] = [[], [1]]
    }

    /// A C1 control an article brought in (CSI U+009B, NEL U+0085) is escaped in every JSON Storygraph writes, by
    /// the tidier and the sorted encoder alike, and so is DEL (written raw before); U+00A0 and other text stay as
    /// they are.
    @Test func c1ControlsInStringsAreEscaped() throws {
        let text = "a\u{9B}31m\u{85}\u{80}\u{9F}\u{A0}é\"\u{1B}\u{7F}"
        let expected = #"{"t":"a\u009b31m\u0085\u0080\u009f\#u{A0}é\"\u001b\u007f"}"#
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(String(decoding: try JSONText.encode(["t": text], with: encoder), as: UTF8.self) == expected)
        #expect(String(decoding: try SortedJSONEncoder().encode(["t": text]), as: UTF8.self) == expected)
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(expected.utf8))
        #expect(decoded["t"] == text)
    }

    @Test func emptyContainersAreWrittenOnOneLine() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let text = String(decoding: try JSONText.encode(Sample(), with: encoder), as: UTF8.self)
        #expect(text == """
            {
              "items" : [],
              "nested" : [
                [],
                [
                  1
                ]
              ],
              "table" : {},
              "text" : "[ \\\\n ] {\\t}"
            }
            """)
        #expect(String(decoding: try JSONText.encode([String](), with: encoder), as: UTF8.self) == "[]")
    }

    @Test(arguments: [
        ("[\n\n]", "[]"), ("{\n\n}", "{}"), ("[ ]", "[]"), ("[1, []]", "[1, []]"),
        (#"["[\n\n]", "\"[  ]"]"#, #"["[\n\n]", "\"[  ]"]"#), ("{\"a\" : [\n  \n], \"b\" : {\r\n}}", "{\"a\" : [], \"b\" : {}}"),
    ])
    func onlyWhiteSpaceBetweenBracketsOutsideStringsIsRemoved(input: String, expected: String) {
        #expect(String(decoding: JSONText.tidied(Data(input.utf8)), as: UTF8.self) == expected)
    }
}
