/// Ascending 64-bit hash keys with a table of where the keys sharing each value of their top bits begin, so that
/// finding a key is a search among the two or three keys of its bucket (one cache line, usually) instead of a
/// binary search over the whole array, a chain of cache misses and mispredicted branches.
///
/// Hash keys are spread evenly, so buckets fill evenly; `index(of:)` answers exactly what a binary search of
/// `keys` would (the first index holding the key).
struct SortedKeyIndex: Sendable, Equatable {
    /// The keys, ascending.
    let keys: [UInt64]
    /// `starts[b]` is the first index whose key has top bits `b`; `starts[bucketCount]` is `keys.count`.
    private let starts: [UInt32]
    /// The shift that takes a key to its bucket (64 for a single bucket).
    private let shift: UInt64

    /// Indexes `keys`, which must be ascending (a model reader checks that or builds them sorted).
    init(_ keys: [UInt64]) {
        // About two keys per bucket: 2^bits buckets for at least 2^(bits + 1) keys.
        var bits: UInt64 = 0
        while bits < 24 && (2 << (bits + 1)) <= keys.count { bits += 1 }
        let shift = 64 - bits
        let bucketCount = 1 << Int(bits)
        var starts = [UInt32](repeating: 0, count: bucketCount + 1)
        for key in keys { starts[Int(bits == 0 ? 0 : key >> shift) + 1] += 1 }
        for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
        self.keys = keys
        self.starts = starts
        self.shift = shift
    }

    /// The first index of `key` in `keys`, or `nil`.
    @inline(__always)
    func index(of key: UInt64) -> Int? {
        let bucket = shift >= 64 ? 0 : Int(key >> shift)
        var low = Int(starts[bucket]), high = Int(starts[bucket + 1])
        while low < high {
            let middle = (low + high) >> 1
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < Int(starts[bucket + 1]) && keys[low] == key ? low : nil
    }
}
