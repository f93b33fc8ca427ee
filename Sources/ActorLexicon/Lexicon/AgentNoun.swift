/// A generic sector noun ("officials", "state media", "spy agency") and the CAMEO sector it denotes.
///
/// Agent nouns come from Phoenix.agents (PETRARCH-2) plus a few curated additions. Alone they name no actor;
/// after a state or demonym ("North Korean state media") they form that state's sector group (`PRK-MED`).
public struct AgentNoun: Hashable, Sendable, Codable {
    /// The phrase in lower case, words separated by spaces ("state media").
    public var phrase: String
    /// CAMEO sector code (`GOV`, `MIL`, `MED`, `SPY`, `LEG`, …).
    public var sector: String
    /// The full CAMEO agent code from the source ("GOVMED").
    public var code: String

    /// Creates an agent noun.
    public init(phrase: String, sector: String, code: String? = nil) {
        self.phrase = phrase
        self.sector = sector
        self.code = code ?? sector
    }
}
