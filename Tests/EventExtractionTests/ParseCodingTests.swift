import ArticleText
import EventExtraction
import EventOntology
import Testing

/// Coding off the dependency parse: the CAMEO dictionary behind our own entries, joint acts of coordinated
/// subjects, and the object's actor before its modifiers.
struct ParseCodingTests {
    static let pipeline = ExtractionPipeline()

    static func events(_ text: String) -> [String] {
        let document = Document(id: "t", text: text, published: CalendarDate(iso: "2024-05-15"))
        return pipeline.extract(document).events.map { event in
            "\(event.type.rawValue) \(event.sourceCountry ?? event.source.rawValue)>\(event.targetCountry ?? "-")"
        }
    }

    @Test(arguments: [
        // Our entry for "release" wants prisoners or hostages; CAMEO's "release" (0841 with people) still codes.
        ("Iran released two British nationals.", ["RETREAT IRN>GBR"]),
        // A defeat with a score or in a contest is sport, not an assault; beating back an assault is fighting.
        ("Spain beat France 2-1 in the semi-final in Munich on Tuesday.", []),
        ("Brazil defeated Argentina in the final of the tournament.", []),
        ("Ukrainian forces beat back a Russian assault near Kharkiv.", ["ASSAULT UKR>RUS"]),
        // Troops attacking positions fight; a state protesting to another complains officially (CAMEO 114).
        ("Serbian troops attacked Bosnian positions near Bihac on Friday.", ["ASSAULT SRB>BIH"]),
        ("Manila protested to Beijing over the ramming of a supply boat.", ["ACCUSE PHL>CHN"]),
        // Welcoming a state's decision is support of it, not hosting the state.
        ("Australia welcomed Indonesia's decision to free the fishermen.", ["SUPPORT AUS>IDN"]),
        // Missiles fired into the sea are a show of force towards the coast's state, not an attack on it.
        ("Pyongyang fired a short-range missile into the sea off South Korea on Monday.", ["MOBILIZE PRK>KOR"]),
        ("Russian forces fired missiles at Kharkiv on Monday.", ["ASSAULT RUS>UKR"]),
        // Coordinated parties of a joint act coded by the clause rules act on each other.
        ("Chile and Bolivia restored diplomatic relations on Monday.", ["SUPPORT CHL>BOL"]),
        // The party of a governed act inside its object's phrase; never its place ("in Switzerland") or topic.
        ("Iran refused on Tuesday to let inspectors from the International Atomic Energy Agency visit the Parchin military complex.",
         ["REJECT IRN>IGOUNOIAE"]),
        // A cooperative act its source says it will not do is a refusal (CAMEO 12x); one that did not happen stays
        // the act, negated.
        ("Lebanon will not hand Carlos Ghosn over to Japan, the justice minister said on Thursday.", ["REJECT LBN>JPN"]),
        ("China won't meet Japan's envoys, the foreign ministry said.", ["REJECT CHN>JPN"]),
        ("Japan did not send aid to Nepal.", ["AID JPN>NPL"]),
        // Strikes, disarmament and stepping aside said in other words.
        ("Nurses across New Zealand walked off the job on Thursday.", ["PROTEST NZL>NZL"]),
        ("Fighters of the AUC handed in their rifles on Tuesday.", ["RETREAT COL>COL"]),
        // A subject the parser hung on a fronted date keeps its coordinated actors.
        ("In October 1998 Ecuador and Peru agreed to settle their Amazon border dispute.", ["AGREE ECU>PER"]),
        // Coordinated subjects of a joint act without an object: the act is between them.
        ("Japan and Australia agreed to deepen defence ties.", ["AGREE JPN>AUS"]),
        // The object's own actor is the target, not the topic ("on Taiwan") or the venue ("at the UN").
        ("Pakistan backed China's position on Taiwan at the United Nations.", ["SUPPORT PAK>CHN"]),
        // The act a verb governs is its content, not an act of its own; its target is the verb's target.
        ("North Korea threatened to strike the United States with nuclear weapons.", ["THREATEN PRK>USA"]),
        // The parser attached the name's words to each other, not to the verb: the adjacent actor is the
        // subject, and the ceasefire is the content of the agreement, not an event of its own.
        ("Russian President Vladimir Putin agreed on Thursday to a Turkish proposal for a ceasefire in northern Syria.",
         ["AGREE RUS>TUR"]),
        ("Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow.", ["CONSULT RUS>CHN"]),
        // A light verb carries the event its object noun names.
        ("The Turkish president voiced strong support for Azerbaijan on Sunday.", ["SUPPORT TUR>AZE"]),
        // The place troops move to is the target, inside the phrase ("its border with Armenia").
        ("Azerbaijan moved artillery to its border with Armenia.", ["MOBILIZE AZE>ARM"]),
        // A joint act is one event, not also a show of force by one side.
        ("Egypt and Saudi Arabia held joint naval exercises in the Red Sea.", ["COOPERATE EGY>SAU"]),
        // A lead sentence whose act names no target still yields its event; a state's organ acting on its
        // own country, with no other country named, is coded against that state (domestic).
        ("Peru's president withdrew the pension bill on Tuesday.", ["CONCEDE PER>PER"]),
        ("Turkish trade unions rejected the government's offer on Monday.", ["REJECT TUR>TUR"]),
        // A march with no other party named is against its own state, as PLOVER coders read domestic protest.
        ("Thousands of Serbian protesters marched in Belgrade on Sunday.", ["PROTEST SRB>SRB"]),
        // A protest's purpose clause names what it is against, and is no event of its own.
        ("French farmers blocked motorways on Monday to press the government for lower diesel taxes.",
         ["PROTEST FRA>FRA"]),
        ("Students rallied in Jakarta to protest against Washington's support for Israel.", ["PROTEST IDN>USA"]),
        // Groups that act where they are belong to the state the sentence places them in.
        ("Gunmen killed two French tourists in Mali on Sunday.", ["ASSAULT MLI>FRA"]),
        // Declaring oneself ready for an act of cooperation is CAMEO's intent to cooperate (03x, AGREE).
        ("Iran is ready to hold talks with the United States.", ["AGREE IRN>USA"]),
        // "were prepared to" (a participle tagged as a verb) declares an intent too.
        ("Yemen's Houthis said on Monday they were prepared to free the United Nations staff members detained in Sanaa.",
         ["AGREE YEM>IGOUNO"]),
        // Money handed over is AID, whatever its currency.
        ("The European Union disbursed a further 4 billion euros to Ukraine.", ["AID IGOEUREEC>UKR"]),
        // A court finding a party guilty, or an act unlawful, accuses.
        ("A court in Tehran found a French researcher guilty of espionage.", ["ACCUSE IRN>FRA"]),
        // Relief goods flown in, by a passive's agent, are AID to the place's state.
        ("Tents and food were flown into eastern Afghanistan by India.", ["AID IND>AFG"]),
        // Training another state's forces is military cooperation.
        ("Turkey began training units of Syria's new army.", ["COOPERATE TUR>SYR"]),
        // An attack on a place abroad with no actor named targets the place's state, never the attacker's own.
        ("Russian forces shelled Kharkiv, Ukraine, on Tuesday.", ["ASSAULT RUS>UKR"]),
        // A foreign party in the sentence: no domestic target.
        ("Spain's government extradited a Colombian businessman on Thursday.", ["COOPERATE ESP>-"]),
        // Groups nobody placed in a state act without a country, as PETRARCH codes them.
        ("Gunmen abducted a priest on Sunday.", ["ASSAULT XXX-UAF>-"]),
        ("A priest was abducted by gunmen on Sunday.", ["ASSAULT XXX-UAF>-"]),
        ("Workers went on strike on Monday.", ["PROTEST XXX-LAB>-"]),
        // The one state the sentence names owns its domestic groups.
        ("Chilean police detained dozens of students in Valparaiso.", ["COERCE CHL>CHL"]),
        // What is lifted decides the type: an administrative ban (CONCEDE), an economic one (RETREAT).
        ("Myanmar's junta lifted its ban on opposition rallies.", ["CONCEDE MMR>MMR"]),
        ("India lifted its ban on rice exports to Nepal.", ["RETREAT IND>NPL"]),
        // A ban on goods of any kind is an embargo eased (CAMEO 085), not an administrative one.
        ("Armenia lifted its ban on Georgian wine on Monday.", ["RETREAT ARM>GEO"]),
        // A fronted phrase and its comma do not make "announced" a reporting frame after a reported clause: the
        // verb takes an object, so it is the act.
        ("On Monday, Washington announced new sanctions on Venezuela.", ["COERCE USA>VEN"]),
        ("Separately, Britain announced sanctions on Myanmar.", ["COERCE GBR>MMR"]),
        // Troops sent to a border are a show of force against the state beyond it (154), not cooperation.
        ("Algeria sent 3,000 troops to the Malian border on Friday.", ["MOBILIZE DZA>MLI"]),
        // Intelligence passed on is shared (064); people wanted elsewhere handed over are judicial cooperation (063).
        ("Jordan passed intelligence on the smugglers to Egypt.", ["COOPERATE JOR>EGY"]),
        ("Nepal handed over to India three men wanted for a bombing in Delhi.", ["COOPERATE NPL>IND"]),
        // Property given back is a return (0842); a raised alert is a mobilisation with no target (151).
        ("Germany returned the looted bronzes to Nigeria on Tuesday.", ["RETREAT DEU>NGA"]),
        ("Norway raised its terror alert to the highest level on Friday.", ["MOBILIZE NOR>-"]),
        // Handing over relief goods is AID; context words match in any inflection.
        ("Japan airlifted tents and medicine to Turkey.", ["AID JPN>TUR"]),
        ("France delivered an air defence system to Ukraine.", ["AID FRA>UKR"]),
        // A passive whose subject names the act: the target is the act's party or the cued oblique.
        ("Development aid to Mali was suspended by Germany on Monday.", ["SANCTION DEU>MLI"]),
        ("Germany suspended development aid to Mali on Monday.", ["SANCTION DEU>MLI"]),
        // Aid stopped in the passive is withheld, not given.
        ("German aid to Mali was suspended on Monday.", ["SANCTION DEU>MLI"]),
        // An infinitive pushed away by a time phrase is still the complement of "threatened".
        ("Iran threatened on Sunday to close the Strait of Hormuz to American ships.", ["THREATEN IRN>USA"]),
        // A verb that frames the act its object names is the event; the named act is its content.
        ("The Kremlin rejected a ceasefire proposal on Tuesday.", ["REJECT RUS>-"]),
        // The accuser of a claim is not the claimed act's party.
        ("Rwanda accused Uganda of sending troops into Congo.", ["ACCUSE RWA>UGA"]),
        // A number opening the sentence leaves the group after it whole.
        ("Twelve French embassy employees were expelled by Algeria.", ["SANCTION DZA>FRA"]),
        ("Cuba turned down Washington's offer of hurricane relief.", ["REJECT CUB>USA"]),
        // A verb after an appositive's closing comma is the named subject's, not a reduced relative on the
        // appositive; dismissing an offer is a rejection.
        ("Kim Yo Jong, the powerful sister of North Korea's leader, dismissed Seoul's offer of talks on Thursday.",
         ["REJECT PRK>KOR"]),
        // A title the lexicon's agent nouns know gives the person after it a country.
        ("Ukraine's human rights ombudsman, Dmytro Lubinets, accused Russia of genocide.", ["ACCUSE UKR>RUS"]),
        // A person the lexicon lacks belongs to the country the sentence places them in; an act with no named
        // target there is domestic.
        ("Usman Khan stabbed several people at Fishmongers' Hall in London on Friday.", ["ASSAULT GBR>GBR"]),
        // A truce named as a topic is no act; one declared is.
        ("Egypt hosted talks with Hamas officials on the second phase of the Gaza ceasefire.", ["CONSULT EGY>PSE"]),
        ("Hamas declared a ceasefire on Monday.", ["RETREAT PSE>PSE"]),
        // People or bodies "of" states stand for them: one state's group, or the coordinated states themselves.
        ("The leaders of Armenia and Azerbaijan agreed at the White House on Friday to end the conflict.", ["AGREE ARM>AZE"]),
        ("The government of Sudan expelled the UN envoy.", ["SANCTION SDN>IGOUNO"]),
        ("Trade negotiators from Washington and Beijing met in Kuala Lumpur on Saturday.", ["CONSULT USA>CHN"]),
        // Welcoming a person is hosting a visit; welcoming a decision is support.
        ("Prime Minister Narendra Modi was welcomed in Accra on Wednesday by Ghanaian President John Dramani Mahama.",
         ["CONSULT GHA>IND"]),
        ("Egypt welcomed the ceasefire agreement.", ["SUPPORT EGY>-"]),
        // An apology offered is an apology (CAMEO 055), not an offer.
        ("Belgium's foreign minister, Maxime Prevot, offered an apology to the Democratic Republic of Congo on Monday.",
         ["SUPPORT BEL>COD"]),
        // A withdrawal from places abroad with no actor named targets the places' state.
        ("Russian troops pulled back from positions around Kyiv and Chernihiv this week.", ["RETREAT RUS>UKR"]),
        // A protest against its own authorities targets its state, and so does a march alone.
        ("Students rallied in Jakarta on Monday, demanding that the government cut fuel prices.", ["PROTEST IDN>IDN"]),
        ("Students rallied in Jakarta on Monday.", ["PROTEST IDN>IDN"]),
        // A plural demonym names the state's people, who can act against their own government.
        ("Thousands of Moroccans rallied in Casablanca, demanding that the government spend more on hospitals.",
         ["PROTEST MAR>MAR"]),
        // Sharing between coordinated subjects is between them; support "behind" a party's candidate is for it.
        ("Mali and Algeria have not shared any intelligence on jihadist groups since April.", ["COOPERATE MLI>DZA"]),
        ("The United Arab Emirates threw its weight behind Egypt's candidate for director-general of UNESCO.",
         ["SUPPORT ARE>EGY"]),
        // Ending a sanction is easing it; dropping an objection is a concession; ending an offensive de-escalates.
        ("Canada scrapped its digital services tax on Sunday.", ["RETREAT CAN>CAN"]),
        ("Turkey dropped its objection to Sweden's membership on Monday.", ["CONCEDE TUR>SWE"]),
        ("Israel ended its offensive in Gaza.", ["RETREAT ISR>PSE"]),
        // An act that coordinated subjects mark joint is cooperation between them, whatever the verb.
        ("Kazakhstan and Uzbekistan opened their first joint industrial zone on Friday.", ["COOPERATE KAZ>UZB"]),
        ("Mexican soldiers and Sinaloa state police launched joint patrols in Culiacan.", ["COOPERATE MEX>MEX"]),
    ])
    func parseCodes(text: String, expected: [String]) {
        #expect(Self.events(text) == expected)
    }

