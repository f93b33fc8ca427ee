import ArticleText
import Testing

@testable import ActorLexicon

/// Table-driven checks of the recognizer on single sentences: every mention as "text=ACTOR", in text order.
struct RecognitionTests {
    @Test(arguments: [
        // Case rules: "US" the country, "us" the pronoun; "May" the month is nobody.
        ("US officials told us that Seoul would resume talks in May.", ["US officials=USA-GOV", "Seoul=KOR"]),
        ("The U.S. said it would respond.", ["U.S.=USA"]),
        ("North Korea again criticized the U.S", ["North Korea=PRK", "U.S=USA"]),
        ("The USA and America are the same as the United States.", ["USA=USA", "America=USA", "United States=USA"]),
        ("Washington, D.C. declined to comment.", ["Washington, D.C.=USA"]),
        // A formal name's short form names the state ("Republic of South Africa").
        ("South Africa filed a case against Israel.", ["South Africa=ZAF", "Israel=ISR"]),
        // A capital's name joined to a longer place name by a particle is no metonym; new demonyms.
        ("Insurgents attacked the town of Mocímboa da Praia.", ["Insurgents=XXX-REB"]),
        ("Kazakh and Swedish officials met Azeri diplomats.", ["Kazakh=KAZ-GOV", "Swedish officials=SWE-GOV", "Azeri diplomats=AZE-GOV"]),
        // A possessive state's organ is that state's sector group; a name after the title is a person of it.
        ("Kenya's president withdrew the bill.", ["Kenya's president=KEN-GOV"]),
        ("Ghana's finance minister, Kwesi Amponsah, resigned.",
         ["Ghana's finance minister=GHA-GOV", "Kwesi Amponsah=kwesi-amponsah"]),
        ("Russia's President Vladimir Putin spoke.", ["Russia's=RUS", "Vladimir Putin=vladimir-putin"]),
        // An acronym in brackets after a name is that actor, here and later in the document.
        ("Bogota resumed talks with the National Liberation Army (ELN) on Monday. The ELN agreed.",
         ["Bogota=COL", "National Liberation Army=national-liberation-army", "ELN=national-liberation-army",
          "ELN=national-liberation-army"]),
        // "the government" is the latest one written so, not the latest actor whose group is a government.
        ("Sri Lanka's government met the rebels. Norway's development minister chaired the talks. The government agreed.",
         ["Sri Lanka's government=LKA-GOV", "Norway's development minister=NOR-GOV", "The government=LKA-GOV"]),
        // An international body's name after a state's possessive is the state's own organ.
        ("Russia's Security Council met on Friday.", ["Russia's Security Council=RUS-GOV"]),
        // An unknown acronym with the definite article is an organisation.
        ("Bogota suspended talks with the ELN.", ["Bogota=COL", "ELN=eln"]),
        // A backslash or slash is no part of a name: "\\N\\G" is nobody.
        ("Seoul said \\N\\G agreed to talks.", ["Seoul=KOR"]),
        // "X-flagged", "X-led" say whose; "X-made" says where.
        ("The Saudi-led coalition seized a British-flagged ship carrying Chinese-made drones.",
         ["Saudi-led=SAU", "British-flagged=GBR"]),
        // A capital after a spatial preposition is a place; the state stays an actor.
        ("Talks were held in Pyongyang and near Tehran, while Moscow objected.", ["Moscow=RUS"]),
        ("Tanks entered the Gulf of Oman during the Iran–Iraq War.", []),
        // Titles and appositives place people the lexicon does not know.
        ("US Ambassador to Germany Richard Grenell said the airline was dangerous.",
         ["US=USA", "Germany=DEU", "Richard Grenell=richard-grenell"]),
        ("Iraqi military bases and a Ukrainian passenger jet were hit.", ["Iraqi=IRQ", "Ukrainian=UKR"]),
        ("Washington has rejected the offer.", ["Washington=USA"]),
        ("George Washington crossed the Delaware.", []),
        ("Georgia Smith said the plan would fail.", ["Georgia Smith=unknown:Georgia Smith"]),
        // A hyphenated name keeps its hyphen unspaced.
        ("John O'Hara-Smith said the plan would fail.", ["John O'Hara-Smith=unknown:John O'Hara-Smith"]),
        ("Theresa May said in May that Britain may leave.", ["Theresa May=theresa-may", "Britain=GBR"]),
        ("Trump and Putin met; Xi stayed away.", ["Trump=donald-trump", "Putin=vladimir-putin", "Xi=xi-jinping"]),
        // Metonyms: capitals and seats of government.
        ("The Kremlin and the White House traded barbs, while Beijing stayed silent.",
         ["Kremlin=RUS", "White House=USA", "Beijing=CHN"]),
        ("Downing Street and the Blue House issued a joint statement.", ["Downing Street=GBR", "Blue House=KOR"]),
        // Possessives are folded into the mention.
        ("North Korea’s missile tests worried Pyongyang's neighbours.", ["North Korea’s=PRK", "Pyongyang's=PRK"]),
        // Sector groups and coordination.
        ("North Korean state media reported the launch.", ["North Korean state media=PRK-MED"]),
        ("South Korean and U.S. officials said the troops had been sent.",
         ["South Korean=KOR-GOV", "U.S. officials=USA-GOV"]),
        ("Russian troops and Chinese lawmakers were mentioned.", ["Russian troops=RUS-MIL", "Chinese lawmakers=CHN-LEG"]),
        // Titles: the demonym qualifies the person.
        ("Chinese President Xi Jinping met the delegation.", ["Chinese=CHN", "Xi Jinping=xi-jinping"]),
        ("North Korean leader Kim Jong Un spoke.", ["North Korean=PRK", "Kim Jong Un=kim-jong-un"]),
        // Organisations get their country and sector.
        ("KCNA said the Unification Ministry and the National Intelligence Service were wrong.",
         ["KCNA=prk-kcna", "Unification Ministry=kor-unification-ministry",
          "National Intelligence Service=kor-nis"]),
        ("The UN Security Council, the IAEA, NATO, the EU and ASEAN met.",
         ["UN Security Council=IGOUNO", "IAEA=IGOUNOIAE", "NATO=IGOWSTNAT", "EU=IGOEUREEC", "ASEAN=IGOSEAASN"]),
        ("The Pentagon and the State Department disagreed, Yonhap reported.",
         ["Pentagon=usa-pentagon", "State Department=usa-state-department", "Yonhap=kor-yonhap"]),
        // Relational groups are not the state.
        ("Former North Korean diplomats said the regime was weakening.", []),
        ("Firms that carry oil to North Korea were sanctioned.", ["North Korea=PRK"]),
        // Not actors.
        ("Inter-Korean ties between the two Koreas on the Korean Peninsula have soured.", []),
        // Organisations the lexicon lacks, by an acronym after a demonym or by their head noun.
        ("Belarusian KGB arrested 33 Russian individuals.", ["Belarusian=BLR", "KGB=kgb", "Russian=RUS"]),
        ("The Cinema for Peace Foundation paid for the flight.", ["Cinema for Peace Foundation=cinema-for-peace-foundation"]),
        // A maker before a model number is a product.
        ("Two Boeing 737 jets were grounded, Boeing said.", ["Boeing=usa-boeing"]),
        // Unknown names keep their neighbours.
        ("Acme Holdings said Russia and China had signed the deal.",
         ["Acme Holdings=unknown:Acme Holdings", "Russia=RUS", "China=CHN"]),
    ] as [(String, [String])])
    func sentence(_ text: String, expected: [String]) {
        #expect(Support.pairs(Support.recognize(text)) == expected, "\(text)")
    }

