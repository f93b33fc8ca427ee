import Foundation

extension CAMEOVerbDictionary {
    /// Reads a compiled verb dictionary (the format `Scripts/build_cameo.py` writes; see the file's header).
    ///
    /// Records are tab-separated lines: `S` synonym set, `F` irregular form, `B` verb block, `V` verb of the
    /// preceding block, `P` pattern of the preceding block. Synonym-set references in patterns are expanded
    /// into literal alternatives (sharing one array per set).
    /// - Parameters:
    ///   - url: The file to read.
    ///   - codebook: The codebook that resolves CAMEO codes to PLOVER types and Goldstein values.
    /// - Throws: ``EventOntologyError`` if the file cannot be read or a record is malformed.
    /// - Complexity: O(*n*) in the file's size.
    public init(contentsOf url: URL, codebook: CAMEOCodebook) throws(EventOntologyError) {
        var synsets: [Substring: [[String]]] = [:]
        var irregular: [String: [String]] = [:]
        var blocks: [CAMEOVerbBlock] = []
        var verbs: [CAMEOVerbKey: [CAMEOVerbEntry]] = [:]
        for (number, line) in try BundledResource.lines(of: url) {
            let fields = BundledResource.split(line, on: UInt8(ascii: "\t"))
            func fail(_ message: String) -> EventOntologyError {
                .malformedLine(path: url.path, line: number, message: message)
            }
            switch fields.first {
            case "S":
                guard fields.count == 3 else { throw fail("synonym set needs a name and members") }
                synsets[fields[1]] = Self.alternatives(fields[2])
            case "F":
                guard fields.count == 3 else { throw fail("irregular form needs a form and lemmas") }
                irregular[String(fields[1])] = Self.alternatives(fields[2]).flatMap { $0 }
            case "B":
                guard fields.count == 3 else { throw fail("block needs a name and a code") }
                blocks.append(CAMEOVerbBlock(name: String(fields[1]), code: String(fields[2]), patterns: []))
            case "V":
                guard fields.count == 4, !blocks.isEmpty else { throw fail("verb needs lemma, particle, code") }
                let key = CAMEOVerbKey(
                    lemma: String(fields[1]), particle: fields[2].isEmpty ? nil : String(fields[2]))
                let entry = CAMEOVerbEntry(block: blocks.count - 1, code: fields[3].isEmpty ? nil : String(fields[3]))
                if verbs[key]?.contains(entry) != true { verbs[key, default: []].append(entry) }
            case "P":
                guard fields.count >= 4, !blocks.isEmpty else { throw fail("pattern needs code, text, elements") }
                var before: [CAMEOVerbPattern.Element] = []
                var after: [CAMEOVerbPattern.Element] = []
                var seenVerb = false
                for field in fields[3...] {
                    let element: CAMEOVerbPattern.Element
                    switch field {
                    case "*": seenVerb = true; continue
                    case "^": continue
                    case "$": element = .source
                    case "+": element = .target
                    case "%": element = .compound
                    default:
                        if field.hasPrefix("&") {
                            guard let members = synsets[field] else { throw fail("unknown synonym set \(field)") }
                            element = .words(members)
                        } else {
                            element = .words(Self.alternatives(field))
                        }
                    }
                    if seenVerb { after.append(element) } else { before.append(element) }
                }
                guard seenVerb else { throw fail("pattern has no verb marker *") }
                let code = String(fields[1])
                blocks[blocks.count - 1].patterns.append(CAMEOVerbPattern(
                    code: code, text: "- \(fields[2]) [\(code)]", before: before, after: after))
            default:
                throw fail("unknown record type")
            }
        }
        self.init(
            blocks: blocks, verbs: verbs, irregularForms: irregular, synonymSetCount: synsets.count,
            codebook: codebook)
    }

    /// `"safe house|shelter"` → `[["safe", "house"], ["shelter"]]`.
    private static func alternatives(_ field: Substring) -> [[String]] {
        field.utf8.split(separator: UInt8(ascii: "|")).map { alternative in
            alternative.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
        }
    }
}