    /// An act stated under a condition is hypothetical (a sanction or force its own side says it would use, a
    /// threat); what the condition describes is no event.
    @Test(arguments: [
        ("Beijing could impose a blockade on Taiwan's ports should it decide to.", ["COERCE CHN>TWN hypothetical"]),
        // A sanction its own side states under a condition on the target is a threat, made.
        ("Algerian Foreign Minister Ahmed Attaf said that Algiers would cut diplomatic ties with Paris if France expelled more of its staff.",
         ["THREATEN DZA>FRA asserted"]),
        ("Qatar would suspend its mediation between Israel and Hamas if either side kept using the talks.",
         ["THREATEN QAT>ISR asserted"]),
        // Another party's speculation stays hypothetical.
        ("Beijing could impose a blockade on Taiwan's ports should it decide to, Taiwan's defence minister said.",
         ["COERCE CHN>TWN hypothetical"]),
        // A mobilisation under a condition faces the condition's actor.
        ("Finland would call up its reservists within hours if Russian troops massed on the border, the minister said.",
         ["MOBILIZE FIN>RUS-MIL hypothetical"]),
    ])
    func conditions(text: String, expected: [String]) {
        let document = Document(id: "t", text: text, published: CalendarDate(iso: "2024-05-15"))
        let events = Self.pipeline.extract(document).events.map { event in
            "\(event.type.rawValue) \(event.sourceCountry ?? event.source.rawValue)>\(event.target?.rawValue ?? "-") \(event.modality.rawValue)"
        }
        #expect(events == expected)
    }

