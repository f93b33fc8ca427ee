import ActorLexicon
import ArgumentParser
import Foundation
import GraphExport
import Syntax

/// `storygraph eval-actors GOLD.jsonl`: mention-level precision/recall/F1 of actor recognition.
struct EvalActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-actors",
        abstract: "Score actor recognition against hand-annotated gold mentions (JSONL).",
        discussion: """
            Each gold line is {"id","published","text","mentions":[{"start","end","text","actor","country","sector"}]}
            with Unicode scalar offsets; each record has its own id (an id given twice is an error naming both
            lines). Prints precision, recall and F1 for exact (span + actor), code (span +
            country + sector), country (span + country) and overlap (overlapping span + country) matching.
            """
    )

    @Argument(help: "Gold JSONL file.")
    var gold: String

    @Option(help: "A user lexicon file (YAML or JSON) merged over the bundled lexicon.")
    var lexicon: String?

    @Flag(help: "Print the report as JSON (with every exact-match error).")
    var json = false

    @Flag(name: [.customLong("show-errors"), .customLong("errors")], help: "List exact-match errors after the table.")
    var errors = false

    func validate() throws {
        if let lexicon { try ExtractionOptions.checkFile(lexicon, option: "--lexicon") }
    }

    @OptionGroup var quietness: QuietOption

    func run() throws {
        let documents = try GoldFile(path: gold).documents(GoldDocument.self) {
            [try JSONDecoder().decode(GoldDocument.self, from: $0)]
        }
        let base = try Lexicon.bundledOrError()
        let merged = try lexicon.map { try base.merging(userFile: URL(fileURLWithPath: $0)) } ?? base
        let report = ActorScorer(
            recognizer: ActorRecognizer(lexicon: merged), syntax: SyntaxAnalyzer(models: try SyntaxModels.bundled())).score(documents)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            try OutputText.writeStandardOutput(try JSONText.encode(report, with: encoder) + Data("\n".utf8))
            return
        }
        var lines = ["\(report.documents) documents, \(report.goldMentions) gold mentions",
                     "matching   precision  recall   F1      TP   FP   FN"]
        for matching in ActorScorer.Matching.allCases {
            guard let s = report.scores[matching.rawValue] else { continue }
            let name = matching.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            lines.append(name + String(format: " %9.3f  %6.3f  %6.3f  %4d %4d %4d", s.precision, s.recall, s.f1,
                                       s.truePositives, s.falsePositives, s.falseNegatives))
        }
        if errors {
            for miss in report.misses {
                lines.append("\(miss.document):\(miss.start)-\(miss.end) \(miss.kind) \"\(miss.text)\" \(miss.actor)")
            }
        }
        try OutputText.write(lines.joined(separator: "\n") + "\n", to: nil)
    }
}
