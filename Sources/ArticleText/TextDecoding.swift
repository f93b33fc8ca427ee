import Foundation

/// Turns an input's bytes into article text, or refuses bytes that are not text.
///
/// - UTF-8 (a leading byte-order mark dropped) is the norm; bytes that are not valid UTF-8 are decoded with
///   U+FFFD replacement characters and a `text.invalid-utf8` note, so offsets still count Unicode scalars.
/// - UTF-16 with a byte-order mark (`FF FE` or `FE FF`), as Windows tools write it, is decoded.
/// - NUL characters inside otherwise readable text become spaces (one scalar each, offsets unchanged) with a
///   `text.nul` note.
/// - PDF, PNG, JPEG, GIF, ZIP (DOCX, EPUB), gzip and ELF files, bytes that are mostly control characters, and
///   bytes of which control characters and invalid UTF-8 together make a large share (``TextSample``), are
///   refused as "not text"; an HTML page (`<!DOCTYPE html` or `<html` first) is refused with advice to
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
        ("a gzip archive", [0x1F, 0x8B]),
        ("an executable", [0x7F, 0x45, 0x4C, 0x46]),
    ]

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

    /// Why `data` (its first bytes) is not text: a known binary signature, only NUL bytes (`/dev/zero`), mostly
    /// control characters, or too many bytes that are not UTF-8 among control characters; `nil` when it may be
    /// text (see ``TextSample``).
    static func binaryReason(_ data: Data) -> String? {
        if let signature = binarySignatures.first(where: { data.starts(with: $0.bytes) }) { return "it is \(signature.name)" }
        if !data.isEmpty, data.prefix(TextSample.length).allSatisfy({ $0 == 0 }) { return "it holds only NUL bytes" }
        let sample = TextSample(data)
        if sample.isMostlyControlCharacters { return "it is mostly control characters (a binary file?)" }
        if sample.isMostlyUnreadable {
            return "\(sample.unreadablePercent) % of its first \(sample.units) characters are control characters or bytes that "
                + "are not UTF-8 (a binary file? text in another encoding must be converted to UTF-8 first, e.g. with iconv)"
        }
        return nil
    }

    /// Whether `text` opens (after blank space) with an HTML document type or `<html` element.
    static func isHTMLPage(_ text: String) -> Bool {
        let head = text.unicodeScalars.drop { $0.properties.isWhitespace }.prefix(15)
        let opening = String(String.UnicodeScalarView(head)).lowercased()
        return opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html")
    }
}
