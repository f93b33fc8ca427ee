import Foundation

/// JSON as Storygraph writes it: `JSONEncoder` output with each empty array and object written `[]` and `{}`, and
/// DEL and each C1 control character (U+007F–U+009F, such as CSI U+009B) in a string escaped (`\u007f`,
/// `\u009b`) as JSONEncoder escapes C0 ones, so that `cat events.json` shows no raw control an article brought in
/// (``ControlCharacters``).
///
/// Foundation's pretty printer writes an empty array as `[`, an empty line and `]` (an empty object alike); every
/// JSON file and `--json`/`--format json` output goes through ``tidied(_:)`` so that an empty result reads `[]`
/// and the bytes do not depend on the platform's printer.
public enum JSONText {
    /// `json` with each empty array or object (only white space between its brackets) written as `[]` or `{}`,
    /// and each raw DEL or C1 control character in a string written as `\u007f`–`\u009f`.
    ///
    /// White space inside strings is never touched: a JSON string holds no raw line break or tab, and the scan
    /// skips strings (escapes included).
    /// - Parameter json: UTF-8 JSON.
    /// - Returns: The same JSON value, with the same bytes elsewhere.
    /// - Complexity: O(*n*) for *n* bytes.
    public static func tidied(_ json: Data) -> Data {
        let bytes = [UInt8](json)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            output.append(byte)
            index += 1
            if inString {
                if byte == 0x7F {
                    // DEL, which JSONEncoder writes raw.
                    output.removeLast()
                    output += Array(#"\u007f"#.utf8)
                } else if byte == 0xC2, index < bytes.count, (0x80...0x9F).contains(bytes[index]) {
                    // A C1 control (U+0080–U+009F, UTF-8 C2 80–C2 9F) written raw by JSONEncoder.
                    output.removeLast()
                    let hex = Array("0123456789abcdef".utf8)
                    output += Array(#"\u00"#.utf8) + [hex[Int(bytes[index] >> 4)], hex[Int(bytes[index] & 0xF)]]
                    index += 1
                } else if byte == UInt8(ascii: "\\"), index < bytes.count {
                    output.append(bytes[index])
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                let closing = byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
                var next = index
                while next < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[next]) { next += 1 }
                if next < bytes.count, bytes[next] == closing {
                    output.append(closing)
                    index = next + 1
                }
            default:
                break
            }
        }
        return Data(output)
    }

    /// `value` encoded by `encoder`, tidied (``tidied(_:)``).
    /// - Throws: What `encoder` throws.
    public static func encode<Value: Encodable>(_ value: Value, with encoder: JSONEncoder) throws -> Data {
        tidied(try encoder.encode(value))
    }
}
