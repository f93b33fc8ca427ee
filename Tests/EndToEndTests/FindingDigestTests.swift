import ArticleText
import Foundation
import Testing

@testable import storygraph

/// The account of findings printed on standard error after a run.
struct FindingDigestTests {
    func unreadKey(_ line: Int, severity: Finding.Severity = .warning) -> Finding {
        Finding(
            severity, code: "metadata.unread-date-key",
            message: "feed.jsonl:\(line): key \"updated\" looks like a date but is not read; the document has no publication date of its own",
            document: DocumentID(rawValue: "d\(line)"))
    }

    @Test func unreadDateKeysAreWarnedOneByOneUpToTenThenCounted() {
        var digest = FindingDigest()
        for line in 1...12 { digest.add([unreadKey(line)]) }
        digest.add([unreadKey(13, severity: .info)])  // the document's date came from another key: a note only
        let lines = digest.lines
        #expect(lines.count == 12)
        #expect(lines[0] == "warning: feed.jsonl:1: key \"updated\" looks like a date but is not read; the document has no publication date of its own")
        #expect(lines[9].hasPrefix("warning: feed.jsonl:10: key \"updated\""))
        #expect(lines[10] == "warning: 2 more keys that look like dates but are not read, in documents without a publication date (metadata.unread-date-key in the findings)")
        #expect(lines[11] == "findings: 13 metadata.unread-date-key")
    }

    @Test func oneMoreKeyIsCountedInTheSingular() {
        var digest = FindingDigest()
        for line in 1...11 { digest.add([unreadKey(line)]) }
        #expect(digest.lines[10] == "warning: 1 more key that looks like a date but is not read, in documents without a publication date (metadata.unread-date-key in the findings)")
    }
}
