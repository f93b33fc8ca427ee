import Foundation

/// Building the gazetteer from Storygraph's actor lexicon (`lexicon.json` of the ActorLexicon module), read as plain
/// JSON so that this module does not depend on that one.
extension EntityGazetteer {
    /// The fields of a lexicon actor the gazetteer needs.
    private struct LexiconActor: Decodable {
        var kind: String
        var name: String
        var aliases: [String]?
        var short: [String]?
        var metonyms: [String]?
        var adjective: String?
    }

    private struct Lexicon: Decodable {
        var actors: [LexiconActor]
    }

    /// Creates a gazetteer from the actor lexicon's JSON.
    ///
    /// Persons' names, aliases and short forms become PER (and their first and last words given names and
    /// surnames); organisations' names, aliases and short forms become
    /// ORG; states' names, aliases and capitals (metonyms) become LOC, except aliases that are the demonym
    /// ("Afghan", "Afghans"), which Universal NER does not mark.
    /// Names in `places` (cities, regions, countries of a place gazetteer) become LOC as well, unless the lexicon
    /// has them as a person's or organisation's name; names in `regions` (countries and first-level divisions)
    /// become LOC even then (the lexicon's organisation "Texas" is the state's government; the state is a place).
    /// - Parameters:
    ///   - lexiconJSON: The contents of `lexicon.json` (`{"actors": [{kind, name, aliases, …}]}`).
    ///   - places: Further place names.
    ///   - regions: Names of countries and first-level divisions, always places.
    /// - Throws: `SyntaxError.unreadable` when the JSON does not have that shape.
    public init(lexiconJSON: Data, places: [String] = [], regions: [String] = []) throws {
        let lexicon: Lexicon
        do {
            lexicon = try JSONDecoder().decode(Lexicon.self, from: lexiconJSON)
        } catch {
            throw SyntaxError.unreadable(path: "actor lexicon JSON", reason: "not a lexicon: \(error)")
        }
        var entries: [(phrase: String, type: EntitySpan.EntityType)] = []
        var persons: [String] = []
        for actor in lexicon.actors {
            let names = [actor.name] + (actor.aliases ?? []) + (actor.short ?? [])
            switch actor.kind {
            case "person":
                entries += names.map { ($0, .person) }
                persons += [actor.name] + (actor.aliases ?? [])
            case "organization":
                entries += names.map { ($0, .organization) }
            case "state":
                let demonym = actor.adjective?.lowercased()
                for name in names + (actor.metonyms ?? []) {
                    let lower = name.lowercased()
                    if let demonym, lower == demonym || lower == demonym + "s" || lower == demonym + "es" { continue }
                    entries.append((name, .location))
                }
            default:
                continue
            }
        }
        // A place name that the lexicon lists as a person or organisation stays theirs (GeoNames gives "Hamas" as
        // another name of Hamm).
        let taken = Set(entries.filter { $0.type != .location }.map { $0.phrase.lowercased() })
        entries += places.filter { !taken.contains($0.lowercased()) }.map { ($0, .location) }
        entries += regions.map { ($0, .location) }
        self.init(entries: entries)
        nameParts = Self.nameParts(of: persons)
    }
}