    /// Acts of a state's own authorities, rulings, threats told at a distance, complaints lodged, and parties
    /// whose names many states share.
    @Test(arguments: [
        // An agentless passive arrest or sentence is the act of the patient's own state, also in a coordinated
        // passive without a subject of its own.
        ("Former Peruvian president Pedro Castillo was sentenced to eleven years in prison on Thursday.", ["COERCE PER>PER"]),
        ("Senegalese opposition leader Ousmane Sonko founded the Pastef party but was arrested in 2023.", ["COERCE SEN>SEN"]),
        // Unnamed people arrested in a report about one state are arrested by that state, also when the parser
        // took them for the object of the reporting verb.
        ("Protests spread across Kenya on Tuesday. Twenty people were arrested in Nairobi and Mombasa.",
         ["PROTEST KEN>KEN", "COERCE KEN>KEN"]),
        ("Protests spread across Kenya on Tuesday. Kenyan police said twenty people were arrested in Nairobi.",
         ["PROTEST KEN>KEN", "COERCE KEN>KEN"]),
        // A court's finding that an act is unlawful is the court accusing its state.
        ("The Supreme Court of Brazil found the decree unconstitutional on Tuesday.", ["ACCUSE BRA>BRA"]),
        ("A Nigerian court found the former governor guilty of fraud.", ["ACCUSE NGA>NGA"]),
        // A conflictual act that is the content of "threaten" is the threat, however far the infinitive stands.
        ("Hungary threatened on Monday to veto the European Union's budget.", ["THREATEN HUN>IGOEUREEC"]),
        ("The government of Mali threatened on Friday to expel the French ambassador.", ["THREATEN MLI>FRA"]),
        // A subpoena is a demand; the agent of the misconduct investigated is not the investigation's.
        ("The US House of Representatives issued a subpoena for documents from Secretary of State Mike Pompeo on Friday.",
         ["REQUEST USA>USA"]),
        ("The US House of Representatives launched an impeachment investigation into alleged misconduct by President Donald Trump.",
         ["ACCUSE USA>USA"]),
        // An act called for or demanded is requested, not done.
        ("German Chancellor Olaf Scholz called for new sanctions against Moscow.", ["REQUEST DEU>RUS"]),
        // Summoning an envoy is an official complaint; in the passive, by the ministry one is summoned to.
        ("Japan summoned the Chinese ambassador on Friday over the post.", ["ACCUSE JPN>CHN"]),
        ("Russia's envoy in Baku was summoned to the Azerbaijani foreign ministry on Monday.", ["ACCUSE AZE>RUS"]),
        // Calling for someone to act is a request to them; what is called for is no event of its own.
        ("Peruvian opposition leader Keiko Fujimori called for President Dina Boluarte to resign.", ["REQUEST PER>PER"]),
        // An electoral defeat is no assault; a battlefield one is.
        ("Hong Kong lawmaker Junius Ho defeated Lee Cheuk-yan by around five thousand votes.", []),
        ("Ukrainian forces defeated Russian troops near Kharkiv.", ["ASSAULT UKR>RUS"]),
        // A title the parser made the head of the name stands for the name; defending someone against
        // criticism is support.
        ("Chancellor Friedrich Merz on Sunday defended his interior minister, Alexander Dobrindt, against criticism from the Social Democrats.",
         ["SUPPORT DEU>DEU"]),
        // Students, workers, the press and civilians are not parts of their state: its police can beat them.
        ("Kenyan police beat dozens of students in Nairobi on Tuesday.", ["ASSAULT KEN>KEN"]),
        // What a bill would do is its content; vetoing it is the act (against the state, domestic).
        ("Poland's President Karol Nawrocki vetoed a bill on Thursday that would have eased restrictions on wind farms.",
         ["REJECT POL>POL"]),
        // Troops sent within the source's own country are a show of force; banning a party is COERCE (1722).
        ("Ecuador's government sent 5,000 soldiers and police officers into the port city of Guayaquil on Tuesday.",
         ["MOBILIZE ECU>ECU"]),
        ("Russia sent troops to Belarus for joint exercises.", ["COOPERATE RUS>BLR"]),
        ("Bangladesh's interim government banned all activities of the Awami League on Saturday.", ["COERCE BGD>BGD"]),
        // A protest lodged with a government is an official complaint, not a demonstration.
        ("Japan lodged a strong protest with China over the detention of a Japanese citizen.", ["ACCUSE JPN>CHN"]),
        // "Congress" alone in a report about another state is that state's legislature.
        ("Peruvian President Dina Boluarte spoke in Lima. Congress voted to remove Boluarte on Friday.",
         ["CONSULT PER>-", "COERCE PER>PER"]),
        // A party name many states share is the party of the document's home country.
        ("British Prime Minister Keir Starmer visited Leeds on Monday. The Conservatives accused Starmer of breaking his promises.",
         ["CONSULT GBR>-", "ACCUSE GBR>GBR"]),
    ])
    func domesticAndDistantActs(text: String, expected: [String]) {
        #expect(Self.events(text) == expected)
    }

