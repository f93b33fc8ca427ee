/// The granularity at which actors become graph nodes.
public enum AggregationLevel: String, Hashable, Sendable, Codable, CaseIterable {
    /// Every actor is its own node: Kim Jong Un, KCNA and North Korea are three nodes.
    case actor
    /// People and organisations fold into their state (ISO 3166-1 alpha-3) or IGO code: "North Korea's",
    /// "Pyongyang", "Kim Jong Un" and KCNA all sit on the `PRK` node. Actors without a country stay themselves.
    case country
}
