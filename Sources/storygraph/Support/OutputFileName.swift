import ArgumentParser
import ArticleText
import Foundation

/// What a command's `-o`/`--output` file name says: an empty name is a usage error, and its extension names the
/// format written (`query -o x.csv`, `series -o s.json`) or, for a command that writes one format only, must not
/// name another (`parse -o x.json` would be CoNLL-U under a JSON name).
enum OutputFileName {
    /// The extensions (lower case, without the dot) of the formats Storygraph writes or reads, with the format's
    /// name as messages give it.
    static let knownFormats: [String: String] = [
        "csv": "CSV", "tsv": "TSV", "json": "JSON", "jsonl": "JSONL", "geojson": "GeoJSON", "html": "HTML",
        "htm": "HTML", "md": "Markdown", "markdown": "Markdown", "xml": "XML", "graphml": "GraphML", "gexf": "GEXF",
        "svg": "SVG", "png": "PNG", "pdf": "PDF", "dot": "DOT", "conllu": "CoNLL-U", "conll": "CoNLL-U",
        "iob2": "IOB2", "iob": "IOB2", "sqlite": "SQLite", "db": "SQLite",
    ]

    /// The lower-case extension of `path` (`CSV` → `csv`), empty when it has none.
    static func fileExtension(_ path: String) -> String {
        URL(fileURLWithPath: path).pathExtension.lowercased()
    }

    /// Fails when `output` is given but empty or blank.
    /// - Throws: `ValidationError` (exit 64).
    static func requireName(_ output: String?) throws {
        if let output, output.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("-o/--output needs a file name (or - for standard output)")
        }
    }

    /// Fails when `output` is empty, or its extension names a format other than the one `command` writes
    /// (`format`, written to files named with one of `extensions`).
    /// - Throws: `ValidationError` (exit 64) naming the file, both formats and the extensions to use.
    static func check(_ output: String?, command: String, writes format: String, extensions: [String]) throws {
        try requireName(output)
        guard let output, output != "-" else { return }
        let written = fileExtension(output)
        guard !extensions.contains(written), let named = knownFormats[written] else { return }
        let dotted = extensions.map { "." + $0 }
        let names = dotted.count > 1 ? dotted.dropLast().joined(separator: ", ") + " or " + (dotted.last ?? "") : dotted.joined()
        throw ValidationError(
            "-o \(path: output): .\(written) is for \(named), but storygraph \(command) writes \(format) only; give a name ending in \(names)")
    }
}
