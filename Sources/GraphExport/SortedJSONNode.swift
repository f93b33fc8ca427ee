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
    /// letters, the other control characters (DEL and C1 ones too, as ``JSONText/tidied(_:)`` writes them) as `\u00xx`
    /// (lower-case hex), every other byte as it is.
    static func writeString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var mark = 0
            for index in utf8.indices {
                let byte = utf8[index]
                if byte == 0xC2, index + 1 < utf8.count, (0x80...0x9F).contains(utf8[index + 1]) {
                    // A C1 control (U+0080–U+009F) as `\u0080`–`\u009f`, as ``JSONText/tidied(_:)`` writes it.
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index]))
                    bytes.append(contentsOf: Array(#"\u00"#.utf8) + [hex[Int(utf8[index + 1] >> 4)], hex[Int(utf8[index + 1] & 0xF)]])
                    mark = index + 2
                    continue
                }
                guard byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
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