    @Test(arguments: [
        // "Kim" is the Kim named in full most recently nearby, else the most mentioned Kim.
        ("Kim Jong Un opened the congress. Kim said the economy grew.", ["Kim=kim-jong-un"]),
        ("Kim Jong Un spoke. Kim praised his teenage daughter, widely believed to be named Kim Ju Ae. Kim waved.",
         ["Kim=kim-jong-un", "his=kim-jong-un", "Kim=kim-ju-ae"]),
        ("Kim Jong Un spoke. He praised the army.", ["He=kim-jong-un"]),
        ("South Korea's Unification Ministry watched. Chang Yoon-jeong, spokesperson for the ministry, told reporters.",
         ["the ministry=kor-unification-ministry"]),
        ("North Korea fired. South Korea said the North had fired missiles.", ["the North=PRK"]),
        ("North Korea said the country would grow.", ["the country=PRK"]),
        ("Serbians protested in Serbia. The government dropped the measures.", ["The government=SRB-GOV"]),
        // A definite description of a group takes the latest named armed group, however it is modified.
        ("JNIM abducted five engineers. The group demanded a ransom.", ["The group=jnim"]),
        ("JNIM abducted five engineers. The banned group freed them.", ["The banned group=jnim"]),
        ("The Houthis seized a ship. The rebels released the crew.", ["The rebels=yem-houthis"]),
        // No armed group before: "the group" is nobody.
        ("Kenya and Somalia met. The group agreed.", []),
        // "The bloc", "the alliance": the international body named shortly before.
        ("The Economic Community of West African States closed its borders with Mali. The bloc said it would send a delegation.",
         ["The bloc=IGOWAFWAS"]),
        // An object "them" is a state's group named earlier in its own sentence, and nobody across sentences.
        ("Japan expelled three Chinese diplomats, accusing them of espionage.", ["them=CHN-GOV"]),
        ("Three Chinese diplomats left Tokyo. Japan accused them of espionage.", []),
    ] as [(String, [String])])
    func coreference(_ text: String, expected: [String]) {
        let annotation = Support.recognize(text)
        let coreferent = annotation.mentions.filter { $0.antecedent != nil }.map { "\($0.text)=\($0.actor.rawValue)" }
        #expect(coreferent == expected, "\(text)")
        for mention in annotation.mentions where mention.antecedent != nil {
            #expect(annotation.mentions.contains { $0.start == mention.antecedent }, "antecedent of \(mention.text)")
        }
    }

