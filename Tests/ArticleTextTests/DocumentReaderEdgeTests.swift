import Foundation
import Testing

@testable import ArticleText

/// Inputs a new user actually produced: impossible dates, wrong types, Windows line ends, look-alike files.
struct DocumentReaderEdgeTests {
    func file(_ name: String, _ data: Data) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sg-edge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    func file(_ name: String, _ text: String) throws -> String { try file(name, Data(text.utf8)) }

    @Test(arguments: ["2026-02-30", "2020-13-45", "2020-01-02T25:30:00-05:00", "'2026-02-29'"])
    func frontMatterDatesAreCheckedNotShifted(value: String) throws {
        let path = try file("a.txt", "---\npublished: \(value)\n---\nBody.")
        let expected = value.trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        let problem = ArticleTextError.badFrontMatter(
            path: path, line: 2, column: 12, reason: ArticleTextError.dateProblem(expected))
        #expect(throws: problem) { try DocumentReader().read(paths: [path]) }
        #expect(problem.isFileProblem)
        // With --skip-bad-files the file is skipped with a warning naming it, as other bad files are.
        var findings: [Finding] = []
        #expect(try DocumentReader(skipBadFiles: true).read(paths: [path], findings: &findings).isEmpty)
        // A timestamp whose hour is out of range is told so; a day that does not exist is named as such (it got
        // the general message).
        let reason = [
            "2026-02-30": "a day of the calendar: 2026-02-30 does not exist: February 2026 has 28 days",
            "2020-13-45": "a day of the calendar: there is no month 13 (months run 01–12)",
            "2026-02-29": "a day of the calendar: 2026-02-29 does not exist: February 2026 has 28 days (2026 is not a leap year)",
        ][expected] ?? "a valid RFC 3339 timestamp: hour 25 is out of range (00–23)"
        #expect(findings.map(\.message) == ["\(path):2:12: bad front matter: published date \"\(expected)\" is not "
            + "\(reason); skipped"])
    }

    @Test func anEndlessInputIsCutAtTheBoundWhetherFileOrStandardInput() throws {
        // The reading path standard input takes too (`build - < /dev/zero` once read forever).
        let reader = DocumentReader(maximumDocumentBytes: 1024)
        let zero = try #require(FileHandle(forReadingAtPath: "/dev/zero"))
        #expect(throws: ArticleTextError.notText(path: "-", reason: "it holds only NUL bytes")) {
            try reader.boundedData(zero, origin: "-", isJSONL: nil)
        }
        // A long input that starts like JSONL holds many documents and is read whole.
        let lines = String(repeating: "{\"id\":\"a\",\"text\":\"Body.\"}\n", count: 200)
        let path = try file("many", lines)
        let handle = try #require(FileHandle(forReadingAtPath: path))
        #expect(try reader.boundedData(handle, origin: path, isJSONL: nil).count == lines.utf8.count)
    }

    @Test(arguments: [
        ("{\n", "the line ends before the JSON is complete (a record spread over several lines? JSONL needs each record on one line)"),
        (#"{"id": "a", "text": "x", "meta": {"a": [1, 2}}"#, "unexpected \"}\" at column 45 (a value missing before it, or brackets that do not match?)"),
        (#"{id: "a", "text": "x"}"#, "unexpected \"i\" at column 2 (text and keys go in double quotes)"),
        (#"{"id": "a", "text": "x"} junk"#, "text after the end of the record at column 26 (one record a line)"),
        (#"{"id": "é", "text": "x" "y"}"#, "unexpected quote mark at column 25 (a comma or colon missing before it?)"),
        (#"{'id': 'a'}"#, "unexpected \"'\" at column 2 (JSON strings take double quotes)"),
        (#"{"id": "a", "text": "\q"}"#, "an unknown backslash escape at column 22 (write \\\\ for a backslash)"),
    ])
    func invalidJSONIsExplainedWithItsColumn(line: String, reason: String) throws {
        let path = try file("bad.jsonl", line + "\n")
        #expect(throws: ArticleTextError.badRecord(path: path, line: 1, reason: "not valid JSON: " + reason)) {
            try DocumentReader().read(paths: [path])
        }
    }

    @Test func anOverSizeRecordIsRefusedByItsByteCountBeforeParsing() throws {
        let reader = DocumentReader(maximumDocumentBytes: 1024)
        let long = String(repeating: "a", count: 70_000)
        let path = try file("big.jsonl", "{\"id\":\"big\",\"text\":\"\(long)\"}\n{\"id\":\"b\",\"text\":\"Body.\"}\n")
        let expected = ArticleTextError.tooLarge(
            path: "\(path):1",
            reason: "the record holds 70022 bytes of values, more than the 1024 bytes of text a document may have; not parsed (split it into articles)")
        #expect(throws: expected) { try reader.read(paths: [path]) }
        #expect(throws: expected) { try DocumentStream(paths: [path], reader: reader).next(maximum: 10) }
        // Skipped like a document found too long, or as a bad line; the next record is read.
        var findings: [Finding] = []
        let skipped = try DocumentReader(skipBadFiles: true, maximumDocumentBytes: 1024).read(paths: [path], findings: &findings)
        #expect(skipped.map(\.id.rawValue) == ["b"])
        #expect(findings.map(\.message) == [expected.errorDescription.map { $0 + "; skipped" }])
        let stream = DocumentStream(paths: [path], reader: DocumentReader(skipBadLines: true, maximumDocumentBytes: 1024))
        #expect(try stream.next(maximum: 10).map(\.id.rawValue) == ["b"])
        #expect(stream.findings.map(\.code) == ["jsonl.bad-line"])
        // Escapes count as the bytes they stand for: 70,000 bytes of "\n" escapes are 35,000 bytes of text,
        // parsed, then refused as a document (with its id) as before.
        let escaped = try file("escaped.jsonl", "{\"id\":\"e\",\"text\":\"x\(String(repeating: "\\n", count: 35_000))\"}\n")
        #expect(JSONLines.decodedLength(Data("{\"a\":\"\\u00e9\\n\"}".utf8)) == 12)
        #expect(throws: ArticleTextError.tooLarge(
            path: "\(escaped):1",
            reason: "document \"e\" has 35001 bytes of text, more than the 1024 a document may have (split it into articles)")) {
            try reader.read(paths: [escaped])
        }
    }

    @Test func aFeedTimestampGivesThePublishersDayUnshifted() throws {
        // 23:30 at UTC−5 is the next day in UTC; the publisher's day is the one written.
        let path = try file("a.txt", "---\npublished: 2020-01-02T23:30:00-05:00\n---\nBody.")
        let document = try #require(try DocumentReader().read(paths: [path]).first)
        #expect(document.published == CalendarDate(iso: "2020-01-02"))
    }

    static let colonProblem = "unexpected \":\" here: put a value that holds \": \" in quotes (title: \"Kim: a profile\"), "
        + "and start each key: value line at the beginning of the line"

    @Test(arguments: [
        ("id: {a: 1}", 2, 5, "id must be a single text value"),
        ("id: ~", 2, 5, "id must be a single text value"),
        ("title: [a, b]", 2, 8, "title must be a single text value"),
        ("published: 2026-02-20\ndate: 2026-02-21", 3, 1, "the publication date is given twice (published on line 2, date on line 3)"),
        ("Published: 2026-02-20\npublished: 2026-02-21", 3, 1, "the publication date is given twice (Published on line 2, published on line 3)"),
        ("Title: A\ntitle: B", 3, 1, "title is given twice (first on line 2)"),
        ("id: a\nid: b", 3, 1, "key id given twice (first on line 2)"),
        ("id: a\ntitle: T\n\"id\" : b", 4, 1, "key id given twice (first on line 2)"),
        ("id: ''", 2, 5, "id is empty"),
        ("- a\n- b", 2, 1, "expected key: value lines"),
        ("title: a: b", 2, 9, Self.colonProblem),
        ("id: x\n  bad: indent", 3, 6, Self.colonProblem),
        ("id: x\ntitle: \"unclosed", 3, 17, "the quote opened at line 3, column 8 is not closed"),
        ("title: @home", 2, 8, "a value cannot start with \"@\" in YAML: put the value in quotes"),
        ("title: *ref", 2, 8, "a value cannot start with \"*\" in YAML: put the value in quotes"),
        ("id: x\n\ttitle: y", 3, 1, "a tab indents this line: write each key: value line at the beginning of the line (spaces, not tabs)"),
        ("\tid: a", 2, 1, "a tab indents this line: write each key: value line at the beginning of the line (spaces, not tabs)"),
        ("title: \"bad \\q escape\"", 2, 13, "an unknown backslash escape in a double-quoted value: write \\\\ for a backslash, or use single quotes"),
        ("title: [a, b", 3, 1, "the list opened with \"[\" at line 2, column 8 is not closed: put a value that starts with \"[\" in quotes"),
        ("id: x\ntitle", 3, 1, "this line is not key: value (no \":\" after a key)"),
        ("title: \"a\" b", 2, 12, "unexpected text after the value: put the whole value in quotes (title: \"'A' and B\")"),
        ("title: a\n- b", 3, 1, "a \"- \" list item where a key: value line was expected"),
        // libyaml's "Maximum nesting level reached, set with yaml_set_max_nest_level()" named a C function.
        ("id: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000), 2, 6,
         "lists or mappings (\"[\", \"{\" or indented blocks) nested more deeply than YAML reading allows: put a value "
            + "that starts with \"[\" or \"{\" in quotes"),
    ])
    func frontMatterProblemsNameTheFilesLineAndColumnInOneLine(yaml: String, line: Int, column: Int, reason: String) throws {
        let path = try file("a.txt", "---\n\(yaml)\n---\nBody.")
        let expected = ArticleTextError.badFrontMatter(path: path, line: line, column: column, reason: reason)
        #expect(throws: expected) { try DocumentReader().read(paths: [path]) }
        #expect(expected.errorDescription == "\(path):\(line):\(column): bad front matter: \(reason)")
    }

    @Test func frontMatterKeysMatchInAnyCaseAndOtherKeysAreReported() throws {
        let path = try file("h.md", "---\nPublished: 2025-02-02\nTITLE: T\nAuthor: A. Writer\n---\nBody.")
        let document = try #require(try DocumentReader().read(paths: [path]).first)
        #expect(document.published?.description == "2025-02-02")
        #expect(document.title == "T")
        #expect(document.inputFindings.map(\.code) == ["front-matter.unknown-key"])
        #expect(document.inputFindings.first?.message
            == "\(path):4:1: front matter key \"Author\" is not read (read: id, published or date, title, url, in any case)")
    }

    @Test func otherToolsKeysAreReportedNotReadAndDateMeansPublished() throws {
        let path = try file("h.md", "---\ntitle: T\ndate: 2024-05-01\nauthor: A. Writer\ntags: [x, y]\n---\nBody.")
        let document = try #require(try DocumentReader().read(paths: [path]).first)
        #expect(document.published?.description == "2024-05-01")
        #expect(document.title == "T")
        #expect(document.inputFindings.compactMap { $0.message.split(separator: " ").first }
            == ["\(path):4:1:", "\(path):5:1:"])
    }

    @Test func windowsLineEndsAreRead() throws {
        let text = try file("w.txt", "---\r\nid: w\r\npublished: 2026-02-20\r\n---\r\nBody.\r\n")
        let document = try #require(try DocumentReader().read(paths: [text]).first)
        #expect(document.id == "w")
        #expect(document.published?.description == "2026-02-20")
        let jsonl = try file("w.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\r\n{\"id\":\"b\",\"text\":\"Two.\"}\r\n")
        #expect(try DocumentReader().read(paths: [jsonl]).map(\.id) == ["a", "b"])
    }

    @Test func jsonlProblemsNameTheirLine() throws {
        let empty = try file("e.jsonl", "\n\n")
        #expect(throws: ArticleTextError.noRecords(path: empty)) { try DocumentReader().read(paths: [empty]) }
        let array = try file("a.jsonl", "[{\"id\":\"a\",\"text\":\"One.\"}]\n")
        let arrayReason = "a JSON array, not an object: write one JSON object {…} per line (JSONL), not an array of them"
        #expect(throws: ArticleTextError.badRecord(path: array, line: 1, reason: arrayReason)) {
            try DocumentReader().read(paths: [array])
        }
        let spread = try file("s.jsonl", "[\n{\"id\":\"a\",\"text\":\"One.\"}\n]\n")
        #expect(throws: ArticleTextError.badRecord(path: spread, line: 1, reason: arrayReason)) {
            try DocumentReader().read(paths: [spread])
        }
        let number = try file("n.jsonl", "42\n")
        #expect(throws: ArticleTextError.badRecord(
            path: number, line: 1, reason: "expected a JSON object {…}: write one article object per line (JSONL)")) {
            try DocumentReader().read(paths: [number])
        }
        let emptyID = try file("i.jsonl", "{\"id\":\"\",\"text\":\"x\"}")
        #expect(throws: ArticleTextError.badRecord(path: emptyID, line: 1, reason: "\"id\" is empty")) {
            try DocumentReader().read(paths: [emptyID])
        }
        var bytes = Data("{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"".utf8)
        bytes += Data([0xFF, 0xFE]) + Data("\"}\n".utf8)
        let latin = try file("l.jsonl", bytes)
        let decoded = try DocumentReader().read(paths: [latin])
        #expect(decoded.map(\.text) == ["ok", "\u{FFFD}\u{FFFD}"])
        #expect(decoded[1].inputFindings.map(\.code) == ["text.invalid-utf8"])
    }

    @Test func sameFileNamesInTwoFoldersKeepApart() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sg-twins-\(UUID().uuidString)")
        for (folder, text) in [("a", "One."), ("b", "Two.")] {
            let directory = root.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: directory.appendingPathComponent("story.TXT"), atomically: true, encoding: .utf8)
        }
        var findings: [Finding] = []
        let documents = try DocumentReader().read(paths: [root.path], findings: &findings)
        #expect(documents.map(\.id.rawValue) == ["story", root.path + "/b/story"])
        // Not silently: a warning names both files and the id given.
        let warning = "\(root.path)/b/story.TXT: its file name \"story\" is already the id of \(root.path)/a/story.TXT, "
            + "another text; its id is \"\(root.path)/b/story\" (give each file an id in its front matter to choose ids)"
        #expect(findings.map(\.message) == [warning])
        #expect(findings.map(\.code) == ["document.id-from-path"])
        let stream = DocumentStream(paths: [root.path])
        #expect(try stream.next(maximum: 10).map(\.id.rawValue) == ["story", root.path + "/b/story"])
        #expect(stream.findings.map(\.message) == [warning])
        // An id written in the front matter that names another text stays an error naming both files.
        try "---\nid: story\n---\nThree.".write(to: root.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
        #expect(throws: ArticleTextError.duplicateID(id: "story", first: root.path + "/a/story.TXT", second: root.path + "/c.txt")) {
            try DocumentReader().read(paths: [root.path])
        }
    }

    @Test func aDocumentOverTheSizeLimitIsAnErrorOrSkippedWithBadFilesSkipped() throws {
        let path = try file("big.jsonl", """
            {"id":"small","text":"Russia attacked Ukraine."}
            {"id":"big","text":"\(String(repeating: "word ", count: 100))"}
            """)
        let reason = "document \"big\" has 500 bytes of text, more than the 200 a document may have (split it into articles)"
        #expect(throws: ArticleTextError.tooLarge(path: path + ":2", reason: reason)) {
            try DocumentReader(maximumDocumentBytes: 200).read(paths: [path])
        }
        var findings: [Finding] = []
        let documents = try DocumentReader(skipBadFiles: true, maximumDocumentBytes: 200).read(paths: [path], findings: &findings)
        #expect(documents.map(\.id) == ["small"])
        #expect(findings.map(\.code) == ["input.skipped"])
        #expect(findings.first?.message == "\(path):2: too large: \(reason); skipped")
    }

    /// An input longer than twice the document limit is read no further: `/dev/zero` stops at the limit as "not
    /// text" instead of filling memory; with bad files skipped, the stream goes on to the next input.
    /// `build` reads with `DocumentReader`, `ingest` with `DocumentStream`: the same text under the same id is
    /// one document for both (the first read, here the dated record), the repeat skipped with one warning, even
    /// when the repeat's metadata differs (the undated file the record came from).
    @Test func theStreamAndTheReaderKeepTheSameCopyOfARepeatedText() throws {
        let text = "Russia attacked Ukraine on Friday."
        let jsonl = try file("feed.jsonl", "{\"id\":\"story\",\"published\":\"2025-03-01\",\"text\":\"\(text)\"}\n")
        let folder = (try file("story.txt", text + "\n") as NSString).deletingLastPathComponent
        var findings: [Finding] = []
        let read = try DocumentReader().read(paths: [jsonl, folder], findings: &findings)
        let stream = DocumentStream(paths: [jsonl, folder])
        let streamed = try stream.next(maximum: 10) + stream.next(maximum: 10)
        for documents in [read, streamed] {
            #expect(documents.map(\.id) == ["story"])
            #expect(documents.map { $0.published?.description } == ["2025-03-01"])
        }
        let warning = "\(folder)/story.txt repeats document \"story\" of \(jsonl):1; skipped"
        #expect(findings.map(\.message) == [warning])
        #expect(stream.findings.map(\.message) == [warning])
        // A different text under a file-name id is still told apart by its path.
        let other = (try file("story.txt", "Another article.\n") as NSString).deletingLastPathComponent
        let both = DocumentStream(paths: [jsonl, other])
        #expect(try both.next(maximum: 10).map(\.id.rawValue) == ["story", other + "/story"])
    }

    /// JSONL recognised by its content ("news.json", a file with no extension, `<(cat news.jsonl)`) gives every
    /// record to the stream, as to the reader, not only the first.
    @Test func jsonlUnderAnotherNameStreamsEveryRecord() throws {
        let records = (1...3).map { "{\"id\":\"r\($0)\",\"text\":\"Russia attacked Ukraine on day \($0).\"}" }
        let file = try file("feed", records.joined(separator: "\n") + "\n")
        var findings: [Finding] = []
        #expect(try DocumentReader().read(paths: [file], findings: &findings).map(\.id.rawValue) == ["r1", "r2", "r3"])
        let stream = DocumentStream(paths: [file])
        #expect(try stream.next(maximum: 2).map(\.id.rawValue) == ["r1", "r2"])
        #expect(try stream.next(maximum: 2).map(\.id.rawValue) == ["r3"])
    }

    @Test func anEndlessOrHugeInputStopsAtTheLimitWithAnError() throws {
        let huge = try file("huge.txt", String(repeating: "Words and more words. ", count: 200))
        let small = try file("small.txt", "Russia attacked Ukraine.")
        let reason = "more than 2000 bytes, more than a document may have (1000 bytes of text); not read further (split it into articles)"
        var findings: [Finding] = []
        #expect(throws: ArticleTextError.tooLarge(path: huge, reason: reason)) {
            try DocumentReader(maximumDocumentBytes: 1_000).read(file: huge, findings: &findings)
        }
        #expect(throws: ArticleTextError.tooLarge(path: huge, reason: reason)) {
            try DocumentStream(paths: [small, huge], reader: DocumentReader(maximumDocumentBytes: 1_000)).next(maximum: 10)
        }
        let reader = DocumentReader(skipBadFiles: true, maximumDocumentBytes: 1_000)
        let stream = DocumentStream(paths: ["/dev/zero", huge, small], reader: reader)
        #expect(try stream.next(maximum: 10).map(\.id) == ["small"])
        #expect(stream.findings.map(\.message) == [
            "/dev/zero: not text: it holds only NUL bytes; skipped", "\(huge): too large: \(reason); skipped",
        ])
    }

    /// `--skip-bad-files`: a folder's binary file, broken link, link loop, bad front matter and empty file are
    /// skipped with one warning each naming the file and the problem; the good articles are read. Without it,
    /// the first bad file stops the whole folder.
    @Test func aFileNameThatIsNotUTF8IsNamedForWhatItIs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-latin1-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // "café.txt" in Latin-1: the byte 0xE9 alone is no UTF-8.
        let bytes = Array(folder.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let descriptor = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        var findings: [Finding] = []
        _ = try? DocumentReader(skipBadFiles: true).read(paths: [folder.path], findings: &findings)
        #expect(findings.map(\.message) == [
            "\(folder.path)/caf\u{FFFD}.txt: cannot be read: its name is not valid UTF-8 (rename it, for example with convmv -f latin1 -t utf8); skipped",
        ])
    }

    @Test func badFilesInAFolderStopTheRunOrAreSkippedOneWarningEach() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let write = { (name: String, text: String) in try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        try write("a.txt", "Russia attacked Ukraine.")
        try write("b.txt", "%PDF-1.7 binary")
        try write("c.md", "---\ntitle: [x\n---\nBody.")
        try write("d.txt", "  \n")
        try write("e.jsonl", "{\"id\":\"e\",\"text\":\"Iran protested.\"}\n")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("f.txt").path, withDestinationPath: "/nonexistent")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("g.txt").path, withDestinationPath: "g.txt")
        let path = folder.path
        #expect(throws: ArticleTextError.unreadable(path: path + "/f.txt", reason: "a broken symbolic link")) {
            try DocumentReader().read(paths: [path])
        }
        var findings: [Finding] = []
        let documents = try DocumentReader(skipBadFiles: true).read(paths: [path], findings: &findings)
        #expect(documents.map(\.id) == ["a", "e"])
        let expected = [
            "\(path)/f.txt: cannot be read: a broken symbolic link; skipped",
            "\(path)/g.txt: symbolic link loop (the link points back to itself); skipped",
            "\(path)/b.txt: not text: it is a PDF document; skipped",
            "\(path)/c.md:3:1: bad front matter: the list opened with \"[\" at line 2, column 8 is not closed: put a value that starts with \"[\" in quotes; skipped",
            "\(path)/d.txt: article text is empty; skipped",
        ]
        #expect(findings.map(\.message) == expected)
        #expect(findings.allSatisfy { $0.code == "input.skipped" && $0.severity == .warning })
        let stream = DocumentStream(paths: [path], reader: DocumentReader(skipBadFiles: true))
        #expect(try stream.next(maximum: 10).map(\.id) == ["a", "e"])
        #expect(stream.findings.map(\.message) == expected)
    }

    /// A JSONL line longer than the input limit stops the stream with its file and line.
    @Test func aJSONLLineOverTheLimitIsAnErrorNamingTheLine() throws {
        let path = try file("long.jsonl", """
            {"id":"a","text":"Short."}
            {"id":"b","text":"\(String(repeating: "x", count: 3_000))"}
            """)
        let stream = DocumentStream(paths: [path], reader: DocumentReader(maximumDocumentBytes: 1_000))
        #expect(throws: ArticleTextError.badRecord(
            path: path, line: 2, reason: "longer than 2000 bytes, more than a document may have; not read further")
        ) {
            _ = try stream.next(maximum: 10)
        }
    }

    @Test func offsetsIndexTheBodyAfterFrontMatterVerbatim() throws {
        let path = try file("c.txt", "---\r\nid: c\r\n---\r\n\r\nFirst line.\r\nSecond.\r\n\r\n")
        let document = try #require(try DocumentReader().read(paths: [path]).first)
        #expect(document.text == "\r\nFirst line.\r\nSecond.")
        #expect(document.text.unicodeScalars.count == 22)
    }

    @Test(arguments: ["0000-01-01", "+999-01-01", "１９９９-01-01", "-001-01-01"])
    func publicationDatesOutsideTheFourDigitYearsAreRefused(value: String) {
        #expect(CalendarDate(iso: value) == nil)
    }
}
