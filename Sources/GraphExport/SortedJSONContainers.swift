/// The keyed container of `SortedJSONEncoder`: adds entries to a `SortedJSONObject`.
struct SortedJSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let context: SortedJSONContext
    let object: SortedJSONObject

    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { object.append(key.stringValue, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { object.append(key.stringValue, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { object.append(key.stringValue, .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        object.append(key.stringValue, try context.number(value))
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        object.append(key.stringValue, try context.number(value))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        object.append(key.stringValue, .integer(Int64(value)))
    }
    mutating func encode(_ value: Int8, forKey key: Key) throws {
        object.append(key.stringValue, .integer(Int64(value)))
    }
    mutating func encode(_ value: Int16, forKey key: Key) throws {
        object.append(key.stringValue, .integer(Int64(value)))
    }
    mutating func encode(_ value: Int32, forKey key: Key) throws {
        object.append(key.stringValue, .integer(Int64(value)))
    }
    mutating func encode(_ value: Int64, forKey key: Key) throws { object.append(key.stringValue, .integer(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws {
        object.append(key.stringValue, .unsigned(UInt64(value)))
    }
    mutating func encode(_ value: UInt8, forKey key: Key) throws {
        object.append(key.stringValue, .unsigned(UInt64(value)))
    }
    mutating func encode(_ value: UInt16, forKey key: Key) throws {
        object.append(key.stringValue, .unsigned(UInt64(value)))
    }
    mutating func encode(_ value: UInt32, forKey key: Key) throws {
        object.append(key.stringValue, .unsigned(UInt64(value)))
    }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { object.append(key.stringValue, .unsigned(value)) }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        object.append(key.stringValue, try context.node(for: value) ?? .object(SortedJSONObject()))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        // JSONEncoder reuses a container already encoded under the key; leave that case to it.
        if object.contains(key.stringValue) { context.needsFoundation = true }
        let nested = SortedJSONObject(keyType: ObjectIdentifier(NestedKey.self))
        object.append(key.stringValue, .object(nested))
        return KeyedEncodingContainer(SortedJSONKeyedContainer<NestedKey>(context: context, object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        if object.contains(key.stringValue) { context.needsFoundation = true }
        let nested = SortedJSONArray()
        object.append(key.stringValue, .array(nested))
        return SortedJSONUnkeyedContainer(context: context, array: nested)
    }

    mutating func superEncoder() -> any Encoder {
        context.needsFoundation = true
        return SortedJSONValueEncoder(context: context)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        context.needsFoundation = true
        return SortedJSONValueEncoder(context: context)
    }
}

/// The unkeyed container of `SortedJSONEncoder`: appends elements to a `SortedJSONArray`.
struct SortedJSONUnkeyedContainer: UnkeyedEncodingContainer {
    let context: SortedJSONContext
    let array: SortedJSONArray

    var codingPath: [any CodingKey] { [] }
    var count: Int { array.values.count }

    mutating func encodeNil() throws { array.append(.null) }
    mutating func encode(_ value: Bool) throws { array.append(.bool(value)) }
    mutating func encode(_ value: String) throws { array.append(.string(value)) }
    mutating func encode(_ value: Double) throws { array.append(try context.number(value)) }
    mutating func encode(_ value: Float) throws { array.append(try context.number(value)) }
    mutating func encode(_ value: Int) throws { array.append(.integer(Int64(value))) }
    mutating func encode(_ value: Int8) throws { array.append(.integer(Int64(value))) }
    mutating func encode(_ value: Int16) throws { array.append(.integer(Int64(value))) }
    mutating func encode(_ value: Int32) throws { array.append(.integer(Int64(value))) }
    mutating func encode(_ value: Int64) throws { array.append(.integer(value)) }
    mutating func encode(_ value: UInt) throws { array.append(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { array.append(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { array.append(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { array.append(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { array.append(.unsigned(value)) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        array.append(try context.node(for: value) ?? .object(SortedJSONObject()))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = SortedJSONObject(keyType: ObjectIdentifier(NestedKey.self))
        array.append(.object(nested))
        return KeyedEncodingContainer(SortedJSONKeyedContainer<NestedKey>(context: context, object: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = SortedJSONArray()
        array.append(.array(nested))
        return SortedJSONUnkeyedContainer(context: context, array: nested)
    }

    mutating func superEncoder() -> any Encoder {
        context.needsFoundation = true
        return SortedJSONValueEncoder(context: context)
    }
}

/// The single-value container of `SortedJSONEncoder`: sets what its encoder holds.
struct SortedJSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: SortedJSONValueEncoder

    var codingPath: [any CodingKey] { [] }

    /// Sets the encoder's value; a second value is left to `JSONEncoder` (which refuses it).
    private func set(_ value: SortedJSONNode) {
        if encoder.value != nil { encoder.context.needsFoundation = true }
        encoder.value = value
    }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(try encoder.context.number(value)) }
    mutating func encode(_ value: Float) throws { set(try encoder.context.number(value)) }
    mutating func encode(_ value: Int) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: Int8) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: Int16) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: Int32) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: Int64) throws { set(.integer(value)) }
    mutating func encode(_ value: UInt) throws { set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { set(.unsigned(value)) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        set(try encoder.context.node(for: value) ?? .object(SortedJSONObject()))
    }
}
