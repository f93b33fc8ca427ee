import Foundation
import Testing

/// Bad input ends with a clear message naming the file and a non-zero exit.
struct InputErrorTests {
    @Test func missingFileIsNamed() throws {
        let result = try CommandLine.run(["extract", "no/such/article.txt"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no/such/article.txt: no such file or directory"))
        #expect(result.stdout.isEmpty)
    }

    @Test func badPublishedOptionIsAUsageError() throws {
        let result = try CommandLine.run(["extract", "examples", "--published", "2026-02-30"])
        #expect(result.status == 64)
        #expect(result.stderr.contains(
            "--published \"2026-02-30\" is not a day of the calendar: 2026-02-30 does not exist: February 2026 has 28 days\n"))
        // The forms front matter reads are read here too: an RFC 3339 timestamp, an RSS pubDate.
        for value in ["2026-02-20T10:00:00Z", "Fri, 20 Feb 2026 10:00:00 GMT"] {
            let read = try CommandLine.run(["extract", "-", "--published", value], stdin: "Russia attacked Ukraine on Monday.")
            #expect(read.status == 0, "\(read.stderr)")
            #expect(read.stdoutText.contains("\"published\":\"2026-02-20\""), "\(read.stdoutText)")
        }
    }

    @Test func badJSONLLineIsNamed() throws {
        let result = try CommandLine.run(["extract", "-"], stdin: "{\"id\":\"a\",\"text\":\"Hi.\"}\n{\"id\":\"b\"}\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains("-:2: bad JSONL record: missing \"text\""))
    }

    @Test func standardInputWithoutDCTSaysSo() throws {
        let result = try CommandLine.run(["extract", "-"], stdin: "Talks collapsed last year.")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["code"] as? String == "dct.missing" })
        let document = try #require(object["document"] as? [String: Any])
        #expect(document["id"] as? String == "stdin")
        #expect(document["published"] == nil)
    }
}
