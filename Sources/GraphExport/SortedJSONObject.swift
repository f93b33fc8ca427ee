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
