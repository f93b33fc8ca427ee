import ArgumentParser
import EventExtraction
import EventOntology
import ArticleText
import Foundation
import Syntax

/// `storygraph train-events GOLD.jsonl…`: trains the event-type classifier the extractor falls back on.
struct TrainEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-events",
        abstract: "Train the event-type classifier on one-sentence event gold (JSONL).",
        discussion: """
            Each GOLD file is event gold as `eval-events` reads it. A record of one or two sentences whose \
            events all have one PLOVER type teaches that type, one with no event teaches "no event"; longer \
            records and records with several types (articles) are skipped, and a file with no usable record is \
            an error. The classifier is an averaged perceptron over the bundled parser's analysis \
            of each text (lemmas, head–dependent pairs, argument frames, bigrams; proper nouns masked); the \
            extractor asks it about sentences its rules coded nothing in and keeps a type that leads the \
            runner-up by at least 6. Same files, epochs and seed give the same bytes. `make event-model` writes \
            the bundled model from Tests/Gold/events-sentences*.jsonl. With --cross-validate nothing is written: \
            each file is scored by a model trained on the others (type accuracy over its records with an event, \
            and over those the extractor would use). The extractor reads the model bundled at build time: after \
            writing a new one to the default --out (relative to the current folder: run from the repository's \
            root), rebuild (`swift build -c release`).
            """
    )

    @Argument(help: "Gold JSONL files to learn from.")
    var gold: [String]

    @Option(name: .customLong("negatives"), help: ArgumentHelp(
        "A CoNLL-U file whose sentences (their `# text =` lines, parsed anew) teach \"no event\"; repeatable.",
        valueName: "file"))
    var negatives: [String] = []

    @Option(help: "Where to write the model (relative to the current folder).")
    var out = "Sources/EventExtraction/Resources/event-types.tsv"

    @Option(help: "Passes over the training data (1–100).")
    var epochs = 10

    @Option(help: "Seed of the order the examples are visited in.")
    var seed: UInt64 = 1

    @Flag(help: "Score each file with a model trained on the others instead of writing a model.")
    var crossValidate = false

    @Option(help: "With --cross-validate: the lead over the runner-up a type needs to count as used (the extractor's is 6).")
    var margin: Float = EventTypeModel.minimumMargin

    @OptionGroup var quietness: QuietOption

    func validate() throws {
        guard (1...100).contains(epochs) else { throw ValidationError("--epochs must be 1–100, got \(epochs)") }
        guard !gold.isEmpty else { throw ValidationError("give at least one gold JSONL file") }
        if crossValidate, gold.count < 2 { throw ValidationError("--cross-validate needs at least two gold files") }
        let inputs = (gold + negatives).map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        if let repeated = inputs.first(where: { path in inputs.filter { $0 == path }.count > 1 }) {
            throw ValidationError("\(path: repeated) is given twice: each file may be read once (a file scored against itself would score too well)")
        }
        guard margin.isFinite, margin >= 0 else { throw ValidationError("--margin must be a number of 0 or more, got \(margin)") }
        if margin != EventTypeModel.minimumMargin, !crossValidate {
            throw ValidationError("--margin only applies with --cross-validate (the extractor's margin is \(Int(EventTypeModel.minimumMargin)))")
        }
    }

    func run() throws {
        let analyzer = SyntaxAnalyzer(models: try SyntaxModels.bundled())
        let segmenter = TextSegmenter()
        var examplesByFile: [[EventTypeModel.Example]] = []
        for path in gold {
            let documents = try GoldFile(path: path).documents(EventGoldDocument.self) { try EventGoldDocument.readJSONL($0) }
            var examples: [EventTypeModel.Example] = []
            for document in documents {
                let types = Set(document.events.map(\.type))
                guard types.count <= 1 else { continue }
                let analysis = analyzer.analyze(segmenter.segment(document.document))
                guard analysis.sentences.count <= 2 else { continue }
                examples.append(EventTypeModel.Example(
                    features: EventTypeFeatures.features(of: analysis.sentences), type: types.first))
            }
            if examples.isEmpty {
                throw CommandFailure("\(path: path): no record of one or two sentences with one event type or none to learn from (articles are skipped)")
            }
            examplesByFile.append(examples)
        }
        var negativeExamples: [EventTypeModel.Example] = []
        for path in negatives {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw CommandFailure("\(path: path): is a directory, not a CoNLL-U file")
            }
            guard let text = String(data: try GoldFile(path: path).contents(), encoding: .utf8) else {
                throw CommandFailure("\(path: path): cannot be read as UTF-8 text")
            }
            let sentences = text.split(separator: "\n").filter { $0.hasPrefix("# text = ") }.map { String($0.dropFirst(9)) }
            if sentences.isEmpty { throw CommandFailure("\(path: path): no `# text =` line: not CoNLL-U with sentence texts") }
            for (index, sentence) in sentences.enumerated() {
                let document = Document(id: DocumentID("\(path)#\(index + 1)"), text: sentence, published: nil)
                let analysis = analyzer.analyze(segmenter.segment(document))
                negativeExamples.append(EventTypeModel.Example(features: EventTypeFeatures.features(of: analysis.sentences), type: nil))
            }
        }
        if crossValidate {
            try printCrossValidation(examplesByFile, negatives: negativeExamples)
            return
        }
        let model = EventTypeModel.train(examplesByFile.flatMap { $0 } + negativeExamples, epochs: epochs, seed: seed)
        try OutputText.write(model.serialized(), to: out, inputs: gold + negatives)
        let count = examplesByFile.reduce(0) { $0 + $1.count }
        quietness.diagnostics.say("wrote \(path: out) from \(count) records of \(gold.count) files")
    }

    /// Prints, per file, the accuracy of a model trained on the other files.
    private func printCrossValidation(_ examplesByFile: [[EventTypeModel.Example]], negatives: [EventTypeModel.Example]) throws {
        var lines: [String] = []
        var (total, right, used, usedRight) = (0, 0, 0, 0)
        func f(_ a: Int, _ b: Int) -> String { b == 0 ? "–" : String(format: "%.3f", Double(a) / Double(b)) }
        for (index, examples) in examplesByFile.enumerated() {
            let training = examplesByFile.enumerated().filter { $0.offset != index }.flatMap(\.element) + negatives
            let model = EventTypeModel.train(training, epochs: epochs, seed: seed)
            var (n, r, u, ur) = (0, 0, 0, 0)
            for example in examples where example.type != nil {
                let (type, margin) = model.classify(example.features)
                n += 1
                if type == example.type { r += 1 }
                if type != nil, margin >= self.margin {
                    u += 1
                    if type == example.type { ur += 1 }
                }
            }
            lines.append("\(gold[index])  records \(n)  type accuracy \(f(r, n))  used \(u) (\(f(u, n)))  accuracy of used \(f(ur, u))")
            (total, right, used, usedRight) = (total + n, right + r, used + u, usedRight + ur)
        }
        lines.append("all  records \(total)  type accuracy \(f(right, total))  used \(used) (\(f(used, total)))  accuracy of used \(f(usedRight, used))")
        try OutputText.write(lines.joined(separator: "\n") + "\n", to: nil)
    }
}
