import Foundation
import Testing

/// `ingest`, `query`, `series`, `build --db` and streaming `extract`, run as a user would.
@Suite struct StoreCommandTests {
    /// JSONL of `count` one-sentence articles: pairs of articles (other outlets) report the same sanction.
    static func corpus(_ count: Int) -> String {
        (0..<count).map { index in
            let day = index / 2 % 28 + 1
            let text = index % 2 == 0
                ? "The United States imposed new sanctions on Iran on March \(day), 2020, officials said."
                : "Washington sanctioned Tehran on March \(day), 2020, in a new round of measures."
            let record: [String: String] = [
                "id": "doc-\(index)", "published": String(format: "2020-03-%02d", min(day + 1, 28)),
                "url": "https://outlet\(index % 2).example/\(index)", "text": text,
            ]
            let data = (try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    @Test func ingestIsIncrementalAndQueriesCountArticles() throws {
        let folder = try CommandLine.temporaryDirectory()
        let db = folder.appendingPathComponent("corpus.sqlite").path
        let input = folder.appendingPathComponent("corpus.jsonl")
        try Self.corpus(4).write(to: input, atomically: true, encoding: .utf8)
        let first = try CommandLine.run(["ingest", input.path, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("4 documents: 4 added, 0 replaced, 0 unchanged"))
        // One row of each table in words: "4 evidence spans", never "4 evidences" or "1 timexe".
        #expect(first.stderr.contains(" now holds 4 documents, "), "\(first.stderr)")
        #expect(first.stderr.contains(", 4 events, 4 evidence spans, 2 event clusters, 4 cluster members, "), "\(first.stderr)")
        let listing = try CommandLine.run(["query", "--db", db, "--dyad", "usa,IRN", "--format", "json"])
        #expect(listing.status == 0, "\(listing.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: listing.stdout) as? [[String: Any]])
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0["articles"] as? Int == 2 && $0["sources"] as? Int == 2 && $0["type"] as? String == "COERCE" })
        #expect(listing.stderr.contains("4 events of 2 happenings"))
        let one = try CommandLine.run(["query", "--db", db, "--dyad", "usa,IRN", "--from", "2020-03-01", "--to", "2020-03-01"])
        #expect(one.stderr.contains("2 events of 1 happening "), "\(one.stderr)")

        let again = try CommandLine.run(["ingest", input.path, "--db", db])
        #expect(again.stderr.contains("4 documents: 0 added, 0 replaced, 4 unchanged; 0 events written"))
        #expect(try CommandLine.run(["query", "--db", db, "--dyad", "usa,IRN", "--format", "json"]).stdout == listing.stdout)

        let series = try CommandLine.run(["series", "--db", db, "--dyad", "USA,IRN", "--by", "day"])
        #expect(series.stdoutText == "period,clusters,mean_goldstein\r\n2020-03-01,1,-8\r\n2020-03-02,1,-8\r\n")
    }

    @Test func buildReadsTheStoreInsteadOfInputs() throws {
        let folder = try CommandLine.temporaryDirectory()
        let db = folder.appendingPathComponent("corpus.sqlite").path
        _ = try CommandLine.run(["ingest", "examples", "--db", db])
        let out = folder.appendingPathComponent("out").path
        let build = try CommandLine.run(["build", "--db", db, "--out", out, "--actor", "prk", "--type", "COOPERATE"])
        #expect(build.status == 0, "\(build.stderr)")
        let json = try Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("events.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let relations = try #require(object["relations"] as? [[String: Any]])
        #expect(relations.map { $0["id"] as? String } == ["PRK->CHN:COOPERATE", "PRK->RUS:COOPERATE"])
    }

    @Test func buildFromTheStoreWritesWhatBuildFromInputsWrites() throws {
        let folder = try CommandLine.temporaryDirectory()
        let db = folder.appendingPathComponent("corpus.sqlite").path
        _ = try CommandLine.run(["ingest", "examples", "--db", db])
        let fromInputs = folder.appendingPathComponent("inputs").path
        let fromStore = folder.appendingPathComponent("store").path
        #expect(try CommandLine.run(["build", "examples", "--out", fromInputs]).status == 0)
        #expect(try CommandLine.run(["build", "--db", db, "--out", fromStore]).status == 0)
        for file in ["events.json", "relations.dot", "timeline.dot", "graph.graphml", "graph.gexf"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: fromInputs).appendingPathComponent(file))
            let b = try Data(contentsOf: URL(fileURLWithPath: fromStore).appendingPathComponent(file))
            #expect(a == b, "\(file) differs")
        }
    }

    /// Five articles on Joe Biden: two of 2022 with events, three of 2010–2016 without any. In memory every
    /// article counts (the timeline's article count, the document list, the findings) and Biden's role is the
    /// one most articles' dates give (Vice President); the store gave 2 articles and "President" when it read
    /// only the documents of the selected events.
    static let bidenFeed = [
        #"{"id":"d1","published":"2022-03-01","title":"Sanctions","text":"Joe Biden imposed new sanctions on Russia on Monday."}"#,
        #"{"id":"d2","published":"2010-05-01","title":"Scranton","text":"Joe Biden grew up in Scranton, Pennsylvania."}"#,
        #"{"id":"d3","published":"2015-05-01","title":"Speech","text":"Joe Biden gave a speech about the economy in Delaware."}"#,
        #"{"id":"d4","published":"2022-03-02","title":"Talks","text":"Joe Biden met Olaf Scholz in Washington on Tuesday."}"#,
        #"{"id":"d5","published":"2016-06-01","title":"Memoir","text":"Joe Biden wrote a book about his family."}"#,
    ].joined(separator: "\n") + "\n"

    @Test func buildFromTheStoreWritesTheSameEventsAsBuildFromInputsOnManyDocuments() throws {
        let folder = try CommandLine.temporaryDirectory()
        let feed = folder.appendingPathComponent("biden.jsonl")
        try Data(Self.bidenFeed.utf8).write(to: feed)
        let db = folder.appendingPathComponent("corpus.sqlite").path
        let ingest = try CommandLine.run(["ingest", feed.path, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let fromInputs = folder.appendingPathComponent("inputs")
        let fromStore = folder.appendingPathComponent("store")
        let inputs = try CommandLine.run(["build", feed.path, "--out", fromInputs.path])
        let store = try CommandLine.run(["build", "--db", db, "--out", fromStore.path])
        #expect(inputs.status == 0 && store.status == 0, "\(inputs.stderr)\(store.stderr)")
        #expect(inputs.stderr.contains("storygraph build: 5 documents, "))
        #expect(store.stderr.contains("storygraph build: 5 documents, "))
        for file in ["events.json", "timeline.json", "events.csv", "relations.csv", "graph.graphml"] {
            let a = try Data(contentsOf: fromInputs.appendingPathComponent(file))
            let b = try Data(contentsOf: fromStore.appendingPathComponent(file))
            #expect(a == b, "\(file) differs")
        }
        let events = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: fromStore.appendingPathComponent("events.json"))) as? [String: Any])
        let documents = try #require(events["documents"] as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == ["d1", "d2", "d3", "d4", "d5"])
        let actors = try #require(events["actors"] as? [[String: Any]])
        #expect(actors.first { $0["id"] as? String == "joe-biden" }?["role"] as? String == "Vice President")
        let eventDocuments = try #require(events["events"] as? [[String: Any]])
            .compactMap { ($0["evidence"] as? [String: Any])?["document"] as? String }
        #expect(eventDocuments == ["d1", "d4"])
        let timeline = try String(contentsOf: fromStore.appendingPathComponent("timeline.json"), encoding: .utf8)
        #expect(timeline.contains("from 5 articles"))
    }

