import EventExtraction
import EventOntology
import Testing

/// Withheld, cancelled, planned and stative acts: the type, parties and modality each cue yields, or no event.
struct PolarityTests {
    /// (sentence, expected "TYPE SRC>TGT modality mode").
    static let cases: [(String, [String])] = [
        // A negative-change verb over aid is CAMEO 162, reduce or stop material aid.
        ("Trump had ordered his staff to delay around US$400 million in military aid that had been slated for Ukraine.",
         ["SANCTION USA>UKR asserted aid"]),
        ("The United States withheld military aid to Ukraine.", ["SANCTION USA>UKR asserted aid"]),
        ("The United States sent military aid to Ukraine.", ["AID USA>UKR asserted -"]),
        // Over other cooperative nouns it yields no positive event.
        ("Japan froze trade with China.", []),
        ("Japan cut a deal with China.", ["AGREE JPN>CHN asserted -"]),
        // Cancelled acts are negated; planned, sought or arranged ones are future.
        ("Volker also worked to arrange a meeting between Zelensky and Trump himself during President Trump's planned trip to Warsaw, which was cancelled.",
         ["CONSULT UKR>USA future -", "CONSULT USA>POL negated visit"]),
        ("The meeting between Japan and China was called off.", ["CONSULT JPN>CHN negated -"]),
        ("Japan sought talks with China.", ["CONSULT JPN>CHN future -"]),
        // Stative relation mentions are no events.
        ("Brazil is not a member of G7, but it is part of a pact between the European Union and the South American group Mercosur.", []),
        ("Japan sent aid to Ukraine as part of a deal with China.", ["AID JPN>UKR asserted -", "AGREE JPN>CHN asserted -"]),
        ("It is Johnson's stated intent for the UK to leave with or without a trade deal with the EU.", []),
        ("Negotiations had stalled due to worsening relations between the US and Russia.", []),
        ("The deal should be seen as a step towards a resolution of the rift between Russia and the US.", []),
        // A purpose infinitive after a past verb of assembling is past and asserted.
        ("The foreign ministers of Japan and China gathered in Tokyo on Wednesday to discuss Libya.",
         ["CONSULT JPN>CHN asserted -"]),
    ]

    @Test("withheld, cancelled, planned and stative acts", arguments: cases)
    func polarity(_ text: String, _ expected: [String]) {
        let events = Fixture(text).korea()
            .actor("POL", "POL", "Warsaw")
            .actor("EU", "IGOEUREEC", kind: .organization, "European Union", "EU")
            .actor("mercosur", nil, kind: .organization, "Mercosur")
            .actor("GBR", "GBR", "UK")
            .actor("BRA", "BRA", "Brazil")
            .actor("boris-johnson", "GBR", kind: .person, "Johnson")
            .actor("volodymyr-zelensky", "UKR", kind: .person, "Zelensky")
            .actor("donald-trump", "USA", kind: .person, "Trump", "President Trump", "Trump's", "President Trump's")
            .actor("kurt-volker", "USA", kind: .person, "Volker")
            .extract()
        #expect(events.map { "\($0.type.rawValue) \(($0.sourceCountry ?? $0.source.rawValue))>\($0.targetCountry ?? $0.target?.rawValue ?? "-") \($0.modality.rawValue) \($0.mode ?? "-")" } == expected)
    }
}
