import ActorLexicon
import EventOntology

/// Precision, recall and F1 from counts.
public struct EventMeasure: Hashable, Sendable, Codable {
    /// Matched items.
    public var truePositives: Int
    /// System items without a gold match.
    public var falsePositives: Int
    /// Gold items without a system match.
    public var falseNegatives: Int

    /// TP / (TP + FP), 0 when there is no system item.
    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    /// TP / (TP + FN), 0 when there is no gold item.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    /// Harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

/// The scores of an event extraction run against gold.
public struct EventScore: Hashable, Sendable, Codable {
    /// One difference between system and gold, for error analysis.
    public struct Mismatch: Hashable, Sendable, Codable {
        /// `missed`, `spurious`, `modality` or `date`.
        public var kind: String
        /// Document id.
        public var document: String
        /// The gold event as `TYPE SRC>TGT modality date`, if any.
        public var gold: String?
        /// The system event likewise, with its sentence index, if any.
        public var system: String?
    }

    /// Documents scored.
    public var documents = 0
    /// (source, target, type) with country-level codes; symmetric types match in either direction.
    public var event = EventMeasure(truePositives: 0, falsePositives: 0, falseNegatives: 0)
    /// (source, target) regardless of type.
    public var dyad = EventMeasure(truePositives: 0, falsePositives: 0, falseNegatives: 0)
    /// PLOVER type regardless of actors: a gold event counts as found when the document has a system event of
    /// its type not already paired with another gold event of that type (the "event type found" measure of
    /// one-sentence benchmarks); system events of a type no gold event has are false positives.
    public var type = EventMeasure(truePositives: 0, falsePositives: 0, falseNegatives: 0)
    /// Among matched events: modality equal to gold.
    public var modalityCorrect = 0
    /// Among matched events whose gold has a date: date value (or range begin) equal to gold.
    public var dateCorrect = 0
    /// Matched events whose gold has a date.
    public var datedMatches = 0
    /// Differences, in document order.
    public var mismatches: [Mismatch] = []
    /// (source, target, type) scores by PLOVER type: true positives and misses counted under the gold type,
    /// false positives under the system's.
    public var byType: [String: EventMeasure] = [:]
    /// Missed gold events by what went wrong: `wrong type` (an unmatched system event has the dyad),
    /// `wrong target` (same type and source), `wrong source` (same type and target), `no event`.
    public var missClasses: [String: Int] = [:]

    /// Modality accuracy over matched events.
    public var modalityAccuracy: Double {
        event.truePositives == 0 ? 0 : Double(modalityCorrect) / Double(event.truePositives)
    }
    /// Date accuracy over matched events with a gold date.
    public var dateAccuracy: Double { datedMatches == 0 ? 0 : Double(dateCorrect) / Double(datedMatches) }

    /// An empty score.
    public init() {}
}

/// Scores extracted events against gold at the country level: (source country, target country, PLOVER type).
///
/// Matching is one-to-one per document: first pairs that also agree on modality and date, then on modality,
/// then the rest, in text order. A date is right at the gold's granularity (a time of day the gold leaves out
/// does not count against it).
/// Actors without a country are compared by id. A gold code in lower case names a non-state group by slug
/// ("hamas", "taliban"): it matches a system actor whose id is that slug or ends in "-" + slug (`pse-hamas`),
/// or, with a lexicon, one of whose name and aliases has that slug ("pkk"), whatever the actor's country.
public struct EventScorer: Sendable {
    /// Slugs of an actor's name and aliases ("kurdistan-workers-party" → "pkk", "kadek", …), so that a gold slug
    /// written as a group's short name matches; empty when the scorer has no lexicon.
    let aliasSlugs: @Sendable (ActorID) -> Set<String>

    /// Creates a scorer that matches lower-case gold slugs against actor ids only.
    public init() { aliasSlugs = { _ in [] } }

    /// Creates a scorer that also matches a lower-case gold slug against the slugs of the actor's name and
    /// aliases in `lexicon` ("pkk" matches `kurdistan-workers-party`, whose aliases include "PKK").
    public init(lexicon: Lexicon) {
        aliasSlugs = { id in
            guard let entry = lexicon.entry(id) else { return [] }
            return Set(([entry.name] + entry.aliases).map(LexiconFile.slug))
        }
    }

    /// The initials of a slug of three words or more, function words left out ("revolutionary-united-front" →
    /// "ruf", "lords-resistance-army" → "lra"); `nil` for shorter slugs, whose initials would be ambiguous.
    public static func initials(_ slug: String) -> String? {
        let words = slug.split(separator: "-").filter { !["of", "the", "and", "for", "de", "la", "del"].contains($0) }
        guard words.count >= 3 else { return nil }
        return String(words.compactMap(\.first))
    }

