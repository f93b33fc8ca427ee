import Foundation
import Testing

@testable import ArticleText

/// Where and why JSON text does not parse: line and column in a file, column in a JSONL line.
struct JSONSyntaxProblemTests {
    static let fileCases: [(text: String, line: Int, column: Int, problem: String)] = [
        ("{\n  \"a\": [1, 2,, 3]\n}\n", 2, 14, "unexpected \",\" (a value missing before it?)"),
        // JSONSerialization fails after "tru" (byte 12, the line end); the column is that of its "t".
        ("{\n \"é\": tru\n}", 2, 7, "unexpected \"tru\" (true, false and null are written in full, in lower case)"),
        ("{\"a\": [nul]}", 1, 8, "unexpected \"nul\" (true, false and null are written in full, in lower case)"),
        ("{\"a\": falsy}", 1, 7, "unexpected \"falsy\" (text and keys go in double quotes)"),
        ("{\r\n  \"a\": 'x'\r\n}", 2, 8, "unexpected \"'\" (JSON strings take double quotes)"),
        ("{\"a\": 1}\n{\"b\": 2}\n", 2, 1, "text after the end of the JSON value (one object for the whole file)"),
        ("{\n  \"a\": [1,\n", 3, 1, "the file ends before the JSON is complete (a bracket, brace or quote not closed?)"),
        ("{\"a\": \"\\q\"}", 1, 8, "an unknown backslash escape (write \\\\ for a backslash)"),
        // Foundation accepts a trailing comma; JSON does not.
        ("{\n  \"a\": [1, 2],\n}\n", 2, 14, "a comma before the closing bracket (JSON allows no trailing comma; remove it)"),
        // A binary file read as JSON: the control character is named, never written raw.
        ("\u{7F}ELF\u{02}\u{01}", 1, 1, "unexpected U+007F (a control character: is this a text file?)"),
    ]

    @Test(arguments: fileCases)
    func aFileProblemHasItsLineAndColumn(text: String, line: Int, column: Int, problem: String) throws {
        let found = try #require(JSONSyntaxProblem(Data(text.utf8)))
        let place = found.inFile
        #expect(place.line == line && place.column == column, "\(place)")
        #expect(place.problem == problem)
    }

    @Test func validJSONHasNoProblem() {
        #expect(JSONSyntaxProblem(Data("{\"a\": [1, 2]}".utf8)) == nil)
    }

    @Test func aJSONLLineKeepsItsColumnMessages() {
        #expect(JSONLines.syntaxProblem(Data("{\"id\": \"é\", x}".utf8))
            == "not valid JSON: unexpected \"x\" at column 13 (text and keys go in double quotes)")
        #expect(JSONLines.syntaxProblem(Data("{\"id\": 1".utf8)).hasPrefix("not valid JSON: the line ends before the JSON is complete"))
        #expect(JSONLines.syntaxProblem(Data("{} x".utf8)) == "not valid JSON: text after the end of the record at column 4 (one record a line)")
    }

    @Test(arguments: [
        ("{\"id\":\"b\",\"text\":\"x\",}", 20),
        ("{\"id\":\"b\",\"a\":[1,2 , ] }", 19),
        ("{\"id\":\"b\",\"text\":\"x\"}", nil),
        ("{\"text\":\"a,}\\\",]\"}", nil),
        ("{\"a\":[1,2],\"b\":{}}", nil),
    ] as [(String, Int?)])
    func aTrailingCommaIsFoundOutsideStrings(text: String, offset: Int?) {
        #expect(JSONSyntaxProblem.trailingCommaOffset(in: Data(text.utf8)) == offset)
    }

    @Test func aJSONLLineWithATrailingCommaIsNotDecoded() throws {
        struct Record: Decodable { var id: String; var text: String }
        let line = Data("{\"id\":\"b\",\"text\":\"x\",}".utf8)
        #expect(throws: DecodingError.self) { try JSONLines.decode(Record.self, from: line, decoder: JSONDecoder()) }
        #expect(JSONLines.syntaxProblem(line)
            == "not valid JSON: a comma before the closing bracket at column 21 (JSON allows no trailing comma; remove it)")
        let good = try JSONLines.decode(Record.self, from: Data("{\"id\":\"b\",\"text\":\"x\"}".utf8), decoder: JSONDecoder())
        #expect(good.text == "x")
    }

    @Test(arguments: [
        (#"{"id": "a", "id": "b"}"#, "id"),
        (#"{"id": "a", "i\u0064": "b"}"#, "id"),
        (#"{"events": [{"type": "AID", "type": "ASSAULT"}]}"#, "type"),
        (#"{"events": [{"type": "AID"}, {"type": "ASSAULT"}], "type": "x"}"#, nil),
        (#"{"text": "\"id\": \"id\": no keys in a string", "id": "a"}"#, nil),
        (#"{"a": {"b": 1}, "b": 2, "c": [1, {"c": 3}]}"#, nil),
    ] as [(String, String?)])
    func aKeyRepeatedWithinOneObjectIsFoundAtAnyDepth(line: String, key: String?) {
        #expect(JSONLines.repeatedKey(in: Data(line.utf8)) == key)
    }
}
