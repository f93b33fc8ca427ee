import Foundation

/// The state of one `SortedJSONEncoder` run: turns `Encodable` values into `SortedJSONNode`s through the
/// `Encoder` protocol, and notes when `JSONEncoder` must take over.
final class SortedJSONContext {
    /// Thrown (and `needsFoundation` set) when the value needs something only `JSONEncoder` does.
    struct Fallback: Error {}

    /// Whether `JSONEncoder` must encode the value instead (set even when a value's own `encode(to:)` swallows
    /// the `Fallback` error).
    var needsFoundation = false
    /// Encoders no longer in use, reused for the next nested value.
    private var spare: [SortedJSONValueEncoder] = []

    /// Notes that `JSONEncoder` must take over and returns the error to throw.
    func fallback() -> Fallback {
        needsFoundation = true
        return Fallback()
    }

    /// The tree of `value`, or `nil` when its `encode(to:)` encoded nothing.
    /// - Throws: `Fallback` for the types `JSONEncoder` encodes in its own way (`Date`, `Data`, `URL`, `Decimal`);
    ///   what `value` throws.
    func node<Value: Encodable>(for value: Value) throws -> SortedJSONNode? {
        // The commonest leaves directly, without an encoder (the types are equal, so the bits are the value).
        if Value.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if Value.self == Int.self { return .integer(Int64(unsafeBitCast(value, to: Int.self))) }
        if Value.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if Value.self == Date.self || Value.self == Data.self || Value.self == URL.self || Value.self == Decimal.self {
            throw fallback()
        }
        var encoder = spare.popLast() ?? SortedJSONValueEncoder(context: self)
        try value.encode(to: encoder)
        let node = encoder.value
        encoder.value = nil
        if isKnownUniquelyReferenced(&encoder) { spare.append(encoder) }
        return node
    }

    /// The node of a floating-point number: its `description` without a trailing `.0`, as `JSONEncoder` writes it.
    /// - Throws: `Fallback` for a non-finite number (`JSONEncoder` throws its own error for it).
    func number<Number: BinaryFloatingPoint & CustomStringConvertible>(_ value: Number) throws -> SortedJSONNode {
        guard value.isFinite else { throw fallback() }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }
}

/// The `Encoder` a value encodes itself to: holds what it encoded.
final class SortedJSONValueEncoder: Encoder {
    unowned let context: SortedJSONContext
    /// The value encoded so far (`nil`: nothing yet).
    var value: SortedJSONNode?

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(context: SortedJSONContext) { self.context = context }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: SortedJSONObject
        if case .object(let existing)? = value {
            object = existing
        } else {
            if value != nil { context.needsFoundation = true }
            object = SortedJSONObject(keyType: ObjectIdentifier(Key.self))
            value = .object(object)
        }
        return KeyedEncodingContainer(SortedJSONKeyedContainer<Key>(context: context, object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: SortedJSONArray
        if case .array(let existing)? = value {
            array = existing
        } else {
            if value != nil { context.needsFoundation = true }
            array = SortedJSONArray()
            value = .array(array)
        }
        return SortedJSONUnkeyedContainer(context: context, array: array)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SortedJSONSingleValueContainer(encoder: self)
    }
}
