import Testing

@testable import ActorLexicon

/// Heads of state and government outside the G20 from the curated file, with their roles as of the
/// publication date.
struct HeadsOfGovernmentTests {
    @Test(arguments: [
        // (sentence, mention, publication date, country, sector, role)
        ("William Ruto said the talks would resume.", "William Ruto", "2024-03-01", "KEN", "GOV", "President"),
        ("William Ruto said the talks would resume.", "William Ruto", "2020-03-01", "KEN", "GOV", "Deputy President"),
        ("Nicolás Maduro denounced the sanctions.", "Nicolás Maduro", "2024-08-01", "VEN", "GOV", "President"),
        ("Mohammed Shia al-Sudani visited Tehran.", "Mohammed Shia al-Sudani", "2024-05-01", "IRQ", "GOV",
         "Prime Minister"),
        ("Nikol Pashinyan rejected the proposal.", "Nikol Pashinyan", "2023-09-20", "ARM", "GOV", "Prime Minister"),
        ("Mohamed Hamdan Dagalo rejected the truce.", "Mohamed Hamdan Dagalo", "2024-06-01", "SDN", "REB",
         "Commander of the Rapid Support Forces"),
        // Out of office: the person keeps the country but no sector or role.
        ("Dina Boluarte left the palace.", "Dina Boluarte", "2025-11-01", "PER", nil, nil),
        ("José Jerí took the oath.", "José Jerí", "2025-11-01", "PER", "GOV", "President"),
    ] as [(String, String, String, String, String?, String?)])
    func aLeaderHasTheRoleHeldOnThePublicationDate(
        sentence: String, text: String, date: String, country: String, sector: String?, role: String?
    ) throws {
        let actor = try Support.actor(text, in: sentence, published: date)
        #expect(actor.kind == .person)
        #expect(actor.country == country)
        #expect(actor.sector == sector)
        #expect(actor.role == role)
    }

    /// A person the source dictionaries spell without the hyphen of the written name ("Ma Ying Jeou") is found
    /// under its written form, with the country of the role held then, not of a title before a coordination.
    @Test(arguments: [
        ("Chinese President Xi Jinping and Taiwan's President Ma Ying-jeou shook hands.", "Ma Ying-jeou", "2015-11-08",
         "ma-ying-jeou", "TWN"),
        ("Chen Shui-bian met Japanese officials on Monday.", "Chen Shui-bian", "2004-03-01", "chen-shui-bian", "TWN"),
    ])
    func aHyphenatedGivenNameFindsThePerson(sentence: String, text: String, date: String, id: String, country: String) throws {
        let actor = try Support.actor(text, in: sentence, published: date)
        #expect(actor.id.rawValue == id)
        #expect(actor.kind == .person)
        #expect(actor.country == country)
    }

    @Test func theSurnameRefersBackToTheFullName() {
        let annotation = Support.recognize("William Ruto met Yoweri Museveni. Ruto said the border would reopen.",
                                           published: "2024-03-01")
        #expect(Support.pairs(annotation) == [
            "William Ruto=william-ruto", "Yoweri Museveni=yoweri-museveni", "Ruto=william-ruto",
        ])
    }
}
