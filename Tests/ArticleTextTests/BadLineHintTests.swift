import Foundation
import Testing

@testable import ArticleText

/// With `--skip-bad-files` alone, a malformed JSONL line stopped the run with no word of `--skip-bad-lines`.
struct BadLineHintTests {
    func file(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-hint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("news.jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aBadLineWithOnlySkipBadFilesNamesSkipBadLines() throws {
        let path = try file("{\"id\": \"a\", \"text\": \"Russia attacked Ukraine.\"}\n{\"id\": \"b\", \"text\": 3}\n")
        let problem = ArticleTextError.badRecord(path: path, line: 2, reason: "\"text\" must be a text, not the number 3")
        #expect(throws: ArticleTextError.lineNotSkipped(problem)) {
            try DocumentStream(paths: [path], reader: DocumentReader(skipBadFiles: true)).next(maximum: 10)
        }
        #expect(ArticleTextError.lineNotSkipped(problem).errorDescription
            == "\(path):2: bad JSONL record: \"text\" must be a text, not the number 3; --skip-bad-files skips whole files, not lines: "
            + "add --skip-bad-lines to skip bad lines like this one")
        // Without --skip-bad-files the error is as before; with --skip-bad-lines the line is skipped.
        #expect(throws: problem) { try DocumentStream(paths: [path]).next(maximum: 10) }
        let stream = DocumentStream(paths: [path], reader: DocumentReader(skipBadLines: true, skipBadFiles: true))
        #expect(try stream.next(maximum: 10).map(\.id.rawValue) == ["a"])
    }

    @Test func aBadDateLineWithOnlySkipBadFilesNamesSkipBadLinesToo() throws {
        let path = try file("{\"id\": \"a\", \"text\": \"Russia attacked Ukraine.\", \"published\": \"2025-13-01\"}\n")
        #expect(throws: ArticleTextError.lineNotSkipped(.badDate(path: path, line: 1, value: "2025-13-01"))) {
            try DocumentReader(skipBadFiles: true).read(paths: [path])
        }
    }
}
