/// Deterministic 64-bit hashes for model features.
///
/// Swift's `Hasher` is seeded per process, so trained weights keyed by it would not survive a restart. Features
/// are hashed with FNV-1a over UTF-8 bytes and combined with a SplitMix64 finaliser instead: the same string
/// gives the same key in every process and on every machine.
public enum FeatureHash {
    /// FNV-1a (64-bit) of the UTF-8 bytes of `text`.
    @inlinable
    public static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// FNV-1a (64-bit) of `bytes`; equals `of(_:)` of the string those UTF-8 bytes spell.
    @inlinable
    public static func of(bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        continued(0xcbf2_9ce4_8422_2325, bytes)
    }

    /// FNV-1a continued from `hash` over `bytes`: `continued(of(a), b) == of(a + b)`.
    @inlinable
    public static func continued(_ hash: UInt64, _ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// FNV-1a continued from `hash` over one ASCII byte.
    @inlinable
    public static func continued(_ hash: UInt64, ascii byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// A well-mixed combination of a feature template id and up to three value hashes; never 0.
    @inlinable
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        feature(seed: seed(template), a, b, c)
    }

    /// The part of `feature(_:_:_:_:)` that depends on the template alone, computed once per template by callers
    /// that hash the same templates many times.
    @inlinable
    public static func seed(_ template: UInt64) -> UInt64 {
        mix(template &+ 0x9e37_79b9_7f4a_7c15)
    }

    /// `feature(template, a, b, c)` from the template's `seed(template)`: the same key, one mixing step fewer.
    @inlinable
    public static func feature(seed: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var x = mix(seed ^ a)
        if b != 0 { x = mix(x ^ (b &* 0xff51_afd7_ed55_8ccd)) }
        if c != 0 { x = mix(x ^ (c &* 0xc4ce_b9fe_1a85_ec53)) }
        return x == 0 ? 1 : x
    }

    /// The SplitMix64 finaliser.
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// A seeded SplitMix64 generator: training shuffles with it so that the same data gives the same model bytes.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next pseudo-random 64-bit value.
    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return FeatureHash.mix(state)
    }
}
