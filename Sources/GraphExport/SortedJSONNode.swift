/// One value of the tree `SortedJSONEncoder` builds, written as JSON by `write(to:)`.
enum SortedJSONNode {
    case string(String)
    case integer(Int64)
    case unsigned(UInt64)
    /// A finite floating-point number's text, already without a trailing `.0`.
    case number(String)
    case bool(Bool)
    case null
    case object(SortedJSONObject)
    case array(SortedJSONArray)

    /// Writes the value to `writer` as compact JSON, each object's keys in the order of their UTF-8 bytes.
    /// - Throws: `SortedJSONContext.Fallback` for nesting deeper than `JSONEncoder` accepts.
    func write(to writer: inout SortedJSONWriter, depth: Int = 0) throws {
        switch self {
        case .string(let text): Self.writeString(text, to: &writer.bytes)
        case .integer(let value):
            if value < 0 { writer.bytes.append(UInt8(ascii: "-")) }
            Self.writeDecimal(value.magnitude, to: &writer.bytes)
        case .unsigned(let value): Self.writeDecimal(value, to: &writer.bytes)
        case .number(let text): writer.bytes.append(contentsOf: text.utf8)
        case .bool(let value): writer.append(value ? "true" : "false")
        case .null: writer.append("null")
        case .object(let object):
            guard depth < Self.maximumDepth else { throw SortedJSONContext.Fallback() }
            writer.bytes.append(UInt8(ascii: "{"))
            func entry(_ index: Int, first: Bool) throws {
                if !first { writer.bytes.append(UInt8(ascii: ",")) }
                Self.writeString(object.entries[index].key, to: &writer.bytes)
                writer.bytes.append(UInt8(ascii: ":"))
                try object.entries[index].value.write(to: &writer, depth: depth + 1)
            }
            if let order = writer.order(of: object) {
                for (position, index) in order.enumerated() { try entry(index, first: position == 0) }
            } else {
                for index in object.entries.indices { try entry(index, first: index == 0) }
            }
            writer.bytes.append(UInt8(ascii: "}"))
        case .array(let array):
            guard depth < Self.maximumDepth else { throw SortedJSONContext.Fallback() }
            writer.bytes.append(UInt8(ascii: "["))
            for (index, value) in array.values.enumerated() {
                if index > 0 { writer.bytes.append(UInt8(ascii: ",")) }
                try value.write(to: &writer, depth: depth + 1)
            }
            writer.bytes.append(UInt8(ascii: "]"))
        }
    }

    /// `JSONEncoder`'s nesting limit (its writer refuses 512 levels); deeper trees are left to it.
    static let maximumDepth = 500

    /// Writes `value` in decimal.
    private static func writeDecimal(_ value: UInt64, to bytes: inout [UInt8]) {
        guard value >= 10 else {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value
            var start = 20
            while rest > 0 {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            bytes.append(contentsOf: UnsafeMutableBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Writes `text` as a JSON string, escaped as Foundation's writer escapes it with `.withoutEscapingSlashes`:
    /// quote and backslash with a backslash, backspace, form feed, line feed, carriage return and tab by their
    /// letters, the other control characters as `\u00xx` (lower-case hex), every other byte as it is.
    static func writeString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var mark = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index]))
                mark = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// A JSON object under construction: its entries in encoding order.
final class SortedJSONObject {
    /// The `CodingKey` type its keys come from (`nil`: unknown), so that objects of one type can share the order
    /// of their keys (`SortedJSONWriter`).
    let keyType: ObjectIdentifier?
    private(set) var entries: [(key: String, value: SortedJSONNode)] = []

    /// An empty object whose keys come from `keyType`.
    init(keyType: ObjectIdentifier? = nil) { self.keyType = keyType }

    /// Adds `value` under `key` (a key given twice keeps its last value when written).
    func append(_ key: String, _ value: SortedJSONNode) { entries.append((key, value)) }

    /// Whether `key` has a value.
    func contains(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// The indices of the entries to write, in the order of their keys' UTF-8 bytes, the last entry of each key;
    /// `nil` when that is the order they were encoded in.
    func sortedOrder() -> [Int]? {
        guard entries.count > 1 else { return nil }
        var sorted = true
        for index in entries.indices.dropFirst() where Self.compare(entries[index - 1].key, entries[index].key) >= 0 {
            sorted = false
            break
        }
        guard !sorted else { return nil }
        // Insertion sort (objects have a few keys), stable: equal keys stay in encoding order.
        var order = Array(entries.indices)
        for next in 1..<order.count {
            let moving = order[next]
            var position = next
            while position > 0, Self.compare(entries[order[position - 1]].key, entries[moving].key) > 0 {
                order[position] = order[position - 1]
                position -= 1
            }
            order[position] = moving
        }
        // Of equal keys, keep the last (a dictionary's later assignment wins).
        var kept: [Int] = []
        kept.reserveCapacity(order.count)
        for index in order {
            if let last = kept.last, Self.compare(entries[last].key, entries[index].key) == 0 {
                kept[kept.count - 1] = index
            } else {
                kept.append(index)
            }
        }
        return kept
    }

    /// The order of `left` and `right` by their UTF-8 bytes: negative, 0 or positive.
    private static func compare(_ left: String, _ right: String) -> Int {
        var left = left, right = right
        return left.withUTF8 { a in
            right.withUTF8 { b in
                let common = min(a.count, b.count)
                for index in 0..<common where a[index] != b[index] {
                    return a[index] < b[index] ? -1 : 1
                }
                return a.count - b.count
            }
        }
    }
}

/// A JSON array under construction.
final class SortedJSONArray {
    private(set) var values: [SortedJSONNode] = []

    /// Adds `value` at the end.
    func append(_ value: SortedJSONNode) { values.append(value) }
}

/// Writes a `SortedJSONNode` tree: the bytes so far, and the key order last computed for each `CodingKey` type
/// (objects of one type usually have the same keys, so their order is sorted once).
struct SortedJSONWriter {
    var bytes: [UInt8] = []
    private var orders: [ObjectIdentifier: (keys: [String], order: [Int]?)] = [:]

    /// Appends the ASCII text `text`.
    mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `object.sortedOrder()`, reused when the last object of the same key type had the same keys.
    mutating func order(of object: SortedJSONObject) -> [Int]? {
        guard let keyType = object.keyType else { return object.sortedOrder() }
        if let known = orders[keyType], known.keys.elementsEqual(object.entries.lazy.map(\.key)) {
            return known.order
        }
        let order = object.sortedOrder()
        orders[keyType] = (object.entries.map(\.key), order)
        return order
    }
}
