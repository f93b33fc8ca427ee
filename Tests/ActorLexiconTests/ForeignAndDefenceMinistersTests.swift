import Testing

@testable import ActorLexicon

/// Foreign and defence ministers since 2014 and heads of international organisations from the curated file: the
/// country and role held on the publication date, so that an office-holder the 2014 source data lacks is not
/// coded as another state.
struct ForeignAndDefenceMinistersTests {
    @Test(arguments: [
        // (sentence, mention, publication date, country, sector, role)
        ("Foreign Minister Margot Wallström said Sweden would recognise Palestine.", "Margot Wallström", "2014-10-30",
         "SWE", "GOV", "Foreign Minister"),
        ("Margot Wallstrom defended the decision.", "Margot Wallstrom", "2015-03-10", "SWE", "GOV", "Foreign Minister"),
        ("Defence Minister Boris Pistorius visited Kyiv.", "Boris Pistorius", "2024-06-11", "DEU", "GOV",
         "Defence Minister"),
        ("Mevlüt Çavuşoğlu met his Greek counterpart.", "Mevlüt Çavuşoğlu", "2019-05-01", "TUR", "GOV",
         "Foreign Minister"),
        // A Spanish foreign minister who became the EU's High Representative.
        ("Josep Borrell criticised the plan.", "Josep Borrell", "2019-02-01", "ESP", "GOV", "Foreign Minister"),
        ("Josep Borrell criticised the plan.", "Josep Borrell", "2022-02-01", "IGOEUREEC", "GOV",
         "High Representative for Foreign Affairs"),
        // Heads of international organisations carry the organisation's code in office, their own country before.
        ("Tedros Adhanom Ghebreyesus warned of a pandemic.", "Tedros Adhanom Ghebreyesus", "2020-03-11",
         "IGOUNOHLHWHO", "GOV", "Director-General"),
        ("Tedros Adhanom Ghebreyesus met the delegation.", "Tedros Adhanom Ghebreyesus", "2015-06-01", "ETH", "GOV",
         "Foreign Minister"),
        ("Ahmed Aboul Gheit condemned the attack.", "Ahmed Aboul Gheit", "2018-04-14", "IGOMEAARL", "GOV",
         "Secretary-General of the Arab League"),
        // A particle spelt in lower case matches although an alias of the person spells it in capitals.
        ("Adel al-Jubeir rejected the accusation.", "Adel al-Jubeir", "2016-01-04", "SAU", "GOV", "Foreign Minister"),
        ("Albert del Rosario met his counterpart.", "Albert del Rosario", "2013-03-06", "PHL", "GOV",
         "Foreign Secretary"),
        // Out of office: the person keeps the country but no sector or role.
        ("Mevlüt Çavuşoğlu spoke at the rally.", "Mevlüt Çavuşoğlu", "2024-05-01", "TUR", nil, nil),
    ] as [(String, String, String, String, String?, String?)])
    func aMinisterHasTheRoleHeldOnThePublicationDate(
        sentence: String, text: String, date: String, country: String, sector: String?, role: String?
    ) throws {
        let actor = try Support.actor(text, in: sentence, published: date)
        #expect(actor.kind == .person)
        #expect(actor.country == country)
        #expect(actor.sector == sector)
        #expect(actor.role == role)
    }

    /// The Gulf Cooperation Council, which the source lists only through an office-holder, and the Arab League,
    /// which the source names after one.
    @Test(arguments: [
        ("The Gulf Cooperation Council condemned the strike.", "Gulf Cooperation Council", "IGOPGSGCC"),
        ("The GCC condemned the strike.", "GCC", "IGOPGSGCC"),
        ("The Arab League condemned the strike.", "Arab League", "IGOMEAARL"),
        ("The League of Arab States condemned the strike.", "League of Arab States", "IGOMEAARL"),
    ])
    func gulfAndArabOrganisations(sentence: String, text: String, id: String) throws {
        let annotation = Support.recognize(sentence, published: "2019-06-01")
        let mention = try #require(annotation.mentions.first { $0.text == text }, "\(Support.pairs(annotation))")
        #expect(mention.actor.rawValue == id)
        let actor = try #require(annotation.actors.first { $0.id == mention.actor })
        #expect(actor.kind == .organization)
        #expect(actor.country == id)
    }

    @Test func theArabLeagueIsNamedAsItself() throws {
        let lexicon = try Lexicon.bundledOrError()
        #expect(lexicon.entry("IGOMEAARL")?.name == "Arab League")
        #expect(lexicon.entry("IGOPGSGCC")?.name == "Gulf Cooperation Council")
    }
}
