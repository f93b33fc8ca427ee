import ArticleText
import Foundation
import Yams

/// Reads a user lexicon file (YAML, or JSON which is read as YAML) that extends or overrides a `Lexicon`.
///
/// ## Format
/// A mapping with up to four keys, all optional:
/// ```yaml
/// actors:                      # new actors, or overrides of actors with the same id
///   - id: acme-corp            # optional; default: the name as a lower-case slug ("acme-corp")
///     name: Acme Corp          # required: display name, also matched in text
///     kind: organization       # state | person | organization (default: person)
///     country: USA             # ISO 3166-1 alpha-3 code or CAMEO IGO code (IGOUNO)
///     sector: BUS              # CAMEO sector: GOV MIL MED PTY SPY LEG BUS …
///     gender: female           # people only; helps resolve "she"/"he"
///     aliases: [Acme, ACME]    # other names; upper-case aliases ("ACME") match upper case only
///     short: [Acme]            # short forms that refer back once the full name appeared
///     metonyms: [Acme Tower]   # places standing for the actor; "in Acme Tower" stays a place
///     roles:                   # dated roles: the one held on the article's date applies
///       - {title: Chief Executive, country: USA, sector: BUS, from: 2020-01-01, to: 2024-06-30}
/// aliases:                     # extra names for existing actors (bundled or from this file)
///   - {actor: PRK, names: [Hermit Kingdom]}
/// notActors:                   # phrases never to be taken as actors (blocks shorter matches inside them)
///   - Korea Herald Tower
/// agents:                      # extra sector nouns for "<state> <noun>" groups
///   - {phrase: coast guard, sector: MIL}
/// ```
/// Dates are ISO 8601 calendar dates (`YYYY-MM-DD`), both ends inclusive; leave `to` out for a role still held.
/// An actor whose `id` is already in the lexicon replaces it. Any alias (or name) given here belongs to this
/// actor alone: it is taken away from every other actor; a `notActors` phrase is taken away from all actors.
/// Unknown keys, missing names, bad kinds, bad codes and bad dates are errors naming the file and line; so is a
/// file with nothing in it (empty, or only white space and comments): an empty mapping (`{}`) is the way to add
/// nothing.
public enum LexiconFile {
    /// Parses the file at `url` into a lexicon fragment to merge into `base`.
    /// - Throws: `LexiconError` with the file's path as given (`url.relativePath`), the line and the problem.
    public static func load(_ url: URL, base: Lexicon) throws -> Lexicon {
        let path = url.relativePath
        let data: Data
        do {
            data = try FileContents.read(url.path)  // a named pipe (`--lexicon <(…)`) too
        } catch {
            throw LexiconError.unreadableFile(path: path, reason: error.reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError.unreadableFile(path: path, reason: "not UTF-8 text (a lexicon is a YAML or JSON file)")
        }
        return try parse(text, path: path, base: base)
    }

    /// Parses lexicon-file `text`; `path` names it in errors.
    /// - Throws: `LexiconError`.
    public static func parse(_ text: String, path: String, base: Lexicon) throws -> Lexicon {
        var reader = LexiconFileReader(path: path, base: base)
        return try reader.read(text)
    }
}

/// The state of one parse of a lexicon file.
extension LexiconFile {
    /// The id a user lexicon gives a name without an id, and the form group slugs take: lower case, diacritics
    /// and apostrophes dropped, other runs of non-alphanumerics one "-" ("Kurdistan Workers' Party" →
    /// "kurdistan-workers-party", "PKK" → "pkk").
    public static func slug(_ name: String) -> String { LexiconFileReader.slug(name) }
}

struct LexiconFileReader {
    let path: String
    let base: Lexicon
    var entries: [LexiconEntry] = []
    /// Three-letter country codes used by the file, checked once every actor of the file is known.
    var countryCodes: [(code: String, node: Node?)] = []

    init(path: String, base: Lexicon) {
        self.path = path
        self.base = base
    }

