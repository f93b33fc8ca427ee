import ActorLexicon
import ArticleText
import Foundation

/// Start dates of office-holders' terms, for dating events anchored to "since Trump began his second term".
///
/// The table is bundled as `office-terms.json`; it is a fallback for when the actor lexicon exposes no dated
/// roles. Dates are ISO 8601 calendar dates.
struct OfficeTerms: Sendable {
    struct Entry: Codable, Sendable {
        var actor: String
        var surname: String
        var starts: [String]
    }

    private struct File: Codable {
        var terms: [Entry]
    }

    let entries: [Entry]

    /// The bundled table (empty when the resource is missing).
    static let bundled: OfficeTerms = {
        guard let url = Bundle.module.url(forResource: "office-terms", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data)
        else { return OfficeTerms(entries: []) }
        return OfficeTerms(entries: file.terms)
    }()

    /// The start of the `ordinal`-th term (1-based) of the actor, or of the latest term begun by `dct` when
    /// `ordinal` is `nil`.
    func start(actor: ActorID, mentionText: String, ordinal: Int?, dct: CalendarDate?) -> String? {
        let surname = mentionText.lowercased().split(separator: " ").last.map(String.init) ?? ""
        guard let entry = entries.first(where: { $0.actor == actor.rawValue })
            ?? entries.first(where: { $0.surname == surname })
        else { return nil }
        if let ordinal, ordinal >= 1, ordinal <= entry.starts.count { return entry.starts[ordinal - 1] }
        let limit = dct?.description ?? "9999"
        return entry.starts.last(where: { $0 <= limit })
    }

    /// English ordinals as numbers.
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2, "3rd": 3,
        "4th": 4, "5th": 5,
    ]
}
