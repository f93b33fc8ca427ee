import Testing

@testable import Geo

struct PlaceRecognizerTests {
    @Test(arguments: [
        // "the city of X" names the town, not the state an alias of X names (Formosa for Taiwan).
        ("In the city of Formosa, barges were stuck by the low river.", "Formosa", 3433899),
        // Springfield: the largest without a qualifier (Missouri), Illinois with one.
        ("Protesters gathered in Springfield on Monday.", "Springfield", 4409896),
        ("Protesters gathered in Springfield, Illinois, on Monday.", "Springfield", 4250542),
        ("Protesters gathered in Springfield, Ill., on Monday.", "Springfield", 4250542),
        // Georgia: the country by default, the US state in a US story.
        ("Troops were deployed in Georgia after the vote in Tbilisi.", "Georgia", 614540),
        ("The governor of Georgia said Atlanta police arrested 12 people in Georgia.", "Georgia", 4197000),
        ("Flooding hit Atlanta, Georgia, on Sunday.", "Atlanta", 4180439),
        // Tripoli: Libya's capital, Lebanon's city when the story is about Lebanon.
        ("Fighting broke out in Tripoli as Libya's rival governments clashed.", "Tripoli", 2210247),
        ("Lebanon's army deployed in Tripoli after clashes with Hezbollah supporters in Lebanon.", "Tripoli", 266826),
        ("Gunmen attacked a hotel in the Libyan capital Tripoli.", "Tripoli", 2210247),
        // Victoria: Canada in a Canadian story; San José: the larger (California) alone, Costa Rica's with a qualifier
        // or in a Costa Rican story.
        ("Canada's premier spoke in Victoria, where Canadian officials met.", "Victoria", 6174041),
        ("Thousands marched in San José.", "San José", 5392171),
        ("Thousands marched in San José, Costa Rica.", "San José", 3621849),
        ("Thousands marched in San Jose, California, on Sunday.", "San Jose", 5392171),
        ("Police in San Jose arrested a man after the California governor spoke.", "San Jose", 5392171),
        ("Costa Rica's president spoke in San José as Costa Rican farmers protested.", "San José", 3621849),
        // A national capital of a million people keeps its bare name in a US story; a named division still wins.
        ("PORTLAND, Maine — The company opened an office in Paris after its Maine warehouse grew.", "Paris", 2988507),
        ("Police in Paris, Texas, arrested two men.", "Paris", 4717560),
        // Provinces, regions and towns outside the US.
        ("Wiranto was visiting the town of Pandeglang in the province of Banten.", "Banten", 1923045),
        ("Wiranto was visiting the town of Pandeglang in the province of Banten.", "Pandeglang", 1632823),
        ("A car bomb exploded in Maidan Shahr, the capital of Maidan Wardak province.", "Maidan Shahr", 1456960),
        ("Fishermen rescued 700 people off the coast of Aceh, Indonesia.", "Aceh", 1215638),
        ("The ministers agreed to a future meeting on Crete.", "Crete", 6697802),
        ("The Court of Session in Scotland issued an opinion.", "Scotland", 2638360),
        ("He was evacuated to a hospital in Nukuʻalofa on Wednesday.", "Nukuʻalofa", 4032402),
        // A city-state's name is the city (not the country, 1880251, 1819730, 2993457); Luxembourg's capital holds
        // an eighth of its people: the country.
        ("After the plane was delivered in Singapore, it flew on.", "Singapore", 1880252),
        ("Protesters marched in Hong Kong on Sunday.", "Hong Kong", 1819729),
        ("The prince married in Monaco.", "Monaco", 2993458),
        ("The ministers met in Luxembourg.", "Luxembourg", 2960313),
        // A division's office holders name the division, not the capital or city of that name.
        ("Washington senator Patty Murray said the award was a blow.", "Washington", 5815135),
        ("A group of Washington politicians released a joint statement.", "Washington", 5815135),
        ("Alabama Governor Bob Riley said it was a great day.", "Alabama", 4829764),
        // The article's divisions: Illinois's Springfield after Joliet (Illinois only) or the dateline "Ill.";
        // the Kharkiv region's Zolochiv among its towns, not the larger one near Lviv (686896).
        ("A judge in Springfield sentenced the owner of a towing firm based in Joliet.", "Springfield", 4250542),
        ("SPRINGFIELD, Ill. — A federal judge in Springfield sentenced him on Tuesday.", "Springfield", 4250542),
        ("Artillery struck Kupiansk, Vovchansk and Zolochiv overnight.", "Zolochiv", 686895),
        ("Cases were reported in Lubbock, Brownfield and Seminole.", "Seminole", 5530452),
        // A qualifier later in the text tells that place apart from the earlier mention of the name.
        ("She grew up in Cambridge and later taught in Cambridge, Massachusetts.", "Cambridge", 2653941),
    ])
    func ambiguousNamesResolveByContext(text: String, name: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place(name, in: text))
        #expect(mention.place.geonameId == geonameId, "\(mention.place.name), \(mention.place.country)")
    }

    /// A name that is a party or a title, a month or an acronym is not where something happened.
    @Test(arguments: [
        ("Afghan Ambassador to the United States Hamdullah Mohib spoke.", "United States"),
        ("Zimbabwe declared independence from the United Kingdom.", "United Kingdom"),
        ("Pyongyang has suspended most cooperation with Seoul.", "Seoul"),
        ("Talks between Pyongyang and Washington have been frozen since 2019.", "Washington"),
        ("First Minister of Scotland Nicola Sturgeon said the ruling was clear.", "Scotland"),
        ("The transfer of power is due in August.", "August"),
        ("Thousands marched against leaving the EU.", "EU"),
        ("The mayor of Paris, Anne Hidalgo, wrote on Twitter.", "Hidalgo"),
        // The start of a longer name, known only as another place's alternate name (Uman's "Human").
        ("The Kenya National Commission on Human Rights criticised the police.", "Human"),
        // Nor its end (Schwäbisch Hall's "Hall").
        ("Usman Khan stabbed several people at Fishmongers' Hall in London.", "Hall"),
        // A body of water's name (the Strait of Hormuz) is not the town of that name (Hormoz).
        ("Iran seized a tanker in the Strait of Hormuz on Friday.", "Hormuz"),
        // A possessive owner, a demonym, a sea's name, an organisation's "of X", a prize's recipient.
        ("After the match, Valencia's coach praised the volunteers.", "Valencia"),
        ("In the Argentine league, Talleres won the derby.", "Argentine"),
        ("Iran launched missiles in response to the US airstrike that killed Soleimani.", "US"),
        ("He was killed in an operation in the Afghanistan/Pakistan region.", "Afghanistan"),
        ("Erdoğan claimed a right to Turkey to have a say in projects there.", "Turkey"),
        ("The typhoon moved towards the South China Sea.", "China"),
        ("Dr. Lara Chen of the University of Texas Medical Branch said the virus spread.", "Texas"),
        ("The European team won, with the silver medal going to Poland and the bronze to Armenia.", "Poland"),
        ("The European team won, with the silver medal going to Poland and the bronze to Armenia.", "Armenia"),
    ])
    func rolesTitlesMonthsAndAcronymsAreNotPlaces(text: String, name: String) {
        #expect(PlaceFixture.place(name, in: text) == nil)
    }

    @Test func aNamePlacedElsewhereIsAPlaceAtTheStartOfASentence() throws {
        let places = PlaceFixture.places("Flights were redirected to Omsk on Thursday. Omsk hospital officials found no poison.")
        #expect(places.mentions.map(\.text) == ["Omsk", "Omsk"])
        #expect(places.mentions.allSatisfy { $0.place.geonameId == 1496153 })
    }

    @Test func aListAfterALocativeWordIsAllPlaces() {
        let places = PlaceFixture.places("Texas sued over the results in Georgia, Michigan, Pennsylvania, and Wisconsin.")
        #expect(places.mentions.map(\.text) == ["Georgia", "Michigan", "Pennsylvania", "Wisconsin"])
        #expect(places.mentions.allSatisfy { $0.place.country == "USA" && $0.place.precision == .admin1 })
        // A comma that ends a clause does not carry "in" over: Pyongyang acts here.
        let clause = PlaceFixture.places("As Russia continues its war in Ukraine, Pyongyang has deepened its ties.")
        #expect(clause.mentions.map(\.text) == ["Ukraine"])
    }

    /// Towns after "between" are places (parties are actors); a country listed after a city of a locative phrase;
    /// places the recognisers took for persons or unknown actors.
    @Test(arguments: [
        ("Trains between Thiruvananthapuram and Kochi were suspended.", ["Thiruvananthapuram", "Kochi"]),
        // A capital on a route is a place, however "between" makes parties of capitals elsewhere.
        ("Trains between Vientiane and Luang Prabang kept running.", ["Vientiane", "Luang Prabang"]),
        // A city-state or capital a thing reached.
        ("Flights were delayed as far away as Singapore and Kuala Lumpur.", ["Singapore", "Kuala Lumpur"]),
        // A town whose possessive names its port is a place, not an owner; so is a town "off" which a ship lies.
        ("At Barranqueras, Resistencia's river port, barges ran aground.", ["Barranqueras", "Resistencia"]),
        ("A cargo ship lost six containers off Burela on Monday.", ["Burela"]),
        // A capital's name joined by a particle to a name after it is another town, not the capital.
        ("Pilgrims walking to Santiago de Compostela were told to stay in Sarria.", ["Santiago de Compostela", "Sarria"]),
        // A compass word before a state's name that makes a division of it, also as an owner.
        ("Western Australia's emergency services department said roads were closed.", ["Western Australia"]),
        ("Bushfires spread in South Australia on Monday.", ["South Australia"]),
        ("Lufthansa cancelled routes to Chicago and Singapore.", ["Chicago", "Singapore"]),
        // A recogniser span that runs on into "on Monday" does not hide the country.
        ("Typhoon Kalayaan tore across the northern Philippines on Monday.", ["Philippines"]),
        ("Protests continue in Baghdad and through the southern part of Iraq.", ["Baghdad", "Iraq"]),
        ("Jobs will be created in Maine, most of them in Portland and nearby Westbrook.", ["Maine", "Portland", "Westbrook"]),
        // Names the recognisers took for persons or unknown actors.
        ("Fighting continued around El Fasher, where the army is based.", ["El Fasher"]),
        ("At Heathrow Airport, British Airways said 30 flights from Frankfurt had been scrapped.",
         ["Heathrow Airport", "Frankfurt"]),
    ])
    func namesInListsArePlaces(text: String, names: [String]) {
        #expect(PlaceFixture.places(text).mentions.map(\.text) == names)
    }

    @Test(arguments: [
        ("Thousands gathered in Washington on Saturday.", "Washington", 4140963),
        ("A couple drove to D.C. for the rally.", "D.C.", 4140963),
        ("A couple from Florida drove for 14 hours.", "Florida", 4155751),
        ("It is stunning that we would build them in Europe instead of in America.", "America", 6252001),
        // A state whose name is its adjective and an "s" is the state, not its people ("Laos", "Lao").
        ("The storm weakened as it moved west across Laos towards Thailand.", "Laos", 1655842),
    ])
    func capitalsStatesAndCountriesTheLexiconKnows(text: String, name: String, geonameId: Int) throws {
        let mention = try #require(PlaceFixture.place(name, in: text))
        #expect(mention.place.geonameId == geonameId)
    }

    @Test func aNameASentenceSettledMeansTheSamePlaceLater() throws {
        let places = PlaceFixture.places(
            "Protests filled the capital, San Juan, on Monday. Police cleared the San Juan streets as U.S. officials watched.")
        let ids = places.mentions.filter { $0.text == "San Juan" }.map(\.place.geonameId)
        #expect(ids == [4568127, 4568127])  // San Juan, Puerto Rico, both times
    }

    @Test func theQualifierIsPartOfTheMention() throws {
        let mention = try #require(PlaceFixture.place("Springfield", in: "A rally was held in Springfield, Illinois, on Monday."))
        #expect(mention.text == "Springfield, Illinois")
        #expect(mention.place.admin1Name == "Illinois")
    }

    /// "City, State" is one mention, also when the lexicon reads the state as its government; a town the
    /// gazetteer has only in other states is placed in the state it names.
    @Test(arguments: [
        ("The firm will move its warehouse from New Jersey to Portland, Maine, where it bought a site.",
         "Portland, Maine", 4975802),
        ("Buyers will meet distributors in Savannah and in Athens, Georgia, before flying on.", "Athens, Georgia", 4180386),
        ("Boeing unveiled the plane at its factory near Seattle, Washington, on Sunday.", "Seattle, Washington", 5809844),
        ("Production will move to a facility in Mobile, Alabama, next year.", "Mobile, Alabama", 4076598),
        ("He must report to a federal prison in Oxford, Wisconsin, by March 1.", "Oxford, Wisconsin", 5279468),
        // A capital the lexicon reads as its state (Costa Rica's San José) is its namesake in the state named.
        ("The keynote will be held in downtown San Jose, California, in June.", "San Jose, California", 5392171),
    ])
    func aCityAndItsStateAreOneMention(text: String, name: String, geonameId: Int) throws {
        let places = PlaceFixture.places(text)
        let mention = try #require(places.mentions.first { $0.text == name })
        #expect(mention.place.geonameId == geonameId)
        #expect(!places.mentions.contains { $0 != mention && $0.span.overlaps(mention.span) })
    }

    @Test func aCapitalInAnAppositionIsTheCapital() throws {
        let mention = try #require(PlaceFixture.place("Tripoli", in: "Clashes erupted in the capital, Tripoli, overnight."))
        #expect(mention.place.geonameId == 2210247)
        #expect(mention.isLocative)
    }

    @Test func theDatelineNamesAPlace() throws {
        let places = PlaceFixture.places("SEOUL, South Korea (Yonhap) – North Korea fired two missiles on Friday.")
        let dateline = try #require(places.dateline)
        #expect(dateline.text == "SEOUL")
        #expect(dateline.place.geonameId == 1835848)
        #expect(dateline.start == 0 && dateline.end == 5)
    }

    @Test func aCapitalThatSpeaksIsAnActorNotAPlace() {
        let places = PlaceFixture.places("Moscow said the sanctions were illegal.")
        #expect(!places.mentions.contains { $0.text == "Moscow" })
        let located = PlaceFixture.places("Police detained 40 protesters in Moscow on Saturday.")
        #expect(located.mentions.first { $0.text == "Moscow" }?.place.geonameId == 524901)
    }

    @Test func aCountryInALocativePhraseIsACountryPlace() throws {
        let places = PlaceFixture.places("Russia said a drone struck a refinery in Ukraine.")
        #expect(!places.mentions.contains { $0.text == "Russia" })
        let ukraine = try #require(places.mentions.first { $0.text == "Ukraine" })
        #expect(ukraine.place.precision == .country)
        #expect(ukraine.place.country == "UKR")
        #expect(ukraine.basis == .country)
    }

    @Test func nonCapitalCitiesAreFound() throws {
        let places = PlaceFixture.places("A car bomb exploded near a market in Kandahar, killing six people.")
        let kandahar = try #require(places.mentions.first)
        #expect(kandahar.text == "Kandahar")
        #expect(kandahar.place.country == "AFG")
    }
}
