/// A CAMEO event code (two to four digits) with its PLOVER coding and Goldstein intensity.
///
/// PLOVER type, mode and context come from the PLOVER manual's CAMEO→PLOVER table (draft 0.8, 2021); the
/// Goldstein value is the Goldstein (1992) conflict–cooperation scale as mapped to CAMEO codes (−10 … +10).
public struct CAMEOCode: Hashable, Sendable, Codable {
    /// The CAMEO code as written, e.g. `"112"` or `"0311"`.
    public let code: String
    /// The PLOVER event type.
    public let type: EventType
    /// The PLOVER mode (`"allege"`, `"visit"`, …), if the table gives one.
    public let mode: String?
    /// The PLOVER context (`"diplomatic"`, `"military"`, …; several joined by `"; "`), if the table gives one.
    public let context: String?
    /// The Goldstein-scale intensity, −10 (most conflictual) … +10 (most cooperative).
    public let goldstein: Double

    /// Creates a code entry.
    public init(code: String, type: EventType, mode: String?, context: String?, goldstein: Double) {
        self.code = code
        self.type = type
        self.mode = mode
        self.context = context
        self.goldstein = goldstein
    }

    /// The QuadClass of the PLOVER type.
    public var quadClass: QuadClass { type.quadClass }

    /// The two-digit CAMEO root, e.g. `"11"` for `"1121"`.
    public var root: String { String(code.prefix(2)) }
}
