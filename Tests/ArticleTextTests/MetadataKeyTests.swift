import Foundation
import Testing

@testable import ArticleText

/// Metadata keys as feeds and other tools write them: any case, `published_at`, `pubDate`; a date under a key
/// that is not read is reported, never lost in silence.
struct MetadataKeyTests {
    func file(_ name: String, _ text: String) throws -> String { try DocumentReaderEdgeTests().file(name, text) }

    @Test(arguments: ["published", "Published", "PUBLISHED", "date", "Date", "published_at", "publishedAt",
                      "publication_date", "datePublished", "pubDate", "Published-At"])
    func jsonlPublicationDateKeysMatchInAnyCaseAndSpelling(key: String) throws {
        let path = try file("a.jsonl", #"{"ID":"a","Text":"One.","\#(key)":"2019-03-01","Title":"T","URL":"u"}"# + "\n")
        let document = try #require(try DocumentReader().read(paths: [path]).first)
        #expect(document.id == "a")
        #expect(document.text == "One.")
        #expect(document.published == CalendarDate(year: 2019, month: 3, day: 1))
        #expect(document.dctSource == .metadata)
        #expect(document.title == "T")
        #expect(document.url == "u")
        #expect(document.inputFindings.isEmpty)
    }

    @Test func aJSONLDateUnderAKeyNotReadIsAWarningNamingTheLineAndKey() throws {
        let path = try file("feed.jsonl", #"{"id":"a","text":"One."}"# + "\n" + #"{"id":"b","text":"Two.","updated_at":"2019-03-01"}"# + "\n")
        let documents = try DocumentReader().read(paths: [path])
        #expect(documents.map(\.published) == [nil, nil])
        #expect(documents[0].inputFindings.isEmpty)
        let finding = try #require(documents[1].inputFindings.first)
        #expect(documents[1].inputFindings.count == 1)
        #expect(finding.code == "metadata.unread-date-key")
        #expect(finding.severity == .warning)
        #expect(finding.document == "b")
        #expect(finding.message == "\(path):2: key \"updated_at\" looks like a date but is not read; the document has "
            + "no publication date of its own (the publication date is read from: published, date, published_at, "
            + "publication_date, date_published or pub_date, in any case, with or without _)")
    }

    @Test func aDateLikeKeyBesideTheReadDateIsANote() throws {
        let path = try file("feed.jsonl", #"{"id":"a","text":"One.","Date":"2020-01-02","modified":"2020-01-05"}"#)
        let document = try #require(try DocumentReader().read(paths: [path]).first)
        #expect(document.published?.description == "2020-01-02")
        #expect(document.inputFindings.map(\.severity) == [.info])
        #expect(document.inputFindings.first?.message.contains("key \"modified\" looks like a date but is not read; "
            + "the publication date is taken from another key") == true)
    }

