import Foundation

/// Makes cairo's PDF output byte-stable across runs.
///
/// cairo 1.16 stamps every PDF's document information dictionary with `/CreationDate (D:YYYYMMDDHHmmSSZ)`
/// from the clock and ignores `SOURCE_DATE_EPOCH`. The entry is optional (ISO 32000-1 §14.3.3), so it is
/// overwritten with spaces: the byte length stays the same, so the cross-reference table's offsets stay
/// valid, and the file no longer depends on when it was rendered.
enum PDFCreationDate {
    /// `pdf` with its `/CreationDate (…)` entries blanked; other data unchanged.
    ///
    /// - Complexity: O(*n*) in the size of `pdf`.
    static func blanked(_ pdf: Data) -> Data {
        let key = Array("/CreationDate".utf8)
        var bytes = [UInt8](pdf)
        var index = 0
        var changed = false
        while let start = find(key, in: bytes, from: index) {
            var cursor = start + key.count
            while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "("),
                let close = bytes[cursor...].firstIndex(of: UInt8(ascii: ")")), close - cursor < 64
            else {
                index = start + key.count
                continue
            }
            for offset in start...close { bytes[offset] = 0x20 }
            changed = true
            index = close + 1
        }
        return changed ? Data(bytes) : pdf
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}
