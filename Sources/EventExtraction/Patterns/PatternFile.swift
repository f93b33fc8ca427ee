/// The JSON shape of an event dictionary file: a version and a list of `EventPattern` entries.
///
/// ```json
/// {"version": 1, "patterns": [{"lemma": "send", "pos": "verb", "with": ["troops"], "type": "COOPERATE",
///   "mode": "military", "cameo": "062", "target": ["to"]}]}
/// ```
public struct PatternFile: Hashable, Sendable, Codable {
    /// Format version, currently 1.
    public var version: Int
    /// The entries.
    public var patterns: [EventPattern]

    /// Creates a pattern file.
    public init(version: Int = 1, patterns: [EventPattern]) {
        self.version = version
        self.patterns = patterns
    }
}
