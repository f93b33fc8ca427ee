/// A half-open range of Unicode scalar offsets into a document's text: `start` inclusive, `end` exclusive.
///
/// Offsets count Unicode scalars (not UTF-16 units, not grapheme clusters), the unit used in every
/// `start`/`end` field of Storygraph's JSON output.
public struct TextSpan: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Offset of the first scalar in the span.
    public var start: Int
    /// Offset one past the last scalar in the span.
    public var end: Int

    /// Creates a span; `end` must not be smaller than `start`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "TextSpan start \(start) is after end \(end)")
        self.start = start
        self.end = end
    }

    /// Number of scalars covered.
    public var length: Int { end - start }

    /// Whether the span covers no scalar.
    public var isEmpty: Bool { start == end }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// The smallest span covering both.
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
