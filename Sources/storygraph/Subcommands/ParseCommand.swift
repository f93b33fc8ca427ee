import ArgumentParser
import ArticleText
import Foundation
import Syntax

/// `storygraph parse`: CoNLL-U from articles (our tokenisation) or from a CoNLL-U file (its gold tokens).
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag, lemmatise and parse into CoNLL-U (Universal Dependencies).",
        discussion: """
            Articles (.txt, .md, .jsonl, directories, '-') are split into sentences and UD words; each sentence \
            gets `# sent_id = DOC-N` and `# text`, and each word its scalar offsets as `TokenRange=start:end` in \
            MISC. A .conllu or .conll input is parsed on its own words: ids, forms, comments, multiword-token lines, DEPS \
            and MISC are kept, columns 3–8 (LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL) are replaced. A directory is \
            read for both: its articles and its .conllu/.conll files, in path order, each parsed by its kind.
            """
    )

    @OptionGroup var input: InputOptions

    func validate() throws {
        try input.requireInputs()
        // An output that is one of the inputs is named as such first, whatever its extension (`parse k.md -o k.md`).
        if let output, output != "-", !output.trimmingCharacters(in: .whitespaces).isEmpty {
            try OutputText.refuseOverwriting(input.inputs, with: output)
        }
        try OutputFileName.check(output, command: "parse", writes: "CoNLL-U", extensions: ["conllu", "conll", "txt"], example: "parsed.conllu")
    }

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write to this file instead of standard output (CoNLL-U: a name ending in .json, .csv or another format's extension is refused).",
        valueName: "file"))
    var output: String?

    /// The extensions of CoNLL-U files (any case).
    static let coNLLUExtensions = [".conllu", ".conll"]

    /// Whether `path` names a CoNLL-U file (`.conllu` or `.conll`, any case).
    static func isCoNLLU(_ path: String) -> Bool {
        let lower = path.lowercased()
        return coNLLUExtensions.contains(where: lower.hasSuffix)
    }

    @OptionGroup var quietness: QuietOption

    func run() throws {
        let analyzer = SyntaxAnalyzer(models: try SyntaxModels.bundled())
        let writer = CoNLLUWriter()
        var text = ""
        // CoNLL-U inputs are parsed on their own words, everything else is read as articles; output keeps the
        // order of the inputs.
        let segmenter = TextSegmenter()
        var findings: [Finding] = []
        var files: [String] = []
        for path in input.inputs {
            guard path != "-" else {
                files.append(path)
                continue
            }
            do {
                files += try input.reader.expand(
                    path, findings: &findings, including: DocumentReader.articleExtensions + Self.coNLLUExtensions)
            } catch ArticleTextError.noArticles(let folder) {
                throw CommandFailure("\(path: folder): directory holds no .txt, .md or .jsonl articles and no .conllu or .conll files")
            }
        }
        if !quietness.quiet { InputOptions.warn(findings) }
        // Consecutive article files are read together, so that a document repeated in another file of the run is
        // skipped with a warning (as for every command that reads articles); CoNLL-U files are parsed where they
        // come.
        var index = files.startIndex
        while index < files.endIndex {
            let path = files[index]
            if Self.isCoNLLU(path) {
                let sentences = try CoNLLUReader().read(path: path)
                guard !sentences.isEmpty else { throw CommandFailure("\(path: path): no sentences") }
                for var sentence in sentences {
                    var words = sentence.words.map { SyntaxWord(form: $0.form) }
                    _ = analyzer.analyze(&words)
                    sentence.words = words
                    sentence.feats = Array(repeating: "_", count: words.count)
                    writer.append(sentence, to: &text)
                }
                index += 1
                continue
            }
            let run = files[index...].prefix { !Self.isCoNLLU($0) }
            index += run.count
            for document in try input.documents(paths: Array(run), quiet: quietness.quiet) {
                let segmented = segmenter.segment(document)
                let syntax = analyzer.analyze(segmented)
                for (position, sentence) in syntax.sentences.enumerated() {
                    writer.append(
                        CoNLLUSentence(analyzed: sentence, documentID: document.id.rawValue, text: segmented.text,
                                       isFirstOfDocument: position == 0),
                        to: &text)
                }
            }
        }
        try OutputText.write(text, to: output, inputs: input.inputs)
    }
}
