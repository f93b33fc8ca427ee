import ArgumentParser
import Foundation
import GraphExport
import TemporalExpressions

/// `storygraph eval-timex GOLD.jsonl`: TempEval-3 scores of the TIMEX3 tagger against hand-annotated gold.
struct EvalTimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-timex",
        abstract: "Score TIMEX3 recognition and normalisation against gold JSONL.",
        discussion: """
            GOLD is JSONL, one {"id","published","text","timex":[{"start","end","type","value"}]} per line, \
            with Unicode scalar offsets (end exclusive); each record has its own id (an id given twice is an \
            error naming both lines). Prints strict and relaxed span P/R/F1, type accuracy \
            and value-F1 (TempEval-3 definitions).
            """
    )

    @Argument(help: "Gold JSONL file.")
    var gold: String

    @Flag(help: "Also list every missed, spurious or mismatched expression.")
    var showErrors = false

    @Flag(help: "Print the figures as JSON.")
    var json = false

    @OptionGroup var quietness: QuietOption

    func run() throws {
        let documents = try GoldFile(path: gold).documents(GoldDocument.self) { try GoldDocument.readJSONL($0) }
        let evaluation = TimexScorer().evaluate(documents)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            var report = evaluation
            if !showErrors { report.mismatches = [] }
            try OutputText.writeStandardOutput(try JSONText.encode(report, with: encoder) + Data("\n".utf8))
            return
        }
        var lines: [String] = []
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func row(_ name: String, _ m: PrecisionRecall) -> String {
            name.padding(toLength: 14, withPad: " ", startingAt: 0) + "P \(f(m.precision))  R \(f(m.recall))  F1 \(f(m.f1))"
        }
        lines.append("documents \(evaluation.documents)  gold \(evaluation.gold)  system \(evaluation.system)")
        lines.append(row("strict span", evaluation.strict))
        lines.append(row("relaxed span", evaluation.relaxed))
        lines.append(row("type", evaluation.typeF1))
        lines.append(row("value", evaluation.valueF1))
        lines.append("type accuracy \(f(evaluation.typeAccuracy))  value accuracy \(f(evaluation.valueAccuracy))")
        if showErrors {
            for m in evaluation.mismatches {
                lines.append("\(m.kind.padding(toLength: 8, withPad: " ", startingAt: 0)) \(m.document)  gold: \(m.gold ?? "-")  system: \(m.system ?? "-")")
            }
        }
        try OutputText.write(lines.joined(separator: "\n") + "\n", to: nil)
    }
}