    /// Groups named through their members, suspects, people held abroad, passive reports of acts, answers to
    /// proposals, and sanctions as the CAMEO→PLOVER table types them.
    @Test(arguments: [
        // Fighters, rebels or gunmen "of" a named group are that group (the ADF, placed in Congo by the lexicon).
        ("Rebels of the Allied Democratic Forces killed at least 43 worshippers at a church in Komanda on Sunday.",
         ["ASSAULT COD>-"]),
        // The suspects of "suspected of V-ing" are the act's subject; unnamed victims are the place's state's.
        ("Boko Haram fighters are suspected of abducting more than 40 farmers near Maiduguri on Sunday.",
         ["ASSAULT NGA>NGA"]),
        // People of one state arrested or deported in another are arrested by that other state.
        ("Three Japanese nationals were arrested in Beijing on Tuesday.", ["COERCE CHN>JPN"]),
        ("More than 20,000 Afghans were deported from Pakistan last month.", ["COERCE PAK>AFG"]),
        // The people of a state arrested at home are arrested by their state, named in the text or not.
        ("Two Russian opposition activists were detained in Moscow on Sunday.", ["COERCE RUS>RUS"]),
        // The subject of a passive reporting verb is what is reported, not who reports it.
        ("An attack by Russia on Ukraine was reported on Monday.", ["ASSAULT RUS>UKR"]),
        // An answer to a proposal is addressed to the proposal's maker.
        ("An offer from Kenya to mediate between South Sudan's President Salva Kiir and his detained deputy, Riek Machar, was rejected by the government in Juba on Thursday.",
         ["REJECT SSD>KEN"]),
        // Imposed sanctions and embargoes are CAMEO 163, COERCE in the CAMEO→PLOVER table.
        ("Beijing imposed a trade boycott on Lithuanian goods.", ["COERCE CHN>LTU"]),
        // A member noun the home country placed still stands for the group named after "of"; the reporting
        // clause beside the verb gives it no context word ("a statement" does not make the attack verbal).
        ("Fighters of the al-Qaeda-linked JNIM attacked an army post near Djibo in northern Burkina Faso on Sunday, killing at least 30 soldiers, the group said in a statement.",
         ["ASSAULT jnim>BFA"]),
        // A "by" phrase the parser hung on the people affected is still the act's agent.
        ("The expulsion of three Russian diplomats by Moldova was announced on Thursday.", ["SANCTION MDA>RUS"]),
        // "Congress" alone is no evidence of the home country: however often it is named, this report is
        // about Paraguay, and its Congress is Paraguay's legislature.
        ("Paraguayan prosecutors charged a former minister in Asuncion on Thursday. Congress voted on Friday to lift the immunity of two senators. Congress had blocked a similar request from Paraguayan prosecutors last month. Congress rejected the request again on Monday.",
         ["ACCUSE PRY>PRY", "REJECT PRY>PRY"]),
        // A state's own act with no other party named is against itself (its public, its institutions); its
        // answer to an act whose party it does not name is not.
        // Forces deployed or put on alert at home, facing no party the sentence names, are a domestic act; a
        // build-up faces the state after "border with", or the one other state the sentence names.
        ("Thailand placed its army on high alert on Monday.", ["MOBILIZE THA>THA"]),
        ("Peruvian police were put on high alert in Lima on Friday.", ["MOBILIZE PER>PER"]),
        ("Guatemala moved two battalions towards its border with Belize on Sunday, officials said.", ["MOBILIZE GTM>BLZ"]),
        ("Latvia will call up 2,000 reservists next week, citing Russia's build-up near Pskov.", ["MOBILIZE LVA>RUS"]),
        // A state of emergency or martial law is imposed at home, whoever the sentence blames.
        ("Kyrgyzstan declared a state of emergency in its southern provinces on Friday after clashes with Tajikistan.",
         ["COERCE KGZ>KGZ"]),
        // An ocean or river named after a state is no mention of the state: the rally stays domestic.
        ("Thousands of Sri Lankans rallied in Colombo on Sunday in the largest protest the Indian Ocean island has seen.",
         ["PROTEST LKA>LKA"]),
        ("Bolivia warned on Monday that it would declare a state of emergency.", ["THREATEN BOL>BOL"]),
        ("The Kremlin rejected a ceasefire proposal on Tuesday.", ["REJECT RUS>-"]),
        // A mobilisation targets whoever provoked it, named in its "after" clause.
        ("Estonia's navy was put on high alert on Wednesday after a Russian fighter jet violated its airspace.",
         ["MOBILIZE EST>RUS"]),
        // "Its" before a state's institution is the state of the latest sentence's subject.
        ("Sudan recalled its ambassador from Addis Ababa on Wednesday. Its foreign ministry accused Ethiopia of aggression.",
         ["SANCTION SDN>ETH", "ACCUSE SDN>ETH"]),
        // Negotiators from two states are those states, wherever they meet.
        ("Negotiators from Armenia and Azerbaijan met in Abu Dhabi on 2 September for another round of talks.",
         ["CONSULT ARM>AZE"]),
        // Warships or reinforcements sent are a show of force; people handed back are released (and "back" is
        // no act of support).
        ("Tajikistan sent reinforcements to its border with Afghanistan on Thursday.", ["MOBILIZE TJK>AFG"]),
        ("Four Thai soldiers captured in the December clashes were handed back by Cambodia on Saturday.",
         ["RETREAT KHM>THA"]),
        // Acts named by nouns: a transfer from one state to another, a withdrawal of troops, a recognition.
        ("The transfer of 40 Leopard 1 tanks from Denmark to Ukraine was completed last week.", ["AID DNK>UKR"]),
        ("The withdrawal of French troops from Senegal was completed on 17 July.", ["RETREAT FRA>SEN"]),
        ("The recognition of the State of Palestine by Malta was announced on Monday.", ["SUPPORT MLT>PSE"]),
        ("The transfer of power to a civilian government in Niger was delayed.", []),
        // Goods sent, handed over, paid or deposited to a state are aid, whatever the goods; a letter is not.
        ("Japan sent tents and water pumps to flood-hit areas of Bangladesh.", ["AID JPN>BGD"]),
        ("Saudi Arabia deposited 2 billion dollars with Egypt's central bank on Tuesday.", ["AID SAU>EGY"]),
        ("Iran sent a letter to the United Nations on Monday.", ["CONSULT IRN>IGOUNO"]),
        // A verb the parser hung on the time phrase of a root noun is the clause's verb, the noun its subject.
        ("Pakistani air strikes on Thursday night killed at least 14 people in Afghanistan's Khost province.",
         ["ASSAULT PAK>AFG"]),
        // In a report of one sentence an organisation nobody listed belongs to its sentence's one country.
        ("Tunisia's government turned down the UGTT union's demand for a pay rise on Monday.", ["REJECT TUN>TUN"]),
        // A subject pronoun keeps the earlier subject as its antecedent; the object after it is no subject.
        ("JNIM is active in Mali. It kidnapped an Indian engineer.", ["ASSAULT jnim>IND"]),
        // "The group", "the militants": the named armed group.
        ("JNIM abducted five Chinese engineers on Wednesday. The group demanded a ransom from Beijing.",
         ["ASSAULT jnim>CHN", "REQUEST jnim>CHN"]),
        // "Both countries", "the two governments": the two states named last, each toward the other.
        // ("Traded accusations" is a mutual accusation.)
        ("Kyrgyzstan and Tajikistan traded accusations on Monday. By Tuesday both countries had moved troops to the area.",
         ["ACCUSE KGZ>TJK", "ACCUSE TJK>KGZ", "MOBILIZE KGZ>TJK", "MOBILIZE TJK>KGZ"]),
        // "Accused each other": each accuses the other.
        ("Serbia and Kosovo accused each other on Friday of stoking tensions in the north.", ["ACCUSE SRB>KSV", "ACCUSE KSV>SRB"]),
        // Foreign attackers right after the place is named abroad attack that place's state.
        ("The shooting happened near a village in Kyrgyzstan's Batken region. Kyrgyz officials said Tajik border guards opened fire on farmers.",
         ["ASSAULT TJK>KGZ"]),
        // An apposition in commas names the mention before it; the coordinated subject goes on past it.
        ("President Sadyr Japarov and his Tajik counterpart, Emomali Rahmon, spoke by telephone on Wednesday.",
         ["CONSULT KGZ>TJK"]),
        // A name after an international body's title is that body's; "both governments" as object is the pair.
        ("Colombia cut electricity sales to Ecuador. The Andean Community's secretary-general, Mariela Quispe, called on both governments on Wednesday to suspend the measures.",
         ["REQUEST IGOSAM>COL", "REQUEST IGOSAM>ECU"]),
        // Scrapping a law or a rule concedes, to the party whose demand it meets; a demand's subjunctive
        // content is no act.
        ("Serbia's government scrapped a decree on lithium mining after weeks of protests.", ["CONCEDE SRB>SRB"]),
        ("Tanzania will scrap a rule requiring Kenyan lorry drivers to hold work permits, yielding to a long-standing demand by Nairobi.",
         ["CONCEDE TZA>KEN"]),
        ("Zambia's justice minister rejected the opposition's demand that the government withdraw a bill amending the constitution.",
         ["REJECT ZMB>ZMB"]),
        // A weapon in a "with" phrase makes the dictionary's "destroy … with" an assault, not a threat.
        ("Nepalese police beat dozens of students with batons on Tuesday.", ["ASSAULT NPL>NPL"]),
        // Demonyms the source data lacks; the Romani people are not Rome.
        ("Kazakh Foreign Minister Aibek Nurlanov and his Uzbek counterpart spoke by telephone on Sunday.", ["CONSULT KAZ>UZB"]),
        ("Bulgaria's interior minister resigned after protests over the police killing of a Roma teenager in Sliven.",
         ["CONCEDE BGR>BGR"]),
        // An untargeted answer of one side of a two-party story is toward the other side.
        ("Lithuania expelled a Belarusian diplomat on Monday. Minsk vowed to retaliate.", ["SANCTION LTU>BLR", "THREATEN BLR>LTU"]),
        ("A Turkish drone strike killed two Iraqi soldiers last week. Turkey's president apologised for the incident on Friday.",
         ["ASSAULT TUR>IRQ", "SUPPORT TUR>IRQ"]),
        ("Peru recalled its ambassador from Mexico. The Peruvian government rejected the offer on Friday.",
         ["SANCTION PER>MEX", "REJECT PER>MEX"]),
        // An object "them" is the state's group named earlier in the sentence.
        ("Japan expelled three Chinese diplomats, accusing them of espionage.", ["SANCTION JPN>CHN", "ACCUSE JPN>CHN"]),
        // A subordinate clause the parser joined as a conjunct keeps its own subject; people counted by a
        // quantity are the subject; arrests of unnamed people stand beside other events.
        ("Georgian police detained 40 people as thousands of protesters marched on parliament in Tbilisi.",
         ["COERCE GEO>GEO", "PROTEST GEO>GEO"]),
    ])
    func groupsSuspectsAndAnswers(text: String, expected: [String]) {
        #expect(Self.events(text) == expected)
    }

