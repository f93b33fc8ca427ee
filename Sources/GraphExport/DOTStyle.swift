import ActorLexicon
import EventOntology

/// Colours, shapes and line styles of Storygraph's diagrams, shared by the DOT encoders.
///
/// QuadClass colours from the Okabe–Ito palette, told apart with the common colour-vision deficiencies and in
/// grey print: verbal cooperation bluish green, material cooperation blue, verbal conflict orange, material
/// conflict vermilion. Line styles encode how the text
/// commits to an event: solid asserted, dashed reported or hedged, dotted future or hypothetical; negated
/// relations end in a bar (`arrowhead=tee`) and say "not".
enum DOTStyle {
    /// Stroke colour for a QuadClass.
    static func color(_ quadClass: QuadClass) -> String {
        switch quadClass {
        case .verbalCooperation: "#009E73"
        case .materialCooperation: "#0072B2"
        case .verbalConflict: "#E69F00"
        case .materialConflict: "#D55E00"
        }
    }

    /// Fill colour (a light tint of ``color(_:)``) for timeline boxes.
    static func fill(_ quadClass: QuadClass) -> String {
        switch quadClass {
        case .verbalCooperation: "#D9F0E9"
        case .materialCooperation: "#D9EAF4"
        case .verbalConflict: "#FBF0D9"
        case .materialConflict: "#F7E5D9"
        }
    }

    /// Line style for a modality.
    static func lineStyle(_ modality: Modality) -> String {
        switch modality {
        case .asserted, .negated: "solid"
        case .reported, .hedged: "dashed"
        case .future, .hypothetical: "dotted"
        }
    }

    /// Node shape for an actor kind: states boxes, people ellipses, organisations hexagons, unknowns plain.
    static func shape(_ kind: ActorKind) -> String {
        switch kind {
        case .state: "box"
        case .person: "ellipse"
        case .organization: "hexagon"
        case .unknown: "box"
        }
    }

    /// Node fill for an actor kind.
    static func fill(_ kind: ActorKind) -> String {
        switch kind {
        case .state: "#dbe6f4"
        case .person: "#fdf0d5"
        case .organization: "#ececec"
        case .unknown: "#ffffff"
        }
    }

    /// Node style for an actor kind (unknown actors are dashed outlines).
    static func nodeStyle(_ kind: ActorKind) -> String {
        switch kind {
        case .state: "rounded,filled"
        case .unknown: "dashed,filled"
        case .person, .organization: "filled"
        }
    }

    /// A readable actor label: "North Korea (PRK)", "Kim Jong Un (PRK)", or the bare name when the code adds
    /// nothing.
    static func label(_ actor: Actor) -> String {
        let code = actor.kind == .state ? actor.id.rawValue : actor.country
        guard let code, !code.isEmpty, code != actor.name else { return actor.name }
        return "\(actor.name) (\(code))"
    }
}
