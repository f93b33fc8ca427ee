import ActorLexicon
import ArticleText
import Foundation

/// Start dates of office-holders' terms, for dating events anchored to "since Trump began his second term".
///
/// The actor lexicon's dated roles are used first (the Nth start of the office the actor held last before the
/// DCT); the bundled `office-terms.json` table is the fallback for actors without dated roles. Dates are ISO 8601
/// calendar dates.
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
    func start(actor: ActorID, mentionText: String, ordinal: Int?, dct: CalendarDate?, lexicon: Lexicon?) -> String? {
        // The actor lexicon's dated roles first: the terms of the office held last before the DCT.
        if let entry = lexicon?.entry(actor) {
            let dated = entry.roles.filter { $0.from != nil }.sorted { ($0.from?.description ?? "") < ($1.from?.description ?? "") }
            let current = dated.last { role in
                guard let dct, let from = role.from else { return true }
                return from <= dct
            }
            if let title = current?.title ?? dated.last?.title {
                let starts = dated.filter { $0.title == title }.compactMap { $0.from?.description }
                if let ordinal, ordinal >= 1, ordinal <= starts.count { return starts[ordinal - 1] }
                if ordinal == nil, let last = current?.from?.description { return last }
            }
        }
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