    /// Codebook acts the CAMEO verb dictionary misses or misreads, and their targets.
    @Test(arguments: [
        // An event word describing a noun after it ("riot police") is no act; "beat … with batons" is.
        ("Georgian riot police beat dozens of protesters with batons in Tbilisi.", ["ASSAULT GEO>GEO asserted"]),
        // The act set aside by "instead of" is not done.
        ("Russia abstained on Monday instead of vetoing a Security Council resolution on Syria.", ["REJECT RUS>IGOUNO negated"]),
        // An answer to an act named with its author ("an offer from France") targets the author.
        ("Iran rejected an offer from France to mediate.", ["REJECT IRN>FRA asserted"]),
        // Force against an unnamed place, in a sentence naming one other state, is against that state.
        ("Sudanese troops seized a border village, South Sudan's government said on Friday.", ["COERCE SDN>SSD reported"]),
        // Breaking a ceasefire is an assault (CAMEO 196); capturing soldiers an abduction (181).
        ("Armenian forces violated the ceasefire with Azerbaijan on Sunday.", ["ASSAULT ARM>AZE asserted"]),
        ("Al-Shabaab militants captured three Kenyan soldiers on Tuesday.", ["ASSAULT SOM>KEN asserted"]),
        // A loan approved is aid; "played host to" a visit; hours given to comply an ultimatum.
        ("The World Bank approved a 500 million dollar loan to Ghana.", ["AID IGOUNODEVWBK>GHA asserted"]),
        ("Japan's prime minister played host to Australian Prime Minister Anthony Albanese in Tokyo.", ["CONSULT JPN>AUS asserted"]),
        ("The United States gave Venezuela 72 hours to release the detained Americans.", ["THREATEN USA>VEN asserted"]),
        // An attack on a place abroad is on its state, beside the other events of the sentence.
        ("Fighting began in July, when Hamas fired rockets towards Jerusalem hours after Israeli police fired stun grenades at Palestinian protesters.",
         ["ASSAULT PSE>ISR asserted", "ASSAULT ISR>PSE asserted"]),
        // Suspending a member is a sanction; a participle after "all" describes ("all detained officials").
        ("The African Union suspended Mali on Wednesday.", ["SANCTION IGOAFRAFU>MLI asserted"]),
        ("ECOWAS called for the release of all detained officials.", ["REQUEST IGOWAFWAS>- asserted"]),
        // Casualties "left dead" are no withdrawal; a build-up in a two-party story faces the other side ("has
        // since" is no clause boundary).
        ("A border clash left 20 Indian soldiers dead.", []),
        ("India and China clashed on Monday. The Indian army has since moved additional troops to Ladakh.",
         ["ASSAULT IND>CHN asserted", "ASSAULT CHN>IND asserted", "MOBILIZE IND>CHN asserted"]),
        // A known person titled as an international body's office-holder acts for the body; a former one not.
        ("UN Secretary-General Ban Ki-moon urged Israel to halt the offensive.", ["REQUEST IGOUNO>ISR asserted"]),
        // An investigation opened into an act targets the act's author.
        ("Ukraine's prosecutors opened an investigation into the Russian strike on Odesa.", ["ACCUSE UKR>RUS asserted"]),
        // The investigation is the act: the air strike it looks into is not the light verb's.
        ("Lithuania launched an inquiry into the Belarusian air strike.", ["ACCUSE LTU>BLR asserted"]),
        // Sanctions or a boycott warned of are a threat, against the party named inside the phrase.
        ("Moscow warned of sanctions against Finland.", ["THREATEN RUS>FIN asserted"]),
        // A call to discuss a war is a consultation; the war is its topic, no act.
        ("Kenya's president telephoned his Ugandan counterpart on Monday to discuss the war in Sudan.",
         ["CONSULT KEN>UGA asserted"]),
        // A phase verb's complement is the act ("begun supplying", not "begun … attack drones").
        ("Iran has begun supplying Russia with attack drones.", ["AID IRN>RUS asserted"]),
        // Two parties recalling "their" ambassadors act against each other; "the emirate" is the emirate named
        // before.
        ("Colombia and Venezuela recalled their ambassadors on Thursday.",
         ["SANCTION COL>VEN asserted", "SANCTION VEN>COL asserted"]),
        ("Saudi Arabia cut diplomatic ties with Qatar on Monday. Egypt also cut ties with the emirate.",
         ["SANCTION SAU>QAT asserted", "SANCTION EGY>QAT asserted"]),
        // An act of cooperation is toward the party its purpose clause names; accepting an invitation to an act
        // declares the intent to it.
        ("Saudi Arabia pledged 5 billion dollars in deposits to shore up Egypt's currency.", ["AGREE SAU>EGY asserted"]),
        ("Chancellor Olaf Scholz accepted an invitation to visit China in November.", ["AGREE DEU>CHN asserted"]),
        // Taking a state to court accuses it; bombs dropped are an aerial assault; weeks given to comply an
        // ultimatum.
        ("Ukraine took Russia to the International Court of Justice on Monday.", ["ACCUSE UKR>RUS asserted"]),
        ("Russian aircraft dropped bombs on Ukraine's Kharkiv region on Monday.", ["ASSAULT RUS>UKR asserted"]),
        ("The African Union gave Mali's junta two weeks to set an election date.", ["THREATEN IGOAFRAFU>MLI asserted"]),
        // A passive subject that holds the act one "of" below ("three years of sanctions on Belarus"); demands
        // answered are the drafter's ("drawn up by Egypt").
        ("Three years of EU sanctions on Belarus were lifted by Brussels on Friday.", ["RETREAT IGOEUREEC>BLR asserted"]),
        ("A set of demands drawn up by Egypt was rejected by Ethiopia on Monday.", ["REJECT ETH>EGY asserted"]),
        // The tagger took "suspended" for an adjective; the analyser gives the clause its verb back.
        ("The United States suspended aid to Mali.", ["SANCTION USA>MLI asserted"]),
    ])
    func codebookActs(text: String, expected: [String]) {
        #expect(Self.modalities(text) == expected)
    }

