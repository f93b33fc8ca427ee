import ArticleText
import Testing

@testable import ActorLexicon

/// Bare sector nouns placed in a state by their context, capitals acting as their state, office holders and
/// organisations added to the curated lexicon.
struct BareGroupTests {
    /// One inferred mention: text, actor id, country, sector.
    struct Expected: CustomTestStringConvertible, Sendable {
        var text: String
        var actor: String
        var country: String
        var sector: String
        var testDescription: String { "\(text)=\(actor)" }
    }

    static func inferred(_ text: String, published: String = "2020-08-10") -> [Expected] {
        let annotation = Support.recognize(text, published: published)
        return annotation.mentions.filter { $0.isInferred == true }.compactMap { mention in
            guard let actor = annotation.actors.first(where: { $0.id == mention.actor }) else { return nil }
            return Expected(text: mention.text, actor: actor.id.rawValue, country: actor.country ?? "-",
                            sector: actor.sector ?? "-")
        }
    }

    @Test(arguments: [
        // A place in the same sentence locates the group.
        ("Police in Minsk detained dozens of people.", ["Police=BLR-COP/BLR/COP"]),
        ("Protesters in Baghdad blocked the bridge.", ["Protesters=IRQ-OPP/IRQ/OPP"]),
        ("Thousands of demonstrators marched in Belgrade on Friday.", ["demonstrators=SRB-OPP/SRB/OPP"]),
        ("Troops were deployed in Kabul overnight.", ["Troops=AFG-MIL/AFG/MIL"]),
        ("Prosecutors in Ankara charged the journalist.", ["Prosecutors=TUR-JUD/TUR/JUD"]),
        // A place naming one state, another state named too: groups that act where they are (police,
        // protesters, gunmen) belong to the place's state; armed forces are left out.
        ("Police in Minsk detained a Russian citizen.", ["Police=BLR-COP/BLR/COP"]),
        ("Police detained a Russian citizen in Minsk.", ["Police=BLR-COP/BLR/COP"]),
        ("Troops detained a Russian citizen in Minsk.", []),
        // A place phrase that names the state around a region or a direction places the group too.
        ("Gunmen killed three villagers in northern Nigeria.", ["Gunmen=NGA-UAF/NGA/UAF", "villagers=NGA-CVL/NGA/CVL"]),
        ("Gunmen abducted farmers in Kaduna state, Nigeria.", ["Gunmen=NGA-UAF/NGA/UAF", "farmers=NGA-AGR/NGA/AGR"]),
        // No state named anywhere: groups without a country, as PETRARCH codes them.
        ("Police said the attacker had been arrested.", ["Police=XXX-COP/-/COP", "the attacker=XXX-UAF/-/UAF"]),
        ("Students marched on parliament.", ["Students=XXX-EDU/-/EDU"]),
        // A sentence-opening adjective or numeral is no name ("Unidentified attackers", "Armed men").
        ("Unidentified attackers bombed a mosque.", ["attackers=XXX-UAF/-/UAF"]),
        ("Unidentified gunmen attacked a mosque in Kabul.", ["gunmen=AFG-UAF/AFG/UAF"]),
        ("The court jailed two farmers.", ["The court=XXX-JUD/-/JUD", "farmers=XXX-AGR/-/AGR"]),
        // The one state a sentence names owns its domestic groups, not its civilians or firms.
        ("Ugandan police released 42 students.", ["students=UGA-EDU/UGA/EDU"]),
        ("Firms that carry oil to North Korea were sanctioned.", []),
        // The press spoken to is no actor.
        ("The minister told reporters that talks had failed.", []),
        // Not actors: modifiers, names, relations, indefinite governments.
        ("The police station in Minsk was closed.", []),
        ("His soldiers in Kabul were tired.", []),
        ("A new government in Baghdad would be formed.", []),
        ("He served ten years in government in Baghdad.", []),
        ("The government in Baghdad resigned.", ["The government=IRQ-GOV/IRQ/GOV"]),
        ("Former officials in Kabul said the talks failed.", []),
    ])
    func placedBySentence(_ text: String, _ expected: [String]) {
        let found = Self.inferred(text).map { "\($0.text)=\($0.actor)/\($0.country)/\($0.sector)" }
        #expect(found == expected)
    }

