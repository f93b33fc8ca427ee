#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Lexicon, pattern and gold files given as a named pipe, as a shell's process substitution gives them
/// (`--lexicon <(…)`, `eval-timex <(zcat gold.jsonl.gz)`), are read like the regular file with the same bytes;
/// they were refused with a false "permission denied".
struct PipedFileTests {
    /// A named pipe in a new folder that a thread fills with `data` once a reader opens it.
    func pipe(_ data: Data) throws -> URL {
        let fifo = try CommandLine.temporaryDirectory().appendingPathComponent("piped")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        Thread {
            if let handle = FileHandle(forWritingAtPath: fifo.path) {
                handle.write(data)
                try? handle.close()
            }
        }.start()
        return fifo
    }

    /// Runs `arguments` with FILE replaced by the regular file, then by a pipe carrying its bytes.
    func compare(_ arguments: [String], file: String) throws {
        let regular = try CommandLine.run(arguments.map { $0 == "FILE" ? file : $0 })
        #expect(regular.status == 0, "\(regular.stderr)")
        let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : CommandLine.packageRoot.appendingPathComponent(file)
        let fifo = try pipe(try Data(contentsOf: url))
        let piped = try CommandLine.run(arguments.map { $0 == "FILE" ? fifo.path : $0 })
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(!piped.stdout.isEmpty && piped.stdout == regular.stdout)
    }

    @Test(arguments: [
        (["eval-timex", "FILE"], "Tests/Gold/timex-gold.jsonl"),
        (["eval-geo", "FILE"], "Tests/Gold/geo-gold.jsonl"),
        (["eval-parse", "FILE"], "Tests/SyntaxTests/Fixtures/parser-tiny.conllu"),
        (["eval-ner", "FILE"], "Tests/SyntaxTests/Fixtures/uner-sample.iob2"),
        (["extract", "examples/korea-party-congress.txt", "--lexicon", "FILE"], "examples/lexicon-example.yaml"),
    ])
    func aPipedFileIsReadLikeTheFile(arguments: [String], file: String) throws {
        try compare(arguments, file: file)
    }

    @Test func aPipedPatternFileIsRead() throws {
        let patterns = try CommandLine.temporaryDirectory().appendingPathComponent("p.json")
        try Data("{\"version\": 1, \"patterns\": []}".utf8).write(to: patterns)
        try compare(["extract", "examples/korea-party-congress.txt", "--patterns", "FILE"], file: patterns.path)
    }

    /// A folder given where a gold file goes is named as one, for every reader.
    @Test(arguments: [
        ("eval-timex", "Error: FOLDER: is a directory, not a gold JSONL file\n"),
        ("eval-parse", "Error: FOLDER: cannot be read: is a directory\n"),
        ("eval-ner", "Error: FOLDER: cannot be read: is a directory\n"),
    ])
    func aFolderInPlaceOfAGoldFileIsNamed(command: String, message: String) throws {
        let folder = try CommandLine.temporaryDirectory().path
        let result = try CommandLine.run([command, folder])
        #expect(result.status == 1)
        #expect(result.stderr == message.replacingOccurrences(of: "FOLDER", with: folder))
    }
}
