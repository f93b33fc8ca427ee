/// A document's text held as an array of Unicode scalars, so that `TextSpan` offsets index it in O(1).
public struct ScalarText: Hashable, Sendable {
    /// The text's scalars.
    public let scalars: [Unicode.Scalar]

    /// Splits `string` into scalars.
    public init(_ string: String) {
        scalars = Array(string.unicodeScalars)
    }

    /// Number of scalars.
    public var count: Int { scalars.count }

    /// The span covering the whole text.
    public var fullSpan: TextSpan { TextSpan(start: 0, end: scalars.count) }

    /// The text covered by `span`, clamped to the text's bounds.
    public subscript(span: TextSpan) -> String {
        let lower = Swift.max(0, Swift.min(span.start, scalars.count))
        let upper = Swift.max(lower, Swift.min(span.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// Shrinks `span` so that it neither starts nor ends with whitespace.
    public func trimmed(_ span: TextSpan) -> TextSpan {
        var start = span.start
        var end = span.end
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return TextSpan(start: start, end: end)
    }

    /// The `(line, column)` of `offset`, both 1-based, counting columns in scalars.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for scalar in scalars.prefix(Swift.max(0, Swift.min(offset, scalars.count))) {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