    @Test func extractStreamsStandardInputInOrder() throws {
        let result = try CommandLine.run(["extract", "-", "--batch-size", "2"], stdin: Self.corpus(5))
        #expect(result.status == 0, "\(result.stderr)")
        let ids = result.stdoutText.split(separator: "\n").compactMap { line -> String? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (object?["document"] as? [String: Any])?["id"] as? String
        }
        #expect(ids == ["doc-0", "doc-1", "doc-2", "doc-3", "doc-4"])
    }

    @Test(arguments: [["extract"], ["parse"], ["ingest", "--db", "x.sqlite"], ["build", "--out", "out"]])
    func aCommandThatReadsInputsNeedsOne(arguments: [String]) throws {
        let result = try CommandLine.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("give at least one input file, directory or '-'"))
    }

    @Test func aFileThatIsNotADatabaseIsNamed() throws {
        let folder = try CommandLine.temporaryDirectory()
        let path = folder.appendingPathComponent("notes.sqlite").path
        try String(repeating: "just some notes\n", count: 300).write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CommandLine.run(["query", "--db", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(path): not a Storygraph database or damaged"))
        let missing = try CommandLine.run(["series", "--db", folder.appendingPathComponent("none.sqlite").path, "--by", "month"])
        #expect(missing.status != 0 && missing.stderr.contains("none.sqlite: no such database"))
    }

    @Test func aKilledIngestResumesWithoutLoss() throws {
        let folder = try CommandLine.temporaryDirectory()
        let db = folder.appendingPathComponent("corpus.sqlite").path
        let input = folder.appendingPathComponent("corpus.jsonl")
        try Self.corpus(120).write(to: input, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = CommandLine.executable
        process.arguments = ["ingest", input.path, "--db", db, "--batch-size", "4", "--verbose"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = ""
        // Kill as soon as a progress line reports stored events: some batches are committed, others not.
        while seen.range(of: #" [1-9][0-9]* events stored"#, options: .regularExpression) == nil, process.isRunning {
            seen += String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let resumed = try CommandLine.run(["ingest", input.path, "--db", db])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("now holds 120 documents"))
        #expect(!resumed.stderr.contains(" 0 unchanged"))  // the batches committed before the kill were kept
        let listing = try CommandLine.run(["query", "--db", db, "--format", "csv"])
        #expect(listing.stderr.contains("120 events of 28 happenings"))  // March 1…28, each reported 4 times
    }

    @Test func aFailedFirstIngestLeavesNoDatabaseNorFolderAndAMissingFolderIsCreated() throws {
        let folder = try CommandLine.temporaryDirectory()
        let db = folder.appendingPathComponent("new/new.sqlite").path
        let failed = try CommandLine.run(["ingest", "no/such/input.jsonl", "--db", db])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("no/such/input.jsonl: no such file or directory"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)  // nor the folder "new"
        // Like --out, --db creates its missing folders (as the README says).
        let nested = folder.appendingPathComponent("nodir/deeper/x.sqlite").path
        let created = try CommandLine.run(["ingest", "examples", "--db", nested])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.contains("\(nested) now holds 1 document"))  // table rows: documents, events, …
        #expect(created.stderr.contains("storygraph ingest: 1 document: 1 added, 0 replaced, 0 unchanged; 16 events written"))
    }
}