    @Test func twoKeysForOneFieldAreAnErrorNamingBoth() throws {
        let dates = try file("two.jsonl", #"{"id":"a","text":"One.","published":"2020-01-02","date":"2020-01-03"}"#)
        #expect(throws: ArticleTextError.badRecord(
            path: dates, line: 1, reason: "the publication date is given twice (\"date\" and \"published\"); keep one"))
        {
            try DocumentReader().read(paths: [dates])
        }
        let ids = try file("ids.jsonl", #"{"id":"a","ID":"b","text":"One."}"#)
        #expect(throws: ArticleTextError.badRecord(path: ids, line: 1, reason: "\"id\" is given twice (\"ID\" and \"id\"); keep one")) {
            try DocumentReader().read(paths: [ids])
        }
    }

    @Test func missingAndNullFieldsStillNameTheField() throws {
        let missing = try file("m.jsonl", #"{"Id":"a","body":"One."}"#)
        #expect(throws: ArticleTextError.badRecord(path: missing, line: 1, reason: "missing \"text\"")) {
            try DocumentReader().read(paths: [missing])
        }
        let null = try file("n.jsonl", #"{"id":null,"text":"One."}"#)
        #expect(throws: ArticleTextError.badRecord(path: null, line: 1, reason: "\"id\" is null")) {
            try DocumentReader().read(paths: [null])
        }
        let number = try file("t.jsonl", #"{"id":"a","text":"One.","Published":20200102}"#)
        // A number says what it is and what is expected; eight digits that make a day are read as that day.
        #expect(throws: ArticleTextError.badRecord(path: number, line: 1, reason: "\"Published\" (the publication date) must be a "
            + "text, not the number 20200102: a YYYY-MM-DD day, an RFC 3339 timestamp or an RSS pubDate, in quotes (\"2025-06-03\", "
            + "\"2025-06-03T09:00:00Z\", \"Tue, 03 Jun 2025 09:00:00 GMT\") (20200102 reads as the day 2020-01-02 written "
            + "without hyphens: write \"2020-01-02\")")) {
            try DocumentReader().read(paths: [number])
        }
    }

    @Test func frontMatterTakesTheSameNamesAndReportsAnUnreadDate() throws {
        let aliased = try file("a.txt", "---\npublished_at: 2025-02-02\n---\nBody.")
        let document = try #require(try DocumentReader().read(paths: [aliased]).first)
        #expect(document.published?.description == "2025-02-02")
        #expect(document.inputFindings.isEmpty)
        let unread = try file("b.txt", "---\nid: b\nlast-updated: 2025-02-02\nauthor: A\n---\nBody.")
        let undated = try #require(try DocumentReader().read(paths: [unread]).first)
        #expect(undated.published == nil)
        #expect(undated.inputFindings.map(\.code) == ["metadata.unread-date-key", "front-matter.unknown-key"])
        #expect(undated.inputFindings.first?.severity == .warning)
        #expect(undated.inputFindings.first?.message.hasPrefix(
            "\(unread):3:1: key \"last-updated\" looks like a date but is not read; the document has no publication date") == true)
        let text = try file("c.txt", "---\ntext: x\n---\nBody.")
        #expect(try DocumentReader().read(paths: [text]).first?.inputFindings.map(\.code) == ["front-matter.unknown-key"])
    }

    @Test(arguments: [
        "updated", "Updated", "created_at", "createdAt", "updatedOn", "timestamp", "modified_date", "MODIFIED_DATE",
        "modifiedDate", "dateModified", "date_created", "last-modified", "Last-Updated", "lastmod", "lastmodified",
        "LASTUPDATED", "article:published_time", "update_time", "pub_time", "last_update", "modified_gmt",
        "date_gmt", "publishDate", "creation_date", "datetime", "time", "first_published", "issued",
    ])
    func keysThatNameADateAreRecognised(key: String) {
        #expect(MetadataKey.looksLikeDate(key))
        #expect(MetadataKey(written: key) == nil)
    }

    /// Keys with "date", "time" or "update" among their letters that name no date.
    @Test(arguments: [
        "update_note", "updateNote", "dateline", "Dateline", "reading_time", "time_zone", "mandate", "posted_by",
        "modified_by", "blog_post", "software_release", "update", "candidate", "runtime", "validated", "author",
        "tags", "source", "",
    ])
    func keysThatMerelyContainDateLettersAreNot(key: String) {
        #expect(!MetadataKey.looksLikeDate(key))
    }

    @Test func wordsSplitAtSeparatorsAndCaseChanges() {
        #expect(MetadataKey.words(of: "article:published_time") == ["article", "published", "time"])
        #expect(MetadataKey.words(of: "dateModified") == ["date", "modified"])
        #expect(MetadataKey.words(of: "LAST_UPDATED2") == ["last", "updated"])
        #expect(MetadataKey.words(of: "update note") == ["update", "note"])
    }

    @Test func aKeyThatMerelyContainsDateIsAnUnknownKeyNotAnUnreadDate() throws {
        let path = try file("notes.txt", "---\nid: n\nupdate_note: fixed a typo\ndateline: SEOUL\nmodified_date: 2025-02-02\n---\nBody.")
        let document = try #require(try DocumentReader().read(paths: [path]).first)
        #expect(document.inputFindings.map(\.code) == [
            "front-matter.unknown-key", "front-matter.unknown-key", "metadata.unread-date-key",
        ])
        #expect(document.inputFindings.map { $0.message.components(separatedBy: "\"")[1] } == [
            "update_note", "dateline", "modified_date",
        ])
        let feed = try file("notes.jsonl", #"{"id":"a","text":"One.","update_note":"typo","dateline":"SEOUL"}"#)
        #expect(try DocumentReader().read(paths: [feed]).first?.inputFindings.isEmpty == true)
    }
}