    @Test(arguments: [
        ("Donald Trump", "2019-06-30", "GOV", "President"),
        ("Donald Trump", "2022-06-30", nil, nil),
        ("Donald Trump", "2026-02-20", "GOV", "President"),
        ("Joe Biden", "2023-01-01", "GOV", "President"),
        ("Yoon Suk Yeol", "2023-01-01", "GOV", "President"),
        ("Yoon Suk Yeol", "2025-06-10", nil, nil),
        ("Lee Jae-myung", "2025-06-04", "GOV", "President"),
        ("Shigeru Ishiba", "2025-01-01", "GOV", "Prime Minister"),
        ("Sanae Takaichi", "2025-11-01", "GOV", "Prime Minister"),
    ] as [(String, String, String?, String?)])
    func rolesAreResolvedAsOfTheDate(_ name: String, date: String, sector: String?, role: String?) throws {
        let annotation = Support.recognize("\(name) spoke.", published: date)
        let actor = try #require(annotation.actors.first)
        #expect(actor.name == name)
        #expect(actor.sector == sector)
        #expect(actor.role == role)
        #expect(actor.kind == .person)
    }

    @Test func anExplicitDateOverridesThePublicationDate() throws {
        let document = Support.segment("Joe Biden spoke.", published: "2026-02-20")
        let then = ActorRecognizer().recognize(document, asOf: CalendarDate(year: 2022, month: 3, day: 1))
        #expect(then.actors.first?.role == "President")
        #expect(ActorRecognizer().recognize(document).actors.first?.sector == nil)
    }

    @Test func titleDemonymsQualifyThePersonTheyPrecede() throws {
        let annotation = Support.recognize("Chinese President Xi Jinping arrived.")
        let state = try #require(annotation.mentions.first)
        let person = try #require(annotation.mentions.last)
        #expect(state.actor == "CHN" && state.modifies == person.start)
        #expect(person.modifies == nil && person.actor == "xi-jinping")
    }

    @Test func lookUpFindsStatesByCapitalAndDemonym() {
        let lexicon = Lexicon.bundled()
        #expect(lexicon.lookUp("Pyongyang").map(\.id) == ["PRK"])
        #expect(lexicon.lookUp("North Korean").map(\.id) == ["PRK"])
        #expect(lexicon.lookUp("the Kremlin").map(\.id) == ["RUS"])
        #expect(lexicon.entry("KOR")?.name == "South Korea")
    }

    @Test func unknownNamesCarryAFinding() throws {
        let annotation = Support.recognize("Acme Holdings said Russia would pay.")
        let finding = try #require(annotation.findings.first)
        #expect(finding.code == "actor.unknown")
        #expect(finding.start == 0 && finding.end == 13)
        #expect(annotation.actors.map(\.kind) == [.unknown, .state])
    }
}
