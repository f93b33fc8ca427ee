/// The coding of one verb occurrence by the CAMEO verb dictionary.
public struct CAMEOVerbMatch: Hashable, Sendable {
    /// The CAMEO code with its PLOVER type, mode, context and Goldstein value.
    public let code: CAMEOCode
    /// The evidence: the matching pattern line as written in the dictionary, or, for a verb’s
    /// default code, the verb and code (`"accuse [112]"`). Patterns start with `-`: `"- * (OF) &CRIME [1121]"`.
    public let pattern: String
    /// The number of literal words the pattern matched in the clause (0 for a default code).
    public let literalCount: Int
    /// Whether the code is the verb's default rather than a pattern's.
    public var isDefault: Bool { !pattern.hasPrefix("-") }

    /// Creates a match.
    public init(code: CAMEOCode, pattern: String, literalCount: Int) {
        self.code = code
        self.pattern = pattern
        self.literalCount = literalCount
    }
}
