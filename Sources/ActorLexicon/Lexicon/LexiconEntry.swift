import ArticleText

/// A dated role of an actor: office, country and CAMEO sector held between two days.
public struct ActorRole: Hashable, Sendable, Codable {
    /// ISO 3166-1 alpha-3 code of the state, or a CAMEO IGO code (`IGOUNO`).
    public var country: String?
    /// CAMEO sector code (`GOV`, `MIL`, `PTY`, `ELI`, …), or `nil`.
    public var sector: String?
    /// First day in the role (ISO 8601), or `nil` when open-ended into the past.
    public var from: CalendarDate?
    /// Last day in the role, or `nil` when still held.
    public var to: CalendarDate?
    /// Title of the office ("President"), if known.
    public var title: String?

    /// Creates a role.
    public init(country: String?, sector: String?, from: CalendarDate? = nil, to: CalendarDate? = nil,
                title: String? = nil) {
        self.country = country
        self.sector = sector
        self.from = from
        self.to = to
        self.title = title
    }

    /// Whether the role is held on `date` (inclusive at both ends).
    public func isHeld(on date: CalendarDate) -> Bool {
        if let from, date < from { return false }
        if let to, to < date { return false }
        return true
    }
}

/// One actor of a `Lexicon`: identity, names and dated roles.
public struct LexiconEntry: Hashable, Sendable {
    /// Stable code (see `ActorID`).
    public var id: ActorID
    /// Display name.
    public var name: String
    /// Kind of actor.
    public var kind: ActorKind
    /// Default country code when no role applies.
    public var country: String?
    /// Default CAMEO sector when no role applies.
    public var sector: String?
    /// Other names that refer to the actor ("DPRK", "Pyongyang", "Kim Jong-un").
    public var aliases: [String]
    /// Dated roles, in the order given.
    public var roles: [ActorRole]
    /// `male` / `female` for people when known; used to resolve "he"/"she".
    public var gender: String?
    /// Short forms that refer back to the actor once named in full ("Kim", "Trump").
    public var shortNames: [String]
    /// For states: the adjective used to name sector groups ("North Korean" → "North Korean media").
    public var adjective: String?
    /// For states: aliases that name a place standing for the state (capitals, seats of government:
    /// "Pyongyang", "the Kremlin"). After a spatial preposition ("in Pyongyang") they are places, not actors.
    public var metonyms: [String]
    /// Whether the entry was curated by hand (bundled curated file or a user file) rather than converted from
    /// the 2014 data; curated entries win when an alias names several actors.
    public var isCurated: Bool

    /// Creates an entry.
    public init(
        id: ActorID, name: String, kind: ActorKind, country: String? = nil, sector: String? = nil,
        aliases: [String] = [], roles: [ActorRole] = [], gender: String? = nil, shortNames: [String] = [],
        adjective: String? = nil, metonyms: [String] = [], isCurated: Bool = true
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.sector = sector
        self.aliases = aliases
        self.roles = roles
        self.gender = gender
        self.shortNames = shortNames
        self.adjective = adjective
        self.metonyms = metonyms
        self.isCurated = isCurated
    }

    /// The role held on `date`: the latest-starting role covering the date; without a date, the latest role.
    public func role(asOf date: CalendarDate?) -> ActorRole? {
        let candidates = date.map { day in roles.filter { $0.isHeld(on: day) } } ?? roles
        return candidates.max { ($0.from ?? CalendarDate.distantPast) < ($1.from ?? CalendarDate.distantPast) }
    }

    /// The actor as of `date`: country, sector and role title from the role held then. Out of office, a person
    /// keeps the country of their nearest role and has no sector.
    public func actor(asOf date: CalendarDate?) -> Actor {
        if let role = role(asOf: date) {
            return Actor(id: id, name: name, country: role.country ?? country, sector: role.sector,
                         kind: kind, role: role.title)
        }
        if kind == .person, !roles.isEmpty {
            return Actor(id: id, name: name, country: country ?? roles.last?.country, sector: nil, kind: kind)
        }
        return Actor(id: id, name: name, country: country, sector: sector, kind: kind)
    }
}

extension CalendarDate {
    /// A day before any role in the lexicon, for ordering open-ended roles.
    static let distantPast = CalendarDate(year: 1, month: 1, day: 1)!
}
