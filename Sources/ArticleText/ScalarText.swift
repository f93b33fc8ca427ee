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
        return scalars.withUnsafeBufferPointer { Self.string(of: $0[lower..<upper]) }
    }

    /// The string of `scalars`, written as UTF-8 straight into the string's storage (no per-scalar appends).
    static func string(of scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> String {
        var byteCount = 0
        for scalar in scalars {
            let value = scalar.value
            byteCount += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x1_0000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var index = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[index] = UInt8(value)
                    index += 1
                } else if value < 0x800 {
                    buffer[index] = UInt8(0xC0 | value >> 6)
                    buffer[index + 1] = UInt8(0x80 | value & 0x3F)
                    index += 2
                } else if value < 0x1_0000 {
                    buffer[index] = UInt8(0xE0 | value >> 12)
                    buffer[index + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[index + 2] = UInt8(0x80 | value & 0x3F)
                    index += 3
                } else {
                    buffer[index] = UInt8(0xF0 | value >> 18)
                    buffer[index + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    buffer[index + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[index + 3] = UInt8(0x80 | value & 0x3F)
                    index += 4
                }
            }
            return index
        }
    }

    /// Shrinks `span` so that it neither starts nor ends with whitespace.
    public func trimmed(_ span: TextSpan) -> TextSpan {
        var start = span.start
        var end = span.end
        while start < end, scalars[start].isWhitespaceScalar { start += 1 }
        while end > start, scalars[end - 1].isWhitespaceScalar { end -= 1 }
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