    @Test func placedByMainState() {
        let text = """
            Polish President Andrzej Duda visited Gdańsk. Poland mourned the mayor. The attacker was detained by \
            police. Officials said lawmakers would meet.
            """
        let found = Self.inferred(text, published: "2019-01-14").map { "\($0.text)=\($0.actor)/\($0.country)/\($0.sector)" }
        #expect(found == ["The attacker=POL-UAF/POL/UAF", "police=POL-COP/POL/COP", "Officials=POL-GOV/POL/GOV",
                          "lawmakers=POL-LEG/POL/LEG"])
    }

    @Test func noMainStateWhenTwoStatesCompete() {
        let text = "Iran and Iraq traded accusations. Iranian and Iraqi envoys met. Officials said talks would go on."
        #expect(Self.inferred(text).isEmpty)
    }

    @Test func inferredMentionsAreNotScored() {
        let gold = GoldDocument(
            id: "g", published: "2020-08-10", text: "Police in Minsk detained Belarusian activists.",
            mentions: [GoldMention(start: 25, end: 45, text: "Belarusian activists", actor: "BLR-OPP", country: "BLR",
                                   sector: "OPP")],
            url: nil)
        let report = ActorScorer().score([gold])
        #expect(report.scores["exact"] == ActorScore(truePositives: 1, falsePositives: 0, falseNegatives: 0))
    }

    // MARK: - Capitals acting as their state

    @Test(arguments: [
        ("Baghdad condemned the strike.", "Baghdad", "IRQ"), ("Baghdad said the strike was illegal.", "Baghdad", "IRQ"),
        ("Minsk rejected the claims.", "Minsk", "BLR"), ("Kabul denied the report.", "Kabul", "AFG"),
        ("Ankara warned Athens.", "Ankara", "TUR"), ("Warsaw protested.", "Warsaw", "POL"),
        ("Madrid objected to the plan.", "Madrid", "ESP"), ("Cairo hosted the summit.", "Cairo", "EGY"),
    ])
    func capitalActs(_ text: String, _ capital: String, _ state: String) {
        let pairs = Support.pairs(Support.recognize(text))
        #expect(pairs.first == "\(capital)=\(state)")
    }

    @Test func capitalAsPlaceStaysAPlace() {
        #expect(Support.pairs(Support.recognize("The talks were held in Baghdad.")).isEmpty)
    }

    // MARK: - Curated office holders and organisations

    @Test(arguments: [
        ("President Andrzej Duda remarked on the attack.", "2019-01-14", "andrzej-duda", "POL", "GOV"),
        ("Interior Minister Joachim Brudziński called it barbaric.", "2019-01-14", "joachim-brudzinski", "POL", "GOV"),
        ("Prime Minister Mateusz Morawiecki tweeted.", "2019-01-14", "mateusz-morawiecki", "POL", "GOV"),
        ("Health Minister Łukasz Szumowski spoke.", "2019-01-14", "lukasz-szumowski", "POL", "GOV"),
        // Out of office the state stays, the sector goes.
        ("Joachim Brudziński spoke.", "2024-01-14", "joachim-brudzinski", "POL", "-"),
        ("Donald Tusk wrote a letter.", "2019-01-14", "donald-tusk", "IGOEUREEC", "GOV"),
        ("Donald Tusk wrote a letter.", "2024-06-01", "donald-tusk", "POL", "GOV"),
        ("Kyriakos Mitsotakis met the delegation.", "2020-01-10", "kyriakos-mitsotakis", "GRC", "GOV"),
        ("The USCIRF said the law was troubling.", "2020-01-10", "usa-uscirf", "USA", "GOV"),
    ])
    func curated(_ text: String, _ date: String, _ id: String, _ country: String, _ sector: String) {
        let annotation = Support.recognize(text, published: date)
        let actor = annotation.actors.first { $0.id.rawValue == id }
        #expect(actor?.country == country)
        #expect((actor?.sector ?? "-") == sector)
    }

    /// A role phrase before an unknown name and its comma places the name by the state it names, not by a place
    /// the sentence mentions later; a body named right after an IGO belongs to the IGO.
    @Test(arguments: [
        ("Britain's Brexit secretary, Dovid Darrow, accepted the demand in Brussels on Monday.", "dovid-darrow", "GBR"),
        ("The French foreign minister, Jeanne Vallier, spoke in Beijing on Monday.", "jeanne-vallier", "FRA"),
        ("On Friday the OAS Permanent Council voted to call on both governments to withdraw.", "permanent-council", "IGOOAS"),
    ])
    func roleAndOwnerPlaceUnknownNames(_ text: String, _ id: String, _ country: String) {
        let actor = Support.recognize(text, published: "2019-01-14").actors.first { $0.id.rawValue == id }
        #expect(actor?.country == country, "\(text)")
    }

    @Test func titledUnknownNameTakesMainState() {
        let text = "Poland mourned the mayor. Polish media reported the attack. Police spokesman Mariusz Ciarka spoke."
        let actor = Support.recognize(text, published: "2019-01-14").actors.first { $0.id == "mariusz-ciarka" }
        #expect(actor?.country == "POL")
        #expect(actor?.sector == "GOV")
    }

    @Test func judicialTitleTakesMainStateAndJUD() {
        let text = "France mourned the victims. French police sealed the street. Local prosecutor Remy Heitz spoke."
        let actor = Support.recognize(text, published: "2019-10-05").actors.first { $0.id == "remy-heitz" }
        #expect(actor?.country == "FRA")
        #expect(actor?.sector == "JUD")
    }

    @Test(arguments: [
        ("The Supreme Court of the United States rejected the lawsuit.", "usa-supreme-court", "USA", "JUD"),
        ("The U.S. Senate acquitted him.", "usa-senate", "USA", "LEG"),
    ])
    func usInstitutions(_ text: String, _ id: String, _ country: String, _ sector: String) {
        let actor = Support.recognize(text, published: "2020-12-15").actors.first { $0.id.rawValue == id }
        #expect(actor?.country == country)
        #expect(actor?.sector == sector)
    }

    @Test func attorneysGeneralFormAGroup() {
        let text = "The United States sued. U.S. courts heard it. Attorneys general from sixteen states filed the suit."
        let found = Self.inferred(text, published: "2019-02-21").map { "\($0.text)=\($0.actor)" }
        #expect(found == ["Attorneys general=USA-GOV"])
    }

    @Test(arguments: [
        // The dateline's state is the article's home: bare police and students of a sentence that names no
        // other state are its own, even before the text names it, also when a headline precedes the dateline.
        ("QUITO, Ecuador — The vote was delayed. Police dispersed farmers outside a school on Monday.",
         ["Police=ECU-COP/ECU/COP"]),
        ("Fuel protests spread\n\nQUITO, Ecuador — The vote was delayed. Students marched on the palace.",
         ["Students=ECU-EDU/ECU/EDU"]),
        // The home state counts as two mentions: a state named three times is not outweighed twice over, so
        // neither claims the group.
        ("QUITO, Ecuador — Peru said Peru would reopen its border with Peru's neighbour. Police were deployed.", []),
    ])
    func theDatelineStateIsTheHomeOfBareGroups(text: String, expected: [String]) {
        let found = Self.inferred(text).map { "\($0.text)=\($0.actor)/\($0.country)/\($0.sector)" }
        #expect(found == expected)
    }

    @Test func theGovernmentOfADatelinedArticleIsTheHomeGovernment() {
        // "the government" after another state's minister is the home state's unless the text wrote that other
        // state's government with the noun.
        let text = "LUSAKA, Zambia — Norway's foreign minister visited. Later the government said talks went well."
        let annotation = Support.recognize(text, published: "2020-08-10")
        let mention = annotation.mentions.first { $0.text == "the government" }
        #expect(mention?.actor.rawValue == "ZMB-GOV")
        let written = "LUSAKA, Zambia — Norway's government was told. Later the government said talks went well."
        let other = Support.recognize(written, published: "2020-08-10").mentions.first { $0.text == "the government" }
        #expect(other?.actor.rawValue == "NOR-GOV")
    }
}
