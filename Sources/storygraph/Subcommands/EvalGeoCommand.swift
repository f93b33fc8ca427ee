import ArgumentParser
import ArticleText
import EventExtraction
import Foundation
import GraphExport
import Geo

/// `storygraph eval-geo GOLD.jsonl`: place mentions found, and resolved to the right GeoNames entry.
struct EvalGeoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-geo",
        abstract: "Score place recognition and GeoNames resolution against hand-annotated place mentions (JSONL).",
        discussion: """
            Each gold line is {"id","published","text","places":[{"start","end","text","geonameId","lat","lon"}]} \
            with Unicode scalar offsets; geonameId is null for places outside the gazetteer; each record has its \
            own id (an id given twice is an error naming both lines). Runs the whole \
            pipeline and prints: gold mentions found, precision of system mentions, and, over found mentions \
            with an id, the exact GeoNames id rate and the share resolved within 161 km.

            Gold and system mentions are paired one to one by overlapping spans (the same span first, then the \
            largest overlap): a gold mention is found, and a system mention correct, when it is paired. Two \
            system mentions over one gold mention ("Washington" and "D.C." for "Washington, D.C.") are one \
            match and one false positive, listed by --errors as duplicate.
            """
    )

    @Argument(help: "Gold JSONL file.")
    var gold: String

    @OptionGroup var extraction: ExtractionOptions

    @Flag(help: "Print the report as JSON (with every error).")
    var json = false

    @Flag(name: [.customLong("show-errors"), .customLong("errors")], help: "List missed, spurious, duplicate and misresolved mentions.")
    var errors = false

    @OptionGroup var quietness: QuietOption

    func run() throws {
        let documents = try GoldFile(path: gold).documents(GoldPlaceDocument.self) {
            [try JSONDecoder().decode(GoldPlaceDocument.self, from: $0)]
        }
        var pipeline = try extraction.pipeline()
        if pipeline.places == nil { pipeline.places = PlaceRecognizer(gazetteer: try Gazetteer.bundledOrError()) }
        let report = PlaceScorer().score(documents, annotations: { document in
            let published = document.published.flatMap(CalendarDate.init(iso:))
            let input = Document(id: DocumentID(document.id), text: document.text, published: published)
            let extraction = pipeline.extract(input)
            return PlaceAnnotation(mentions: extraction.places ?? [], unresolved: extraction.unresolvedPlaces ?? [])
        })
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            try OutputText.writeStandardOutput(try JSONText.encode(report, with: encoder) + Data("\n".utf8))
            return
        }
        var lines = [
            "\(report.documents) documents, \(report.goldMentions) gold place mentions (\(report.goldInGazetteer) in the gazetteer), \(report.systemMentions) found by the system",
            String(format: "found (recall)          %.3f  (%d/%d); in the gazetteer %.3f (%d/%d)", report.recall,
                   report.found, report.goldMentions, report.recallInGazetteer, report.foundInGazetteer, report.goldInGazetteer),
            String(format: "precision               %.3f  (%d/%d)", report.precision, report.correctSystemMentions, report.systemMentions),
            String(format: "exact GeoNames id       %.3f  (%d/%d found with an id)", report.exactAccuracy, report.exact, report.foundInGazetteer),
            String(format: "within 161 km           %.3f  (%d/%d found with an id)", report.toleranceAccuracy,
                   report.withinTolerance, report.foundInGazetteer),
        ]
        if errors {
            for error in report.errors {
                var line = "\(error.document):\(error.start) \(error.kind) \"\(error.text)\""
                if let gold = error.gold { line += " gold \(gold)" }
                if let system = error.system { line += " system \(system)" }
                if let distance = error.distanceKm { line += " \(distance) km" }
                lines.append(line)
            }
        }
        try OutputText.write(lines.joined(separator: "\n") + "\n", to: nil)
    }
}