    /// Acts told by reference: a noun naming an act of force is the last such act's ("condemned the raid" targets
    /// the raiders, not the state that spoke last); ", as did X" is X's act too; a bare refusal answers the request
    /// made to its source; a passive verb reads its object before it ("the arms embargo … was lifted").
    @Test(arguments: [
        ("Ecuadorian police stormed the Mexican embassy in Quito on Friday. Nicaragua broke off relations with Honduras. Brazil condemned the raid.",
         ["COERCE ECU>MEX asserted", "SANCTION NIC>HND asserted", "ACCUSE BRA>ECU asserted"]),
        ("Ecuadorian police stormed the Mexican embassy in Quito on Friday. Brazil and Colombia condemned the raid, as did the European Union.",
         ["COERCE ECU>MEX asserted", "ACCUSE BRA>ECU asserted", "ACCUSE COL>ECU asserted", "ACCUSE IGOEUREEC>ECU asserted"]),
        ("Ecuador asked Mexico for permission to enter the building, but Mexico refused.",
         ["REQUEST ECU>MEX asserted", "REJECT MEX>ECU asserted"]),
        ("The arms embargo on Ivory Coast was lifted by the UN Security Council on Thursday.", ["RETREAT IGOUNO>CIV asserted"]),
        ("Russia declared two Estonian diplomats personae non gratae on Monday.", ["SANCTION RUS>EST asserted"]),
        ("Mexico withdrew its diplomats from Ecuador on Sunday.", ["SANCTION MEX>ECU asserted"]),
        // "The advisers of A and B" are A and B; two states' leaders who speak and agree do so with each other,
        // whoever the agreement's content names.
        ("The national security advisers of India and Pakistan held talks in Bangkok on Sunday.", ["CONSULT IND>PAK asserted"]),
        ("President Moon Jae-in and Prime Minister Shinzo Abe spoke by telephone on Friday and agreed to press for tougher UN sanctions against Pyongyang.",
         ["CONSULT KOR>JPN asserted", "AGREE KOR>JPN asserted", "REQUEST KOR>IGOUNO future"]),
        // Duties and levies are imposed and scrapped like tariffs.
        ("Moscow imposed a duty on crude oil exports to Belarus on Monday.", ["COERCE RUS>BLR asserted"]),
        // A diplomat summoned with no agent named is summoned by the state whose capital the clause names.
        ("Sweden's ambassador in Abu Dhabi was summoned on Wednesday and handed a formal protest.", ["ACCUSE ARE>SWE asserted"]),
        // Budget support frozen is aid withheld; medics and supplies flown in are aid, not a visit.
        ("Budget support for Nicaragua has been frozen by Norway.", ["SANCTION NOR>NIC asserted"]),
        ("Japan flew 80 military medics and 100 tonnes of supplies to Honduras on Friday.", ["AID JPN>HND asserted"]),
        // A hunger strike is a protest, not an air strike; a missile test-fired is a show of force.
        ("Sri Lankan Housing Minister Wimal Weerawansa began a hunger strike outside the UN office in Colombo on Thursday.",
         ["PROTEST LKA>IGOUNO asserted"]),
        ("Pakistan test-fired its new Ghauri missile on Monday.", ["MOBILIZE PAK>- asserted"]),
        // Fire opened "at" or "on" is an attack wherever it is opened; a railway two states inaugurate is
        // cooperation between them; a crossing someone asks to reopen is the request's content, no event.
        ("Indian troops opened fire at Pakistani posts across the Line of Control on Monday.", ["ASSAULT IND>PAK asserted"]),
        ("Ethiopia and Djibouti inaugurated a railway on Wednesday.", ["COOPERATE ETH>DJI asserted"]),
        ("Egypt rejected on Thursday an Israeli request to reopen the Rafah crossing.", ["REJECT EGY>ISR asserted"]),
        // A state's own report of its act asserts it; another state's report of it stays reported.
        ("The Russian defence ministry said Russian forces had struck Kharkiv on Monday.", ["ASSAULT RUS>UKR asserted"]),
        ("Ukraine said Russian forces had struck Kharkiv on Monday.", ["ASSAULT RUS>UKR reported"]),
        // Protesters storming a building riot; a state's forces seize it.
        ("Protesters stormed the parliament building in Belgrade on Friday.", ["PROTEST SRB>SRB asserted"]),
    ])
    func actsToldByReference(text: String, expected: [String]) {
        #expect(Self.modalities(text) == expected)
    }

