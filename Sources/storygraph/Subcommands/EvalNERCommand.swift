import ArgumentParser
import ArticleText
import Foundation
import GraphExport
import Syntax

/// `storygraph eval-ner GOLD.iob2`: exact-span precision, recall and F1 per entity type.
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-ner",
        abstract: "Score the named-entity recogniser against gold IOB2 (PER, ORG, LOC; exact spans).",
        discussion: """
            MISC tags in the gold file are ignored on both sides; any other type (B-XYZ, B-GPE) is an error \
            naming the file, line and tag, since ignoring it would drop its names from the gold. Predictions are made as `storygraph \
            ner` makes them: within each document ('# newdoc' comments) a name keeps one type and, found twice, \
            is found wherever it recurs. Precision, recall and F1 are fractions of 1 (0.919), as every eval \
            command prints them.
            """
    )

    @Argument(help: "Gold IOB2 file.")
    var gold: String

    @Flag(help: "Print the figures as JSON.")
    var json = false

    @OptionGroup var quietness: QuietOption

    func run() throws {
        let analyzer = SyntaxAnalyzer(models: try SyntaxModels.bundled())
        let sentences = try IOB2Reader().read(path: gold)
        guard !sentences.isEmpty else { throw CommandFailure("\(path: gold): no gold sentences") }
        var goldSpans: [[EntitySpan]] = []
        var predicted: [[EntitySpan]] = []
        for sentence in sentences {
            var words = sentence.words.map { SyntaxWord(form: $0) }
            predicted.append(analyzer.entities(&words))
            goldSpans.append(sentence.entities)
        }
        predicted = EntityRecognizer.harmonized(predicted, in: sentences)
        let scores = EntityScorer().score(gold: goldSpans, predicted: predicted)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try OutputText.writeStandardOutput(try JSONText.encode(scores, with: encoder) + Data("\n".utf8))
            return
        }
        try OutputText.write(scores.summary + "\n", to: nil)
    }
}
