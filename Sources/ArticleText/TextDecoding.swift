import Foundation

/// Turns an input's bytes into article text, or refuses bytes that are not text.
///
/// - UTF-8 (a leading byte-order mark dropped) is the norm; bytes that are not valid UTF-8 are decoded with
///   U+FFFD replacement characters and a `text.invalid-utf8` note, so offsets still count Unicode scalars.
/// - UTF-16 with a byte-order mark (`FF FE` or `FE FF`), as Windows tools write it, is decoded.
/// - NUL characters inside otherwise readable text become spaces (one scalar each, offsets unchanged) with a
///   `text.nul` note.
/// - PDF, PNG, JPEG, GIF, ZIP (DOCX, EPUB), gzip, bzip2, xz, zstd, 7-Zip, RAR, LZ4, RIFF, SQLite and ELF files
///   (by their signature), and bytes of which any 4 KiB window is mostly control characters or has control
///   characters and invalid UTF-8 together making a large share (``TextSample``), are refused as "not text"; an HTML page (`<!DOCTYPE html` or `<html` first) is refused with advice to
///   convert it, because its markup and scripts would otherwise be coded as article text.
public enum TextDecoding {
    /// A non-fatal note about the decoding, turned into a `Finding` once the document's id is known.
    public struct Note: Hashable, Sendable {
        /// Machine-readable kind: `text.invalid-utf8`, `text.nul`, `text.utf16`.
        public var code: String
        /// One line for the user.
        public var message: String
    }

    /// Signatures of common binary formats, by their first bytes.
    static let binarySignatures: [(name: String, bytes: [UInt8])] = [
        ("a PDF document", Array("%PDF-".utf8)),
        ("a PNG image", [0x89, 0x50, 0x4E, 0x47]),
        ("a JPEG image", [0xFF, 0xD8, 0xFF]),
        ("a GIF image", Array("GIF8".utf8)),
        ("a ZIP archive (DOCX, ODT, EPUB, …)", [0x50, 0x4B, 0x03, 0x04]),
        ("a ZIP archive (DOCX, ODT, EPUB, …)", [0x50, 0x4B, 0x05, 0x06]),
        ("a gzip archive", [0x1F, 0x8B]),
        ("a bzip2 archive", Array("BZh".utf8)),  // then a block size digit and the bytes of "1AY&SY": see below
        ("an xz archive", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        ("a zstd archive", [0x28, 0xB5, 0x2F, 0xFD]),
        ("a 7-Zip archive", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        ("a RAR archive", Array("Rar!".utf8) + [0x1A, 0x07]),
        ("an LZ4 archive", [0x04, 0x22, 0x4D, 0x18]),
        ("a SQLite database", Array("SQLite format 3".utf8) + [0x00]),
        ("an executable", [0x7F, 0x45, 0x4C, 0x46]),
    ]

    /// The binary format `data` starts with (its signature), as messages name it: "a gzip archive".
    static func signatureName(_ data: Data) -> String? {
        guard let signature = binarySignatures.first(where: { data.starts(with: $0.bytes) }) else { return nil }
        // "BZh" alone may start a text: bzip2 follows it with a block size (1–9) and a block or end marker.
        if signature.bytes == Array("BZh".utf8) {
            let rest = Array(data.dropFirst(3).prefix(7))
            guard rest.count == 7, (0x31...0x39).contains(rest[0]),
                  rest[1...] == [0x31, 0x41, 0x59, 0x26, 0x53, 0x59] || rest[1...] == [0x17, 0x72, 0x45, 0x38, 0x50, 0x90]
            else { return nil }
        }
        return signature.name
    }

    /// Decodes `data` read from `origin`.
    /// - Returns: the text (without a byte-order mark) and the notes to report.
    /// - Throws: `ArticleTextError.notText` for binary files and HTML pages.
    public static func decode(_ data: Data, origin: String) throws -> (text: String, notes: [Note]) {
        var notes: [Note] = []
        var text: String
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let decoded = String(data: data, encoding: .utf16) else {
                throw ArticleTextError.notText(path: origin, reason: "it starts with a UTF-16 byte-order mark but is not valid UTF-16")
            }
            text = decoded
        } else {
            if let reason = binaryReason(data) { throw ArticleTextError.notText(path: origin, reason: reason) }
            if let decoded = String(data: data, encoding: .utf8) {
                text = decoded
            } else {
                text = String(decoding: data, as: UTF8.self)
                notes.append(Note(code: "text.invalid-utf8",
                                  message: "\(path: origin): bytes that are not valid UTF-8 were replaced by U+FFFD"))
            }
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if isHTMLPage(text) {
            throw ArticleTextError.notText(
                path: origin, reason: "it is an HTML page; save the article's text (e.g. with a reader view) and read that")
        }
        if text.unicodeScalars.contains("\u{0}") {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: text.unicodeScalars.lazy.map { $0 == "\u{0}" ? " " : $0 })
            text = String(scalars)
            notes.append(Note(code: "text.nul", message: "\(path: origin): NUL characters were replaced by spaces"))
        }
        return (text, notes)
    }

    /// Why `data` is not text: a known binary signature at its start, only NUL bytes (`/dev/zero`), or any of
    /// its 4 KiB windows — the whole input is looked at, not only its head — mostly control characters, or too
    /// many bytes that are not UTF-8 among control characters; `nil` when it may be text (see ``TextSample``).
    /// - Complexity: O(n) in the length of `data`.
    static func binaryReason(_ data: Data) -> String? {
        if let name = signatureName(data) { return "it is \(name)" }
        if !data.isEmpty, data.prefix(TextSample.length).allSatisfy({ $0 == 0 }) { return "it holds only NUL bytes" }
        for sample in TextSample.windows(of: data) {
            // Past the first window, the message names the byte where the unreadable part starts (the first control
            // character or sequence that is not UTF-8 of the window), not where the window starts.
            let first = sample.firstUnreadableByte ?? sample.offset
            let place = sample.offset == 0 ? "" : " from byte \(first) on"
            if sample.isMostlyControlCharacters { return "it is mostly control characters\(place) (a binary file?)" }
            if sample.isMostlyUnreadable {
                let which = sample.offset == 0
                    ? "its first \(sample.units) characters are"
                    : "the \(sample.units) characters from byte \(sample.offset) on are, the first at byte \(first),"
                return "\(sample.unreadablePercent) % of \(which) control characters or bytes that are not UTF-8 (a binary "
                    + "file? text in another encoding must be converted to UTF-8 first, e.g. with iconv)"
            }
        }
        return nil
    }

    /// Why `head`, the first bytes of a JSONL input, is not JSONL text: UTF-16 (a byte-order mark, as Windows
    /// PowerShell's `Out-File` writes), or any reason of ``binaryReason(_:)``; `nil` when it may be JSONL.
    public static func jsonlReason(_ head: Data) -> String? {
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            return "it is UTF-16 text (it starts with a UTF-16 byte-order mark), and JSONL is read as UTF-8: convert it "
                + "first, e.g. with iconv -f UTF-16 -t UTF-8"
        }
        return binaryReason(head)
    }

    /// Whether `text` opens (after blank space) with an HTML document type or `<html` element.
    static func isHTMLPage(_ text: String) -> Bool {
        let head = text.unicodeScalars.drop { $0.properties.isWhitespace }.prefix(15)
        let opening = String(String.UnicodeScalarView(head)).lowercased()
        return opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html")
    }
}
