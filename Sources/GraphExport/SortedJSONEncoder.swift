import Foundation

/// Compact JSON with sorted keys: byte for byte what Foundation's `JSONEncoder` writes with the output formatting
/// `[.sortedKeys, .withoutEscapingSlashes]` and ``JSONText/tidied(_:)`` then leaves (C1 control characters
/// escaped as `\u0080`–`\u009f`), several times faster.
///
/// `JSONEncoder` builds a tree of dictionaries, tests every value against `Date`, `Data`, `URL` and `Decimal` by
/// dynamic casts and sorts each object's keys when it writes. This encoder builds a lighter tree (arrays of keys
/// and values, integers kept as integers) and writes it the way Foundation's writer does: keys in the order of
/// their UTF-8 bytes (a key encoded twice keeps its last value), strings escaped as Foundation escapes them (`"`,
/// `\`, `\b`, `\f`, `\n`, `\r`, `\t`, other control characters as `\u00xx`; slashes and non-ASCII characters as
/// they are), integers in decimal, floating-point numbers as their `description` without a trailing `.0`, and a
/// value that encoded nothing as `{}`. No white space is written, so the output needs no tidying
/// (``JSONText/tidied(_:)`` leaves it unchanged).
///
/// Whatever it does not reproduce itself it hands to `JSONEncoder`: a value of type `Date`, `Data`, `URL` or
/// `Decimal` anywhere in the tree, a `superEncoder`, a non-finite number, or any error thrown while encoding. The
/// bytes, or the error, are then `JSONEncoder`'s own.
public struct SortedJSONEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// The JSON of `value`.
    /// - Parameter value: The value to encode.
    /// - Returns: UTF-8 JSON, without a trailing newline.
    /// - Throws: What `JSONEncoder` throws for `value` (a non-finite number, a value that encodes nothing, an
    ///   error of the value's own `encode(to:)`).
    public func encode<Value: Encodable>(_ value: Value) throws -> Data {
        var bytes: [UInt8] = []
        try append(value, to: &bytes)
        return Data(bytes)
    }

    /// Appends the JSON of `value` to `bytes`.
    /// - Parameters:
    ///   - value: The value to encode.
    ///   - bytes: Where the JSON goes; left as it was when encoding throws.
    /// - Throws: What `JSONEncoder` throws for `value`.
    public func append<Value: Encodable>(_ value: Value, to bytes: inout [UInt8]) throws {
        if let tree = try? Self.tree(of: value) {
            // Write in place: the writer borrows `bytes` and gives them back, cut to their old end on failure.
            let start = bytes.count
            var writer = SortedJSONWriter()
            swap(&writer.bytes, &bytes)
            let written = (try? tree.write(to: &writer)) != nil
            swap(&writer.bytes, &bytes)
            if written { return }
            bytes.removeSubrange(start...)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        bytes.append(contentsOf: try encoder.encode(value))
    }

    /// The tree of `value`; throws when `JSONEncoder` must take over.
    private static func tree<Value: Encodable>(of value: Value) throws -> SortedJSONNode {
        let context = SortedJSONContext()
        let node = try context.node(for: value)
        guard !context.needsFoundation, case .some(let tree) = node else { throw SortedJSONContext.Fallback() }
        return tree
    }
}
