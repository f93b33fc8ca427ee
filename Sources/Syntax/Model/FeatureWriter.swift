/// Writes hashed features into a buffer from precomputed template seeds (`FeatureHash.seed(_:)`).
///
/// Two layouts: by template (feature `k` at index `k`, a model's fixed-length vector, as training reads it) or
/// packed (features one after another from index 0, whatever their templates, as the parser's move scorer reads
/// the templates it still has to look up). The keys are `FeatureHash.feature(k, a, b, c)` either way.
struct FeatureWriter {
    /// Where features go.
    let out: UnsafeMutablePointer<UInt64>
    /// `seeds[k]` is `FeatureHash.seed` of template `k`.
    let seeds: UnsafePointer<UInt64>
    /// Whether feature `k` goes to index `k` (else to index `count`).
    let byTemplate: Bool
    /// Number of features written.
    private(set) var count = 0

    /// A writer into `out` that reads template seeds from `seeds`.
    init(out: UnsafeMutablePointer<UInt64>, seeds: UnsafePointer<UInt64>, byTemplate: Bool) {
        self.out = out
        self.seeds = seeds
        self.byTemplate = byTemplate
    }

    /// Writes the feature of template `template` over the values `a`, `b` and `c` (0: absent, as in
    /// `FeatureHash.feature`).
    @inline(__always)
    mutating func add(_ template: Int, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
        out[byTemplate ? template : count] = FeatureHash.feature(seed: seeds[template], a, b, c)
        count += 1
    }
}
