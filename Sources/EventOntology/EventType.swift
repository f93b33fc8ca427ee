/// The sixteen event types of PLOVER (Political Language Ontology for Verifiable Event Records, Open Event
/// Data Alliance), each with its QuadClass, CAMEO root codes and a Goldstein-style intensity.
public enum EventType: String, Hashable, Sendable, Codable, CaseIterable {
    case agree = "AGREE"
    case consult = "CONSULT"
    case support = "SUPPORT"
    case concede = "CONCEDE"
    case cooperate = "COOPERATE"
    case aid = "AID"
    case retreat = "RETREAT"
    case request = "REQUEST"
    case accuse = "ACCUSE"
    case reject = "REJECT"
    case threaten = "THREATEN"
    case protest = "PROTEST"
    case sanction = "SANCTION"
    case mobilize = "MOBILIZE"
    case coerce = "COERCE"
    case assault = "ASSAULT"

    /// The QuadClass PLOVER assigns to the type.
    public var quadClass: QuadClass {
        switch self {
        case .agree, .consult, .support, .concede, .request: .verbalCooperation
        case .cooperate, .aid, .retreat: .materialCooperation
        case .accuse, .reject, .threaten, .protest: .verbalConflict
        case .sanction, .mobilize, .coerce, .assault: .materialConflict
        }
    }

    /// The CAMEO root code (two digits) closest to the type.
    public var cameoRoot: String {
        switch self {
        case .request: "02"
        case .support: "05"
        case .agree: "03"
        case .consult: "04"
        case .cooperate: "06"
        case .aid: "07"
        case .concede, .retreat: "08"
        case .accuse: "11"
        case .reject: "12"
        case .threaten: "13"
        case .protest: "14"
        case .mobilize: "15"
        case .sanction: "16"
        case .coerce: "17"
        case .assault: "18"
        }
    }

    /// Goldstein-scale intensity (−10 … +10) of the CAMEO root, as tabulated for CAMEO.
    public var goldstein: Double {
        switch self {
        case .request: 3.0
        case .support: 3.5
        case .agree: 4.0
        case .consult: 1.0
        case .cooperate: 6.0
        case .aid: 7.0
        case .concede: 5.0
        case .retreat: 5.0
        case .accuse: -2.0
        case .reject: -4.0
        case .threaten: -6.0
        case .protest: -6.5
        case .mobilize: -7.2
        case .sanction: -4.0
        case .coerce: -7.0
        case .assault: -9.0
        }
    }

    /// Whether the type is symmetric between source and target (PLOVER codes CONSULT and AGREE jointly).
    public var isSymmetric: Bool { self == .consult || self == .agree }
}

/// The four QuadClass categories used by CAMEO and PLOVER.
public enum QuadClass: Int, Hashable, Sendable, Codable, CaseIterable {
    case verbalCooperation = 1
    case materialCooperation = 2
    case verbalConflict = 3
    case materialConflict = 4

    /// "verbal cooperation", "material cooperation", "verbal conflict", "material conflict".
    public var label: String {
        switch self {
        case .verbalCooperation: "verbal cooperation"
        case .materialCooperation: "material cooperation"
        case .verbalConflict: "verbal conflict"
        case .materialConflict: "material conflict"
        }
    }
}

/// How the text commits to an event having happened.
public enum Modality: String, Hashable, Sendable, Codable, CaseIterable {
    /// Stated as fact by the article.
    case asserted
    /// Stated as fact, but attributed to someone ("officials said", "according to KCNA").
    case reported
    /// Uncertain: "may", "might", "likely", "reportedly", "analysts believe".
    case hedged
    /// Denied or not done: "did not", "refused to", "has not been confirmed".
    case negated
    /// Announced or expected: "will", "plans to", "is expected to", "is due to".
    case future
    /// Conditional: "if", "would".
    case hypothetical
}
