/// What an article tells about which of several same-named places it means.
public struct PlaceContext: Hashable, Sendable {
    /// How often each country (ISO 3166-1 alpha-3) is named in the article: its states, people, organisations
    /// and unambiguous places.
    public var articleCountries: [String: Int]
    /// How often each first-level division is named in the article, keyed by `Place.divisionKey` ("USA.IL"): the
    /// divisions themselves, places whose every reading lies in one division, the dateline's place.
    public var articleDivisions: [String: Int]
    /// The country of the dateline's place, or `nil`.
    public var datelineCountry: String?
    /// The first-level division of the dateline's place (`Place.divisionKey`: "USA.TN"), or `nil`.
    public var datelineDivision: String?
    /// Countries or divisions named right after the place ("Springfield, Illinois" → Illinois).
    public var qualifiers: [Place]
    /// The country whose capital the text says the place is ("the Libyan capital Tripoli" → `LBY`), or `nil`.
    public var capitalOf: String?
    /// Whether the text calls the place a capital without naming the country ("in the capital, Tripoli").
    public var saysCapital: Bool

    /// Creates a context.
    public init(
        articleCountries: [String: Int] = [:], articleDivisions: [String: Int] = [:], datelineCountry: String? = nil,
        datelineDivision: String? = nil, qualifiers: [Place] = [], capitalOf: String? = nil, saysCapital: Bool = false
    ) {
        self.datelineDivision = datelineDivision
        self.saysCapital = saysCapital
        self.articleCountries = articleCountries
        self.articleDivisions = articleDivisions
        self.datelineCountry = datelineCountry
        self.qualifiers = qualifiers
        self.capitalOf = capitalOf
    }
}
