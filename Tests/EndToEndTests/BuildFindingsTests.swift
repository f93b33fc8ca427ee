import Foundation
import Testing

/// `build` keeps every document's findings in events.json and sums them up on standard error; `extract`
/// and `build` both warn plainly about documents without a publication date.
@Suite(.serialized)
struct BuildFindingsTests {
    typealias JSONObject = [String: Any]

    func findings(inEventsJSONOf directory: URL) throws -> [JSONObject] {
        let data = try Data(contentsOf: directory.appendingPathComponent("events.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? JSONObject)
        return try #require(object["findings"] as? [JSONObject])
    }

    @Test func everyDocumentFindingOfExtractIsInEventsJSONWithItsDocument() throws {
        let extract = try CommandLine.run(["extract", "examples"])
        #expect(extract.status == 0, "\(extract.stderr)")
        var expected: [String] = []
        for line in extract.stdoutText.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? JSONObject)
            let document = try #require((object["document"] as? JSONObject)?["id"] as? String)
            for finding in try #require(object["findings"] as? [JSONObject]) {
                expected.append("\(document) \(finding["code"] as? String ?? "") \(finding["start"] as? Int ?? -1)")
            }
        }
        #expect(!expected.isEmpty, "the example article should give at least one finding")

        let directory = try CommandLine.temporaryDirectory()
        let build = try CommandLine.run(["build", "examples", "--out", directory.path])
        #expect(build.status == 0, "\(build.stderr)")
        let written = try findings(inEventsJSONOf: directory)
        #expect(written.allSatisfy { $0["document"] as? String == "korea-party-congress" })
        let documentFindings = written.filter { !(($0["code"] as? String) ?? "").hasPrefix("graph.") }
        let got = documentFindings.map {
            "\($0["document"] as? String ?? "") \($0["code"] as? String ?? "") \($0["start"] as? Int ?? -1)"
        }
        #expect(got.sorted() == expected.sorted())
        #expect(build.stderr.contains("\(expected.count) finding\(expected.count == 1 ? "" : "s") (listed in events.json)"))
        // the digest counts by code, most frequent first
        var counts: [String: Int] = [:]
        for entry in expected { counts[String(entry.split(separator: " ")[1]), default: 0] += 1 }
        let digest = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) \($0.key)" }
        #expect(build.stderr.contains("storygraph build: findings: " + digest.joined(separator: ", ")))
    }

    @Test func buildFromStandardInputWarnsAboutTheMissingDCTAndRecordsIt() throws {
        let directory = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(
            ["build", "-", "--out", directory.path],
            stdin: "North Korea rejected talks with the United States last year.")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(
            "storygraph build: warning: 1 document has no publication date (DCT): relative dates stay unresolved; "
                + "pass --published YYYY-MM-DD"))
        let missing = try findings(inEventsJSONOf: directory).filter { $0["code"] as? String == "dct.missing" }
        #expect(missing.count == 1)
        #expect(missing.first?["document"] as? String == "stdin")
    }

    @Test func buildWithPublishedHasNoDCTWarning() throws {
        let directory = try CommandLine.temporaryDirectory()
        let result = try CommandLine.run(
            ["build", "-", "--out", directory.path, "--published", "2026-02-20"],
            stdin: "North Korea rejected talks with the United States last year.")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("no publication date"))
        #expect(try findings(inEventsJSONOf: directory).allSatisfy { $0["code"] as? String != "dct.missing" })
    }

    @Test func extractWarnsOnStandardErrorAboutDocumentsWithoutDCT() throws {
        let input = "{\"id\":\"a\",\"text\":\"Talks collapsed last year.\"}\n"
            + "{\"id\":\"b\",\"text\":\"Talks resumed yesterday.\"}\n"
            + "{\"id\":\"c\",\"text\":\"Talks resumed yesterday.\",\"published\":\"2026-02-20\"}\n"
        let result = try CommandLine.run(["extract", "-"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(
            "storygraph extract: warning: 2 documents have no publication date (DCT): relative dates stay "
                + "unresolved; pass --published YYYY-MM-DD"))
        #expect(result.stderr.contains("2 dct.missing"))
        #expect(result.stdoutText.split(separator: "\n").count == 3)
    }
}
