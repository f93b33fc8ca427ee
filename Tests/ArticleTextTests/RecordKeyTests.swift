import Foundation
import Testing

@testable import ArticleText

/// A JSONL record that gives a key twice (`"id"` twice) was read with one of the values, the other dropped
/// unsaid; repeats in another spelling (`"published"` and `"Date"`) were already refused.
struct RecordKeyTests {
    func parse(_ line: String, skipBadLines: Bool = false) throws -> [Document] {
        var findings: [Finding] = []
        return try DocumentReader(skipBadLines: skipBadLines).parse(
            data: Data((line + "\n").utf8), origin: "feed.jsonl", defaultID: "feed", forceJSONL: true, findings: &findings)
    }

    @Test func topLevelKeysAreListedInOrderWithRepeatsAndEscapesDecoded() {
        let line = #"{"id":"a","meta":{"id":"x","list":[{"id":1}]},"t\u0065xt":"b: \"c\"","id":"d"}"#
        #expect(JSONLines.topLevelKeys(of: Data(line.utf8)) == ["id", "meta", "text", "id"])
        #expect(JSONLines.topLevelKeys(of: Data("[1,2]".utf8)).isEmpty)
        #expect(JSONLines.topLevelKeys(of: Data(#"  {"a" : 1 , "b":{}}"#.utf8)) == ["a", "b"])
    }

    @Test(arguments: [
        (#"{"id":"a","id":"b","text":"Russia attacked Ukraine."}"#, #"the key "id" is given twice; keep one"#),
        (#"{"id":"a","published":"2022-02-24","text":"Russia attacked Ukraine.","published":"2021-01-01"}"#,
         #"the key "published" (the publication date) is given twice; keep one"#),
        (#"{"id":"a","text":"Russia attacked Ukraine.","text":"Iran condemned Israel."}"#, #"the key "text" is given twice; keep one"#),
        (#"{"id":"a","text":"Russia attacked Ukraine.","url":"https://a.example/1","u\u0072l":"https://b.example/2"}"#,
         #"the key "url" is given twice; keep one"#),
    ] as [(String, String)])
    func aKeyGivenTwiceIsRefusedNamingFileLineAndKey(line: String, reason: String) throws {
        #expect(throws: ArticleTextError.badRecord(path: "feed.jsonl", line: 1, reason: reason)) { try parse(line) }
        let error = ArticleTextError.badRecord(path: "feed.jsonl", line: 1, reason: reason)
        #expect(error.errorDescription == "feed.jsonl:1: bad JSONL record: " + reason)
        // With --skip-bad-lines the record is skipped with a warning, and the good one read.
        var findings: [Finding] = []
        let data = Data((#"{"id":"ok","text":"Iran condemned Israel."}"# + "\n" + line + "\n").utf8)
        let documents = try DocumentReader(skipBadLines: true).parse(
            data: data, origin: "feed.jsonl", defaultID: "feed", forceJSONL: true, findings: &findings)
        #expect(documents.map(\.id) == ["ok"])
        #expect(findings.map(\.message) == ["feed.jsonl:2: bad JSONL record: \(reason); line skipped"])
    }

    @Test func aRepeatedKeyThatIsNotReadOrANestedOneIsNoProblem() throws {
        let documents = try parse(#"{"id":"a","text":"Russia attacked Ukraine.","tag":"x","tag":"y","meta":{"id":"m"},"more":{"id":"n"}}"#)
        #expect(documents.map(\.id) == ["a"])
    }

    @Test func aCaseVariantRepeatIsStillRefusedAsBefore() {
        #expect(throws: ArticleTextError.badRecord(
            path: "feed.jsonl", line: 1, reason: #"the publication date is given twice ("Date" and "published"); keep one"#)
        ) {
            try parse(#"{"id":"a","published":"2022-02-24","Date":"2022-02-25","text":"Russia attacked Ukraine."}"#)
        }
    }
}
