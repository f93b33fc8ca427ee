import ArgumentParser
import ArticleText
import Foundation
import GraphExport
import Syntax

/// `storygraph eval-parse GOLD.conllu`: tagging, lemma and attachment scores on gold tokens.
struct EvalParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-parse",
        abstract: "Score the tagger, lemmatiser and parser against gold CoNLL-U (on its tokens).",
        discussion: """
            Prints UPOS, XPOS and lemma accuracy, UAS and LAS (every word, punctuation included, as in the \
            CoNLL 2018 shared task; relation subtypes count) and per-relation precision/recall/F1 of the \
            relations the event extractor reads. A tag or lemma the gold leaves out (`_`) is not scored on that \
            word: a gold file without XPOS prints "XPOS n/a" and a note (in JSON: no xposCorrect, xposScored 0 \
            and the note in "notes"), never an accuracy of 0. Every gold word needs HEAD and DEPREL: a file with `_` there \
            (tokens, tags or lemmas alone) is refused, naming the file, line and column of the first such word, \
            before anything is scored. Scores are fractions of 1, as every eval command prints them (the \
            accuracies to four places: UAS 0.7986 is 79.86 %).
            """
    )

    @Argument(help: "Gold CoNLL-U files.")
    var gold: [String]

    @Flag(help: "Print the figures as JSON.")
    var json = false

    static let extractorLabels = [
        "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "obl:tmod", "xcomp", "ccomp", "advcl", "conj",
        "appos", "nmod", "nmod:poss", "acl", "acl:relcl", "compound", "flat", "aux", "aux:pass", "advmod", "case",
        "mark", "amod", "root",
    ]

    @OptionGroup var quietness: QuietOption

    func run() throws {
        // Every file is read and checked before the models are loaded: a file without gold attachments stops
        // the run at once.
        var files: [(path: String, sentences: [CoNLLUSentence])] = []
        for path in gold {
            let sentences = try CoNLLUReader().read(path: path)
            for sentence in sentences {
                if let missing = ParseScorer.missingGoldAttachment(in: sentence, path: path) { throw missing }
            }
            files.append((path, sentences))
        }
        let analyzer = SyntaxAnalyzer(models: try SyntaxModels.bundled())
        var goldWords: [[SyntaxWord]] = []
        var predicted: [[SyntaxWord]] = []
        for (path, sentences) in files {
            for sentence in sentences {
                if let problem = ParseScorer.treeProblem(sentence.words) {
                    let name = sentence.sentenceID.map { "sentence \($0)" } ?? "the sentence at line \(sentence.lineNumber)"
                    quietness.diagnostics.say("storygraph eval-parse: warning: \(path: path): \(name): gold tree has \(problem); its attachments are scored as given")
                }
                var words = sentence.words.map { SyntaxWord(form: $0.form) }
                _ = analyzer.analyze(&words)
                goldWords.append(sentence.words)
                predicted.append(words)
            }
        }
        guard !goldWords.isEmpty else { throw CommandFailure("\(gold.joined(separator: ", ")): no gold sentences") }
        let scores = try ParseScorer().score(gold: goldWords, predicted: predicted, path: gold.joined(separator: ","))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try OutputText.writeStandardOutput(try JSONText.encode(scores, with: encoder) + Data("\n".utf8))
            return
        }
        // Fractions of 1, as every eval command prints scores; four places for the accuracies, which compare
        // parsers to a hundredth of a percentage point.
        func fraction(_ value: Double?) -> String { value.map { String(format: "%.4f", $0) } ?? "n/a" }
        var lines = [
            "sentences \(scores.sentences)  words \(scores.words)",
            "UPOS \(fraction(scores.upos))  XPOS \(fraction(scores.xpos))  lemma \(fraction(scores.lemma))",
            "UAS \(fraction(scores.uas))  LAS \(fraction(scores.las))",
        ]
        lines += scores.notes.map { "note: \($0)" }
        lines.append("relation      gold      P      R     F1")
        for label in Self.extractorLabels {
            let score = scores.labels[label] ?? .init()
            guard score.gold + score.predicted > 0 else { continue }
            lines.append(
                label.padding(toLength: 12, withPad: " ", startingAt: 0)
                    + String(format: " %6d  %5.3f  %5.3f  %5.3f", score.gold, score.precision, score.recall, score.f1))
        }
        try OutputText.write(lines.joined(separator: "\n") + "\n", to: nil)
    }
}
