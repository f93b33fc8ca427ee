/// Variable-length byte records read in place from a mapped file, by number.
///
/// Section layout (little-endian): the record count `n` as `UInt32`, then `n` end offsets (`UInt32`, relative
/// to the record bytes that follow), then the records back to back. Written by `RecordList.encoded(_:)`.
public struct RecordList: Sendable {
    private let view: ByteView
    private let bytesStart: Int
    /// The number of records.
    public let count: Int

    /// Reads the header of `view`.
    /// - Throws: `ResourceIndexError.corrupt` when the offsets run past the section.
    public init(_ view: ByteView) throws(ResourceIndexError) {
        guard view.count >= 4 else { throw .corrupt(path: view.file.path, reason: "record list too short") }
        let count = Int(view.uint32(at: 0))
        bytesStart = 4 + count * 4
        guard bytesStart <= view.count, count == 0 || bytesStart + Int(view.uint32(at: 4 + (count - 1) * 4)) <= view.count else {
            throw .corrupt(path: view.file.path, reason: "record list runs past its section")
        }
        self.view = view
        self.count = count
    }

    /// Record `index` as a view.
    public subscript(index: Int) -> ByteView {
        precondition(index >= 0 && index < count)
        let end = Int(view.uint32(at: 4 + index * 4))
        let start = index == 0 ? 0 : Int(view.uint32(at: index * 4))
        return view.slice(bytesStart + start, count: end - start)
    }

    /// The section bytes of `records`.
    public static func encoded(_ records: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        LittleEndian.append(UInt32(records.count), to: &out)
        var end = 0
        for record in records {
            end += record.count
            LittleEndian.append(UInt32(end), to: &out)
        }
        for record in records { out += record }
        return out
    }
}
