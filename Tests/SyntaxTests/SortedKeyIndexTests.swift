import Testing

@testable import Syntax

/// `SortedKeyIndex` finds exactly what a binary search of its keys finds.
struct SortedKeyIndexTests {
    /// The first index of `key` in the ascending `keys`, by binary search.
    static func binarySearch(_ keys: [UInt64], _ key: UInt64) -> Int? {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) >> 1
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key ? low : nil
    }

    @Test(arguments: [0, 1, 2, 3, 7, 100, 5_000])
    func everyKeyAndEveryOtherValueIsFoundAsByBinarySearch(count: Int) {
        var generator = SeededGenerator(seed: UInt64(count) + 1)
        var keys = (0..<count).map { _ in generator.next() }
        keys += [0, 1, .max, .max - 1].prefix(count)
        keys = Array(Set(keys)).sorted()
        let index = SortedKeyIndex(keys)
        #expect(index.keys == keys)
        for (position, key) in keys.enumerated() {
            #expect(index.index(of: key) == position)
        }
        let probes = (0..<2_000).map { _ in generator.next() } + [0, 1, .max, 1 << 63, (1 << 63) - 1]
        for probe in probes {
            #expect(index.index(of: probe) == Self.binarySearch(keys, probe))
        }
    }

    @Test func keysCrowdedIntoOneBucketAreAllFound() {
        let keys = (0..<300).map { UInt64($0) }
        let index = SortedKeyIndex(keys)
        for key in keys { #expect(index.index(of: key) == Int(key)) }
        #expect(index.index(of: 300) == nil)
        #expect(index.index(of: .max) == nil)
    }
}
