import Foundation
import Testing

@testable import ArticleText

struct DocumentReaderTests {
    func temporaryFile(_ name: String, _ contents: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sg-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func frontMatterGivesIdentityAndDCT() throws {
        let path = try temporaryFile("a.txt", "---\nid: seed\npublished: 2026-02-20\ntitle: T\n---\nBody text.\n")
        let document = try #require(try DocumentReader().read(paths: [path]).first)
        #expect(document.id == "seed")
        #expect(document.published == CalendarDate(year: 2026, month: 2, day: 20))
        #expect(document.dctSource == .metadata)
        #expect(document.text == "Body text.")
        #expect(document.title == "T")
    }

    @Test func plainTextTakesItsNameAndTheFallbackDCT() throws {
        let path = try temporaryFile("story-1.txt", "Body text.")
        let fallback = CalendarDate(year: 2025, month: 1, day: 2)
        let document = try #require(try DocumentReader(fallbackDCT: fallback).read(paths: [path]).first)
        #expect(document.id == "story-1")
        #expect(document.published == fallback)
        #expect(document.dctSource == .option)
        let undated = try #require(try DocumentReader().read(paths: [path]).first)
        #expect(undated.published == nil)
        #expect(undated.dctSource == .none)
    }

    @Test func jsonlRecordsBecomeDocuments() throws {
        let path = try temporaryFile(
            "c.jsonl",
            #"{"id":"a","text":"One.","published":"2019-03-01"}"# + "\n\n" + #"{"id":"b","text":"Two.","title":"B"}"# + "\n")
        let documents = try DocumentReader().read(paths: [path])
        #expect(documents.map(\.id) == ["a", "b"])
        #expect(documents.map(\.published) == [CalendarDate(year: 2019, month: 3, day: 1), nil])
        #expect(documents[1].origin.hasSuffix("c.jsonl:3"))
    }

    @Test func badInputsNameTheFileLineAndProblem() throws {
        let badDate = try temporaryFile("d.jsonl", #"{"id":"a","text":"x","published":"2019-02-30"}"#)
        #expect(throws: ArticleTextError.badDate(path: badDate, line: 1, value: "2019-02-30")) {
            try DocumentReader().read(paths: [badDate])
        }
        let missing = try temporaryFile("e.jsonl", #"{"id":"a"}"# + "\n")
        #expect(throws: ArticleTextError.badRecord(path: missing, line: 1, reason: "missing \"text\"")) {
            try DocumentReader().read(paths: [missing])
        }
        let garbage = try temporaryFile("f.jsonl", "{not json\n")
        #expect(throws: ArticleTextError.badRecord(path: garbage, line: 1, reason: "not valid JSON: unexpected \"n\" at column 2 (text and keys go in double quotes)")) {
            try DocumentReader().read(paths: [garbage])
        }
        let unclosed = try temporaryFile("g.txt", "---\nid: x\nBody")
        #expect(throws: ArticleTextError.badFrontMatter(path: unclosed, line: 1, column: 1, reason: "opening --- has no closing --- line")) {
            try DocumentReader().read(paths: [unclosed])
        }
        #expect(throws: ArticleTextError.fileNotFound(path: "/nonexistent/x.txt")) {
            try DocumentReader().read(paths: ["/nonexistent/x.txt"])
        }
        let latin1 = FileManager.default.temporaryDirectory.appendingPathComponent("sg-latin1-\(UUID().uuidString).txt")
        try Data([0x43, 0x61, 0x66, 0xE9, 0xFF]).write(to: latin1)
        let replaced = try #require(try DocumentReader().read(paths: [latin1.path]).first)
        #expect(replaced.text == "Caf\u{FFFD}\u{FFFD}")
        #expect(replaced.inputFindings.map(\.code) == ["text.invalid-utf8"])
    }

    @Test func errorMessagesReadAsOneLine() {
        let message = ArticleTextError.badDate(path: "in.jsonl", line: 4, value: "2019-13-01").errorDescription
        #expect(message == "in.jsonl:4: published date \"2019-13-01\" is not a day of the calendar: there is no month 13 (months run 01–12)")
    }

    @Test(arguments: [
        ("2025-01-01T10:00:00Z", "2025-01-01"), ("2025-01-01T23:30:00.5-05:00", "2025-01-01"), ("2024-02-29", "2024-02-29"),
        ("2025-01-01T25:00:00Z", nil), ("2025-01-01 10:00", nil), ("2025-13-01T10:00:00Z", nil),
        // RFC 3339 allows lower-case t and z; an offset's hours stop at 23 and its minutes at 59.
        ("2025-01-01t10:00:00z", "2025-01-01"), ("2025-01-01T10:00:00.123+05:30", "2025-01-01"),
        ("2016-12-31T23:59:60Z", "2016-12-31"), ("2025-01-01T10:00:00-23:59", "2025-01-01"),
        ("2025-01-01T10:00:00+25:00", nil), ("2025-01-01T10:00:00+05:60", nil), ("2025-01-01T10:60:00Z", nil),
        ("2025-01-01T10:00:00", nil), ("2025-01-01T10:00:00.Z", nil), ("2025-01-01T10:00:00+0500", nil),
        ("2025-01-01T10:00Z", nil), ("2025-01-01X10:00:00Z", nil),
    ])
    func publishedTimestampsGiveTheirDayAsWritten(value: String, day: String?) {
        #expect(CalendarDate(published: value).map { String(format: "%04d-%02d-%02d", $0.year, $0.month, $0.day) } == day)
    }

    /// Timestamps in the shapes other tools write are told what is wrong (they all got the same generic message).
    @Test(arguments: [
        ("2025-01-01 10:00:00Z", "a space stands between the day and the time where RFC 3339 has a T; write 2025-01-01T10:00:00Z"),
        ("2025-01-01T10:00:00+0530", "its UTC offset +0530 has no colon (RFC 3339 writes +05:30); write 2025-01-01T10:00:00+05:30"),
        ("2025-01-01T10:00:00-05", "its UTC offset -05 has no minutes (RFC 3339 writes -05:00); write 2025-01-01T10:00:00-05:00"),
        ("2025-01-01T10:00:00+25:00", "its UTC offset +25:00 is out of range (-23:59 to +23:59)"),
        ("2025-01-01T10:00:00+05:60", "its UTC offset +05:60 is out of range (-23:59 to +23:59)"),
        ("2025-01-01T10:00:00", "it has no UTC offset (add Z for UTC or the publisher's offset, such as -05:00)"),
        ("2025-01-01 10:00", "a space stands between the day and the time where RFC 3339 has a T; the time has no seconds "
            + "(RFC 3339 needs HH:MM:SS); it has no UTC offset (add Z for UTC or the publisher's offset, such as -05:00)"),
        ("2025-01-01T25:00:00Z", "hour 25 is out of range (00–23)"),
        ("2025-01-01T10:00Z", "the time has no seconds (RFC 3339 needs HH:MM:SS); write 2025-01-01T10:00:00Z"),
        ("2025-01-01 10:00:00.25+0100", "a space stands between the day and the time where RFC 3339 has a T; its UTC offset "
            + "+0100 has no colon (RFC 3339 writes +01:00); write 2025-01-01T10:00:00.25+01:00"),
    ])
    func timestampProblemsAreNamed(value: String, problem: String) {
        #expect(CalendarDate(published: value) == nil)
        #expect(CalendarDate.publishedProblem(value) == problem)
        #expect(ArticleTextError.dateProblem(value) == "published date \"\(value)\" is not a valid RFC 3339 timestamp: \(problem)")
    }

    /// A value that is no timestamp at all, or whose day is wrong, keeps the message that says what a date looks like.
    @Test(arguments: ["2025-13-01T10:00:00Z", "yesterday", "2025-01-01X10:00:00Z", "2025-01-01T10:00:00.Z", "2025-01-01T10:00:00+05:30abc", "2025-01-01"])
    func otherBadDatesKeepTheGeneralMessage(value: String) {
        #expect(CalendarDate.publishedProblem(value) == nil)
    }

    /// RSS's `pubDate` (RFC 822 as RFC 1123 writes it) is read, its day as written; one with a wrong weekday or a
    /// two-digit year is refused saying so (it got the message for a YYYY-MM-DD day).
    @Test(arguments: [
        ("Tue, 03 Jun 2025 09:00:00 GMT", "2025-06-03"), ("Wed, 01 Jan 2025 10:00:00 +0000", "2025-01-01"),
        ("Wed, 1 Jan 2025 23:30:00 -0500", "2025-01-01"), ("1 Jan 2025 10:00 EST", "2025-01-01"),
        ("tue, 03 jun 2025 09:00:00 gmt", "2025-06-03"), ("Sat, 29 Feb 2020 00:00:00 UT", "2020-02-29"),
        ("Tue, 03 Jun 2025 09:00:00", nil), ("Tue, 03 June 2025 09:00:00 GMT", nil), ("03/06/2025 09:00 GMT", nil),
    ])
    func rssPubDatesGiveTheirDayAsWritten(value: String, day: String?) {
        #expect(CalendarDate(published: value)?.description == day)
    }

    @Test(arguments: [
        ("Wed, 03 Jun 2025 09:00:00 GMT", "published date \"Wed, 03 Jun 2025 09:00:00 GMT\" is not a valid RSS pubDate (RFC 822): 2025-06-03 is a Tuesday, not a Wednesday"),
        ("Tue, 03 Jun 25 09:00:00 GMT", "published date \"Tue, 03 Jun 25 09:00:00 GMT\" is not a valid RSS pubDate (RFC 822): its year 25 is not written with four digits; write the year in full"),
        ("Sat, 29 Feb 2025 09:00:00 GMT", "published date \"Sat, 29 Feb 2025 09:00:00 GMT\" is not a valid RSS pubDate (RFC 822): 2025-02-29 does not exist: February 2025 has 28 days (2025 is not a leap year)"),
        ("2025-02-29", "published date \"2025-02-29\" is not a day of the calendar: 2025-02-29 does not exist: February 2025 has 28 days (2025 is not a leap year)"),
        ("2025-04-31T10:00:00Z", "published date \"2025-04-31T10:00:00Z\" is not a day of the calendar: 2025-04-31 does not exist: April 2025 has 30 days"),
        ("2025-00-10", "published date \"2025-00-10\" is not a day of the calendar: there is no month 00 (months run 01–12)"),
        ("2025-01-00", "published date \"2025-01-00\" is not a day of the calendar: 2025-01-00 does not exist: days run from 01"),
        ("03.06.2025", "published date \"03.06.2025\" is not a date storygraph reads: write a YYYY-MM-DD day (0001-01-01 to 9999-12-31), an RFC 3339 timestamp (2025-06-03T09:00:00Z) or an RSS pubDate (Tue, 03 Jun 2025 09:00:00 GMT)"),
    ])
    func impossibleDaysAndBadPubDatesSayWhatIsWrong(value: String, message: String) {
        #expect(CalendarDate(published: value) == nil)
        #expect(ArticleTextError.dateProblem(value) == message)
    }

    /// A JSONL value of the wrong type says what it is and what the field must be ("has the wrong type" said neither).
    @Test(arguments: [
        (#"{"id": 5, "text": "Russia attacked Ukraine."}"#, #"x.jsonl:1: bad JSONL record: "id" must be a text, not the number 5: put it in quotes ("5")"#),
        (#"{"id": "a", "text": ["Russia"]}"#, #"x.jsonl:1: bad JSONL record: "text" must be a text, not a list"#),
        (#"{"id": "a", "text": "Russia attacked Ukraine.", "Date": true}"#,
         #"x.jsonl:1: bad JSONL record: "Date" (the publication date) must be a text, not true: a YYYY-MM-DD day, an RFC 3339 timestamp or an RSS pubDate, in quotes ("2025-06-03", "2025-06-03T09:00:00Z", "Tue, 03 Jun 2025 09:00:00 GMT")"#),
    ])
    func aValueOfTheWrongTypeSaysWhatIsExpected(line: String, message: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wrong-type-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("x.jsonl").path
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: ArticleTextError.self) { try DocumentReader().read(paths: [path]) }
        #expect(error.errorDescription == message.replacingOccurrences(of: "x.jsonl", with: path))
    }

    @Test(arguments: [("2026-12-30", 2026, 53), ("2027-01-06", 2027, 1), ("2025-06-15", 2025, 24)])
    func isoWeeksFollowISO8601(date: String, year: Int, week: Int) throws {
        let day = try #require(CalendarDate(iso: date))
        #expect(day.isoWeek == (year, week))
    }

    @Test func calendarDatesRejectImpossibleDays() {
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2025-02-29") == nil)
        #expect(CalendarDate(iso: "2025-2-3") == nil)
        #expect(CalendarDate(iso: "2025-06-15")?.isoWeekday == 7)
        #expect(CalendarDate(iso: "2026-12-30")?.adding(1, .weekOfYear).description == "2027-01-06")
    }
}

struct DocumentReaderCorpusTests {
    func directory(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sg-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (name, contents) in files {
            try contents.write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return root.path
    }

    @Test func directoriesSkipTheirOwnNotes() throws {
        let root = try directory(["README.md": "# About", "LICENSE.txt": "MIT", "a.txt": "One.", "b.md": "Two."])
        #expect(try DocumentReader().read(paths: [root]).map(\.id) == ["a", "b"])
    }

    @Test func exactDuplicatesAreSkippedWithAFinding() throws {
        let root = try directory(["a.txt": "---\nid: x\n---\nSame.", "b.jsonl": #"{"id":"x","text":"Same."}"#])
        var findings: [Finding] = []
        let documents = try DocumentReader().read(paths: [root], findings: &findings)
        #expect(documents.count == 1)
        #expect(findings.map(\.code) == ["document.duplicate"])
    }

    @Test func conflictingDuplicateIDsAreAnError() throws {
        let root = try directory(["a.txt": "---\nid: x\n---\nOne.", "b.txt": "---\nid: x\n---\nTwo."])
        #expect(throws: ArticleTextError.duplicateID(id: "x", first: root + "/a.txt", second: root + "/b.txt")) {
            try DocumentReader().read(paths: [root])
        }
    }

    /// An empty JSONL "published" was no date while an empty front matter `published:` was an error: now both
    /// are no date.
    @Test(arguments: ["published:", "published: \"\"", "published: ''", "published: ~", "published: null", "date: \"  \""])
    func anEmptyPublicationDateIsNoDateInFrontMatterAsInJSONL(line: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-empty-date-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = folder.appendingPathComponent("a.txt")
        try Data("---\nid: a\n\(line)\n---\nRussia attacked Ukraine.\n".utf8).write(to: text)
        let fromText = try DocumentReader().read(paths: [text.path])
        #expect(fromText.map(\.id) == ["a"])
        #expect(fromText.first?.published == nil)
        let lines = folder.appendingPathComponent("b.jsonl")
        try Data("{\"id\": \"b\", \"text\": \"Russia attacked Ukraine.\", \"published\": \"\"}\n{\"id\": \"c\", \"text\": \"Iran met Iraq.\", \"published\": null}\n".utf8).write(to: lines)
        let fromLines = try DocumentReader().read(paths: [lines.path])
        #expect(fromLines.map(\.published) == [nil, nil])
        // With a date under another of its names beside it, the empty one is not a second publication date.
        try Data("---\n\(line)\npubDate: 2025-03-01\n---\nRussia attacked Ukraine.\n".utf8).write(to: text)
        #expect(try DocumentReader().read(paths: [text.path]).first?.published == CalendarDate(iso: "2025-03-01"))
    }

    @Test func aFrontMatterTimestampWithAnImpossibleOffsetIsAnErrorAtItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-offset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = folder.appendingPathComponent("a.txt")
        try Data("---\npublished: 2025-01-01T10:00:00+25:00\n---\nRussia attacked Ukraine.\n".utf8).write(to: text)
        #expect(throws: ArticleTextError.badFrontMatter(
            path: text.path, line: 2, column: 12, reason: ArticleTextError.dateProblem("2025-01-01T10:00:00+25:00"))) {
            try DocumentReader().read(paths: [text.path])
        }
        try Data("---\npublished: 2025-01-01t10:00:00z\n---\nRussia attacked Ukraine.\n".utf8).write(to: text)
        #expect(try DocumentReader().read(paths: [text.path]).first?.published == CalendarDate(iso: "2025-01-01"))
    }
}
