import ArticleText

/// The `actor.unknown` finding of a name the lexicon does not list: what the recogniser took it for and the
/// country it has, or that it has none.
///
/// The message reads `"NAME" is not in the lexicon; READING` (the report groups the findings by the quoted name
/// and shows the reading): `taken as person of KOR`, `the entity recogniser took it as organization, with no
/// country`. A name the recogniser left without a country can be placed later, when its sentence's places or the
/// document's home country give one (``ActorAnnotation/placingCountrylessGroups(_:datelineCountry:lexicon:)``); its finding then
/// says so and why: `taken as person, with no country; then placed in PRY, the document's home country` (or
/// `the country its sentence's places lie in`, `the one country of the other actors in its sentence`).
enum UnknownActorFinding {
    /// The finding code.
    static let code = "actor.unknown"

    /// The words closing a reading without a country: where a later placement is stated.
    static let countryless = ", with no country"

    /// The finding of `name` (as written at `span`), which the recogniser took as `actor`; `recogniser` says
    /// whether the entity recogniser found the name (rather than the capitalised-words rules).
    static func finding(name: String, actor: Actor, recogniser: Bool, document: DocumentID?, span: TextSpan)
        -> Finding
    {
        let kind = actor.kind == .unknown ? "an actor of unknown kind" : actor.kind.rawValue
        let reading = (recogniser ? "the entity recogniser took it as " : "taken as ") + kind
            + (actor.country.map { " of \($0)" } ?? countryless)
        return Finding(.info, code: code, message: "\"\(name)\" is not in the lexicon; \(reading)",
                       document: document, span: span)
    }

    /// Why a countryless name was placed in a country.
    enum PlacementReason: String {
        case sentencePlaces = "the country its sentence's places lie in"
        case sentenceActors = "the one country of the other actors in its sentence"
        case homeCountry = "the document's home country"
    }

    /// The words of a placement whose reason is not known.
    static let unexplainedPlacement = "the country of its sentence or of the whole document"

    /// `findings` with the placement of each placed name (see `placed(_:actors:mentions:)`) explained by its
    /// `reasons` entry: "then placed in PRY, the document's home country".
    static func explained(_ findings: [Finding], reasons: [ActorID: PlacementReason], mentions: [ActorMention]) -> [Finding] {
        guard !reasons.isEmpty else { return findings }
        return rewriting(findings, endingWith: unexplainedPlacement, mentions: mentions) { message, id in
            reasons[id].map { String(message.dropLast(unexplainedPlacement.count)) + $0.rawValue }
        }
    }

    /// `findings` with each `actor.unknown` finding that says "with no country" completed by the country its
    /// mention's actor has in `actors` now, when it has one.
    /// - Complexity: O(f + m + a) for f findings, m mentions and a actors.
    static func placed(_ findings: [Finding], actors: [Actor], mentions: [ActorMention]) -> [Finding] {
        guard findings.contains(where: { $0.code == code && $0.message.hasSuffix(countryless) }) else { return findings }
        var country: [ActorID: String] = [:]
        for actor in actors { if let code = actor.country, country[actor.id] == nil { country[actor.id] = code } }
        return rewriting(findings, endingWith: countryless, mentions: mentions) { message, id in
            country[id].map { message + "; then placed in \($0), \(unexplainedPlacement)" }
        }
    }

    /// `findings` with the message of each `actor.unknown` finding that ends with `suffix` replaced by what
    /// `rewrite` makes of it and the actor of the mention at the finding's start (unchanged when it gives `nil`).
    private static func rewriting(
        _ findings: [Finding], endingWith suffix: String, mentions: [ActorMention], rewrite: (String, ActorID) -> String?
    ) -> [Finding] {
        var actorAt: [Int: ActorID] = [:]
        for mention in mentions where actorAt[mention.start] == nil { actorAt[mention.start] = mention.actor }
        return findings.map { finding in
            guard finding.code == code, finding.message.hasSuffix(suffix), let start = finding.start,
                  let id = actorAt[start], let message = rewrite(finding.message, id)
            else { return finding }
            var described = finding
            described.message = message
            return described
        }
    }
}
