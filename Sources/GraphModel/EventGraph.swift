import ActorLexicon
import EventOntology

/// The merged event graph of a corpus. (Being built.)
public struct EventGraph: Sendable {
    public init() {}
}
