import Foundation

/// The training, development and test documents of the bundled treebanks.
///
/// GUM's official splits come from `gum/splits.md` (documents listed under `## dev` and `## test`; every other
/// file is training data); the UD English-EWT dev file and its Universal NER layer are separate files.
public struct TreebankSplits: Sendable {
    /// The treebank folder (`Data/treebank`).
    public let directory: URL
    /// GUM files of each split, sorted by name.
    public let gumTrain: [URL]
    public let gumDev: [URL]
    public let gumTest: [URL]

    /// Reads the splits of the treebank folder at `directory`.
    /// - Throws: `SyntaxError.unreadable` when the folder or `gum/splits.md` is missing.
    public init(directory: URL) throws {
        self.directory = directory
        let gum = directory.appendingPathComponent("gum")
        let splitsPath = gum.appendingPathComponent("splits.md").path
        guard let data = FileManager.default.contents(atPath: splitsPath), let text = String(data: data, encoding: .utf8)
        else { throw SyntaxError.unreadable(path: splitsPath, reason: "no such file") }
        var section = ""
        var listed: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("## ") {
                section = String(trimmed.dropFirst(3))
            } else if trimmed.hasPrefix("* ") {
                listed[String(trimmed.dropFirst(2))] = section
            }
        }
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: gum.path).filter { $0.hasSuffix(".conllu") }.sorted()
        } catch {
            throw SyntaxError.unreadable(path: gum.path, reason: error.localizedDescription)
        }
        var train: [URL] = []
        var dev: [URL] = []
        var test: [URL] = []
        for file in files {
            let url = gum.appendingPathComponent(file)
            switch listed[String(file.dropLast(".conllu".count))] {
            case "dev": dev.append(url)
            case "test": test.append(url)
            case nil, "train": train.append(url)
            default: continue
            }
        }
        gumTrain = train
        gumDev = dev
        gumTest = test
    }

    /// UD English-EWT dev.
    public var ewtDev: URL { directory.appendingPathComponent("en_ewt-ud-dev.conllu") }
    /// Universal NER over UD English-EWT dev.
    public var unerDev: URL { directory.appendingPathComponent("uner_en_ewt-dev.iob2") }

    /// The sentences of `files`, in order.
    public static func read(_ files: [URL]) throws -> [CoNLLUSentence] {
        let reader = CoNLLUReader()
        return try files.flatMap { try reader.read(path: $0.path) }
    }
}
