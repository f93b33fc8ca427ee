/// Unicode property tests with an ASCII fast path: the answers equal `Unicode.Scalar.Properties`' for every
/// scalar, but ASCII scalars (most of an English article) are answered without the property table look-up.
extension Unicode.Scalar {
    /// `properties.isAlphabetic`.
    @inlinable
    public var isAlphabeticScalar: Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic
    }

    /// `properties.isUppercase`.
    @inlinable
    public var isUppercaseScalar: Bool {
        value < 0x80 ? value &- 0x41 < 26 : properties.isUppercase
    }

    /// `properties.isLowercase`.
    @inlinable
    public var isLowercaseScalar: Bool {
        value < 0x80 ? value &- 0x61 < 26 : properties.isLowercase
    }

    /// `properties.isWhitespace`.
    @inlinable
    public var isWhitespaceScalar: Bool {
        value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : properties.isWhitespace
    }
}