    /// Adds the comparison of one document's system events with its gold events to `score`. `mentions` (the
    /// document's actor mentions) let a gold slug match what the text called the actor ("eln" for the
    /// National Liberation Army introduced as "… (ELN)").
    public func add(document: String, gold: [GoldEvent], system: [Event], mentions: [ActorMention] = [],
                    to score: inout EventScore)
    {
        score.documents += 1
        let predicted = system.map { event in
            (event, event.sourceCountry ?? event.source.rawValue, event.target.map { event.targetCountry ?? $0.rawValue })
        }
        // The alias slugs of each system actor, computed once per document.
        var slugs: [ActorID: Set<String>] = [:]
        for event in system {
            for actor in [event.source] + (event.target.map { [$0] } ?? []) where slugs[actor] == nil {
                slugs[actor] = aliasSlugs(actor)
            }
        }
        for mention in mentions where slugs[mention.actor] != nil {
            slugs[mention.actor]?.insert(LexiconFile.slug(mention.text))
        }
        // A group's initials stand for it as its gold slug often does ("ruf" for the Revolutionary United
        // Front, "imu" for the Islamic Movement of Uzbekistan).
        for (actor, known) in slugs {
            slugs[actor] = known.union((known + [actor.rawValue]).compactMap(Self.initials))
        }
        func same(_ gold: String?, _ country: String?, _ id: ActorID?) -> Bool {
            guard let gold else { return country == nil }
            if gold == country { return true }
            guard let actor = id, gold.lowercased() == gold else { return false }
            let id = actor.rawValue
            return id == gold || id.hasSuffix("-" + gold) || (slugs[actor]?.contains(gold) ?? false)
        }
        func sameDyad(_ g: GoldEvent, _ p: (Event, String, String?), symmetric: Bool) -> Bool {
            (same(g.source, p.1, p.0.source) && same(g.target, p.2, p.0.target))
                || (symmetric && same(g.source, p.2, p.0.target) && same(g.target, p.1, p.0.source))
        }
        var used = Set<Int>()
        var goldMatched = [Int?](repeating: nil, count: gold.count)
        // Three passes: pairs that agree on modality and date, then on modality, then the rest.
        for pass in 0..<3 {
            for (gi, g) in gold.enumerated() where goldMatched[gi] == nil {
                if let pi = predicted.indices.first(where: { pi in
                    !used.contains(pi) && predicted[pi].0.type == g.type
                        && sameDyad(g, predicted[pi], symmetric: g.type.isSymmetric)
                        && (pass == 2 || predicted[pi].0.modality == g.modality)
                        && (pass >= 1 || g.date.map { Self.sameDate(predicted[pi].0, $0) } ?? true)
                }) {
                    used.insert(pi)
                    goldMatched[gi] = pi
                }
            }
        }
        let empty = EventMeasure(truePositives: 0, falsePositives: 0, falseNegatives: 0)
        for (gi, g) in gold.enumerated() {
            guard let pi = goldMatched[gi] else {
                score.event.falseNegatives += 1
                score.byType[g.type.rawValue, default: empty].falseNegatives += 1
                let unmatched = predicted.indices.filter { !used.contains($0) }.map { predicted[$0] }
                let missClass: String
                if unmatched.contains(where: { sameDyad(g, $0, symmetric: true) }) {
                    missClass = "wrong type"
                } else if unmatched.contains(where: { $0.0.type == g.type && same(g.source, $0.1, $0.0.source) }) {
                    missClass = "wrong target"
                } else if unmatched.contains(where: { $0.0.type == g.type && same(g.target, $0.2, $0.0.target) }) {
                    missClass = "wrong source"
                } else {
                    missClass = "no event"
                }
                score.missClasses[missClass, default: 0] += 1
                score.mismatches.append(.init(kind: "missed", document: document, gold: describe(g), system: nil))
                continue
            }
            score.event.truePositives += 1
            score.byType[g.type.rawValue, default: empty].truePositives += 1
            let event = predicted[pi].0
            if event.modality == g.modality {
                score.modalityCorrect += 1
            } else {
                score.mismatches.append(.init(kind: "modality", document: document, gold: describe(g), system: describe(event)))
            }
            if let date = g.date {
                score.datedMatches += 1
                if Self.sameDate(event, date) {
                    score.dateCorrect += 1
                } else {
                    score.mismatches.append(.init(kind: "date", document: document, gold: describe(g), system: describe(event)))
                }
            }
        }
        for pi in predicted.indices where !used.contains(pi) {
            score.event.falsePositives += 1
            score.byType[predicted[pi].0.type.rawValue, default: empty].falsePositives += 1
            score.mismatches.append(.init(kind: "spurious", document: document, gold: nil, system: describe(predicted[pi].0)))
        }
        // Dyads regardless of type, one-to-one.
        var dyadUsed = Set<Int>()
        for g in gold {
            if let pi = predicted.indices.first(where: { !dyadUsed.contains($0) && sameDyad(g, predicted[$0], symmetric: true) }) {
                dyadUsed.insert(pi)
                score.dyad.truePositives += 1
            } else {
                score.dyad.falseNegatives += 1
            }
        }
        score.dyad.falsePositives += predicted.count - dyadUsed.count
        // Types regardless of actors, one-to-one.
        var typeUsed = Set<Int>()
        for g in gold {
            if let pi = predicted.indices.first(where: { !typeUsed.contains($0) && predicted[$0].0.type == g.type }) {
                typeUsed.insert(pi)
                score.type.truePositives += 1
            } else {
                score.type.falseNegatives += 1
            }
        }
        score.type.falsePositives += predicted.count - typeUsed.count
    }

    /// Whether an event's date is the gold date at the gold's granularity: its value or range begin, or its
    /// value with a time of day the gold leaves out ("2020-07-10TNI" for a gold "2020-07-10").
    static func sameDate(_ event: Event, _ gold: String) -> Bool {
        guard let date = event.date else { return false }
        return date.value == gold || date.rangeBegin == gold || (date.value?.hasPrefix(gold + "T") ?? false)
    }

    private func describe(_ g: GoldEvent) -> String {
        "\(g.type.rawValue) \(g.source)>\(g.target ?? "-") \(g.modality.rawValue) \(g.date ?? "-")"
    }

    private func describe(_ e: Event) -> String {
        let target = e.target.map { e.targetCountry ?? $0.rawValue } ?? "-"
        return "\(e.type.rawValue) \(e.sourceCountry ?? e.source.rawValue)>\(target) \(e.modality.rawValue) "
            + "\(e.date?.value ?? "-") [s\(e.evidence.sentence) \(e.trigger)]"
    }
}
