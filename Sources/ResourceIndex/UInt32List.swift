/// A run of little-endian `UInt32`s read in place from a mapped file: a `StringTable` value list, or a whole
/// section of numbers (offsets of records in a source file).
public struct UInt32List: RandomAccessCollection, Sendable {
    private let view: ByteView
    private let offset: Int
    /// The number of values.
    public let count: Int

    /// The values stored at `offset` of `view`.
    public init(_ view: ByteView, offset: Int, count: Int) {
        precondition(count >= 0 && offset + count * 4 <= view.count)
        self.view = view
        self.offset = offset
        self.count = count
    }

    /// A whole section of values.
    public init(section view: ByteView) {
        self.init(view, offset: 0, count: view.count / 4)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    @inline(__always)
    public subscript(position: Int) -> UInt32 {
        precondition(position >= 0 && position < count)
        return view.uint32(at: offset + position * 4)
    }

    /// The section bytes of `values`.
    public static func encoded(_ values: [UInt32]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(values.count * 4)
        for value in values { LittleEndian.append(value, to: &out) }
        return out
    }
}
