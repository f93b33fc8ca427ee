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
        #expect(result.stderr.contains("--published \"2026-02-30\" is not a valid YYYY-MM-DD date"))
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
