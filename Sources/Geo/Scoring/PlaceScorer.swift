import ArticleText
import Foundation

/// Scores place recognition and resolution against hand-annotated mentions.
///
/// Gold and system mentions are paired one to one by overlapping spans (``MentionAlignment``): a gold mention is
/// *found* when it is paired, a system mention is *correct* when it is paired. A second system mention over a
/// gold mention already paired ("Washington" and "D.C." for "Washington, D.C.") is *spurious*, so one place
/// split in two counts one match and one false positive. Resolution is scored on found gold mentions that have a GeoNames id: the same id (*exact*), or a
/// place within `toleranceKm` of the gold entry's coordinates (161 km, 100 miles, as in the Mordecai evaluations).
public struct PlaceScorer: Sendable {
    /// Distance within which a resolution counts as right, in kilometres.
    public var toleranceKm: Double = 161

    /// Creates a scorer.
    public init(toleranceKm: Double = 161) { self.toleranceKm = toleranceKm }

    /// One scoring error.
    public struct Error: Hashable, Sendable, Codable {
        /// `missed`, `spurious`, `duplicate` (a second system mention over a gold mention already matched:
        /// spurious too) or `misresolved`.
        public var kind: String
        /// Document id.
        public var document: String
        /// The mention as written.
        public var text: String
        /// Its start offset.
        public var start: Int
        /// What the gold says (GeoNames id), if anything.
        public var gold: Int?
        /// What the system chose ("Tripoli, LBY (2210247)"), if anything.
        public var system: String?
        /// Distance between the two, km, when both have coordinates.
        public var distanceKm: Double?
    }

    /// The scores.
    public struct Report: Hashable, Sendable, Codable {
        public var documents = 0
        public var goldMentions = 0
        public var goldInGazetteer = 0
        public var systemMentions = 0
        public var correctSystemMentions = 0
        public var found = 0
        public var foundInGazetteer = 0
        public var exact = 0
        public var withinTolerance = 0
        public var errors: [Error] = []

        /// Correct system mentions over system mentions.
        public var precision: Double { systemMentions == 0 ? 0 : Double(correctSystemMentions) / Double(systemMentions) }
        /// Found gold mentions over gold mentions.
        public var recall: Double { goldMentions == 0 ? 0 : Double(found) / Double(goldMentions) }
        /// Found gold mentions with a GeoNames id over those with an id.
        public var recallInGazetteer: Double {
            goldInGazetteer == 0 ? 0 : Double(foundInGazetteer) / Double(goldInGazetteer)
        }
        /// Exact GeoNames id over found mentions with an id.
        public var exactAccuracy: Double { foundInGazetteer == 0 ? 0 : Double(exact) / Double(foundInGazetteer) }
        /// Resolved within the tolerance over found mentions with an id.
        public var toleranceAccuracy: Double {
            foundInGazetteer == 0 ? 0 : Double(withinTolerance) / Double(foundInGazetteer)
        }
    }

    /// Scores `system` (the place mentions found in each document) against `gold`.
    /// - Complexity: O(g · s) per document in its gold and system mentions.
    public func score(_ gold: [GoldPlaceDocument], system: (GoldPlaceDocument) -> [PlaceMention]) -> Report {
        score(gold, annotations: { PlaceAnnotation(mentions: system($0)) })
    }

    /// Scores `annotations` (each document's places, resolved and unresolved) against `gold`. An unresolved mention
    /// finds a gold mention over the same words as a resolved one does; paired with a gold mention that has a
    /// GeoNames id it is found but neither exact nor within the tolerance (error `misresolved`, system
    /// "unresolved").
    /// - Complexity: O(g · s) per document in its gold and system mentions.
    public func score(_ gold: [GoldPlaceDocument], annotations: (GoldPlaceDocument) -> PlaceAnnotation) -> Report {
        var report = Report()
        for document in gold {
            let annotation = annotations(document)
            let found = annotation.mentions
            let spans = found.map(\.span) + annotation.unresolved.map(\.span)
            let texts = found.map(\.text) + annotation.unresolved.map(\.text)
            let described = found.map { Self.describe($0.place) } + annotation.unresolved.map { "unresolved (\($0.cue.rawValue))" }
            report.documents += 1
            report.goldMentions += document.places.count
            report.systemMentions += spans.count
            let alignment = MentionAlignment(gold: document.places.map(\.span), system: spans)
            report.correctSystemMentions += alignment.matches
            for (index, gold) in alignment.goldForSystem.enumerated() where gold == nil {
                let over = document.places.first { $0.span.overlaps(spans[index]) }
                report.errors.append(Error(kind: over == nil ? "spurious" : "duplicate", document: document.id,
                                           text: texts[index], start: spans[index].start, gold: over?.geonameId,
                                           system: described[index]))
            }
            for (place, paired) in zip(document.places, alignment.systemForGold) {
                if place.geonameId != nil { report.goldInGazetteer += 1 }
                guard let paired else {
                    report.errors.append(Error(kind: "missed", document: document.id, text: place.text,
                                               start: place.start, gold: place.geonameId))
                    continue
                }
                report.found += 1
                guard let id = place.geonameId, let lat = place.lat, let lon = place.lon else { continue }
                report.foundInGazetteer += 1
                guard paired < found.count else {
                    report.errors.append(Error(kind: "misresolved", document: document.id, text: place.text,
                                               start: place.start, gold: id, system: described[paired]))
                    continue
                }
                let match = found[paired]
                let distance = match.place.coordinate.distance(to: GeoCoordinate(lat: lat, lon: lon))
                if match.place.geonameId == id { report.exact += 1 }
                if distance <= toleranceKm { report.withinTolerance += 1 }
                if match.place.geonameId != id {
                    report.errors.append(Error(
                        kind: "misresolved", document: document.id, text: place.text, start: place.start, gold: id,
                        system: Self.describe(match.place), distanceKm: (distance * 10).rounded() / 10))
                }
            }
        }
        return report
    }

    static func describe(_ place: Place) -> String { "\(place.name), \(place.country) (\(place.geonameId))" }
}
