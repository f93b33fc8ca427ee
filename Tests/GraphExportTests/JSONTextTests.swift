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
