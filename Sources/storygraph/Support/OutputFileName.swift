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

    /// Fails when `output`, the file a command is to write, cannot name one: empty or blank; a directory (a name
    /// ending in `/`, `.` or `..`, or an existing folder); or a name that is only an extension (`.md`, `.csv`),
    /// which would write a hidden file named like a format. The one check of every command's output file name
    /// (`query`, `series`, `parse`, `ner -o`, `report --out`); `-` (standard output) passes.
    /// - Parameters:
    ///   - option: The option as messages name it (`-o`, `--out`).
    ///   - example: A file name to suggest (`events.csv`, `report.html`): its extension replaces a name that is
    ///     only an extension, and it is suggested inside a folder given as the file.
    ///   - standardOutput: Whether `-` may stand for standard output (said in the message for an empty name).
    /// - Throws: `ValidationError` (exit 64) naming the file and what to give instead.
    static func requireName(
        _ output: String?, option: String = "-o/--output", example: String = "out.txt", standardOutput: Bool = true
    ) throws {
        guard let output else { return }
        if output.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("\(option) needs a file name\(standardOutput ? " (or - for standard output)" : "")")
        }
        if standardOutput, output == "-" { return }
        let shown = option.split(separator: "/").first.map(String.init) ?? option
        let last = output.split(separator: "/").last.map(String.init) ?? ""
        var isDirectory: ObjCBool = false
        if output.hasSuffix("/") || last == "." || last == ".."
            || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
        {
            let folder = output.hasSuffix("/") ? output : output + "/"
            throw ValidationError("\(shown) \(path: output) is a directory; give a file name in it, such as \(path: folder)\(example)")
        }
        let afterDot = String(last.dropFirst()).lowercased()
        if last.hasPrefix("."), knownFormats[afterDot] != nil || afterDot == "txt" {
            let folder = output.dropLast(last.count)
            let stem = example.split(separator: ".").first.map(String.init) ?? "out"
            throw ValidationError(
                "\(shown) \(path: output): the file name is only an extension, which would write a hidden file named \(path: last); "
                    + "give a name before it, such as \(path: String(folder))\(stem)\(last)")
        }
    }

    /// Fails when `output` is empty, or its extension names a format other than the one `command` writes
    /// (`format`, written to files named with one of `extensions`), or it is no file name (see
    /// ``requireName(_:option:example:standardOutput:)``, which suggests `example`).
    /// - Throws: `ValidationError` (exit 64) naming the file, both formats and the extensions to use.
    static func check(
        _ output: String?, command: String, writes format: String, extensions: [String], example: String
    ) throws {
        try requireName(output, example: example)
        guard let output, output != "-" else { return }
        let written = fileExtension(output)
        guard !extensions.contains(written), let named = knownFormats[written] else { return }
        let dotted = extensions.map { "." + $0 }
        let names = dotted.count > 1 ? dotted.dropLast().joined(separator: ", ") + " or " + (dotted.last ?? "") : dotted.joined()
        throw ValidationError(
            "-o \(path: output): .\(written) is for \(named), but storygraph \(command) writes \(format) only; give a name ending in \(names)")
    }
}