    /// A decision is the act it decides, with the decision's tense; a noun act its own source announces is done.
    @Test(arguments: [
        ("The US House of Representatives voted on Wednesday to impeach President Donald Trump.", ["ACCUSE USA>USA asserted"]),
        ("Germany decided to expel two Russian diplomats on Monday.", ["SANCTION DEU>RUS asserted"]),
        ("Germany will decide next week whether to expel two Russian diplomats.", ["SANCTION DEU>RUS hypothetical"]),
        ("Former Japanese Prime Minister Shigeru Ishiba announced his resignation on Sunday.", ["CONCEDE JPN>JPN asserted"]),
    ])
    func decisionsAndAnnouncedActs(text: String, expected: [String]) {
        #expect(Self.modalities(text) == expected)
    }

    /// "the suspect's wife" hedges nothing; unnamed relatives taken into custody are taken by their state, and the
    /// state's own prosecutor reporting it asserts it.
    @Test func aSuspectNounDoesNotHedge() {
        #expect(Self.modalities("French President Emmanuel Macron spoke in Paris. Local prosecutor Remy Heitz said the suspect's wife was taken into custody.")
            == ["CONSULT FRA>- asserted", "COERCE FRA>FRA asserted"])
    }

    static func modalities(_ text: String) -> [String] {
        let document = Document(id: "t", text: text, published: CalendarDate(iso: "2024-05-15"))
        return Self.pipeline.extract(document).events.map { event in
            "\(event.type.rawValue) \(event.sourceCountry ?? "-")>\(event.targetCountry ?? "-") \(event.modality.rawValue)"
        }
    }

    /// A name in commas after another verb's object is that object's apposition: the participle after it acts for
    /// the sentence's subject, not for the named envoy.
    @Test func anObjectsAppositionIsNotTheNextParticiplesSubject() {
        let document = Document(
            id: "t", text: "Nigeria reacted by summoning its envoy, Ali Bello, and accusing Ghana of harassing traders.",
            published: CalendarDate(iso: "2021-10-30"))
        let events = Self.pipeline.extract(document).events
        #expect(events.map { "\($0.type.rawValue) \($0.source.rawValue)>\($0.target?.rawValue ?? "-")" } == ["ACCUSE NGA>GHA"])
    }

    @Test func aSharedPartyNameTakesTheHomeCountrysId() throws {
        let document = Document(
            id: "t", text: "Indian Prime Minister Narendra Modi spoke in Delhi. The Communist Party accused Modi of corruption.",
            published: CalendarDate(iso: "2024-05-15"))
        let extraction = Self.pipeline.extract(document)
        let party = try #require(extraction.actors.first { $0.sector == "PTY" })
        #expect(party.id.rawValue == "ind-communist-party")
        #expect(party.country == "IND")
        #expect(extraction.events.map(\.source.rawValue).contains("ind-communist-party"))
    }

    @Test func aSharedPartyNameTakesItsSentencesOneCountry() throws {
        let document = Document(
            id: "t", text: "Chile's Christian Democratic Party endorsed Jeannette Jara for the presidential election on Saturday.",
            published: CalendarDate(iso: "2025-08-04"))
        let extraction = Self.pipeline.extract(document)
        #expect(extraction.events.map(\.source.rawValue) == ["chl-democratic-party"])
    }

    @Test func anUnknownPersonTakesTheHomeCountry() throws {
        let document = Document(
            id: "t",
            text: "US President Donald Trump spoke in Washington on Monday. The White House defended the plan. "
                + "Later, Marisol Echeverría Blanco accused Trump of lying to Congress.",
            published: CalendarDate(iso: "2019-05-15"))
        let extraction = Self.pipeline.extract(document)
        let person = try #require(extraction.actors.first { $0.name == "Marisol Echeverría Blanco" })
        #expect(person.country == "USA")
    }

    @Test func anAppositiveNamingALaterLeaderPlacesTheUnknownPersonBeforeTheHomeCountry() throws {
        let document = Document(
            id: "t",
            text: "US President Donald Trump spoke to reporters in Washington on Friday. In July, Kurt Volker met "
                + "Andriy Yermak, an aide to President Volodymyr Zelensky, in Madrid. The White House declined to comment.",
            published: CalendarDate(iso: "2019-09-30"))
        let extraction = Self.pipeline.extract(document)
        let aide = try #require(extraction.actors.first { $0.name == "Andriy Yermak" })
        #expect(aide.country == "UKR")
    }

    @Test func aLaterSentenceWithoutATargetYieldsNoEvent() {
        let events = Self.events("Chile and Peru met in Lima. Peru's president praised the pension bill on Tuesday.")
        #expect(events == ["CONSULT CHL>PER"])
    }

    @Test func aLaterDomesticConcessionOrConflictIsCodedAgainstItsState() {
        let events = Self.events("Chile and Peru met in Lima. Peru's president vetoed the pension bill on Tuesday.")
        #expect(events == ["CONSULT CHL>PER", "REJECT PER>PER"])
    }

    @Test func aVerbThatTakesNoObjectDoesNotCodeByItsDefault() {
        let events = Self.events("He suffered a cardiac arrest on Monday and died, government officials stated.")
        #expect(!events.contains { $0.hasPrefix("ASSAULT") })
    }

    @Test func membersOfACoalitionDoNotConsultEachOther() {
        let events = Self.events("The coalition was joined by Australia, Bahrain and Britain.")
        #expect(!events.contains { $0.hasPrefix("CONSULT") || $0.hasPrefix("AGREE") })
    }
}

/// What a speaker does beside what it says is asserted, not reported: an act conjoined with the saying, or
/// before a saying that has a clause of its own.
struct SpeakersOwnActTests {
    static func events(_ text: String) -> [String] {
        let document = Document(id: "t", text: text, published: CalendarDate(iso: "2012-06-28"))
        return ParseCodingTests.pipeline.extract(document).events.map { event in
            "\(event.type.rawValue) \(event.sourceCountry ?? "-")>\(event.targetCountry ?? "-") \(event.modality.rawValue)"
        }
    }

    @Test(arguments: [
        ("Russia's foreign minister, Sergei Lavrov, said the incident should not be seen as a provocation and urged Turkey not to raise tensions.",
         ["REQUEST RUS>TUR asserted"]),
        ("The United States urged Lesotho's army to return to barracks, and the Commonwealth's secretary-general said he was deeply concerned.",
         ["REQUEST USA>LSO asserted"]),
        // What was said to have happened stays reported.
        ("Turkey's foreign minister said on Sunday that Syria attacked the plane without warning.",
         ["ASSAULT SYR>TUR reported"]),
    ] as [(String, [String])])
    func modality(_ text: String, _ expected: [String]) {
        #expect(Self.events(text) == expected, "\(text)")
    }
}