    func fail(_ node: Node?, _ message: String) -> LexiconError {
        .invalidEntry(path: path, line: node?.mark?.line ?? 1, message: message)
    }

    mutating func read(_ text: String) throws -> Lexicon {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, yaml: text)
        } catch {
            throw LexiconError.syntax(path: path, line: 1, message: "\(error)")
        }
        guard let root else { throw LexiconError.empty(path: path) }
        guard let mapping = root.mapping else {
            throw fail(root, "the file must be a mapping with keys actors, aliases, notActors, agents")
        }
        var notActors: [String] = []
        var agents: [AgentNoun] = []
        var extraAliases: [(Node, String, [String])] = []
        for (keyNode, content) in mapping {
            switch keyNode.string ?? "" {
            case "actors":
                for item in try sequence(content, "actors") {
                    let entry = try actor(item)
                    if entries.contains(where: { $0.id == entry.id }) {
                        throw fail(item, "actor id `\(entry.id.rawValue)` is defined twice in this file (give one entry, or distinct `id`s)")
                    }
                    entries.append(entry)
                }
            case "aliases":
                for item in try sequence(content, "aliases") {
                    let fields = try fieldsOf(item, allowed: ["actor", "names"], what: "alias entry")
                    guard let actor = value(fields["actor"]) else { throw fail(item, "alias entry has no `actor`") }
                    extraAliases.append((item, actor, try strings(fields["names"], "names")))
                }
            case "notActors":
                notActors += try strings(content, "notActors")
            case "agents":
                for item in try sequence(content, "agents") {
                    let fields = try fieldsOf(item, allowed: ["phrase", "sector", "code"], what: "agent entry")
                    guard let phrase = value(fields["phrase"]), let sector = value(fields["sector"]) else {
                        throw fail(item, "agent entry needs `phrase` and `sector`")
                    }
                    try checkSector(sector, fields["sector"])
                    agents.append(AgentNoun(phrase: phrase.lowercased(), sector: sector, code: value(fields["code"])))
                }
            case let other:
                throw fail(keyNode, "unknown key `\(other)` (expected actors, aliases, notActors, agents)")
            }
        }
        try checkCountriesExist()
        for (node, id, names) in extraAliases {
            if let at = entries.firstIndex(where: { $0.id.rawValue == id }) {
                entries[at].aliases += names
            } else if var entry = base.entry(ActorID(id)) {
                entry.aliases += names
                entries.append(entry)
            } else {
                throw fail(node, "alias entry names unknown actor `\(id)`")
            }
        }
        return Lexicon(entries: entries, agents: agents, notActors: notActors)
    }

    /// The string of a scalar node; `nil` for a missing node or a YAML null (`null`, `~`).
    func value(_ node: Node?) -> String? {
        guard let scalar = node?.scalar else { return nil }
        if scalar.style == .plain, ["null", "Null", "NULL", "~", ""].contains(scalar.string) { return nil }
        return scalar.string
    }

    func sequence(_ node: Node, _ what: String) throws -> [Node] {
        guard let items = node.sequence else { throw fail(node, "`\(what)` must be a list") }
        return Array(items)
    }

    func strings(_ node: Node?, _ what: String) throws -> [String] {
        guard let node else { return [] }
        if let single = node.scalar { return [single.string] }
        return try sequence(node, what).map { item in
            guard let string = item.string, !string.isEmpty else { throw fail(item, "`\(what)` must list strings") }
            return string
        }
    }

    func fieldsOf(_ node: Node, allowed: Set<String>, what: String) throws -> [String: Node] {
        guard let mapping = node.mapping else { throw fail(node, "\(what) must be a mapping") }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard allowed.contains(name) else {
                throw fail(key, "unknown key `\(name)` in \(what) (expected \(allowed.sorted().joined(separator: ", ")))")
            }
            fields[name] = value
        }
        return fields
    }

    func date(_ node: Node?, _ what: String) throws -> CalendarDate? {
        guard let node else { return nil }
        guard let text = node.string, let date = CalendarDate(iso: text) else {
            throw fail(node, "`\(what)` is not a YYYY-MM-DD date: \(node.string ?? "?")")
        }
        return date
    }

    mutating func checkCountry(_ code: String?, _ node: Node?) throws {
        guard let code else { return }
        let letters = code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
        guard letters, code.count == 3 || (code.hasPrefix("IGO") && code.count >= 6) else {
            throw fail(node, "`country` must be an ISO 3166-1 alpha-3 code (PRK) or a CAMEO IGO code (IGOUNO): \(code)")
        }
        if code.count == 3 { countryCodes.append((code, node)) }
    }

    /// Every three-letter country code names a state of the bundled lexicon or one the file defines.
    func checkCountriesExist() throws {
        let defined = Set(entries.filter { $0.kind == .state }.map(\.id.rawValue))
        for (code, node) in countryCodes where !defined.contains(code) && base.entry(ActorID(code))?.kind != .state {
            throw fail(node, "unknown country code `\(code)`: no state has it (define the state as an actor with kind: state)")
        }
    }

    func checkSector(_ code: String?, _ node: Node?) throws {
        guard let code else { return }
        guard code.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw fail(node, "`sector` must be a three-letter CAMEO sector code (GOV, MIL, MED, …): \(code)")
        }
    }

    mutating func actor(_ node: Node) throws -> LexiconEntry {
        let fields = try fieldsOf(
            node, allowed: ["id", "name", "kind", "country", "sector", "gender", "aliases", "short", "roles",
                            "adjective", "metonyms"], what: "actor entry")
        guard let name = value(fields["name"]), !name.isEmpty else { throw fail(node, "actor entry has no `name`") }
        var kind = ActorKind.person
        if let kindNode = fields["kind"] {
            guard let parsed = kindNode.string.flatMap(ActorKind.init(rawValue:)), parsed != .unknown else {
                throw fail(kindNode, "unknown kind `\(kindNode.string ?? "?")` (expected state, person, organization)")
            }
            kind = parsed
        }
        let country = value(fields["country"])
        try checkCountry(country, fields["country"])
        let sector = value(fields["sector"])
        try checkSector(sector, fields["sector"])
        var roles: [ActorRole] = []
        if let rolesNode = fields["roles"] {
            for item in try sequence(rolesNode, "roles") {
                let r = try fieldsOf(item, allowed: ["title", "country", "sector", "from", "to"], what: "role")
                try checkCountry(value(r["country"]), r["country"])
                try checkSector(value(r["sector"]), r["sector"])
                let from = try date(r["from"], "from")
                let to = try date(r["to"], "to")
                if let from, let to, to < from { throw fail(item, "role ends (\(to)) before it starts (\(from))") }
                roles.append(ActorRole(country: value(r["country"]) ?? country, sector: value(r["sector"]) ?? sector,
                                       from: from, to: to, title: value(r["title"])))
            }
        }
        let id = value(fields["id"]) ?? LexiconFileReader.slug(name)
        if kind == .state, id.count != 3 { throw fail(node, "a state's id must be its ISO 3166-1 alpha-3 code: \(id)") }
        return LexiconEntry(
            id: ActorID(id), name: name, kind: kind, country: country ?? (kind == .state ? id : nil), sector: sector,
            aliases: try strings(fields["aliases"], "aliases") + strings(fields["metonyms"], "metonyms"), roles: roles,
            gender: value(fields["gender"]),
            shortNames: try strings(fields["short"], "short"), adjective: value(fields["adjective"]),
            metonyms: try strings(fields["metonyms"], "metonyms"))
    }

    /// "Acme Corp." → "acme-corp", "António Guterres" → "antonio-guterres".
    static func slug(_ name: String) -> String {
        var out = ""
        var dash = false
        for scalar in name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            .unicodeScalars
        {
            if scalar == "'" || scalar == "’" { continue }
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if dash, !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(scalar)
                dash = false
            } else {
                dash = true
            }
        }
        return out.isEmpty ? "actor" : out
    }
}
