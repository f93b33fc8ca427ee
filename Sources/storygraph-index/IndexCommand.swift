import ActorLexicon
import ArgumentParser
import CommandLineChecks
import Foundation
import Geo

/// Writes the pre-built, memory-mapped indexes of the bundled actor lexicon and gazetteer (`lexicon.index`,
/// `gazetteer.index` beside their sources), or checks that the committed ones match their sources.
@main
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storygraph-index",
        abstract: "Build the binary indexes of the bundled lexicon and gazetteer (make indexes, make indexes-check).",
        discussion: """
            Each index holds the alias (or place-name) tables of its source ready to probe in place, the byte \
            ranges of its records in the source, and the source's size and checksum: a process maps it instead \
            of building dictionaries at start-up, and falls back to reading the source when the index is missing \
            or was built from other bytes. The same source always gives the same index bytes.
            """
    )

    /// Runs the command line; a single-value option given twice is a usage error (exit 64).
    static func main() {
        let arguments = Array(Swift.CommandLine.arguments.dropFirst())
        exitIfOptionRepeated(arguments)
        main(arguments)
    }

    @Option(help: "The package folder (holding Sources/).")
    var root = "."

    @Flag(help: "Compare the committed indexes with freshly built ones and fail when they differ; write nothing.")
    var check = false

    func run() throws {
        let base = URL(fileURLWithPath: root).appendingPathComponent("Sources")
        let lexicon = base.appendingPathComponent("ActorLexicon/Resources/lexicon.json")
        let gazetteer = base.appendingPathComponent("Geo/Resources/gazetteer.tsv")
        var stale: [String] = []
        for (source, build) in [
            (lexicon, { (bytes: [UInt8]) throws -> [UInt8] in try Lexicon.indexBytes(source: bytes, file: lexicon.path) }),
            (gazetteer, { (bytes: [UInt8]) throws -> [UInt8] in try Gazetteer.indexBytes(source: bytes, file: gazetteer.path) }),
        ] {
            let index = source.deletingPathExtension().appendingPathExtension("index")
            guard let data = FileManager.default.contents(atPath: source.path) else {
                throw ValidationError("\(source.path): cannot be read")
            }
            let bytes = try build(Array(data))
            if check {
                let committed = FileManager.default.contents(atPath: index.path).map(Array.init)
                if committed != bytes { stale.append(index.path) }
                print("\(index.path): \(committed == bytes ? "matches" : "DIFFERS from") \(source.lastPathComponent)")
            } else {
                try Data(bytes).write(to: index, options: .atomic)
                print("\(index.path): \(bytes.count) bytes")
            }
        }
        if !stale.isEmpty {
            throw ValidationError("stale index: \(stale.joined(separator: ", ")) (run `make indexes`)")
        }
    }
}
