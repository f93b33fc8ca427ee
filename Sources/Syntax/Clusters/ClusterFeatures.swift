/// A word's Brown cluster as feature values: its bit-prefixes of length 4, 6 and 10 and its whole path (Koo,
/// Carreras & Collins 2008), each hashed with its length so that equal numbers of different lengths differ.
///
/// A word without a cluster has values of its own, distinct from every prefix of a real cluster.
struct ClusterFeatures: Sendable {
    /// The first 4 bits of the path.
    var prefix4: UInt64
    /// The first 6 bits.
    var prefix6: UInt64
    /// The first 10 bits.
    var prefix10: UInt64
    /// The whole path.
    var full: UInt64

    /// The values of the bit path `path` (`WordClusters`: first bit lowest; 0 for no cluster).
    init(path: UInt32) {
        guard path != 0 else {
            self = Self.none
            return
        }
        func value(_ bits: UInt32, _ length: UInt64) -> UInt64 { FeatureHash.mix(UInt64(bits) | length << 40) }
        prefix4 = value(path & 0xF, 4)
        prefix6 = value(path & 0x3F, 6)
        prefix10 = value(path & 0x3FF, 10)
        full = value(path, 32)
    }

    private init(_ value: UInt64) {
        prefix4 = value
        prefix6 = value &+ 1
        prefix10 = value &+ 2
        full = value &+ 3
    }

    /// The values of a word without a cluster.
    static let none = ClusterFeatures(FeatureHash.mix(0x636c_7573_7465_72))
    /// The values of the positions before and after a sentence (and the parser's ROOT and "no word").
    static let boundary = ClusterFeatures(FeatureHash.mix(0x626f_756e_6461_72))
}
