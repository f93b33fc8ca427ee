import ArgumentParser
import EventExtraction
import Foundation
import GraphExport

/// `storygraph eval-events GOLD.jsonl`: precision, recall and F1 of event extraction against hand-annotated gold.
struct EvalEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-events",
        abstract: "Score PLOVER event extraction against gold JSONL.",
        discussion: """
            GOLD is JSONL, one {"id","published","text","events":[{"source","target","type","modality","date"}]} \
            per line, with country-level actor codes; each record has its own id (an id given twice is an error \
            naming both lines). Runs the whole pipeline on each text and prints P/R/F1 for \
            (source, target, type), for dyads regardless of type, for types regardless of actors (the "event type \
            found" measure of one-sentence sets), and modality and date accuracy over matches; \
            then P/R/F1 per PLOVER type and the missed gold events by class (wrong type, wrong target, wrong \
            source, no event). A lower-case gold code ("hamas", "pkk") names a non-state group by the slug of its id, \
            name or one of its aliases.
            """
    )

    @OptionGroup var dictionaries: ExtractionOptions

    @Argument(help: "Gold JSONL file.")
    var gold: String

    @Flag(help: "Also list every missed, spurious or mismatched event.")
    var showErrors = false

    @Flag(help: "Print the figures as JSON.")
    var json = false

    @OptionGroup var quietness: QuietOption

    func run() throws {
        let documents = try GoldFile(path: gold).documents(EventGoldDocument.self) {
            try EventGoldDocument.readJSONL($0)
        }
        let pipeline = try dictionaries.pipeline()
        let scorer = EventScorer(lexicon: pipeline.recognizer.lexicon)
        var score = EventScore()
        for document in documents {
            let extraction = pipeline.extract(document.document)
            scorer.add(document: document.id, gold: document.events, system: extraction.events,
                       mentions: extraction.actors.flatMap(\.mentions), to: &score)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            if !showErrors { score.mismatches = [] }
            try OutputText.writeStandardOutput(try JSONText.encode(score, with: encoder) + Data("\n".utf8))
            return
        }
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func row(_ name: String, _ m: EventMeasure) -> String {
            name.padding(toLength: 22, withPad: " ", startingAt: 0)
                + "P \(f(m.precision))  R \(f(m.recall))  F1 \(f(m.f1))  (tp \(m.truePositives) fp \(m.falsePositives) fn \(m.falseNegatives))"
        }
        var lines = ["documents \(score.documents)"]
        lines.append(row("source-target-type", score.event))
        lines.append(row("dyad (any type)", score.dyad))
        lines.append(row("type (any actors)", score.type))
        func ratio(_ value: Double, _ count: Int, _ total: Int) -> String { total == 0 ? "– (0/0)" : "\(f(value)) (\(count)/\(total))" }
        lines.append("modality accuracy \(ratio(score.modalityAccuracy, score.modalityCorrect, score.event.truePositives))"
            + "  date accuracy \(ratio(score.dateAccuracy, score.dateCorrect, score.datedMatches))")
        lines.append("by type                P      R      F1     tp  fp  fn")
        for type in score.byType.keys.sorted() {
            guard let m = score.byType[type] else { continue }
            lines.append(type.padding(toLength: 22, withPad: " ", startingAt: 0)
                + "\(f(m.precision))  \(f(m.recall))  \(f(m.f1))  \(m.truePositives)  \(m.falsePositives)  \(m.falseNegatives)")
        }
        if !score.missClasses.isEmpty {
            lines.append("missed gold events: " + score.missClasses.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if showErrors {
            for m in score.mismatches {
                lines.append("\(m.kind.padding(toLength: 9, withPad: " ", startingAt: 0)) \(m.document.prefix(40))  gold: \(m.gold ?? "-")  system: \(m.system ?? "-")")
            }
        }
        try OutputText.write(lines.joined(separator: "\n") + "\n", to: nil)
    }
}
