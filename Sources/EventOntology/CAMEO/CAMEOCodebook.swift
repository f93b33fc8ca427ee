import Foundation

/// Every CAMEO event code with its PLOVER type, mode, context, QuadClass and Goldstein value.
///
/// The bundled table (`Resources/cameo-codes.tsv`, built by `Scripts/build_cameo.py`) covers the codes of
/// CAMEO2PLOVER-2021, the Goldstein table and the CAMEO verb dictionary. CAMEO 01 ("make public statement")
/// has no PLOVER type and is absent; CAMEO 02 ("appeal") is mapped to PLOVER REQUEST.
public struct CAMEOCodebook: Sendable {
    /// The entries by code.
    private let entries: [String: CAMEOCode]

    /// The bundled codebook, read once on first use; empty if the resource is missing (see ``loadBundled()``).
    public static let bundled: CAMEOCodebook = (try? loadBundled()) ?? CAMEOCodebook(entries: [])

    /// Reads the bundled codebook.
    /// - Throws: ``EventOntologyError`` if the resource is missing or malformed.
    public static func loadBundled() throws(EventOntologyError) -> CAMEOCodebook {
        try CAMEOCodebook(contentsOf: BundledResource.url("cameo-codes", "tsv"))
    }

    /// Creates a codebook from entries.
    public init(entries: [CAMEOCode]) {
        self.entries = Dictionary(entries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads a codebook table: a header line `code type mode context quadClass goldstein source`, then one
    /// tab-separated row a code; `#` lines are comments.
    /// - Parameter url: The file to read.
    /// - Throws: ``EventOntologyError`` if the file cannot be read or a row is malformed.
    public init(contentsOf url: URL) throws(EventOntologyError) {
        var codes: [CAMEOCode] = []
        for (number, line) in try BundledResource.lines(of: url) {
            let fields = BundledResource.split(line, on: UInt8(ascii: "\t"))
            if fields.first == "code" { continue }
            guard fields.count >= 6, let type = EventType(rawValue: String(fields[1])),
                  let goldstein = Double(fields[5])
            else {
                throw .malformedLine(path: url.path, line: number, message: "expected code, PLOVER type, …, Goldstein")
            }
            codes.append(CAMEOCode(
                code: String(fields[0]), type: type,
                mode: fields[2].isEmpty ? nil : String(fields[2]),
                context: fields[3].isEmpty ? nil : String(fields[3]),
                goldstein: goldstein))
        }
        self.init(entries: codes)
    }

    /// The number of codes in the table.
    public var count: Int { entries.count }

    /// All codes, sorted.
    public var codes: [String] { entries.keys.sorted() }

    /// The entry of a CAMEO code, falling back to its parent codes (`"1823"` → `"182"` → `"18"`).
    /// - Parameter code: A two- to four-digit CAMEO code; surrounding whitespace is ignored.
    /// - Returns: The entry of the code or of its nearest listed parent (keeping the parent's `code`), or nil
    ///   if neither is listed — notably for CAMEO 01x, which PLOVER does not code.
    public func entry(_ code: String) -> CAMEOCode? {
        var key = code.trimmingCharacters(in: .whitespaces)
        while !key.isEmpty {
            if let found = entries[key] { return found }
            guard key.count > 2 else { return nil }
            key = key.count == 4 ? String(key.prefix(3)) : String(key.prefix(2))
        }
        return nil
    }
}
