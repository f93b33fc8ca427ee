/// A 64-bit checksum of a resource's bytes, stored in its index to tell whether the index was built from them.
///
/// FNV-1a over 8-byte little-endian words (then the trailing bytes one at a time), finished by SplitMix64's
/// mix; the same checksum ends every syntax model file. Not cryptographic: it detects edits, not tampering.
public enum ContentChecksum {
    /// The checksum of `bytes`.
    /// - Complexity: O(n) in the number of bytes.
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let words = bytes.count / 8
        for index in 0..<words {
            hash ^= UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
            hash &*= 0x0000_0100_0000_01b3
        }
        for index in (words * 8)..<bytes.count {
            hash ^= UInt64(bytes[index])
            hash &*= 0x0000_0100_0000_01b3
        }
        var z = hash &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The checksum of `bytes`.
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }
}
