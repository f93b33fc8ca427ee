import Foundation
import GraphExport
import Testing

/// `SortedJSONEncoder` writes exactly the bytes of Foundation's `JSONEncoder` with `[.sortedKeys,
/// .withoutEscapingSlashes]`, and throws where it throws.
struct SortedJSONEncoderTests {
    /// The reference bytes.
    static func foundation<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // As Storygraph writes JSON: DEL and C1 controls escaped, which Foundation writes raw.
        return String(decoding: JSONText.tidied(try encoder.encode(value)), as: UTF8.self)
    }

    static func sorted<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try SortedJSONEncoder().encode(value), as: UTF8.self)
    }

    /// Whether both encoders write the same bytes for `value`, or both throw.
    static func agree<Value: Encodable>(_ value: Value) -> Bool {
        switch (Result { try sorted(value) }, Result { try foundation(value) }) {
        case (.success(let ours), .success(let theirs)): ours == theirs
        case (.failure, .failure): true
        default: false
        }
    }

    struct Record: Encodable {
        var zeta = 1
        var alpha = "a/b \"quoted\" back\\slash"
        var middle: Double? = 0.5
        var missing: String?
        var flags: [Bool] = [true, false]
        var nested = Inner()
        var table: [String: Int] = ["b": 2, "a": 1, "É": 3, "e": 4, "Z": 5]
        var numbers: [Int: String] = [10: "ten", 2: "two"]
        var empty: [String] = []
        var emptyTable: [String: String] = [:]
        var choice = Choice.pair(first: 1, second: "two")
        var plain = Choice.plain
        var raw = Raw.second
    }

    struct Inner: Encodable {
        var small: Int8 = -8
        var big: UInt64 = .max
        var low: Int64 = .min
        var float: Float = 0.1
        var nothing: [Int?] = [nil, 1]
    }

    enum Choice: Encodable {
        case pair(first: Int, second: String)
        case plain
    }

    enum Raw: String, Encodable {
        case first, second = "the second"
    }

    /// Encodes nothing at all.
    struct Silent: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    /// Encodes the same key twice.
    struct Twice: Encodable {
        enum Key: String, CodingKey { case value }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(1, forKey: .value)
            try container.encode(2, forKey: .value)
        }
    }

    @Test func aRecordOfEveryKindOfValueIsWrittenAsFoundationWritesIt() throws {
        #expect(try Self.sorted(Record()) == Self.foundation(Record()))
        #expect(try Self.sorted([Record(), Record()]) == Self.foundation([Record(), Record()]))
    }

    @Test(arguments: [
        "", "plain", "a/b", "quote \" and \\ backslash", "\u{8}\u{c}\n\r\t", "\u{0}\u{1}\u{1f}\u{7f}",
        "é ü 漢字 😀", "e\u{301}", "</script>",
    ])
    func stringsAreEscapedAsFoundationEscapesThem(text: String) throws {
        #expect(try Self.sorted(["key \(text)": text]) == Self.foundation(["key \(text)": text]))
        #expect(try Self.sorted([text]) == Self.foundation([text]))
    }

    @Test(arguments: [
        0.0, -0.0, 1.0, -1.5, 0.1, 1.0 / 3.0, 1e-7, 1e21, 1e22, 123_456_789_012_345_680_000.0, 5e-324,
        Double.greatestFiniteMagnitude, -Double.leastNormalMagnitude, 100.0, 2.5e-5,
    ])
    func doublesAreWrittenAsFoundationWritesThem(value: Double) throws {
        #expect(try Self.sorted(["x": value]) == Self.foundation(["x": value]))
        #expect(Self.agree([Float(value)]))
    }

    @Test func integersOfEveryWidthAreWrittenInDecimal() throws {
        let values: [Int] = [0, 7, -7, 10, 99, 100, Int.max, Int.min]
        #expect(try Self.sorted(values) == Self.foundation(values))
        #expect(try Self.sorted([UInt8.max]) == Self.foundation([UInt8.max]))
        #expect(try Self.sorted([Int16.min]) == Self.foundation([Int16.min]))
    }

    @Test func aKeyEncodedTwiceKeepsItsLastValue() throws {
        #expect(try Self.sorted(Twice()) == Self.foundation(Twice()))
        #expect(try Self.sorted(Twice()) == #"{"value":2}"#)
    }

    @Test func aNestedValueThatEncodesNothingIsAnEmptyObject() throws {
        #expect(try Self.sorted([Silent()]) == Self.foundation([Silent()]))
        #expect(try Self.sorted([Silent()]) == "[{}]")
    }

    @Test func valuesFoundationEncodesInItsOwnWayAreLeftToIt() throws {
        let url = URL(string: "https://example.org/a?b=c")
        let dated = ["when": Date(timeIntervalSinceReferenceDate: 12.5)]
        #expect(try Self.sorted(["url": url]) == Self.foundation(["url": url]))
        #expect(try Self.sorted(dated) == Self.foundation(dated))
        #expect(try Self.sorted([Data([1, 2, 3])]) == Self.foundation([Data([1, 2, 3])]))
        #expect(try Self.sorted([Decimal(string: "1.25")]) == Self.foundation([Decimal(string: "1.25")]))
    }

    @Test func whatFoundationRefusesIsRefused() {
        #expect(throws: EncodingError.self) { try SortedJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try SortedJSONEncoder().encode(["x": Double.infinity]) }
        #expect(throws: EncodingError.self) { try SortedJSONEncoder().encode(Silent()) }
    }

    @Test func appendingLeavesTheBytesBeforeAlone() throws {
        var bytes = Array("prefix ".utf8)
        try SortedJSONEncoder().append(["b": 1, "a": 2], to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #"prefix {"a":2,"b":1}"#)
        #expect(throws: EncodingError.self) { try SortedJSONEncoder().append([Double.nan], to: &bytes) }
        #expect(String(decoding: bytes, as: UTF8.self) == #"prefix {"a":2,"b":1}"#)
    }
}
