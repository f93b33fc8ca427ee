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
