import ArticleText
import Foundation

extension Lexicon {
    /// The lexicon bundled with the module (`Resources/lexicon.json`), decoded once and cached.
    ///
    /// Falls back to an empty lexicon only if the resource is missing or corrupt, which `bundledOrError()`
    /// reports; the build always ships it.
    public static func bundled() -> Lexicon {
        BundledLexicon.shared.lexicon ?? Lexicon(entries: [])
    }

    /// The bundled lexicon, or the error that kept it from loading.
    /// - Throws: `LexiconError.bundledResourceMissing` or `.bundledResourceCorrupt`.
    public static func bundledOrError() throws -> Lexicon {
        switch BundledLexicon.shared.result {
        case .success(let lexicon): return lexicon
        case .failure(let error): throw error
        }
    }

    /// Decodes the compact JSON written by `Scripts/build_lexicon.py`.
    static func decodeBundled(_ data: Data) throws -> Lexicon {
        let raw: RawLexicon
        do {
            raw = try JSONDecoder().decode(RawLexicon.self, from: data)
        } catch {
            throw LexiconError.bundledResourceCorrupt(String(describing: error))
        }
        let entries = raw.actors.map { actor in
            LexiconEntry(
                id: ActorID(actor.id), name: actor.name, kind: ActorKind(rawValue: actor.kind) ?? .organization,
                country: actor.country, sector: actor.sector, aliases: actor.aliases ?? [],
                roles: (actor.roles ?? []).map { fields in
                    func field(_ i: Int) -> String? { i < fields.count ? fields[i] : nil }
                    return ActorRole(
                        country: field(0), sector: field(1), from: field(2).flatMap(CalendarDate.init(iso:)),
                        to: field(3).flatMap(CalendarDate.init(iso:)), title: field(4))
                },
                gender: actor.gender, shortNames: actor.short ?? [], adjective: actor.adjective,
                metonyms: actor.metonyms ?? [], isCurated: actor.curated ?? false)
        }
        return Lexicon(entries: entries, agents: raw.agents, notActors: raw.notActors)
    }
}

/// The decoded bundled lexicon, loaded on first use.
private final class BundledLexicon: Sendable {
    static let shared = BundledLexicon()
    let result: Result<Lexicon, LexiconError>

    var lexicon: Lexicon? { try? result.get() }

    private init() {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "json", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "lexicon", withExtension: "json")
        else {
            result = .failure(.bundledResourceMissing("Resources/lexicon.json"))
            return
        }
        do {
            let data = try Data(contentsOf: url)
            result = .success(try Lexicon.decodeBundled(data))
        } catch let error as LexiconError {
            result = .failure(error)
        } catch {
            result = .failure(.bundledResourceMissing("Resources/lexicon.json: \(error.localizedDescription)"))
        }
    }
}

/// The JSON shape of `lexicon.json`.
private struct RawLexicon: Decodable {
    struct RawActor: Decodable {
        var id: String
        var name: String
        var kind: String
        var country: String?
        var sector: String?
        var gender: String?
        var adjective: String?
        var aliases: [String]?
        var short: [String]?
        var metonyms: [String]?
        var curated: Bool?
        var roles: [[String?]]?
    }
    var actors: [RawActor]
    var agents: [AgentNoun]
    var notActors: [String]
}
