import Foundation
import Testing

import ResourceIndex

/// The index container, string tables and record lists: written, mapped back and probed in place.
struct IndexFileTests {
    /// Writes `bytes` to a fresh temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("index-\(UUID().uuidString).bin")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func sectionsAndTheSourceChecksumSurviveARoundTrip() throws {
        let source = Array("Kyiv\tUKR\n".utf8)
        var table = StringTableWriter()
        table.set("kyiv", [703448, 1])
        table.set("kiev", [703448])
        table.set("", [7])
        var writer = IndexFileWriter(source: source)
        writer.append("names", table.encoded())
        writer.append("offsets", UInt32List.encoded([0, 4, 9]))
        writer.append("records", RecordList.encoded([Array("Kyiv".utf8), [], Array("UKR".utf8)]))
        let path = try Self.temporaryFile(writer.encoded())
        defer { try? FileManager.default.removeItem(atPath: path) }

        let index = try IndexFile(path: path)
        #expect(index.sourceCount == 9)
        #expect(index.sourceChecksum == ContentChecksum.of(source))
        let names = try StringTable(index.section("names"))
        #expect(names.count == 3)
        #expect(names.values("kyiv").map(Array.init) == [703448, 1])
        #expect(names.values("kiev").map(Array.init) == [703448])
        #expect(names.values("").map(Array.init) == [7])
        #expect(names.values("paris") == nil && !names.contains("kyi") && !names.contains("kyiv "))
        #expect(Array(UInt32List(section: try index.section("offsets"))) == [0, 4, 9])
        let records = try RecordList(index.section("records"))
        #expect(records.count == 3)
        #expect(records[0].string(0, count: records[0].count) == "Kyiv")
        #expect(records[1].count == 0)
        #expect(records[2].equals(0, count: 3, "UKR") && !records[2].equals(0, count: 3, "UKX"))
        #expect(throws: ResourceIndexError.self) { _ = try index.section("missing") }
    }

    /// Many keys share slots: every one is found by linear probing, with its own values; the bytes do not depend
    /// on the order the keys were added in.
    @Test func aFullTableFindsEveryKeyAndIsDeterministic() throws {
        var forward = StringTableWriter()
        var backward = StringTableWriter()
        let keys = (0..<5_000).map { "key \($0) é" }
        for (i, key) in keys.enumerated() { forward.set(key, [UInt32(i), UInt32(i * 2)]) }
        for (i, key) in keys.enumerated().reversed() { backward.set(key, [UInt32(i), UInt32(i * 2)]) }
        #expect(forward.encoded() == backward.encoded())
        var writer = IndexFileWriter(source: [])
        writer.append("table", forward.encoded())
        let path = try Self.temporaryFile(writer.encoded())
        defer { try? FileManager.default.removeItem(atPath: path) }
        let table = try StringTable(IndexFile(path: path).section("table"))
        for (i, key) in keys.enumerated() {
            #expect(table.values(key).map(Array.init) == [UInt32(i), UInt32(i * 2)])
        }
        #expect(table.values("key 5000 é") == nil)
    }

    @Test func aForeignOrTruncatedFileIsRefused() throws {
        let foreign = try Self.temporaryFile(Array("not an index at all, not an index at all".utf8))
        defer { try? FileManager.default.removeItem(atPath: foreign) }
        #expect(throws: ResourceIndexError.corrupt(path: foreign, reason: "bad magic")) { _ = try IndexFile(path: foreign) }
        var writer = IndexFileWriter(source: [])
        writer.append("table", StringTableWriter().encoded())
        let truncated = try Self.temporaryFile(Array(writer.encoded().dropLast(8)))
        defer { try? FileManager.default.removeItem(atPath: truncated) }
        #expect(throws: ResourceIndexError.corrupt(path: truncated, reason: "checksum mismatch (truncated or altered file)")) {
            _ = try IndexFile(path: truncated)
        }
        var altered = writer.encoded()
        altered[altered.count - 3] ^= 0x40
        let alteredPath = try Self.temporaryFile(altered)
        defer { try? FileManager.default.removeItem(atPath: alteredPath) }
        #expect(throws: ResourceIndexError.corrupt(path: alteredPath, reason: "checksum mismatch (truncated or altered file)")) {
            _ = try IndexFile(path: alteredPath)
        }
        #expect(throws: ResourceIndexError.self) { _ = try IndexFile(path: "/no/such/file.index") }
    }

    /// A source changed after the index was built is told apart by its size or checksum.
    @Test func verifyTellsAStaleSource() throws {
        let path = try Self.temporaryFile(IndexFileWriter(source: Array("Paris".utf8)).encoded())
        let same = try Self.temporaryFile(Array("Paris".utf8))
        let other = try Self.temporaryFile(Array("Parks".utf8))
        defer { for file in [path, same, other] { try? FileManager.default.removeItem(atPath: file) } }
        let index = try IndexFile(path: path)
        try index.verify(source: MappedFile(path: same))
        #expect(throws: ResourceIndexError.stale(path: path, source: other)) { try index.verify(source: MappedFile(path: other)) }
    }
}
