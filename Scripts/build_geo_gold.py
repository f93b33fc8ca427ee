#!/usr/bin/env python3
"""Writes Tests/Gold/geo-gold.jsonl: hand-annotated place mentions with their GeoNames ids.

The annotations below were written by hand from the article text, following Tests/Gold/geo-gold.README.md, before
the place recogniser was run on these documents. Each document lists its place mentions in text order as
(text, geonameId); `None` marks a place outside the gazetteer (a square, a landmark, a second-level division, a
town under 5,000 people; provinces outside the US and towns of 5,000–15,000 people were `None` until the gazetteer
took them in); SKIP(text) passes over an occurrence that is not a place mention (an organisation name, an actor).
The script finds each text at its next whole-word occurrence and records Unicode scalar offsets (Python str
indices); coordinates come from Sources/Geo/Resources/gazetteer.tsv.

Usage: python3 Scripts/build_geo_gold.py [--corpus ../shared/corpus] [--gazetteer Sources/Geo/Resources/gazetteer.tsv]
Writes Tests/Gold/geo-gold.jsonl (development), Tests/Gold/geo-gold-heldout.jsonl (held out) and
Tests/Gold/geo-gold-dev2.jsonl (second development set), Tests/Gold/geo-gold-heldout2.jsonl (second held-out
set), Tests/Gold/geo-gold-heldout3.jsonl, Tests/Gold/geo-gold-heldout4.jsonl, Tests/Gold/geo-gold-heldout5.jsonl,
Tests/Gold/geo-gold-heldout6.jsonl and Tests/Gold/geo-gold-heldout7.jsonl (third to seventh held-out sets, texts
written for them).
"""
import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class SKIP:
    def __init__(self, text):
        self.text = text


# Held-out set: annotated with the recogniser frozen at commit 657e34b, scored once (README).
HELDOUT = {
    ("politics-dev.jsonl", "wikinews-2019-07-28-puerto-rico-governor-announces-resignation-following-protest"): [
        ("San Juan", 4568127), ("San Juan", 4568127),
    ],
    ("politics-dev.jsonl", "wikinews-2019-12-02-bystanders-foil-knife-weilding-man-on-london-bridge-with-fir"): [
        ("Fishmongers' Hall", None), ("London", 2643743), ("London Bridge", None), ("Fishmongers' Hall", None),
        ("London Bridge", None), ("Fishmongers' Hall", None), ("Fishmongers' Hall", None),
        ("Fishmongers' Hall", None), ("London", 2643743), ("Staffordshire", None), ("US", 6252001),
    ],
    ("politics-dev.jsonl", "wikinews-2020-08-03-belarussian-opposition-presidential-candidate-sviatlana-tsik"): [
        ("Minsk, Belarus", 625144), ("Belarus", 630336),
    ],
    ("politics-dev.jsonl", "wikinews-2020-12-15-conservative-groups-hold-rally-in-washington-d-c-claiming-u"): [
        ("Washington D.C.", 4140963), ("D.C.", 4140963), ("Georgia", 4197000), ("Michigan", 5001836),
        ("Pennsylvania", 6254927), ("Wisconsin", 5279468), ("Washington", 4140963), ("West Point, New York", None),
        ("Washington", 4140963), ("Florida", 4155751), ("D.C.", 4140963),
    ],
    ("wikinews-dev.jsonl", "100911"): [
        SKIP("US"), SKIP("US"), ("US", 6252001), ("Toulouse, France", 2972315), ("Mobile, Alabama", 4076598),
        ("US", 6252001), ("Washington", 5815135), ("Washington", 5815135), ("Kansas", 4273857),
        ("America", 6252001), ("Kansas", 4273857), ("Kansas", 4273857), ("Washington", 5815135),
        ("Alabama", 4829764),
    ],
    ("wikinews-dev.jsonl", "71426"): [
        SKIP("US"), ("US", 6252001), ("New York", 5128581), ("Boston", 4930956), ("Chicago", 4887398),
        ("Los Angeles", 5368361), ("Dubai", 292223), ("San Francisco", 5391959), ("Orlando", 4167147),
        ("Washington", 4140963), ("Dublin", 2964574),
    ],
}

# Second development set: annotated before the recogniser ran on these texts, scored once at commit 0ff29a4
# (before the changes of the branch that added it: divisions of every country, towns of 5,000 people; README).
DEV2 = {
    ("politics-dev.jsonl", "GUM_news_korea"): [SKIP("South Korea"), ("South Korea", 1835841), ("Yeoncheon", None)],
    ("politics-dev.jsonl", "GUM_news_afghan"): [
        ("Daughters of the American Revolution Constitution Hall", None), ("Washington D.C.", 4140963),
        SKIP("United States"), SKIP("U.S."), ("U.S.", 6252001), SKIP("United States"), ("United States", 6252001),
        ("Washington D.C.", 4140963), SKIP("United States"), ("Herat", 1140026), ("Kabul", 1138958),
        SKIP("United States"), SKIP("U.S."), SKIP("U.S."), ("United States", 6252001), ("Canada", 6251999),
        ("Sudan", 366755), ("Iran", 130758), ("Libya", 2215636), ("Yemen", 69543), ("Morocco", 2542007),
        ("Iran", 130758), ("Mexico City", 3530597),
    ],
    ("politics-dev.jsonl", "wikinews-2019-08-24-world-leaders-call-to-address-amazon-rainforest-fires-at-g7"): [
        ("Brazil", 3469034), SKIP("Brazil"), SKIP("Brazil"), ("Brazil", 3469034),
        ("São Paulo, Brazil", 3448439), ("Brazil", 3469034), ("Bolivia", 3923057), ("Paraguay", 3437598),
    ],
    ("politics-dev.jsonl", "wikinews-2019-09-09-longtime-leader-of-zimbabwe-robert-mugabe-dies-aged-95"): [
        ("Singapore", 1880252), ("Gleneagles Hospital", None), ("Kutama, Zimbabwe", None), SKIP("Rhodesia"), ("Rhodesia", 878675),
    ],
    ("politics-dev.jsonl", "wikinews-2019-09-12-sitting-tongan-prime-minister-akilisi-pohiva-dies-aged-78"): [
        ("Nukuʻalofa", 4032402), ("Auckland, New Zealand", 2193733), ("New Zealand", 2186224), SKIP("Tonga"),
        ("Tonga", 4032283), SKIP("Tonga"), ("Nukuʻalofa", 4032402), ("Tonga", 4032283),
    ],
    ("politics-dev.jsonl", "wikinews-2019-09-13-scottish-court-finds-suspension-of-uk-parliament-unlawful"): [
        ("Scotland", 2638360), ("Scotland", 2638360),
    ],
    ("politics-dev.jsonl", "wikinews-2019-09-29-fiancee-of-murdered-saudi-journalist-demands-justice-at-un-g"): [
        ("New York, New York", 5128581), ("New York", 5128581), ("Istanbul, Turkey", 745044), ("London", 2643743),
        SKIP("Saudi Arabia"), SKIP("Saudi Arabia"), ("Saudi Arabia", 102358), ("Virginia", 6254928),
        ("Istanbul", 745044),
    ],
    ("politics-dev.jsonl", "wikinews-2019-10-11-indonesian-security-minister-wiranto-stabbed"): [
        ("Pandeglang", 1632823), ("Banten", 1923045), ("Jakarta", 1642911), ("Gatot Soebroto Army Hospital", None),
    ],
    ("politics-dev.jsonl", "wikinews-2020-06-11-burundi-president-pierre-nkurunziza-dies-aged-55"): [
        ("Kenya", 192950), ("Kenya", 192950),
    ],
    ("politics-dev.jsonl", "wikinews-2020-08-22-russia-s-navalny-airlifted-to-germany"): [
        ("Omsk", 1496153), ("Berlin, Germany", 2950159), ("Omsk", 1496153), ("Charité", None), ("Berlin", 2950159),
        ("Berlin", 2950159), ("Tomsk", 1489425), ("Moscow", 524901), ("Omsk", 1496153), ("Omsk", 1496153),
    ],
    ("news-dev.jsonl", "korea-party-congress"): [
        ("SEOUL, South Korea", 1835848), ("Pyongyang", 1871859), ("Ukraine", 690791), SKIP("Pyongyang"),
        ("China", 1814991), ("Pyongyang", 1871859), ("Seoul", 1835848),
    ],
}

# Second held-out set: 10 Wikinews articles on aircraft makers and Apple, annotated before the recogniser ran on
# them, scored once at commit d7d1f89 before any change made for it (README). Several have no place at all.
HELDOUT2 = {
    ("wikinews-dev.jsonl", "106653"): [SKIP("United States")],
    ("wikinews-dev.jsonl", "73808"): [
        ("Everett Factory", None), ("Seattle, Washington", 5809844), ("United States", 6252001),
    ],
    ("wikinews-dev.jsonl", "78496"): [
        ("Suvarnabhumi Airport", None), ("Bangkok, Thailand", 1609350), ("Chiang Mai International Airport", None),
        ("Suvarnabhumi airport", None), SKIP("Asia"),
    ],
    ("wikinews-dev.jsonl", "82548"): [
        SKIP("Singapore"), ("Singapore", 1880252), ("Toulouse, France", 2972315), ("Singapore", 1880252),
        ("Sydney", 2147714),
    ],
    ("wikinews-dev.jsonl", "8983"): [("Heathrow airport", None)],
    ("wikinews-dev.jsonl", "10450"): [("Moscone Center", None), ("San Francisco, California", 5391959)],
    ("wikinews-dev.jsonl", "190356"): [
        ("United States", 6252001), ("United Kingdom", 2635167), ("France", 3017382), ("Germany", 2921044),
        ("Japan", 1861060), ("U.S.", 6252001), ("U.S.", 6252001),
    ],
    ("wikinews-dev.jsonl", "238039"): [SKIP("New York"), SKIP("New York")],
    ("wikinews-dev.jsonl", "279494"): [SKIP("Stanford University")],
    ("wikinews-dev.jsonl", "287096"): [("San Francisco", 5391959), SKIP("United States")],
}

GOLD = {
    ("politics-dev.jsonl", "GUM_news_asylum"): [
        ("Aceh, Indonesia", 1215638), ("Myanmar", 1327865), SKIP("Myanmar"), SKIP("Indonesia"), SKIP("Malaysia"),
        SKIP("Indonesia"), ("Malaysia", 1733045), ("Indonesia", 1643084),
    ],
    ("politics-dev.jsonl", "wikinews-2019-01-14-arrest-made-as-mayor-of-gdansk-poland-stabbed-on-stage"): [
        ("Gdańsk", 3099434), ("Gdańsk", 3099434), SKIP("Gdańsk"), SKIP("Gdańsk"), ("Gdańsk", 3099434),
        ("Gdańsk", 3099434),
    ],
    ("politics-dev.jsonl", "wikinews-2019-01-24-car-bomb-ramming-attack-kills-dozens-at-military-base-in-mai"): [
        ("Maidan Shahr", 1456960), ("Maidan Wardak", 1121863), ("Kabul", 1138958), ("Ghazni", 1141269),
        ("Qatar", 289688), ("Kabul", 1138958),
    ],
    ("politics-dev.jsonl", "wikinews-2019-03-28-thousands-march-in-anti-brexit-protest-london"): [
        ("London", 2643743), ("Hyde Park Corner", None), ("London", 2643743), ("London", 2643743),
    ],
    ("politics-dev.jsonl", "wikinews-2019-10-05-four-stabbed-to-death-at-paris-police-headquarters"): [
        SKIP("Paris"), ("Paris, France", 2988507), ("Martinique", 3570311), ("Gonesse", 3015689),
        ("Paris", 2988507), SKIP("Paris"), ("Paris", 2988507),
    ],
    ("politics-dev.jsonl", "wikinews-2019-11-10-coalition-authorities-report-no-casualties-from-missile-stri"): [
        ("Mosul", 99072), ("Iraq", 99237), ("Baghdad", 98182), ("Iraq", 99237), ("Mosul", 99072), ("Iraq", 99237),
    ],
    ("politics-dev.jsonl", "wikinews-2020-07-12-serbian-protesters-try-to-storm-parliament-fourth-day-of-pro"): [
        ("Belgrade", 792680), ("Serbia", 6290252),
    ],
    ("politics-dev.jsonl", "wikinews-2020-11-17-violence-breaks-out-in-washington-dc-at-pro-trump-protest"): [
        ("Freedom Plaza", None), ("Washington, DC", 4140963),
    ],
    ("politics-dev.jsonl", "wikinews-2019-03-31-turkey-s-president-erdogan-proposes-converting-hagia-sophia"): [
        ("Istanbul", 745044), ("Golan Heights", None), ("Constantinople", 745044), ("Paris", 2988507),
    ],
    ("politics-dev.jsonl", "wikinews-2020-01-11-cairo-summit-denounces-turkish-libyan-maritime-border-agreem"): [
        ("Cairo", 360630), SKIP("Libya"), SKIP("Libya"), ("Libya", 2215636), ("Cairo", 360630), SKIP("Libya"),
        SKIP("Libya"), ("Libya", 2215636), ("Crete", 6697802),
    ],
    ("wikinews-dev.jsonl", "129865"): [("Italy", 3175395), ("France", 3017382)],
    ("wikinews-dev.jsonl", "25501"): [
        ("France", 3017382), ("Singapore", 1880252), ("Malaysia", 1733045), ("Sydney", 2147714),
        ("Melbourne", 2158177), ("Brisbane", 2174003), SKIP("Malaysia"), ("France", 3017382), ("Brisbane", 2174003),
    ],
    ("wikinews-dev.jsonl", "3307"): [("Singapore", 1880252)],
    ("wikinews-dev.jsonl", "4764"): [
        ("London", 2643743), ("Sydney", 2147714), ("New York", 5128581), ("Singapore", 1880252),
        ("Los Angeles", 5368361), ("Dubai", 292223), ("London", 2643743), ("Sydney", 2147714),
    ],
    ("wikinews-dev.jsonl", "62929"): [
        ("United States of America", 6252001), ("Frankfurt", 2925533), ("Chicago", 4887398), ("New York", 5128581),
        ("U.S.", 6252001), ("Frankfurt", 2925533), ("Los Angeles", 5368361), ("New York", 5128581),
        ("New York", 5128581),
    ],
    ("wikinews-dev.jsonl", "71526"): [("Chicago", 4887398), ("Moscow", 524901)],
    ("wikinews-dev.jsonl", "8951"): [
        ("Toulouse", 2972315), ("France", 3017382), ("Toulouse", 2972315), ("Toulouse", 2972315),
        ("Toulouse, France", 2972315),
    ],
}


# Third held-out set: twelve short news texts written for it (not from the corpus; id, published, title, text),
# annotated before the recogniser ran on them and scored once (README).
HELDOUT3_TEXTS = [
("shrewsbury-jewellery-raid", "2025-03-12", "Man charged after Shrewsbury jewellery raid",
"Police in Shrewsbury have charged a 34-year-old man after a jewellery shop in the town centre was robbed on Tuesday evening. Officers from West Mercia Police said the suspect, who lives in Telford, was arrested at a petrol station near Wellington hours after the raid. A second man, from Oswestry, was released on bail. Witnesses told the Shropshire Star that two men wearing balaclavas smashed display cases with hammers before running towards the river. Detective Inspector Karen Moss said stolen watches worth about £40,000 had been recovered from a flat in Ludlow. \"This was a frightening experience for staff,\" she said. The man is due to appear before magistrates in Kidderminster on Thursday. The shop's owner, whose family moved to Shropshire from Birmingham in the 1970s, said he planned to reopen next week. Anyone with information is asked to contact police or Crimestoppers."),
("kerala-monsoon-floods", "2025-07-20", "Floods and landslides kill 46 in Kerala",
"Floods and landslides triggered by three days of monsoon rain have killed at least 46 people across Kerala, officials said on Sunday. The worst-hit districts were Wayanad, Idukki and Malappuram, where rivers burst their banks and cut off dozens of villages. In Kozhikode, rescue teams in boats pulled families from rooftops, while a landslide near Munnar buried a tea workers' settlement. Trains between Thiruvananthapuram and Kochi were suspended, and the airport in Kochi closed its runway for the second time in a week. The India Meteorological Department warned of more heavy rain in Kannur and Thrissur until Wednesday. Chief Minister Pinarayi Vijayan said 80,000 people were staying in relief camps. Twenty boats and a team of divers were sent from Chennai, in neighbouring Tamil Nadu. In Mangaluru, across the border in Karnataka, schools were closed for two days."),
("valencia-cordoba-match", "2025-02-23", "Valencia come from behind to beat Córdoba",
"Valencia came from behind to beat Córdoba 3-1 at the Mestalla Stadium on Saturday, lifting the club three points clear of the relegation places. The visitors led through a first-half header, but two goals in six minutes turned the match. Valencia's coach said the win was dedicated to the volunteers who had cleared mud from homes in Paiporta and Catarroja after last autumn's floods. Córdoba, who travelled without their injured captain, host Real Zaragoza next weekend, while Valencia face a long trip to A Coruña. Elsewhere, Sevilla drew 0-0 with Getafe. In the Argentine league, Talleres beat Belgrano in a derby in Córdoba, Argentina, watched by 57,000 fans. The Spanish football federation said the cup final would be played in Seville on 26 April."),
("paris-texas-freight-closure", "2025-01-14", "Trucking firm to close Paris, Texas, centre",
"PARIS, Texas — A Dallas-based trucking company will close its distribution centre here in March, cutting 340 jobs in a town of about 25,000 people, the company said on Tuesday. Red River Freight, which has operated in Paris since 1988, said it would move the work to a larger hub in Shreveport, Louisiana, and to a warehouse near Tulsa. Mayor Linda Cole said the news was \"a hard blow for Lamar County\" and that the city would look for new tenants for the site. The closure follows cuts at a tyre plant in Texarkana and a food processor in Sulphur Springs. State Senator Bob Hall, who represents the area, said he had spoken to officials in Austin about retraining grants. Red River Freight employs about 2,100 people in Texas, Oklahoma and Arkansas. Its shares fell 4% in New York."),
("kharkiv-zaporizhzhia-shelling", "2025-06-06", "Shelling kills four in Kharkiv and Zaporizhzhia regions",
"KYIV, Ukraine — Russian forces shelled villages across the Kharkiv and Zaporizhzhia regions overnight, killing four civilians, Ukrainian officials said on Friday. In Kupiansk, a drone hit a five-storey apartment building, and two people died in the village of Petropavlivka nearby. Regional governor Oleh Syniehubov said artillery also struck Vovchansk and Zolochiv, close to the Russian border. Further south, an elderly couple was killed when a guided bomb hit their house in Huliaipole, and power was cut to parts of Orikhiv. Ukraine's air force said it shot down 31 of 48 drones launched from Kursk and Bryansk and from occupied Crimea. In Russia, the governor of Belgorod said debris fell on a school in Shebekino, injuring two. Fighting continued around Pokrovsk in the Donetsk region, where Ukrainian troops have been on the defensive since the summer. Residents of Dnipro, 80 km behind the front line, were told to stay in shelters."),
("alexandria-manuscripts-cambridge", "2025-04-02", "Alexandria library lends manuscripts to Cambridge",
"The Bibliotheca Alexandrina will lend 40 manuscripts to a summer exhibition in Cambridge, the first time the Egyptian library has sent such items abroad. The show, at the Fitzwilliam Museum from 12 June, traces how Greek science travelled from Alexandria to Baghdad and Córdoba and later to Oxford. Curator Helen Aziz, who grew up in Alexandria before studying in Cambridge, said the loan took three years to negotiate. After Cambridge, the exhibition moves to Washington and then to Toronto. Separately, a smaller display of Arabic astrolabes opens next month in Alexandria, Virginia, alongside a lecture series by scholars based in Cambridge, Massachusetts. Tickets for the Cambridge show go on sale on Monday."),
("hyderabad-pharma-chile-deal", "2025-05-21", "Hyderabad drugmaker to buy Chilean generics firm",
"HYDERABAD, India — Granules Rao Pharma said on Wednesday it would buy Laboratorios Andinos, a Chilean maker of generic medicines, for $410 million, its first acquisition in South America. Andinos runs two plants in Santiago and a distribution centre in Valparaíso, and sells mainly in Chile, Peru and Bolivia. Chief executive Suresh Rao told analysts the company would keep the Chilean management and expand output at its Telangana plants to supply the new market. The deal, announced at an industry conference in Santiago de Compostela, Spain, still needs approval from regulators in Santiago. Shares rose 3% in Mumbai. Rao Pharma competes with a Karachi-based firm that last year opened a factory in Hyderabad, Sindh, and with several Ahmedabad manufacturers. The company already exports to the United States from a plant near Visakhapatnam, and employs 9,000 people across Andhra Pradesh and Telangana."),
("german-airport-strike", "2025-03-06", "Strike grounds flights at Frankfurt and Munich",
"Thousands of passengers were stranded on Thursday as a strike by ground staff halted flights at Frankfurt Airport and Munich Airport, Germany's two largest hubs. Lufthansa cancelled more than 1,100 flights, including services to Vienna, Zurich and Milan and long-haul routes to Chicago and Singapore. At Heathrow Airport, British Airways said 30 flights from Frankfurt had been scrapped. Travellers queued outside the main station in Frankfurt for trains to Cologne and Berlin, where extra services were added. In Munich, some passengers slept on camp beds in the terminal. The union Verdi said the walkout would end at midnight but warned of further action at airports in Düsseldorf, Hamburg and Stuttgart next week. A spokeswoman for Fraport, which runs the Frankfurt hub, said the strike would cost the region's economy about 30 million euros."),
("typhoon-northern-luzon", "2025-09-22", "Typhoon kills 19 in northern Philippines",
"MANILA — Typhoon Kalayaan tore across the northern Philippines on Monday, killing at least 19 people and forcing 300,000 from their homes, disaster officials said. The storm made landfall near Casiguran in Aurora province before dawn with winds of 185 km/h, then crossed Nueva Ecija and Pangasinan towards the South China Sea. In Cabanatuan, floodwater reached the roofs of houses, and a landslide in Benguet buried part of a mining village near Itogon. Classes were suspended in Metro Manila and in Baguio, where fallen trees blocked roads. Flights at Clark International Airport in Pampanga were cancelled. The Philippine coast guard said a fishing boat with 11 crew was missing off Dagupan. President Ferdinand Marcos Jr. flew to Tarlac to inspect evacuation centres."),
("illinois-bribery-sentence", "2025-02-11", "Former Illinois lawmaker sentenced for bribes",
"SPRINGFIELD, Ill. — A federal judge in Springfield on Tuesday sentenced a former Illinois state representative to 30 months in prison for taking bribes from a towing company based in Joliet. Prosecutors said Marcus Hale, 58, of Peoria, accepted $85,000 in cash and a used pickup truck between 2019 and 2022. The payments were handed over in parking lots in Bloomington and Champaign, according to court filings. Hale's lawyer asked for probation, noting that his client had cared for his mother in Decatur since her stroke. Judge Colleen Lawless said the case had \"shaken public trust from Rockford to Carbondale.\" The towing company's owner, who lives in Naperville, pleaded guilty last year and is expected to be sentenced in Chicago next month. Hale must report to a federal prison in Oxford, Wisconsin, by March 1."),
("eu-ministers-iran-sanctions", "2025-11-17", "EU ministers weigh new Iran sanctions",
"BRUSSELS — France and Germany pressed their European partners on Monday to agree new sanctions on Iran, after Tehran announced it would expand uranium enrichment at its Fordow site. Italy and Spain backed the plan, while Hungary said it would wait for a legal opinion. Italian and Spanish diplomats said a deal could come before the summit in Copenhagen next month. Iran's foreign ministry warned that European \"hostility\" would be answered. The ministers also discussed aid to Sudan, where fighting around El Fasher has displaced more than 400,000 people, and heard from Kenya's foreign minister, who flew in from Nairobi. Kaja Kallas said an EU envoy would travel to Port Sudan next week. Poland and the Baltic states asked for more money for air defence along their borders with Russia and Belarus. Ministers will meet again in Luxembourg in April."),
("texas-measles-outbreak", "2025-03-07", "Measles outbreak grows in West Texas",
"Health officials in Texas said on Friday that a measles outbreak centred on Gaines County had grown to 146 cases, and that a second child had died in Lubbock. The child was treated at Covenant Children's Hospital, the state health department said. New cases were also reported in Lamesa, Seminole and Brownfield, and two in neighbouring New Mexico, in Lea County. The Centers for Disease Control and Prevention sent a team from Atlanta to help trace contacts. In Valencia, Venezuela, where a separate outbreak began in January, the health ministry said vaccination brigades had reached 80,000 children. Officials in Amarillo, Texas, and El Paso opened free vaccination clinics this weekend. Dr. Lara Chen of the University of Texas Medical Branch in Galveston said the virus was \"finding every gap\" in rural communities."),
]

HELDOUT3_PLACES = {
    "shrewsbury-jewellery-raid": [
        ("Shrewsbury", 2637891), ("Telford", 3345439), ("Wellington", 2634573), ("Oswestry", 2640861),
        SKIP("Shropshire"), ("Ludlow", 2643425), ("Kidderminster", 2645724), ("Shropshire", None),
        ("Birmingham", 2655603),
    ],
    "kerala-monsoon-floods": [
        ("Kerala", 1267254), ("Wayanad", None), ("Idukki", None), ("Malappuram", None), ("Kozhikode", 1265873),
        ("Munnar", 1262463), ("Thiruvananthapuram", 1254163), ("Kochi", 1273874), ("Kochi", 1273874),
        ("Kannur", 1274987), ("Thrissur", 1254187), ("Chennai", 1264527), ("Tamil Nadu", 1255053),
        ("Mangaluru", 1263780), ("Karnataka", 1267701),
    ],
    "valencia-cordoba-match": [
        SKIP("Valencia"), SKIP("Córdoba"), ("Mestalla Stadium", None), SKIP("Valencia"), ("Paiporta", 2513029),
        ("Catarroja", 2519690), SKIP("Córdoba"), SKIP("Valencia"), ("A Coruña", 3119841),
        ("Córdoba, Argentina", 3860259), ("Seville", 2510911),
    ],
    "paris-texas-freight-closure": [
        ("PARIS, Texas", 4717560), ("Dallas", 4684888), ("Paris", 4717560), ("Shreveport, Louisiana", 4341513),
        ("Tulsa", 4553433), ("Lamar County", None), ("Texarkana", 4736096), ("Sulphur Springs", 4734909),
        ("Austin", 4671654), ("Texas", 4736286), ("Oklahoma", 4544379), ("Arkansas", 4099753),
        ("New York", 5128581),
    ],
    "kharkiv-zaporizhzhia-shelling": [
        ("KYIV, Ukraine", 703448), ("Kharkiv", 706482), ("Zaporizhzhia", 687699), ("Kupiansk", 703656),
        ("Petropavlivka", None), ("Vovchansk", 689304), ("Zolochiv", 686895), ("Huliaipole", 707898),
        ("Orikhiv", 698428), ("Kursk", 538560), ("Bryansk", 571476), ("Crimea", 703883), ("Russia", 2017370),
        ("Belgorod", 578071), ("Shebekino", 495112), ("Pokrovsk", 704422), ("Donetsk", 709716),
        ("Dnipro", 709930),
    ],
    "alexandria-manuscripts-cambridge": [
        ("Cambridge", 2653941), ("Fitzwilliam Museum", None), ("Alexandria", 361058), ("Baghdad", 98182),
        ("Córdoba", 2519240), ("Oxford", 2640729), ("Alexandria", 361058), ("Cambridge", 2653941),
        ("Cambridge", 2653941), ("Washington", 4140963), ("Toronto", 6167865), ("Alexandria, Virginia", 4744091),
        ("Cambridge, Massachusetts", 4931972), ("Cambridge", 2653941),
    ],
    "hyderabad-pharma-chile-deal": [
        ("HYDERABAD, India", 1269843), ("Santiago", 3871336), ("Valparaíso", 3868626), ("Chile", 3895114),
        ("Peru", 3932488), ("Bolivia", 3923057), ("Telangana", 1254788),
        ("Santiago de Compostela, Spain", 3109642), ("Santiago", 3871336), ("Mumbai", 1275339),
        ("Karachi", 1174872), ("Hyderabad, Sindh", 1176734), ("Ahmedabad", 1279233),
        ("United States", 6252001), ("Visakhapatnam", 1253102), ("Andhra Pradesh", 1278629),
        ("Telangana", 1254788),
    ],
    "german-airport-strike": [
        ("Frankfurt Airport", None), ("Munich Airport", None), ("Vienna", 2761369), ("Zurich", 2657896),
        ("Milan", 3173435), ("Chicago", 4887398), ("Singapore", 1880252), ("Heathrow Airport", None),
        ("Frankfurt", 2925533), ("Frankfurt", 2925533), ("Cologne", 2886242), ("Berlin", 2950159),
        ("Munich", 2867714), ("Düsseldorf", 2934246), ("Hamburg", 2911298), ("Stuttgart", 2825297),
        ("Frankfurt", 2925533),
    ],
    "typhoon-northern-luzon": [
        ("MANILA", 1701668), ("Philippines", 1694008), ("Casiguran", None), ("Aurora", None),
        ("Nueva Ecija", None), ("Pangasinan", None), ("Cabanatuan", 1721906), ("Benguet", None),
        ("Itogon", 1710441), ("Metro Manila", 7521311), ("Baguio", 1728930), ("Clark International Airport", None),
        ("Pampanga", None), ("Dagupan", 1716198), ("Tarlac", 1682812),
    ],
    "illinois-bribery-sentence": [
        ("SPRINGFIELD, Ill.", 4250542), ("Springfield", 4250542), ("Illinois", 4896861), ("Joliet", 4898015),
        ("Peoria", 4905687), ("Bloomington", 4885164), ("Champaign", 4887158), ("Decatur", 4236895),
        ("Rockford", 4907959), ("Carbondale", 4235193), ("Naperville", 4903279), ("Chicago", 4887398),
        ("Oxford, Wisconsin", None),
    ],
    "eu-ministers-iran-sanctions": [
        ("BRUSSELS", 2800866), ("Fordow", None), ("Copenhagen", 2618425), ("El Fasher", 379555),
        ("Nairobi", 184745), ("Port Sudan", 377039), ("Luxembourg", 2960316),
    ],
    "texas-measles-outbreak": [
        ("Texas", 4736286), ("Gaines County", None), ("Lubbock", 5525577), ("Covenant Children's Hospital", None),
        ("Lamesa", 5524849), ("Seminole", 5530452), ("Brownfield", 5517675), ("New Mexico", 5481136),
        ("Lea County", None), ("Atlanta", 4180439), ("Valencia, Venezuela", 3625549),
        ("Amarillo, Texas", 5516233), ("El Paso", 5520993), ("Galveston", 4692883),
    ],
}


# Fourth held-out set: twelve short news texts written for it (not from the corpus; id, published, title, text),
# annotated before the recogniser ran on them (README).
HELDOUT4_TEXTS = [
("kingston-jamaica-canada-tourism", "2025-10-06", "Jamaica courts Canadian visitors with Toronto office",
"KINGSTON, Jamaica — Jamaica's tourist board will open an office in Toronto next month to attract more Canadian visitors, officials said on Monday, after arrivals from Canada rose 12% last year. Most Canadians fly into Montego Bay, but the board wants them to spend more time in Ocho Rios and in the parish of Portland, where two resorts are being built near Port Antonio. The plan includes a partnership with St. Lawrence College in Kingston, Ontario, whose hospitality students will train at Jamaican hotels each winter. In return, trainees from Negril and Mandeville will spend a term in Kingston, studying alongside Canadian students on the shore of Lake Ontario. WestJet said it would add weekly flights from Ottawa and Montreal to Norman Manley International Airport in Kingston from December. Tourism earned Jamaica $4.3 billion last year."),
("tripoli-lebanon-fuel-tanker", "2025-08-19", "Fuel tanker docks in Tripoli as Lebanon faces power cuts",
"TRIPOLI, Lebanon — A tanker carrying 30,000 tonnes of fuel oil docked in Tripoli on Tuesday, easing power cuts that have left homes in northern Lebanon with four hours of electricity a day. The cargo was loaded in Mersin, Turkey, and will supply a power plant north of the city, the energy ministry said. Residents of Akkar, the poorest governorate, have relied on private generators since June. The shipment is unrelated to a fuel contract signed last week in Tripoli, Libya, by the Libyan state oil company, which ships crude from Zawiya and Misrata to refineries in Italy. Lebanon said in May that it would ask Iraq for more oil. Officials in Beirut said a second tanker was expected in Sidon before the end of the month, and that power stations near Zahle and Baalbek would then restart."),
("san-jose-costa-rica-chip-plant", "2025-04-15", "US chipmaker to expand Costa Rica plant",
"SAN JOSÉ, Costa Rica — A US chipmaker will invest $1.2 billion to expand its assembly plant in Heredia, creating 2,500 jobs, Costa Rica's trade minister said on Tuesday. The company, based in San Jose, California, already employs 3,000 people in Costa Rica and runs a design centre in Cartago. Executives flew in from Santa Clara for the announcement, which was made at the presidential house in San José. The new lines will test chips made in Penang, Malaysia, and in Chandler, Arizona. Officials said a training institute would open in Alajuela, near Juan Santamaría International Airport, and a smaller one in Liberia, the capital of Guanacaste province, where tourism has been the main employer. Costa Rica has drawn more than 60 medical-device and electronics firms to free-trade zones around the capital since 2010."),
("hamilton-st-johnstone-match", "2025-03-02", "Late winner gives Hamilton first home win since October",
"Hamilton came from behind to beat St Johnstone 2-1 at New Douglas Park on Saturday, their first home win since October. The winner came in the 88th minute from Liam Rua, a 22-year-old forward signed in January from a semi-professional club in Hamilton, New Zealand. St Johnstone, whose manager grew up in Perth, Western Australia, before moving to Scotland as a teenager, had led through an early penalty. About 400 visiting fans made the trip from Perth by coach, and the Perth club now sit seventh. Elsewhere, Aberdeen drew 1-1 with Dundee United at Pittodrie, and Motherwell beat Kilmarnock 3-0. Hamilton's chairman said the club would ask South Lanarkshire Council to help repair the stadium roof, damaged when storms hit Hamilton in January. Hamilton travel to Inverness next Saturday."),
("portland-outfitter-maine-warehouse", "2025-06-10", "Portland gear maker moves East Coast warehouse to Maine",
"PORTLAND, Ore. — Cascadia Outfitters, the outdoor-gear maker, said on Tuesday it would move its East Coast warehouse from New Jersey to Portland, Maine, where it has bought a 200,000-square-foot site near the harbour. The company, which has been based in Portland since 1979, will keep its design studio in Beaverton and its flagship store in Seattle. About 150 jobs will be created in Maine, most of them in Portland and nearby Westbrook, Governor Janet Mills said. The firm makes most of its jackets in Bien Hoa, Vietnam, and in Surabaya, Indonesia, and plans to move some production to Chittagong after US tariffs on Vietnamese goods rose. Chief executive Dana Ortiz said a European store would open in Paris next spring. Shares closed 2% higher in New York."),
("victoria-bushfires-canadian-crews", "2026-01-12", "Canadian firefighters arrive to fight Victoria bushfires",
"MELBOURNE, Australia — Sixty firefighters from Canada arrived in Melbourne on Monday to help fight bushfires that have burned more than 300,000 hectares in the Australian state of Victoria. Most of the crew came from Victoria, British Columbia, and from Kelowna, where they fought wildfires last summer. They will be sent to Bairnsdale and to Orbost in the state's east, where the fires have destroyed 90 homes. Towns near Ballarat were told to evacuate on Sunday, and smoke closed schools in Geelong. Victoria's premier, Jacinta Allan, thanked Canada for the help and said crews from New South Wales and from New Zealand were also on their way. The Canadians flew from Vancouver via Sydney on a military transport plane. Temperatures in Victoria are forecast to reach 44C on Wednesday."),
("georgian-wine-atlanta-mission", "2025-05-13", "Georgian winemakers court buyers in Atlanta",
"ATLANTA — Winemakers from Georgia, the former Soviet republic, will pour their amber wines for buyers in Atlanta this week, the first trade mission of its kind to the American South. The delegation, led by officials from Tbilisi, includes 14 family producers from Kakheti, Georgia's main wine region, and two from the town of Telavi. Georgia Governor Brian Kemp said the state's importers had asked for the event after sales of Georgian wine in the US doubled in three years. The visitors will also meet distributors in Savannah and in Athens, Georgia, before flying on to a wine fair in Paris. Georgia exported 110 million bottles last year, mostly to Russia, Ukraine and China. Producers hope a new ferry link from Batumi to Constanța, Romania, will cut the cost of shipping to buyers in Europe."),
("lagos-port-congestion", "2025-09-09", "Lagos port backlog pushes Nigerian importers to Ghana and Benin",
"LAGOS, Nigeria — Congestion at Apapa Port has left more than 4,000 containers waiting to be cleared, traders said on Tuesday, pushing importers in Kano and Ibadan to bring goods in through ports in Ghana and Benin. A Kano textile dealer said his shipments from Guangzhou now land in Tema and travel by road through Lomé and Cotonou, adding ten days to the journey. Nigeria said last month it would divert ships to the new deep-sea port at Lekki, east of Lagos, but the terminal is handling only a quarter of its planned volume. Shippers in Port Harcourt and Onitsha said rail links from the coast were still unreliable. The Lagos State government blamed the backlog on a customs software failure. Ghana's ports authority said traffic through Takoradi had risen 18% this year."),
("kenya-maize-import-ban", "2025-11-04", "Kenya lifts ban on maize imports after floods",
"NAIROBI — Kenya said on Tuesday it would lift a ban on maize imports from Tanzania and Uganda after floods destroyed crops across the Rift Valley. Prices in Kenya have risen by a third since August, and millers in Eldoret and Nakuru said they had run out of stock. Trucks carrying maize from Arusha and Mwanza are expected at the Namanga border post within days, the agriculture ministry said, while grain from Uganda will enter through Busia. In Mombasa, the port authority said a ship carrying 50,000 tonnes of wheat from Ukraine had been delayed. Tanzania welcomed the decision but asked Kenya to drop new inspection fees. Farmers in Kisumu and Kakamega said heavy rain in October had rotted harvests in the fields. The Kenyan government will also release two million bags from its strategic reserve in Nakuru."),
("mumbai-software-firm-pune-move", "2025-07-08", "Software firm moves 1,200 staff from Mumbai to Pune",
"An Indian software company said on Tuesday it would move 1,200 staff from its Mumbai office to a new campus in Pune, as rents in India's financial capital keep rising. The firm, which employs 30,000 people across Maharashtra, Karnataka and Tamil Nadu, will also expand its Coimbatore centre and open a support hub in Mysuru. Its chief executive, speaking at an investor meeting in Bengaluru, said hiring in Chittagong, Bangladesh, and in Kandy, Sri Lanka, would double by next year. A smaller team will stay in Mumbai to serve banking clients. The company lost a contract with a Karachi bank in 2023 and closed its office in Lahore. Shares fell 1.5% in Mumbai after the announcement. Rival firms in Hyderabad and Chennai have made similar moves to cheaper cities such as Nagpur and Indore."),
("medellin-coffee-exports", "2025-02-18", "Colombian coffee exports from Antioquia jump 22%",
"MEDELLÍN, Colombia — Coffee exports from Antioquia rose 22% in January, growers said on Tuesday, as high prices drew beans from farms around Jardín and Andes to the warehouses of Medellín. Most of the coffee leaves from Cartagena, where a new terminal opened last year, and is shipped to Valencia, Spain, and to Hamburg. A smaller share goes through Buenaventura to buyers in Japan and South Korea. The growers' federation said rain in Huila and Caldas had cut yields, but farmers near Manizales and Armenia reported record harvests. Traders in Bogotá said the rise had also helped growers in the Mexican state of Veracruz and in Minas Gerais, Brazil, where a drought hurt last year's crop. Colombia expects to export 13 million bags this year, most of them to the United States."),
("central-vietnam-storm-floods", "2025-10-28", "Storm floods central Vietnam, heads for Thailand",
"DA NANG, Vietnam — Tropical Storm Mai brought floods to central Vietnam on Tuesday, killing nine people and cutting power to 400,000 homes, officials said. The old town of Hoi An was under a metre of water, and landslides blocked the mountain pass between Da Nang and Hue. In Quang Ngai province, soldiers moved 12,000 residents from low-lying villages. Flights at Da Nang International Airport were suspended until Wednesday. The storm is expected to weaken as it moves west across Laos towards Thailand, where officials in Ubon Ratchathani and Udon Thani opened shelters. Further south, heavy rain flooded parts of Kota Bharu in Malaysia's Kelantan state and Hat Yai in Thailand, where schools were closed. Vietnam said it had asked Japan for emergency supplies."),
]

HELDOUT4_PLACES = {
    "kingston-jamaica-canada-tourism": [
        ("KINGSTON, Jamaica", 3489854), SKIP("Jamaica"), ("Toronto", 6167865), ("Canada", 6251999),
        ("Montego Bay", 3489460), ("Ocho Rios", 3489239), ("Portland", 3488997), ("Port Antonio", 3489005),
        ("Kingston, Ontario", 5992500), ("Negril", 3489331), ("Mandeville", 3489577), ("Kingston", 5992500),
        SKIP("Ontario"), ("Ottawa", 6094817), ("Montreal", 6077243), ("Norman Manley International Airport", None),
        ("Kingston", 3489854), SKIP("Jamaica"),
    ],
    "tripoli-lebanon-fuel-tanker": [
        ("TRIPOLI, Lebanon", 266826), ("Tripoli", 266826), ("Lebanon", 272103), ("Mersin, Turkey", 304531),
        ("Akkar", 6201370), ("Tripoli, Libya", 2210247), ("Zawiya", 2216885), ("Misrata", 2214846),
        ("Italy", 3175395), SKIP("Lebanon"), SKIP("Iraq"), ("Beirut", 276781), ("Sidon", 268064),
        ("Zahle", 266045), ("Baalbek", 277130),
    ],
    "san-jose-costa-rica-chip-plant": [
        ("SAN JOSÉ, Costa Rica", 3621849), ("Heredia", 3623486), SKIP("Costa Rica"),
        ("San Jose, California", 5392171), ("Costa Rica", 3624060), ("Cartago", 3624370),
        ("Santa Clara", 5393015), ("San José", 3621849), ("Penang, Malaysia", 1733047),
        ("Chandler, Arizona", 5289282), ("Alajuela", 3624955), ("Juan Santamaría International Airport", None),
        ("Liberia", 3623076), ("Guanacaste", 3623582), SKIP("Costa Rica"),
    ],
    "hamilton-st-johnstone-match": [
        SKIP("Hamilton"), ("New Douglas Park", None), ("Hamilton, New Zealand", 2190324),
        ("Perth, Western Australia", 2063523), ("Scotland", 2638360), ("Perth", 2640358), ("Perth", 2640358),
        SKIP("Aberdeen"), SKIP("Dundee United"), ("Pittodrie", None), SKIP("Motherwell"), SKIP("Kilmarnock"),
        SKIP("Hamilton"), SKIP("South Lanarkshire Council"), ("Hamilton", 2647570), SKIP("Hamilton"),
        ("Inverness", 2646088),
    ],
    "portland-outfitter-maine-warehouse": [
        ("PORTLAND, Ore.", 5746545), ("New Jersey", 5101760), ("Portland, Maine", 4975802),
        ("Portland", 5746545), ("Beaverton", 5713376), ("Seattle", 5809844), ("Maine", 4971068),
        ("Portland", 4975802), ("Westbrook", 4982753), ("Bien Hoa, Vietnam", 1587923),
        ("Surabaya, Indonesia", 1625822), ("Chittagong", 1205733), SKIP("US"), ("Paris", 2988507),
        ("New York", 5128581),
    ],
    "victoria-bushfires-canadian-crews": [
        ("MELBOURNE, Australia", 2158177), ("Canada", 6251999), ("Melbourne", 2158177), ("Victoria", 2145234),
        ("Victoria, British Columbia", 6174041), ("Kelowna", 5990579), ("Bairnsdale", 2177233),
        ("Orbost", None), ("Ballarat", 2177091), ("Geelong", 2165798), ("Victoria", 2145234), SKIP("Canada"),
        ("New South Wales", 2155400), ("New Zealand", 2186224), ("Vancouver", 6173331), ("Sydney", 2147714),
        ("Victoria", 2145234),
    ],
    "georgian-wine-atlanta-mission": [
        ("ATLANTA", 4180439), ("Georgia", 614540), ("Atlanta", 4180439), ("Tbilisi", 611717),
        ("Kakheti", 865537), SKIP("Georgia"), ("Telavi", 611694), ("Georgia", 4197000), ("US", 6252001),
        ("Savannah", 4221552), ("Athens, Georgia", 4180386), ("Paris", 2988507), SKIP("Georgia"),
        ("Russia", 2017370), ("Ukraine", 690791), ("China", 1814991), ("Batumi", 615532),
        ("Constanța, Romania", 680963),
    ],
    "lagos-port-congestion": [
        ("LAGOS, Nigeria", 2332459), ("Apapa Port", None), ("Kano", 2335204), ("Ibadan", 2339354),
        ("Ghana", 2300660), ("Benin", 2395170), ("Kano", 2335204), ("Guangzhou", 1809858), ("Tema", 2294700),
        ("Lomé", 2365267), ("Cotonou", 2394819), SKIP("Nigeria"), ("Lekki", 7732748), ("Lagos", 2332459),
        ("Port Harcourt", 2324774), ("Onitsha", 2326016), ("Lagos State", 2332453), SKIP("Ghana"),
        ("Takoradi", 2294915),
    ],
    "kenya-maize-import-ban": [
        ("NAIROBI", 184745), SKIP("Kenya"), ("Tanzania", 149590), ("Uganda", 226074), ("Kenya", 192950),
        ("Eldoret", 198629), ("Nakuru", 184622), ("Arusha", 161325), ("Mwanza", 152224), ("Namanga", 151988),
        ("Uganda", 226074), ("Busia", 199989), ("Mombasa", 186301), ("Ukraine", 690791), SKIP("Tanzania"),
        SKIP("Kenya"), ("Kisumu", 191245), ("Kakamega", 195272), ("Nakuru", 184622),
    ],
    "mumbai-software-firm-pune-move": [
        ("Mumbai", 1275339), ("Pune", 1259229), ("Maharashtra", 1264418), ("Karnataka", 1267701),
        ("Tamil Nadu", 1255053), ("Coimbatore", 1273865), ("Mysuru", 1262321), ("Bengaluru", 1277333),
        ("Chittagong, Bangladesh", 1205733), ("Kandy, Sri Lanka", 1241622), ("Mumbai", 1275339),
        ("Karachi", 1174872), ("Lahore", 1172451), ("Mumbai", 1275339), ("Hyderabad", 1269843),
        ("Chennai", 1264527), ("Nagpur", 1262180), ("Indore", 1269743),
    ],
    "medellin-coffee-exports": [
        ("MEDELLÍN, Colombia", 3674962), ("Antioquia", 3689815), ("Jardín", 3680366), ("Andes", 3689899),
        ("Medellín", 3674962), ("Cartagena", 3687238), ("Valencia, Spain", 2509954), ("Hamburg", 2911298),
        ("Buenaventura", 3688451), ("Japan", 1861060), ("South Korea", 1835841), ("Huila", 3680692),
        ("Caldas", 3687951), ("Manizales", 3675443), ("Armenia", 3689560), ("Bogotá", 3688689),
        ("Veracruz", 3514780), ("Minas Gerais, Brazil", 3457153), SKIP("Colombia"),
        ("United States", 6252001),
    ],
    "central-vietnam-storm-floods": [
        ("DA NANG, Vietnam", 1583992), ("Vietnam", 1562822), ("Hoi An", 1580541), ("Da Nang", 1583992),
        ("Hue", 1580240), ("Quang Ngai", 13494352), ("Da Nang International Airport", None), ("Laos", 1655842),
        ("Thailand", 1605651), ("Ubon Ratchathani", 1605245), ("Udon Thani", 1605239), ("Kota Bharu", 1736376),
        SKIP("Malaysia"), ("Kelantan", 1733044), ("Hat Yai", 1610780), ("Thailand", 1605651),
        SKIP("Vietnam"), SKIP("Japan"),
    ],
}


# Fifth held-out set: twelve short news texts written for it (not from the corpus; id, published, title, text),
# written and annotated blind, without reading the recogniser's source or output, before it ran on them (README).
HELDOUT5_TEXTS = [
("kosovo-serbia-border-trucks", "2025-05-13", "Trucks cross again at Jarinje after Kosovo border blockade",
"MITROVICA, Kosovo — Trucks began crossing again at Jarinje on Tuesday after a four-day blockade by Serb drivers protesting against new customs rules, police in Pristina said. The crossing carries most freight from Raška and Novi Pazar in Serbia to northern Kosovo, and hundreds of lorries had queued on both sides. Drivers from Leposavić and Zvečan said the rules, which require Kosovo-issued number plates, would ruin small firms. Kosovo said the rules were needed to stop smuggling. At Merdare, the main crossing on the road to Niš, traffic was normal. The European Union's envoy met officials in Belgrade and then flew to Skopje for talks with North Macedonia's government. A farmers' group in Sremska Mitrovica, in Vojvodina, said fruit exports to Kosovo had fallen by half since March. Goods from Montenegro and Albania were being sent through Kuršumlija and Podujevo instead."),
("potosi-miners-blockade", "2025-08-26", "Cooperative miners block roads across Potosí",
"POTOSÍ, Bolivia — Thousands of cooperative miners blocked highways across the department of Potosí on Tuesday, demanding permits to work new veins in Cerro Rico, the mountain above the city that has been mined since the sixteenth century. Buses from Potosí to Oruro and Sucre were cancelled, and trucks carrying zinc concentrate to the Chilean port of Arica waited near Uyuni. In Llallagua, miners set tyres alight outside the town hall. A smaller group marched in La Paz and was joined by street vendors from El Alto. The mining ministry said it would meet the miners' leaders in Oruro on Thursday. Workers at the state tin mine in Huanuni did not join the protest. Farmers near Tupiza and Villazón, on the border with Argentina, said the blockades had stranded their quinoa harvest. Flights from Santa Cruz to Sucre ran normally."),
("senegal-local-elections-count", "2026-01-26", "Opposition claims Dakar suburbs as Senegal counts local votes",
"DAKAR, Senegal — Counting continued on Monday after local elections in which the ruling party appeared to hold most large towns, while the opposition claimed victory in Pikine and Guédiawaye, on the edge of the capital. In Touba, the holy city of the Mouride brotherhood, turnout was above 60%, officials said. The electoral commission said results from Ziguinchor and the rest of the Ziguinchor region would be late because ballot boxes had to be brought by boat from the islands. Observers in Saint-Louis, near the border with Mauritania, reported a calm vote, and voters in Thiès and Kaolack waited up to four hours. Senegal has held peaceful elections since independence. A team of observers travelled from Banjul, in Gambia, and from Abidjan. The commission expects full results from the eastern towns of Tambacounda and Kédougou by Thursday. The new mayor of Saint-Louis studied engineering in St. Louis, Missouri."),
("fujairah-tankers-gulf-premiums", "2025-07-15", "Tankers wait off Fujairah as insurers raise Gulf premiums",
"FUJAIRAH, United Arab Emirates — More than 60 tankers were waiting at anchor off Fujairah on Tuesday after insurers raised war-risk premiums for ships entering the Gulf, shipping agents said. The emirate of Fujairah has become the region's main refuelling hub because ships can take on fuel there without passing through the Strait of Hormuz. Container lines said cargo for Dubai would be landed at Khor Fakkan and trucked across the mountains, while the port at Jebel Ali reported a 15% fall in calls. A liquefied natural gas carrier bound for Ras Laffan turned back off Jask. Iran said its navy was escorting ships to Bandar Abbas. Loadings at Ras Tanura and Jubail were normal, and Oman said traffic at Sohar and Salalah had risen. Brokers in Oslo and Piraeus said freight rates from the Gulf to Mundra and Colombo had doubled in a week."),
("bihar-election-second-phase", "2025-11-11", "Bihar votes in second phase as parties court border districts",
"PATNA, India — Voters in 122 constituencies across Bihar cast ballots on Tuesday in the second and final phase of the state assembly election, with long queues reported in Purnia, Katihar and Araria districts, near the border with Nepal. Turnout in the town of Kishanganj reached 67% by late afternoon. In Gaya, the chief minister's party is defending a seat it has held since 2005. Rallies in Aurangabad, a town close to the Jharkhand border, drew large crowds last week. Thousands of migrant workers travelled home by train from Delhi and from Surat to vote in Darbhanga and Madhubani. Police said polling was suspended at two booths in Sasaram after a scuffle. Votes will be counted in Patna on Friday. Shares of a cement maker based in Aurangabad, Maharashtra, rose after it won a contract for new roads in Bhagalpur."),
("granite-belt-bushfire", "2025-12-09", "Bushfire crosses Queensland border towards Tenterfield",
"WARWICK, Australia — A bushfire that started near Stanthorpe in Queensland's Granite Belt crossed into New South Wales overnight, and residents of Tenterfield were told on Tuesday it was too late to leave. Firefighters from Toowoomba and Warwick have been working with crews from Armidale and Glen Innes since the weekend. The fire has burned 40,000 hectares and destroyed at least 17 homes, most of them on farms between Stanthorpe and the small border town of Texas, Queensland. The New South Wales Rural Fire Service said evacuation centres were open in Inverell and Tamworth. Queensland Premier David Crisafulli flew from Brisbane to Warwick to meet families who had lost homes. Smoke reached Newcastle and the Gold Coast on Tuesday afternoon. The Bureau of Meteorology warned of hot, dry winds across northern New South Wales until Friday."),
("alberta-bc-wildfires-evacuations", "2025-07-22", "Wildfires force evacuations in Alberta and northern British Columbia",
"EDMONTON, Alberta — Wildfires forced about 9,000 people from their homes in western Alberta and northeastern British Columbia on Monday, officials said. Residents of Jasper, whose townsite was partly destroyed by fire two summers ago, were told to leave by the highway east to Hinton, where an evacuation centre opened in the arena. Further north, a fire burning out of control near Grande Prairie crossed the provincial boundary, and the town of Dawson Creek was put on alert. In British Columbia, crews from Prince George and Kamloops were sent to Fort St. John, while Fort Nelson was cut off after smoke closed the only highway south. Evacuees from Peace River were sent to Edmonton and Red Deer. The Peace River itself was too low for water bombers to refill near the town, pilots said. Firefighters from Australia and South Africa arrived in Calgary on Sunday."),
("jilin-province-floods", "2025-08-05", "Floods in Jilin province kill 14",
"CHANGCHUN, China — Floods after a week of heavy rain have killed 14 people in Jilin province and forced 120,000 from their homes, state media said on Tuesday. In Jilin city, the province's second-largest, water from the Songhua River covered streets near the old town, and the authorities opened the gates of a dam upstream. Shulan, Jiaohe and Huadian were among the worst hit, with roads and bridges washed away. Troops from Changchun and Siping joined the rescue. In neighbouring Heilongjiang, the river rose above warning levels in Harbin, while Mudanjiang reported landslides. Rail services between Shenyang and Jilin were suspended. Further south, the Yalu River flooded low-lying parts of Dandong, on the border with North Korea, and officials said water had also reached Sinuiju, across the river. Beijing sent 50 million yuan in emergency funds."),
("rio-grande-do-sul-rice-harvest", "2026-03-17", "Rio Grande do Sul growers expect record rice harvest",
"PORTO ALEGRE, Brazil — Farmers in Rio Grande do Sul expect a record rice harvest this year, the state's agriculture department said on Monday, two years after floods destroyed crops and homes across the region. Growers near Pelotas and Santa Maria reported yields 12% above average, and mills in Camaquã were running around the clock. Most of the surplus will be shipped through the port of Rio Grande to buyers in West Africa and to Venezuela. In Montenegro, north of Porto Alegre, a cooperative said it would reopen a plant damaged in 2024. Growers in Uruguay, across the border, also expect a large crop. The state government said repairs to the road between Lajeado and Estrela would be finished by June. Governor Eduardo Leite is due to present the figures to the federal government in Brasília next week, and then to investors in São Paulo."),
("northern-kenya-drought-counties", "2026-02-10", "Drought leaves two million short of food in northern Kenya",
"LODWAR, Kenya — About two million people in northern Kenya need food aid after a third failed rainy season, the National Drought Management Authority said on Tuesday. The worst-hit counties are Turkana, Marsabit, Mandera and Wajir, where water points have dried up and livestock prices have halved. In Marsabit town, traders said a goat now sold for less than a bag of maize. Herders from Turkana County have moved their animals towards the Ugandan border, and clashes over pasture were reported near Lokichogio. Aid agencies in the town of Garissa said families were arriving from Somalia, where the drought has hit Baidoa and Luuq. In Mandera County, which borders Ethiopia and Somalia, the county government began trucking water to villages. Across the border in Ethiopia's Somali region, officials in Jijiga appealed for help. The Kenyan government released 2 billion shillings and asked Nairobi businesses to donate."),
("belgian-rail-strike", "2025-10-14", "Rail strike halts trains across Belgium",
"LIÈGE, Belgium — A 48-hour rail strike halted most trains across Belgium on Tuesday, stranding commuters in Brussels and Antwerp and cutting international links to Lille, Amsterdam and Aachen. Only one train in four ran between Ghent and Bruges, the rail operator SNCB said. Unions are protesting against pension changes and plans to close ticket offices at smaller stations such as Eupen, Tournai and Arlon, in the province of Luxembourg. In Liège, pickets blocked the main station, and buses replaced trains to Namur and Charleroi. Eurostar cancelled half its trains from London. In Hasselt, the capital of Belgian Limburg, workers said they would join a second strike in November; the line from there to Maastricht was due to reopen next month. Trains from Brussels to the city of Luxembourg did not run. Belgium's rail network carries about 850,000 passengers a day."),
("turkmen-gas-pipeline-fourth-line", "2025-09-30", "Turkmenistan starts work on fourth gas line to China",
"ASHGABAT, Turkmenistan — Turkmenistan and China on Tuesday began work on a fourth line to carry gas from the Galkynysh field, near the city of Mary, to China, the state news agency said. The new line will follow the route of the existing three across Uzbekistan and Kazakhstan, passing Bukhara and Shymkent, and end at Khorgos, on the Chinese side of the border. From there the gas will travel to Urumqi and on to Shanghai. The governor of Mary province said 3,000 workers had been hired in Türkmenabat and Mary. Uzbekistan said it would take part of the extra gas for power stations around Tashkent, and Kazakhstan asked for a spur line to Almaty. Analyst Mary Collins, of a London consultancy, said the line would raise Turkmen exports to China by a third. Engineers from Ashgabat and Beijing will run the work from a base in Turkmenabat."),
]

HELDOUT5_PLACES = {
    "kosovo-serbia-border-trucks": [
        ("MITROVICA, Kosovo", 789225), ("Jarinje", None), ("Pristina", 786714), ("Raška", None),
        ("Novi Pazar", 787595), ("Serbia", 6290252), ("Kosovo", 831053), ("Leposavić", 788731),
        ("Zvečan", 783770), SKIP("Kosovo"), SKIP("Kosovo"), ("Merdare", None), ("Niš", 787657),
        ("Belgrade", 792680), ("Skopje", 785842), SKIP("North Macedonia"), ("Sremska Mitrovica", 3190103),
        ("Vojvodina", 784272), ("Kosovo", 831053), ("Montenegro", 3194884), ("Albania", 783754),
        ("Kuršumlija", None), ("Podujevo", 786950),
    ],
    "potosi-miners-blockade": [
        ("POTOSÍ, Bolivia", 3907584), ("Potosí", 3907580), ("Cerro Rico", None), ("Potosí", 3907584),
        ("Oruro", 3909234), ("Sucre", 3903987), ("Arica", 3899361), ("Uyuni", 3901903), ("Llallagua", 3911409),
        ("La Paz", 3911925), ("El Alto", None), ("Oruro", 3909234), ("Huanuni", 3914839), ("Tupiza", 3902202),
        ("Villazón", 3901501), SKIP("Argentina"), ("Santa Cruz", 3904906), ("Sucre", 3903987),
    ],
    "senegal-local-elections-count": [
        ("DAKAR, Senegal", 2253354), ("Pikine", 2246678), ("Guédiawaye", 2595778), ("Touba", 2244322),
        ("Ziguinchor", 2243940), ("Ziguinchor", 2243939), ("Saint-Louis", 2246452), SKIP("Mauritania"),
        ("Thiès", 2244802), ("Kaolack", 2250805), SKIP("Senegal"), ("Banjul", 2413876), ("Gambia", 2413451),
        ("Abidjan", 2293538), ("Tambacounda", 2244991), ("Kédougou", 2250645), ("Saint-Louis", 2246452),
        ("St. Louis, Missouri", 4407066),
    ],
    "fujairah-tankers-gulf-premiums": [
        ("FUJAIRAH, United Arab Emirates", 292878), ("Fujairah", 292878), ("Fujairah", 292879),
        ("Dubai", 292223), ("Khor Fakkan", 291696), ("Jebel Ali", 11524601), ("Ras Laffan", None),
        ("Jask", 130276), SKIP("Iran"), ("Bandar Abbas", 141681), ("Ras Tanura", 102891), ("Jubail", 109435),
        SKIP("Oman"), ("Sohar", 286282), ("Salalah", 286621), ("Oslo", 3143244), ("Piraeus", 255274),
        ("Mundra", 1262497), ("Colombo", 1248991),
    ],
    "bihar-election-second-phase": [
        ("PATNA, India", 1260086), ("Bihar", 1275715), ("Purnia", None), ("Katihar", None), ("Araria", None),
        SKIP("Nepal"), ("Kishanganj", 1266489), ("Gaya", 1271439), ("Aurangabad", 1278148),
        ("Jharkhand", 1444365), ("Delhi", 1273294), ("Surat", 1255364), ("Darbhanga", 1273491),
        ("Madhubani", 1264555), ("Sasaram", 1257086), ("Patna", 1260086), ("Aurangabad, Maharashtra", 1278149),
        ("Bhagalpur", 1276300),
    ],
    "granite-belt-bushfire": [
        ("WARWICK, Australia", 2144502), ("Stanthorpe", 2148507), ("Queensland", 2152274),
        ("New South Wales", 2155400), ("Tenterfield", None), ("Toowoomba", 2146268), ("Warwick", 2144502),
        ("Armidale", 2177671), ("Glen Innes", 2165291), ("Stanthorpe", 2148507), ("Texas, Queensland", None),
        SKIP("New South Wales"), ("Inverell", 2162662), ("Tamworth", 2147497), ("Queensland", 2152274),
        ("Brisbane", 2174003), ("Warwick", 2144502), ("Newcastle", 2155472), ("Gold Coast", 2165087),
        ("New South Wales", 2155400),
    ],
    "alberta-bc-wildfires-evacuations": [
        ("EDMONTON, Alberta", 5946768), ("Alberta", 5883102), ("British Columbia", 5909050), ("Jasper", None),
        ("Hinton", 5975503), ("Grande Prairie", 5964347), ("Dawson Creek", 5935804),
        ("British Columbia", 5909050), ("Prince George", 6113365), ("Kamloops", 5989045),
        ("Fort St. John", 5955960), ("Fort Nelson", None), ("Peace River", 6100069), ("Edmonton", 5946768),
        ("Red Deer", 6118158), SKIP("Peace River"), ("Australia", 2077456), ("South Africa", 953987),
        ("Calgary", 5913490),
    ],
    "jilin-province-floods": [
        ("CHANGCHUN, China", 2038180), ("Jilin", 2036500), ("Jilin", 2036502), ("Shulan", 2034761),
        ("Jiaohe", 2036536), ("Huadian", 2036776), ("Changchun", 2038180), ("Siping", 2034714),
        ("Heilongjiang", 2036965), ("Harbin", 2037013), ("Mudanjiang", 2035715), ("Shenyang", 2034937),
        ("Jilin", 2036502), ("Dandong", 2037886), SKIP("North Korea"), ("Sinuiju", 2040893), SKIP("Beijing"),
    ],
    "rio-grande-do-sul-rice-harvest": [
        ("PORTO ALEGRE, Brazil", 3452925), ("Rio Grande do Sul", 3451133), ("Pelotas", 3454244),
        ("Santa Maria", 3450083), ("Camaquã", 3468014), ("Rio Grande", 3451138), ("Venezuela", 3625428),
        ("Montenegro", 3456826), ("Porto Alegre", 3452925), ("Uruguay", 3439705), ("Lajeado", 3459035),
        ("Estrela", 3463761), ("Brasília", 3469058), ("São Paulo", 3448439),
    ],
    "northern-kenya-drought-counties": [
        ("LODWAR, Kenya", 189280), ("Kenya", 192950), ("Turkana", 178914), ("Marsabit", 187583),
        ("Mandera", 187895), ("Wajir", 178440), ("Marsabit", 187585), ("Turkana County", 178914),
        ("Lokichogio", 189189), ("Garissa", 197745), ("Somalia", 51537), ("Baidoa", 64536), ("Luuq", 54715),
        ("Mandera County", 187895), SKIP("Ethiopia"), SKIP("Somalia"), SKIP("Ethiopia"), ("Somali", 444186),
        ("Jijiga", 333795), ("Nairobi", 184745),
    ],
    "belgian-rail-strike": [
        ("LIÈGE, Belgium", 2792413), ("Belgium", 2802361), ("Brussels", 2800866), ("Antwerp", 2803138),
        ("Lille", 2998324), ("Amsterdam", 2759794), ("Aachen", 3247449), ("Ghent", 2797656),
        ("Bruges", 2800931), ("Eupen", 2798573), ("Tournai", 2785341), ("Arlon", 2803073),
        ("Luxembourg", None), ("Liège", 2792413), ("Namur", 2790471), ("Charleroi", 2800481),
        ("London", 2643743), ("Hasselt", 2796491), ("Limburg", None), ("Maastricht", 2751283),
        ("Brussels", 2800866), ("Luxembourg", 2960316), SKIP("Belgium"),
    ],
    "turkmen-gas-pipeline-fourth-line": [
        ("ASHGABAT, Turkmenistan", 162183), SKIP("Turkmenistan"), SKIP("China"), ("Galkynysh", None),
        ("Mary", 1218667), ("China", 1814991), ("Uzbekistan", 1512440), ("Kazakhstan", 1522867),
        ("Bukhara", 1217662), ("Shymkent", 1518980), ("Khorgos", 1529377), ("Urumqi", 1529102),
        ("Shanghai", 1796236), ("Mary", 1218666), ("Türkmenabat", 1219649), ("Mary", 1218667),
        SKIP("Uzbekistan"), ("Tashkent", 1512569), SKIP("Kazakhstan"), ("Almaty", 1526384), SKIP("Mary"),
        ("London", 2643743), ("China", 1814991), ("Ashgabat", 162183), ("Beijing", 1816670),
        ("Turkmenabat", 1219649),
    ],
}


# Sixth held-out set: six wire-style articles of 324–356 words written for it (not from the corpus; id, published,
# title, text; paragraphs separated by "\n\n"), the texts of Tests/Gold/events-gold-heldout12.jsonl, written and
# annotated blind, without reading the recogniser's source or output, before it ran on them (README).
HELDOUT6_TEXTS = [
("osh-violence-uzbek-border", "2010-06-17", "Uzbekistan closes border as violence in southern Kyrgyzstan spreads",
"OSH, Kyrgyzstan — Uzbekistan closed its border to refugees from southern Kyrgyzstan on Monday, saying it could no longer cope with the more than 75,000 people, most of them ethnic Uzbek women and children, who had crossed into the Andijan region since the weekend. Tashkent had opened the frontier on Saturday and set up tent camps near Khanabad and on the edge of Andijan.\n\n"
"The violence began on the night of 10 June, when groups of young Kyrgyz men attacked Uzbek neighbourhoods in Osh. By Sunday it had spread to the city of Jalal-Abad and to the towns of Bazar-Korgon and Suzak. Officials say at least 190 people have been killed; aid agencies believe the toll is far higher.\n\n"
"The interim government declared a state of emergency and a curfew in Osh on Friday and extended them to the Jalal-Abad region on Sunday. The interim president, Roza Otunbayeva, accused supporters of the ousted president, Kurmanbek Bakiyev, of starting the clashes to derail a constitutional referendum due on 27 June. Bakiyev, who has lived in Minsk since fleeing the country in April, denied any role in a statement on Sunday. Belarus has turned down Bishkek's requests to hand him over.\n\n"
"On Saturday Otunbayeva asked Russia to send troops. The Kremlin declined the same day, calling the unrest an internal matter, but on Sunday it flew a battalion of paratroopers to its air base at Kant, east of Bishkek. President Dmitry Medvedev said Moscow would send humanitarian aid instead.\n\n"
"The UN refugee agency flew tents and blankets to Andijan on Wednesday, and Uzbekistan's president, Islam Karimov, called on the United Nations to help restore order across the border. Secretary-General Ban Ki-moon has sent an envoy to Bishkek. Washington has pledged $800,000 in emergency aid, and Assistant Secretary of State Robert Blake is due in Osh on Friday and in Tashkent on Saturday.\n\n"
"In Bazar-Korgon, police on Tuesday detained a human rights activist, Azimjan Askarov, accusing him of inciting the killing of a police officer. Traders in Kara-Suu, a border town north of Osh whose bazaar supplies much of the Fergana valley, said half their stalls had been looted."),

("ivory-coast-ecowas-envoys", "2010-12-27", "West African presidents to carry ECOWAS ultimatum to Gbagbo",
"ABIDJAN, Ivory Coast — Three West African presidents are due in Abidjan on Tuesday to tell Laurent Gbagbo to hand power to Alassane Ouattara, after the Economic Community of West African States threatened on Friday to remove him by force.\n\n"
"Benin's Thomas Boni Yayi, Sierra Leone's Ernest Bai Koroma and Cape Verde's Pedro Pires will carry what Nigeria's president, Goodluck Jonathan, who chairs the bloc, called \"a last message\". Meeting in Abuja, ECOWAS leaders said they would use \"legitimate force\" if Gbagbo ignored it. His spokesman, Ahoua Don Mello, rejected the ultimatum on Sunday, telling state television that no foreign leader could choose Ivory Coast's president.\n\n"
"Both men claim victory in the 28 November run-off. The electoral commission declared Ouattara the winner, but the Constitutional Council, led by a Gbagbo ally, cancelled results from several northern departments and proclaimed Gbagbo president. ECOWAS suspended Ivory Coast on 7 December, and the African Union followed two days later.\n\n"
"Ouattara has been holed up at the Golf Hotel in Cocody, guarded by about 800 UN peacekeepers. Troops loyal to Gbagbo have blockaded the hotel since 16 December, when security forces opened fire on Ouattara supporters marching on the state broadcaster from Abobo and Koumassi. Charles Blé Goudé, Gbagbo's youth minister, threatened on Sunday to \"liberate\" the hotel \"with our bare hands\" from 1 January. Ouattara's prime minister, Guillaume Soro, called the same day for a general strike, and Ouattara has urged ECOWAS to act quickly.\n\n"
"Gbagbo ordered the UN mission and French troops to leave the country on 18 December. The Security Council rejected the demand two days later and renewed the mission's mandate for six months. The European Union and the United States have barred Gbagbo and his close associates from travelling to their territory, and President Nicolas Sarkozy has told him to step down.\n\n"
"More than 14,000 Ivorians have fled into Liberia, the UN refugee agency said, crossing near Danané and Toulepleu into Nimba County, where aid workers in Saclepea and Sanniquellie are registering new arrivals. In Bouaké, the former rebel stronghold in the centre of the country, and in Yamoussoukro, the political capital, streets were calm."),

("paraguay-mercosur-suspension", "2012-06-30", "Paraguay's Franco rejects Mercosur suspension after Lugo's removal",
"ASUNCIÓN, Paraguay — Paraguay's new president, Federico Franco, on Friday rejected his country's suspension from the Mercosur trade bloc, imposed hours earlier by the leaders of Argentina, Brazil and Uruguay at a summit in Mendoza, Argentina.\n\n"
"Meeting without Paraguay, Cristina Fernández de Kirchner, Dilma Rousseff and José Mujica also approved the entry of Venezuela, whose membership Paraguay's Senate had blocked since 2006. The suspension will last until a president is elected in April next year, but the three ruled out economic sanctions. \"It is a coup, however they dress it up,\" Mujica told reporters.\n\n"
"Franco, the former vice-president, was sworn in on 22 June, hours after the Senate voted 39 to 4 to remove Fernando Lugo for \"poor performance of his duties\". The lower house had impeached Lugo the previous day. The charges centred on a clash on 15 June on an estate near Curuguaty, in the department of Canindeyú, where armed squatters opened fire on police evicting them; 11 farmers and six officers were killed.\n\n"
"Lugo, a former Roman Catholic bishop, accepted the verdict that night, but on Sunday he called it a \"parliamentary coup\" and asked Mercosur not to recognise Franco. Farmers' groups have since blocked roads in Canindeyú and San Pedro.\n\n"
"Argentina and Brazil have withdrawn their ambassadors from Asunción, and Venezuela's president, Hugo Chávez, halted oil shipments to Paraguay on Sunday. Franco's government has accused Venezuela's foreign minister, Nicolás Maduro, of urging army commanders to resist the Senate during a visit to Asunción on 21 June by a delegation of the Union of South American Nations, and expelled Venezuela's ambassador on Tuesday. Caracas denied the charge.\n\n"
"Germany, the Vatican and Taiwan have recognised the new government, and the Organization of American States said its secretary-general, José Miguel Insulza, would arrive on Sunday to assess the situation.\n\n"
"In Ciudad del Este, on the border with Brazil, traders said lorries were crossing the Friendship Bridge to Foz do Iguaçu as normal. In Encarnación, across the Paraná River from the Argentine city of Posadas, soya farmers worried about exports shipped through Rosario."),

("lahad-datu-sulu-standoff", "2013-03-08", "Najib rejects Sulu ceasefire offer as Sabah operation goes on",
"LAHAD DATU, Malaysia — Prime Minister Najib Razak on Thursday rejected a ceasefire offered by the self-proclaimed Sultan of Sulu and demanded that the gunmen who landed in Sabah last month surrender unconditionally.\n\n"
"Jamalul Kiram III, who lives in Manila, had declared a unilateral ceasefire hours earlier and called for talks. \"There will be no negotiation with terrorists,\" Najib told reporters on a visit to the town.\n\n"
"About 200 followers of Kiram, led by his younger brother Agbimuddin, landed by boat at Kampung Tanduo, a village near Lahad Datu, on 9 February to press the sultanate's historic claim to eastern Sabah. After a three-week standoff, police commandos stormed their positions on 1 March; two commandos and 12 gunmen died. The next day, gunmen ambushed police in a fishing village near Semporna, killing six officers. On Tuesday, air force jets bombed the gunmen's hideouts before soldiers moved in.\n\n"
"Police say 52 gunmen have been killed. They have detained more than 90 people across Sabah, most of them Filipinos, on suspicion of helping the intruders, including men in Kunak, Tawau and Sandakan, and say Filipinos without papers will be deported. The state capital, Kota Kinabalu, has been calm.\n\n"
"Manila has trodden carefully. President Benigno Aquino III urged Kiram on 26 February to call his men home and has since ordered an investigation of the family, and the Philippine navy is patrolling the waters off Tawi-Tawi to stop reinforcements. Foreign Secretary Albert del Rosario met his Malaysian counterpart, Anifah Aman, in Kuala Lumpur on Wednesday and asked for consular access to the detained Filipinos, which Malaysia agreed to grant. Malaysian and Philippine commanders have been sharing intelligence on boat movements across the sea border.\n\n"
"UN Secretary-General Ban Ki-moon has called on both sides to end the violence. Kiram's supporters protested outside the Malaysian embassy in Manila on Wednesday, and more than 1,000 Filipino workers have left Sabah by ferry for Zamboanga and Jolo since the fighting began."),

("new-caledonia-macron-visit", "2024-05-24", "Macron promises not to force New Caledonia voting change",
"NOUMÉA, New Caledonia — President Emmanuel Macron promised on Thursday not to force through a contested change to New Caledonia's voting rules, at the end of a brief visit to the French Pacific territory, where ten days of rioting have left six people dead.\n\n"
"Macron, who flew in from Paris, met pro-independence and loyalist leaders at the high commission and asked them to agree on a new plan for the territory within a month. The state of emergency declared on 15 May could be lifted soon if the roadblocks came down, he said, but the 3,000 police and gendarmes sent from France would stay \"as long as necessary\".\n\n"
"The unrest began on 13 May, as the National Assembly in Paris debated an amendment that would let residents of ten years' standing vote in provincial elections. Kanaks fear it would dilute their vote. Rioters have burned shops, factories and schools in Nouméa, Dumbéa and Païta, and two gendarmes are among the dead.\n\n"
"Paris has also banned TikTok. On 19 May, some 600 gendarmes cleared the road from La Tontouta airport to the capital, but the airport remains closed to commercial flights. Police have arrested more than 280 people, and on 16 May ten members of the Field Action Coordination Cell (CCAT), the pro-independence group the government blames for organising the riots, were placed under house arrest. The CCAT said on Wednesday it would keep up its barricades until the amendment was withdrawn.\n\n"
"Interior Minister Gérald Darmanin has accused Azerbaijan of stirring up the separatists, a charge Baku called \"baseless\". A group backed by the Azerbaijani government reportedly hosted pro-independence activists in Baku last year.\n\n"
"Australia and New Zealand began flying stranded tourists home from Nouméa's domestic airport at Magenta on Tuesday, after asking Paris for permission; the first flights landed in Brisbane and Auckland. Vanuatu's prime minister, Charlot Salwai, called on France to withdraw the amendment. In the Loyalty Islands, shops in Wé, on Lifou, reopened this week, and Koné, in the north, has been quiet.\n\n"
"Voters in New Caledonia rejected independence in three referendums between 2018 and 2021; Kanak parties boycotted the last, in December 2021."),

("armenia-tavush-protests", "2024-05-14", "Armenian police detain protesters as archbishop fights border deal",
"YEREVAN, Armenia — Armenian police detained more than 150 protesters in Yerevan on Monday as supporters of an archbishop who opposes handing four border villages to Azerbaijan blocked streets across the capital, the interior ministry said.\n\n"
"Archbishop Bagrat Galstanyan, whose march from the northern province of Tavush ended with a rally of tens of thousands in Republic Square on Thursday, has demanded that Prime Minister Nikol Pashinyan resign. Pashinyan said the protests would not change the government's course.\n\n"
"The protests began after border commissions led by the two countries' deputy prime ministers, Mher Grigoryan and Shahin Mustafayev, agreed on 19 April to mark a 12-kilometre stretch of the frontier between Tavush and Azerbaijan's Gazakh district. Under the deal, Armenia will hand over four abandoned villages, held by Armenian forces since the war of the early 1990s, by 24 May. Residents of Kirants and Voskepar, north of Ijevan, whose road to Georgia passes close to the new line, blocked the highway for days in April.\n\n"
"The foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, ended two days of talks in Almaty on Saturday, hosted by Kazakhstan's foreign minister, Murat Nurtleu, and agreed to keep working on a peace treaty. President Kassym-Jomart Tokayev received both men. Baku has said it will discuss Artsvashen, an Armenian exclave its forces seized in 1992, only at a later stage.\n\n"
"Pashinyan has also asked Russia to withdraw its border guards from Tavush and four other provinces. After meeting Vladimir Putin in Moscow on Wednesday, he said the Kremlin had accepted the request. Russian guards will also leave Zvartnots airport by 1 August.\n\n"
"The European Union and the United States welcomed the April agreement. Azerbaijan's president, Ilham Aliyev, has demanded that Armenia change its constitution before a peace treaty is signed. In February, four Armenian soldiers were killed by Azerbaijani fire near the village of Nerkin Hand in Syunik province. In the town of Gazakh, across the frontier, traders said they hoped a settlement would one day reopen the old railway to Armenia."),
]

HELDOUT6_PLACES = {
    "osh-violence-uzbek-border": [
        ("OSH, Kyrgyzstan", 1527534), SKIP("Uzbekistan"), ("Kyrgyzstan", 1527747), ("Andijan", 1484846),
        SKIP("Tashkent"), ("Khanabad", 1513578), ("Andijan", 1514588), ("Osh", 1527534), ("Jalal-Abad", 1528249),
        ("Bazar-Korgon", 1528717), ("Suzak", 1527317), ("Osh", 1527534), ("Jalal-Abad", 1529778), SKIP("Roza"),
        ("Minsk", 625144), SKIP("Belarus"), SKIP("Bishkek"), SKIP("Russia"), ("Kant", 1528193),
        ("Bishkek", 1528675), SKIP("Moscow"), ("Andijan", 1514588), SKIP("Uzbekistan"), ("Bishkek", 1528675),
        SKIP("Washington"), ("Osh", 1527534), ("Tashkent", 1512569), ("Bazar-Korgon", 1528717),
        ("Kara-Suu", 1528091), ("Osh", 1527534), SKIP("Fergana"),
    ],
    "ivory-coast-ecowas-envoys": [
        ("ABIDJAN, Ivory Coast", 2293538), ("Abidjan", 2293538), SKIP("Benin"), SKIP("Sierra Leone"),
        SKIP("Cape Verde"), SKIP("Nigeria"), ("Abuja", 2352778), SKIP("Ivory Coast"), SKIP("Ivory Coast"),
        ("Golf Hotel", None), ("Cocody", None), ("Abobo", 2293521), ("Koumassi", 2285853), SKIP("Soro"), ("Liberia", 2275384),
        ("Danané", 2290462), ("Toulepleu", 2280335), ("Nimba County", 2274688), ("Saclepea", 2274222),
        ("Sanniquellie", 2274129), ("Bouaké", 2290956), ("Yamoussoukro", 2279755),
    ],
    "paraguay-mercosur-suspension": [
        ("ASUNCIÓN, Paraguay", 3439389), SKIP("Paraguay"), SKIP("Argentina"), SKIP("Brazil"), SKIP("Uruguay"),
        ("Mendoza, Argentina", 3844421), SKIP("Paraguay"), SKIP("Venezuela"), SKIP("Paraguay"),
        SKIP("Lugo"), SKIP("Lugo"), ("Curuguaty", None), ("Canindeyú", 3439216), SKIP("Lugo"), ("Canindeyú", 3439216), ("San Pedro", 3437027),
        SKIP("Argentina"), SKIP("Brazil"), ("Asunción", 3439389), SKIP("Venezuela"), ("Paraguay", 3437598),
        SKIP("Venezuela"), ("Asunción", 3439389), SKIP("Venezuela"), SKIP("Caracas"), SKIP("Germany"),
        SKIP("Vatican"), SKIP("Taiwan"), ("Ciudad del Este", 3439101), SKIP("Brazil"), ("Friendship Bridge", None),
        ("Foz do Iguaçu", 3463030), ("Encarnación", 3438735), SKIP("Paraná"), ("Posadas", 3429886),
        ("Rosario", 3838583),
    ],
    "lahad-datu-sulu-standoff": [
        ("LAHAD DATU, Malaysia", 1733953), SKIP("Sulu"), ("Sabah", 1733039), ("Manila", 1701668),
        ("Kampung Tanduo", None), ("Lahad Datu", 1733953), ("Sabah", 1733039), ("Semporna", 1733697),
        ("Sabah", 1733039), ("Kunak", None), ("Tawau", 1734199), ("Sandakan", 1734052),
        ("Kota Kinabalu", 1733432), SKIP("Manila"), ("Tawi-Tawi", None), SKIP("Rosario"), SKIP("Aman"),
        ("Kuala Lumpur", 1735161),
        SKIP("Malaysia"), ("Manila", 1701668), ("Sabah", 1733039), ("Zamboanga", 1679432), ("Jolo", 1710141),
    ],
    "new-caledonia-macron-visit": [
        ("NOUMÉA, New Caledonia", 2139521), SKIP("New Caledonia"), ("Paris", 2988507), ("France", 3017382),
        ("Paris", 2988507), ("Nouméa", 2139521), ("Dumbéa", 2141394), ("Païta", 2138981), SKIP("Paris"),
        ("La Tontouta airport", None), SKIP("Azerbaijan"), SKIP("Baku"), ("Baku", 587084), SKIP("Australia"), SKIP("New Zealand"),
        ("Nouméa", 2139521), ("Magenta", 11956106), SKIP("Paris"), ("Brisbane", 2174003), ("Auckland", 2193733),
        SKIP("Vanuatu"), SKIP("France"), ("Loyalty Islands", 7521415), ("Wé", 2137690), ("Lifou", None),
        ("Koné", 2140691), ("New Caledonia", 2139685),
    ],
    "armenia-tavush-protests": [
        ("YEREVAN, Armenia", 616052), ("Yerevan", 616052), SKIP("Azerbaijan"), ("Tavush", 828265),
        ("Republic Square", None), ("Tavush", 828265), SKIP("Azerbaijan"), ("Gazakh", 586087), SKIP("Armenia"),
        ("Kirants", None), ("Voskepar", None), ("Ijevan", 616627), ("Georgia", 614540), SKIP("Ararat"), ("Almaty", 1526384),
        SKIP("Kazakhstan"), SKIP("Baku"), ("Artsvashen", None), SKIP("Russia"), ("Tavush", 828265),
        ("Moscow", 524901), ("Zvartnots airport", None), SKIP("Azerbaijan"), SKIP("Armenia"), ("Nerkin Hand", None),
        ("Syunik", 409314), ("Gazakh", 585226), ("Armenia", 174982),
    ],
}


# Seventh held-out set: 8 short news texts written blind for it (CC0), annotated before the recogniser ran on them.
HELDOUT7_TEXTS = [
("puno-water-strike-blockade", "2026-02-17", "Strike over mine water use blocks roads around Puno",
"PUNO, Peru — Farmers and transport unions blocked the highway between Puno and Juliaca on Monday, the third day of a strike over water use at a copper mine in the Puno region, police said. Flights from Lima to Juliaca were cancelled, and tourist trains from Cusco stopped at Sicuani. In Ilave, a market town on the shore of Lake Titicaca, protesters occupied the town hall. Trucks heading to Bolivia queued for six kilometres at Desaguadero, on the Peruvian side of the border bridge. Hotel owners in Urubamba and Ollantaytambo, on the railway to Machu Picchu, said bookings had fallen by a third. The regional governor flew to Lima on Tuesday to meet ministers. Traders in Yunguyo said goods from Copacabana, across the lake in Bolivia, no longer reached their stalls. A smaller march in Tacna ended peacefully."),
("niger-river-floods-tillaberi", "2025-09-09", "Niger River floods kill 31 in western Niger",
"NIAMEY, Niger — Floods along the Niger River have killed 31 people and destroyed more than 9,000 homes in the Tillabéri and Dosso regions since August, the humanitarian affairs ministry said on Tuesday. In Niamey, water covered riverside neighbourhoods and the main bridge was closed to trucks. Families in Say and Kollo, south of the capital, were moved to schools on higher ground. Upstream near Ayorou, rice fields were under water, and the road from Tillabéri to Téra was cut. In the town of Gaya, on the border with Benin, the river reached the market, and traders said goods from Malanville could no longer cross. Aid convoys from Maradi and Zinder were delayed by a collapsed bridge near Birnin-Konni. The United Nations said heavy rain had also flooded parts of Gao and Ménaka in Mali, where the river crosses the desert."),
("kivu-mpox-vaccination", "2025-10-21", "Mpox vaccination begins in Goma and Bukavu",
"GOMA, Congo — Health workers began vaccinating children against mpox in Goma and Bukavu on Monday, the first campaign in the two cities since fighting closed their airports earlier this year, the World Health Organization said. The doses were flown from Kinshasa to Kigali and driven across the border at Gisenyi, the Rwandan town that faces Goma. Teams will move on to Sake and Minova, on the shore of Lake Kivu, and to camps near Rutshuru. In South Kivu, cases have risen fastest in Uvira, near the border with Burundi. Further north, clinics in Beni and Butembo said they had run out of test kits, and samples were being sent to Kampala. About 1,200 cases have been recorded across North Kivu since July. Doctors in Bunia, in Ituri province, reported the first cases in the town last week."),
("mostar-wildfire-neretva", "2025-08-12", "Wildfire above Mostar burns for third day",
"MOSTAR, Bosnia and Herzegovina — Firefighters battled a wildfire in the hills above Mostar for a third day on Monday as strong winds pushed it towards villages along the Neretva River, civil protection officials said. Smoke closed the main road between Mostar and Čapljina, and trains from Sarajevo were stopped at Konjic. Residents of Blagaj, a village south of the city, were told to be ready to leave. Croatia sent two firefighting planes from Split, and a helicopter from Banja Luka joined crews from Stolac and Trebinje. Across the border in Croatia, firefighters near Metković said the blaze was ten kilometres away. Pilgrims in Međugorje were asked to keep off the hills around the shrine. The government of the Federation of Bosnia and Herzegovina declared a state of emergency, and officials in Republika Srpska offered more equipment. A smaller fire was burning near Tuzla."),
("western-georgia-floods-batumi", "2025-06-24", "Floods and landslides kill three in western Georgia",
"BATUMI, Georgia — Heavy rain set off floods and landslides across western Georgia on Monday, cutting the coastal highway between Batumi and Kobuleti and killing at least three people, the interior ministry said. In Adjara, the regional government closed schools, and trains from Tbilisi were halted at Kutaisi. The Rioni River burst its banks near Poti, where a grain ship was unable to dock. Villagers in the Imereti region were moved from homes in the hills above Zestaponi. In the Samegrelo-Zemo Svaneti region, streets in Zugdidi were under water, and a bridge on the road to Mestia was washed away. Trucks coming from Turkey queued for hours at the Sarpi border crossing. Tourists from Armenia and Israel were stranded in seaside hotels, and the tourism board said it would pay for extra nights. Forecasters expect more rain on Wednesday."),
("flores-volcano-ash-flights", "2025-11-11", "Volcano on Flores erupts again, grounding flights to Bali",
"MAUMERE, Indonesia — A volcano on the island of Flores erupted again on Monday, sending ash nine kilometres into the sky and forcing airlines to cancel flights to Bali, Lombok and Labuan Bajo, officials said. About 6,000 villagers living on its slopes were moved to shelters in Maumere. Ash fell as far as Ende and on the neighbouring island of Lembata, where schools in Lewoleba were closed. The governor of East Nusa Tenggara said food and masks were being sent by ship from Kupang. Airlines cancelled flights from Darwin and Perth to Denpasar, stranding about 4,000 travellers. In West Nusa Tenggara, the airport near Praya stayed open, and passengers bound for Bima were rebooked through Mataram. The volcano last erupted a year ago, when ten people died and thousands spent weeks in tents."),
("sula-valley-storm-floods", "2025-10-07", "Tropical storm floods Honduras's Sula valley",
"SAN PEDRO SULA, Honduras — Rain from a tropical storm flooded thousands of homes in northern Honduras on Monday after the Ulúa and Chamelecón rivers burst their banks, the national emergency agency said. The worst damage was in Choloma and El Progreso, where residents waited on rooftops for boats. The airport at San Pedro Sula was closed, and flights from Tegucigalpa were diverted to La Ceiba. In the department of Cortés, the highway to Puerto Cortés was cut. Ferries from La Ceiba to Roatán were suspended, leaving tourists stranded in the Bay Islands. Further west, landslides blocked the road from Santa Rosa de Copán to Nueva Ocotepeque, near the border with Guatemala. Guatemala said it had opened shelters in Puerto Barrios for travellers heading to Honduras. Forecasters said the storm would move towards Belize on Wednesday."),
("kiruna-narvik-ore-line-derailment", "2026-01-20", "Derailment shuts Kiruna–Narvik ore line for two weeks",
"KIRUNA, Sweden — Iron ore trains between Kiruna and Narvik will not run for at least two weeks after a freight train derailed near Abisko on Sunday, tearing up two kilometres of track, the Swedish Transport Administration said on Monday. The line carries ore from the mines at Kiruna and Malmberget to the ice-free port of Narvik, in northern Norway, and south to Luleå. Passenger trains from Stockholm and Boden now end at Kiruna, and buses take travellers on to Riksgränsen, near the border. Hauliers in Norrbotten said they could move only a fraction of the ore by road. A Finnish operator offered to carry some cargo through Haparanda and Tornio to the port of Oulu. Hotels in Rovaniemi, in Finnish Lapland, said some visitors had moved their trips there from the Swedish mountains."),
]

HELDOUT7_PLACES = {
    "puno-water-strike-blockade": [
        ("PUNO, Peru", 3931276), ("Puno", 3931276), ("Juliaca", 3937513), ("Puno", 3931275), ("Lima", 3936456),
        ("Juliaca", 3937513), ("Cusco", 3941584), ("Sicuani", 3928679), ("Ilave", 3938451), ("Bolivia", 3923057),
        ("Desaguadero", 3941492), ("Urubamba", 3926438), ("Ollantaytambo", None), ("Machu Picchu", None),
        ("Lima", 3936456), ("Yunguyo", 3925476), ("Copacabana", 3919189), ("Bolivia", 3923057),
        ("Tacna", 3928128),
    ],
    "niger-river-floods-tillaberi": [
        ("NIAMEY, Niger", 2440485), ("Tillabéri", 2595293), ("Dosso", 2445486), ("Niamey", 2440485),
        ("Say", 2439812), ("Kollo", 2442248), ("Ayorou", 2447416), ("Tillabéri", 2438678), ("Téra", 2438855),
        ("Gaya", 2444489), SKIP("Benin"), ("Malanville", 2392837), ("Maradi", 2441291), ("Zinder", 2437798),
        ("Birnin-Konni", 2437732), ("Gao", 2457163), ("Ménaka", 2453514), ("Mali", 2453866),
    ],
    "kivu-mpox-vaccination": [
        ("GOMA, Congo", 216281), ("Goma", 216281), ("Bukavu", 217831), ("Kinshasa", 2314302),
        ("Kigali", 202061), ("Gisenyi", 202905), ("Goma", 216281), ("Sake", 205970), ("Minova", None),
        ("Rutshuru", 206047), ("South Kivu", 205413), ("Uvira", 204405), SKIP("Burundi"), ("Beni", 219057),
        ("Butembo", 217562), ("Kampala", 232422), ("North Kivu", 206938), ("Bunia", 217695), ("Ituri", 215709),
    ],
    "mostar-wildfire-neretva": [
        ("MOSTAR, Bosnia and Herzegovina", 3194828), ("Mostar", 3194828), ("Mostar", 3194828),
        ("Čapljina", 3202873), ("Sarajevo", 3191281), ("Konjic", 3337476), ("Blagaj", None), SKIP("Croatia"),
        ("Split", 3190261), ("Banja Luka", 3204541), ("Stolac", 3189823), ("Trebinje", 3188893),
        ("Croatia", 3202326), ("Metković", 3195222), ("Međugorje", None),
        ("Federation of Bosnia and Herzegovina", 3229999), ("Republika Srpska", 3230000), ("Tuzla", 3188582),
    ],
    "western-georgia-floods-batumi": [
        ("BATUMI, Georgia", 615532), ("Georgia", 614540), ("Batumi", 615532), ("Kobuleti", 613762),
        ("Adjara", 615929), ("Tbilisi", 611717), ("Kutaisi", 613607), ("Poti", 612366), ("Imereti", 865539),
        ("Zestaponi", 610864), ("Samegrelo-Zemo Svaneti", 865543), ("Zugdidi", 610824), ("Mestia", None),
        ("Turkey", 298795), ("Sarpi", None), ("Armenia", 174982), ("Israel", 294640),
    ],
    "flores-volcano-ash-flights": [
        ("MAUMERE, Indonesia", 1635815), ("Flores", None), ("Bali", 1650535), ("Lombok", None),
        ("Labuan Bajo", 1638868), ("Maumere", 1635815), ("Ende", 1644932), ("Lembata", None),
        ("Lewoleba", 1637833), ("East Nusa Tenggara", 1633791), ("Kupang", 2057087), ("Darwin", 2073124),
        ("Perth", 2063523), ("Denpasar", 1645528), ("West Nusa Tenggara", 1633792), ("Praya", 1630662),
        ("Bima", 1648759), ("Mataram", 1635882),
    ],
    "sula-valley-storm-floods": [
        ("SAN PEDRO SULA, Honduras", 3601782), ("Honduras", 3608932), ("Choloma", 3613533),
        ("El Progreso", 3610613), ("San Pedro Sula", 3601782), ("Tegucigalpa", 3600949), ("La Ceiba", 3608248),
        ("Cortés", 3613140), ("Puerto Cortés", 3600026), ("La Ceiba", 3608248), ("Roatán", None),
        ("Bay Islands", 3608814), ("Santa Rosa de Copán", 3601494), ("Nueva Ocotepeque", 3604384),
        SKIP("Guatemala"), SKIP("Guatemala"), ("Puerto Barrios", 3591062), ("Honduras", 3608932),
        ("Belize", 3582678),
    ],
    "kiruna-narvik-ore-line-derailment": [
        ("KIRUNA, Sweden", 605155), ("Kiruna", 605155), ("Narvik", 3144987), ("Abisko", None),
        ("Kiruna", 605155), ("Malmberget", 604419), ("Narvik", 3144987), ("Norway", 3144096),
        ("Luleå", 604490), ("Stockholm", 2673730), ("Boden", 606531), ("Kiruna", 605155),
        ("Riksgränsen", None), ("Norrbotten", 604010), ("Haparanda", 605859), ("Tornio", 634093),
        ("Oulu", 643492), ("Rovaniemi", 638936), ("Lapland", 830603),
    ],
}


# Eighth held-out set: 8 short news texts written blind for it (CC0), annotated before the recogniser ran on them.
HELDOUT8_TEXTS = [
("tajikistan-rasht-mudflows", "2026-05-12", "Mudflows kill 11 in central and southern Tajikistan",
"DUSHANBE, Tajikistan — Mudflows set off by two days of heavy rain have killed at least 11 people in central and southern Tajikistan, the Committee for Emergency Situations said on Tuesday. The worst damage was in the Rasht valley, where a torrent of mud swept through the town of Rasht on Monday night and cut the only road to Dushanbe. In Khatlon province, farmers near Kulob and Norak lost cotton fields and livestock, and the highway from Bokhtar to Panj, on the Afghan border, was closed. Engineers in Rogun, where a giant dam is being built, reported no damage. A convoy of tents and flour left Khujand, the main city of the northern Sughd region, and a helicopter flew doctors to Khorog, in Gorno-Badakhshan, after a bridge over the Panj River collapsed. Trucks carrying food from Termez, Uzbekistan, are expected in Tursunzoda on Thursday. Dushanbe's mayor sent buses to move families from riverside homes in Vahdat, east of the capital."),
("dagestan-flash-floods", "2026-06-08", "Flash floods kill seven in Dagestan",
"MAKHACHKALA, Russia — Flash floods after record rainfall killed at least seven people in Dagestan on Sunday and left much of Makhachkala and neighbouring Kaspiysk without power, the regional emergencies ministry said on Monday. Cars were swept into the sea from a coastal avenue in Makhachkala, and the airport halted flights from Moscow and Rostov-on-Don for twelve hours. Further south, the railway to Derbent, an ancient walled city on the Caspian coast, was closed near Izberbash after a culvert collapsed. Villagers in the hills around Buynaksk were lifted out by helicopter. In the north, the Sulak River rose two metres at Kizilyurt, and officials in Khasavyurt and Kizlyar opened schools as shelters. Rescuers arrived from Grozny, in neighbouring Chechnya, and from Vladikavkaz, the capital of North Ossetia. Trucks heading to Azerbaijan waited near Dagestanskiye Ogni while engineers inspected a bridge. Dagestan's head, Sergei Melikov, promised 100,000 roubles to every flooded household."),
("ohrid-earthquake-struga", "2026-04-18", "Earthquake damages old houses around Lake Ohrid",
"OHRID, North Macedonia — An earthquake of magnitude 5.3 shook the shores of Lake Ohrid early on Saturday, damaging dozens of old houses in Ohrid's hillside quarter and sending tourists running from their hotels, officials said. No deaths were reported. In Struga, 15 kilometres to the west, part of a school roof collapsed, and rockfalls closed the road to Kičevo. The tremor was felt in Bitola and Prilep and as far away as Skopje, where the government held an emergency meeting. Across the border in Albania, walls cracked in Pogradec, and officials in Korçë county said two villagers had been injured. Seismologists in Tirana and Thessaloniki warned that aftershocks could continue for weeks. The monastery of Sveti Naum, on the southern shore, was closed to visitors. Hotel owners in Ohrid said most cancellations came from tourists from Turkey and the Netherlands. Engineers from Florina, in Greece, offered to help inspect churches and other old buildings."),
("freetown-cholera-rains", "2026-07-21", "Cholera spreads in Freetown after heavy rain",
"FREETOWN, Sierra Leone — Health officials confirmed 140 cases of cholera in Freetown on Tuesday after a week of heavy rain flooded low-lying neighbourhoods, and said the disease had reached Waterloo, a fast-growing town east of the capital. Most patients come from Kroo Bay, a seafront settlement where latrines overflowed into the streets. Clinics in Hastings and Lumley have set up treatment tents, and two cases were found in Lungi, the airport town across the estuary. A smaller cluster was reported in Port Loko, on the road north to Kambia and the border with Guinea, and the ministry sent response teams to Makeni and Bo. Officials in Kenema said they were testing samples from two villages. Doses of oral vaccine arrived on a flight from Accra on Monday, and health workers from Conakry, Guinea, and Monrovia, in Liberia, will join a regional meeting on the outbreak in Freetown next week."),
("djibouti-corridor-blockade", "2026-03-12", "Blockade strands fuel tankers on Djibouti–Addis Ababa road",
"DJIBOUTI — Hundreds of fuel tankers were stranded on the highway from Djibouti to Addis Ababa on Wednesday after herders blocked the road near Galafi, the main crossing into Ethiopia, drivers said. The protest began after a truck killed two herders near Dikhil on Monday. Freight trains on the electric railway kept running but were full, and the port authority said containers were piling up at Doraleh. In Ethiopia's Afar region, officials in Semera said queues at filling stations stretched for kilometres, and fuel prices in Dire Dawa and Adama doubled. Some shippers have turned to Berbera, in Somaliland, and are sending goods by road through Hargeisa and Togochale to Jijiga. Djibouti's transport minister met elders in Ali Sabieh on Thursday and said the road would reopen within days. Ferries from the capital to Tadjoura and Obock were carrying extra passengers after bus companies cancelled trips inland."),
("beira-cyclone-sofala", "2026-02-14", "Cyclone hits Beira, killing at least 23",
"BEIRA, Mozambique — A cyclone made landfall just north of Beira late on Friday with winds of 180 km/h, tearing roofs from homes and cutting power across Sofala province, officials said on Saturday. At least 23 people were killed, most of them in Beira and in Dondo, a town 30 kilometres inland. Floodwater from the Búzi River cut off the town of Búzi, and boats were sent from Beira to rescue families stranded on rooftops. The highway to Chimoio and the Zimbabwean border at Machipanda was closed near Nhamatanda. In Zambezia, heavy rain flooded parts of Quelimane and Mocuba. The storm, which earlier killed 12 people in Madagascar, is expected to weaken as it moves inland towards Tete and Malawi, where officials in Blantyre opened shelters. Across the border in Zimbabwe, schools in Chipinge and Chimanimani were closed. Food aid was being flown in from Maputo and Nampula, and South Africa sent two military helicopters from Durban."),
("enga-landslide-porgera-road", "2026-05-29", "Landslide buries village in Papua New Guinea's Enga province",
"PORT MORESBY, Papua New Guinea — A landslide buried part of a village in Enga province before dawn on Thursday, and at least 40 people are feared dead, provincial officials said. The hillside collapsed above the highway between Wabag, the provincial capital, and Porgera, where a large gold mine employs several thousand people. Fuel trucks bound for the mine were stuck near Laiagam. Rescuers came from Mount Hagen, in the Western Highlands, and the defence force flew an engineering team from Lae. Hospitals in Mendi and Tari said they were ready to take the injured. Prime Minister James Marape, whose home province of Hela lies to the south, is due at the site on Saturday. Australia offered help, and a military transport plane left Townsville with excavators on Friday. Church groups in Goroka and Madang began collecting food and clothes. The highway is the only road from the coast at Lae to the mines and villages of the highlands."),
("paris-tennessee-tornado", "2026-04-05", "Tornado kills four in Paris, Tennessee",
"PARIS, Tenn. — A tornado cut a 60-kilometre path across northwest Tennessee late on Saturday, killing four people in Paris and flattening a furniture factory on the edge of town, the Tennessee Emergency Management Agency said on Sunday. The same storm damaged homes in Martin and Union City and tore the roof off the courthouse in Dresden, Tennessee, before crossing into Kentucky near Murray. In Mayfield, which was levelled by a tornado in December 2021, sirens sounded but no damage was reported. Hospitals in Jackson and Paducah treated more than 60 people. Crews from Memphis and Nashville joined local firefighters, and the Red Cross opened a shelter in a church in Huntingdon. Governor Bill Lee said he had asked Washington for federal disaster aid. About 40,000 customers were without power from Dyersburg to Clarksville. Forecasters warned that more storms could form over Arkansas, Mississippi and Missouri on Tuesday."),
]

HELDOUT8_PLACES = {
    "tajikistan-rasht-mudflows": [
        ("DUSHANBE, Tajikistan", 1221874), ("Tajikistan", 1220409), SKIP("Rasht"), ("Rasht", 1221740),
        ("Dushanbe", 1221874), ("Khatlon", 1347488), ("Kulob", 1221194), ("Norak", 1220905),
        ("Bokhtar", 1220747), ("Panj", 1220750), ("Rogun", 1220701), ("Khujand", 1514879), ("Sughd", 1221092),
        ("Khorog", 1221328), ("Gorno-Badakhshan", 1221692), SKIP("Panj"), ("Termez, Uzbekistan", 1215957),
        ("Tursunzoda", 1282601), ("Dushanbe", 1221874), ("Vahdat", 1220855),
    ],
    "dagestan-flash-floods": [
        ("MAKHACHKALA, Russia", 532096), ("Dagestan", 567293), ("Makhachkala", 532096), ("Kaspiysk", 551847),
        ("Makhachkala", 532096), ("Moscow", 524901), ("Rostov-on-Don", 501175), ("Derbent", 566532),
        ("Izberbash", 554894), ("Buynaksk", 570479), SKIP("Sulak"), ("Kizilyurt", 547849),
        ("Khasavyurt", 550478), ("Kizlyar", 547840), ("Grozny", 558418), ("Chechnya", 569665),
        ("Vladikavkaz", 473249), ("North Ossetia", 519969), ("Azerbaijan", 587116),
        ("Dagestanskiye Ogni", 567290), ("Dagestan", 567293),
    ],
    "ohrid-earthquake-struga": [
        ("OHRID, North Macedonia", 787487), SKIP("Ohrid"), ("Ohrid", 787487), ("Struga", 785387),
        ("Kičevo", 789527), ("Bitola", 792578), ("Prilep", 786735), ("Skopje", 785842), ("Albania", 783754),
        ("Pogradec", 781988), ("Korçë", 865734), ("Tirana", 3183875), ("Thessaloniki", 734077),
        ("Sveti Naum", None), ("Ohrid", 787487), ("Turkey", 298795), ("Netherlands", 2750405),
        ("Florina", 736229), ("Greece", 390903),
    ],
    "freetown-cholera-rains": [
        ("FREETOWN, Sierra Leone", 2409306), ("Freetown", 2409306), ("Waterloo", 2403094), ("Kroo Bay", None),
        ("Hastings", 2408582), ("Lumley", None), ("Lungi", None), ("Port Loko", 2404433), ("Kambia", 2408088),
        SKIP("Guinea"), ("Makeni", 2406407), ("Bo", 2410048), ("Kenema", 2407790), ("Accra", 2306104),
        ("Conakry, Guinea", 2422465), ("Monrovia", 2274895), ("Liberia", 2275384), ("Freetown", 2409306),
    ],
    "djibouti-corridor-blockade": [
        ("DJIBOUTI", 223817), ("Djibouti", 223817), ("Addis Ababa", 344979), ("Galafi", None),
        ("Ethiopia", 337996), ("Dikhil", 223890), ("Doraleh", None), SKIP("Ethiopia"), ("Afar", 444179),
        ("Semera", 6913519), ("Dire Dawa", 338832), ("Adama", 330186), ("Berbera", 64435),
        ("Somaliland", None), ("Hargeisa", 57289), ("Togochale", 51228), ("Jijiga", 333795), SKIP("Djibouti"),
        ("Ali Sabieh", 225284), ("Tadjoura", 220782), ("Obock", 221527),
    ],
    "beira-cyclone-sofala": [
        ("BEIRA, Mozambique", 1052373), ("Beira", 1052373), ("Sofala", 1026804), ("Beira", 1052373),
        ("Dondo", 1024696), SKIP("Búzi"), ("Búzi", 12718693), ("Beira", 1052373), ("Chimoio", 1049261),
        ("Machipanda", 1095961), ("Nhamatanda", 1024687), ("Zambezia", 1024312), ("Quelimane", 1028434),
        ("Mocuba", 1024694), ("Madagascar", 1062947), ("Tete", 1026014), ("Malawi", 927384),
        ("Blantyre", 931755), ("Zimbabwe", 878675), ("Chipinge", 893549), ("Chimanimani", None),
        ("Maputo", 1040652), ("Nampula", 1033356), SKIP("South Africa"), ("Durban", 1007311),
    ],
    "enga-landslide-porgera-road": [
        ("PORT MORESBY, Papua New Guinea", 2088122), ("Enga", 2097655), ("Wabag", 2084246), ("Porgera", None),
        ("Laiagam", None), ("Mount Hagen", 2090409), ("Western Highlands", 2083551), ("Lae", 2092740),
        ("Mendi", 2090990), ("Tari", 2085772), ("Hela", 8521658), SKIP("Australia"), ("Townsville", 2146142),
        ("Goroka", 2096742), ("Madang", 2091996), ("Lae", 2092740),
    ],
    "paris-tennessee-tornado": [
        ("PARIS, Tenn.", 4647963), ("Tennessee", 4662168), ("Paris", 4647963), SKIP("Tennessee"),
        ("Martin", 4639684), ("Union City", 4664170), ("Dresden, Tennessee", None), ("Kentucky", 6254925),
        ("Murray", 4302035), ("Mayfield", 4300105), ("Jackson", 4632595), ("Paducah", 4048662),
        ("Memphis", 4641239), ("Nashville", 4644585), ("Huntingdon", None), SKIP("Lee"), SKIP("Washington"),
        ("Dyersburg", 4619800), ("Clarksville", 4613868), ("Arkansas", 4099753), ("Mississippi", 4436296),
        ("Missouri", 4398678),
    ],
}


# Ninth held-out set: 8 short news texts written blind for it (CC0), annotated before the recogniser ran on them,
# from the guidelines in Tests/Gold/geo-gold.README.md, the earlier sets' texts and gazetteer.tsv only. Regions not
# used by the earlier sets: Assam, southwestern Manitoba and southern Saskatchewan, Cotopaxi in Ecuador, the Central
# African Republic, Seram and Ambon in Maluku, Kuwait, Basra and Khuzestan, the Kazanlak area of central Bulgaria
# and Finnmark in northern Norway.
HELDOUT9_TEXTS = [
("assam-brahmaputra-floods", "2026-07-08", "Brahmaputra floods kill 27 in Assam",
"GUWAHATI, India — Floods along the Brahmaputra and its tributaries have killed 27 people in Assam and driven more than 400,000 from their homes, the state disaster management authority said on Wednesday. In Guwahati, water entered low-lying neighbourhoods after a night of heavy rain, and a landslide blocked the highway to Shillong, the capital of neighbouring Meghalaya. Upstream, the river was above the danger mark at Dibrugarh and near Jorhat, and ferries to the river island of Majuli were suspended. Most of Kaziranga National Park was under water, and rangers moved rhinos to higher ground near Bokakhat. In the Lakhimpur and Dhemaji districts, embankments gave way after heavy rain in Arunachal Pradesh. Further west, relief camps in Barpeta, Goalpara and Dhubri, near the border with Bangladesh, were full, and the army sent boats from Tezpur. Trains between Guwahati and Silchar were cancelled after a landslide near Haflong. Chief Minister Himanta Biswa Sarma said Delhi had promised two more helicopters, and rice and tarpaulins were being trucked in from Siliguri and Kolkata. In Gelephu, Bhutan, officials said a swollen stream had also flooded farms along the border."),
("manitoba-assiniboine-spring-flood", "2026-04-21", "Spring flood forces 2,500 from homes in southwestern Manitoba",
"BRANDON, Man. — About 2,500 people were ordered from their homes in southwestern Manitoba on Tuesday as the Assiniboine River rose past its 2011 peak in Brandon, provincial officials said. The city closed two bridges and raised a clay dike along the river. Upstream, the Souris River flooded farmland around Souris, Manitoba, after a fast thaw across southeastern Saskatchewan, where roads near Estevan and Weyburn were washed out. Across the border, officials in Minot, North Dakota, opened emergency shelters. The crest is expected to reach Portage la Prairie by the weekend, and the province will divert part of the flow into Lake Manitoba to protect Winnipeg. Soldiers from Shilo, a base east of Brandon, were filling sandbags in Selkirk, north of Winnipeg, where the Red River is also rising, and in Morden. In Saskatchewan, Premier Scott Moe said crews from Regina and Moose Jaw were repairing a rail line that carries potash to the United States. Ottawa has promised to share the cost of the flood fight. Farmers near Yorkton, Prince Albert and Humboldt, Saskatchewan, said the late thaw would delay seeding by two weeks."),
("cotopaxi-ash-latacunga", "2026-01-19", "Cotopaxi ash closes schools and airport in Latacunga",
"LATACUNGA, Ecuador — The Cotopaxi volcano sent a column of ash four kilometres into the sky on Sunday, forcing schools to close across Cotopaxi province and dusting crops and roads as far north as Quito, officials said. About 3,000 people were moved from farms on the volcano's northern slopes near Machachi and from riverside homes in Sangolquí, where mudflows reached the town during the 1877 eruption. In Latacunga, the provincial capital, the airport was closed and soldiers handed out masks in the market. The highway between Latacunga and Ambato stayed open, but police turned back trucks at Lasso, a village at the foot of the volcano. Flights from Quito to Guayaquil and Cuenca were delayed, and one airline cancelled its services to Bogotá. Ash also fell on Salcedo and Pujilí, and on potato fields in Tungurahua province near Píllaro. Peru and Colombia offered to send masks and water tanks. In Riobamba, the capital of Chimborazo province, hotels filled with families from Latacunga who had decided to leave until the eruption ends. Volcanologists in Quito said the activity could last for months."),
("car-bambari-displacement", "2026-03-19", "Fighting around Bambari drives 20,000 from their homes",
"BANGUI, Central African Republic — Fighting between armed groups and government forces has driven about 20,000 people from their homes around Bambari, the capital of Ouaka prefecture, the UN humanitarian office said on Thursday. Families fled to a camp beside the UN peacekeeping base in Bambari and to Grimari, on the road to Sibut. In the east, gunmen attacked an aid convoy near Bria, and relief groups suspended work in Bangassou and Zemio after their warehouses were looted. Rebels also briefly seized a gold mine at Ndassima. Trucks carrying food from Douala, Cameroon, were stuck at Garoua-Boulaï, the main border crossing, after heavy rain washed out the road between Bouar and Baoro. Across the Ubangi River from Bangui, officials in Zongo, in the Democratic Republic of the Congo, said hundreds of refugees had arrived by canoe. Rwanda, which has troops in the country, said it would send two more companies. The World Food Programme said it had flown supplies from Bangui to Birao, in the far northeast near the border with Sudan, and to Berbérati in the west. Schools in Bossangoa and Kaga-Bandoro remain closed."),
("seram-earthquake-masohi", "2026-02-19", "Earthquake off Seram kills nine in Maluku",
"AMBON, Indonesia — A magnitude 6.6 earthquake struck off the island of Seram early on Wednesday, killing at least nine people and damaging hundreds of homes in Maluku province, the national disaster agency said on Thursday. In Ambon, the provincial capital, residents ran into the streets, and a mosque and two schools were badly cracked. The worst damage was in Masohi, the main town on the south coast, and in the neighbouring town of Amahai, where a jetty collapsed into the sea. Landslides cut the coastal road west of Masohi, and a tsunami warning was lifted after two hours. Officials in Namlea, on the island of Buru, reported cracks in the harbour wall, and in Bula, an oil town further east, fuel tanks were being checked for leaks. The quake was felt as far away as Ternate and Sofifi, the capital of North Maluku, and in Sorong, in Southwest Papua. Ships carrying tents and medicines left Makassar and Surabaya on Thursday, and the navy sent a hospital ship from Bitung. Many in Ambon still remember the 2019 earthquake that killed more than 40 people. Airlines said flights from Ambon's airport to Jakarta and Manado were running normally."),
("kuwait-basra-dust-storm", "2026-05-19", "Dust storm shuts ports and airports around the northern Gulf",
"KUWAIT CITY — A dust storm swept across Kuwait, southern Iraq and southwestern Iran on Monday, closing ports and airports and sending more than 1,500 people to hospital with breathing problems, officials said. Kuwait's civil aviation authority halted flights for six hours, and the main container port stopped loading ships. In Jahra, west of the capital, visibility fell below 50 metres, and the coastal road to Fahaheel was closed after a pile-up. Across the border in Iraq, the authorities in Basra closed schools and government offices, and tankers were held at anchor off Umm Qasr and Fao. Hospitals in Nasiriyah and Amarah treated hundreds of people. In Iran's Khuzestan province, offices were shut in Ahvaz, Abadan and Khorramshahr. Saudi Aramco said production in the Eastern Province was unaffected, but flights from Dammam to Riyadh were delayed. Bahrain's airport stayed open. Meteorologists in Kuwait said strong northwesterly winds had lifted the dust from dry marshes and farmland in Iraq and Syria. Tehran has blamed dried-up wetlands in Iraq for the rising number of storms, and Baghdad says it lacks the water to restore them."),
("kazanlak-wildfire-shipka", "2026-08-11", "Wildfire near Kazanlak burns 2,000 hectares of forest",
"STARA ZAGORA, Bulgaria — A wildfire that started in dry grass near Kazanlak on Sunday had burned more than 2,000 hectares of forest in the hills north of the town by Tuesday, forcing the evacuation of two villages and closing the road over the Shipka Pass, officials said. Firefighters from Stara Zagora, Plovdiv and Gabrovo were joined by soldiers and two army helicopters. In Pavel Banya, the mayor opened a school for families from nearby villages, and trains between Sofia and Burgas through Karlovo were halted near Sopot. Smoke drifted across the Valley of Roses and reached Veliko Tarnovo, where hotels in the old town told guests to keep their windows shut. A second fire burned near Dimitrovgrad, in Haskovo province, close to the motorway to Turkey. Greece sent two firefighting aircraft, and Bulgaria asked the European Union for more. Rose growers near Kazanlak said the fire had spared most of the fields, but smoke could still damage the harvest. The governor of Stara Zagora province said on Tuesday that the fire was contained on its western edge, near Kalofer, but was still spreading east."),
("finnmark-storm-avalanche-alta", "2026-02-13", "Avalanche and storm cut off towns in Finnmark",
"TROMSØ, Norway — An avalanche buried a stretch of the E6 highway south of Alta on Thursday as a winter storm closed mountain roads across Finnmark, leaving several towns cut off for a second day, police said. No one was hurt, but about 40 vehicles were trapped between Alta and Hammerfest until snowploughs reached them late at night. In Kirkenes, near the Russian border, schools stayed closed and flights from Tromsø to Vadsø were cancelled, while the Storskog border crossing was shut to lorries heading to Murmansk and Nikel. The coastal express ship sheltered in Hammerfest for the night. In Troms, the road to Finland was closed, and Finnish police in Inari said they had turned back lorries heading to Norway. Military helicopters flew fuel to Vardø, where the harbour was iced in. Further south, gusts of 40 metres a second tore roofs off homes in Harstad and in Sortland, Nordland, and the airport at Bodø closed for six hours. Oslo has promised extra money for snow clearing. Forecasters said the storm would move east into Russia on Saturday."),
]

HELDOUT9_PLACES = {
    "assam-brahmaputra-floods": [
        ("GUWAHATI, India", 1271476), ("Assam", 1278253), ("Guwahati", 1271476), ("Shillong", 1256523),
        ("Meghalaya", 1263207), ("Dibrugarh", 1272648), ("Jorhat", 1268820),
        ("Majuli", None), ("Kaziranga National Park", None), ("Bokakhat", 1275363), ("Lakhimpur", None),
        ("Dhemaji", None), ("Arunachal Pradesh", 1278341), ("Barpeta", 1276867), ("Goalpara", 1271151),
        ("Dhubri", 1272694), SKIP("Bangladesh"), ("Tezpur", 1254710), ("Guwahati", 1271476), ("Silchar", 1256287),
        ("Haflong", 1270543), SKIP("Delhi"), ("Siliguri", 1256525), ("Kolkata", 1275004),
        ("Gelephu, Bhutan", 1252560),
    ],
    "manitoba-assiniboine-spring-flood": [
        ("BRANDON, Man.", 5907896), ("Manitoba", 6065171), ("Brandon", 5907896), SKIP("Souris"),
        ("Souris, Manitoba", None), ("Saskatchewan", 6141242), ("Estevan", 5949568), ("Weyburn", 6179652),
        ("Minot, North Dakota", 5690532), ("Portage la Prairie", 6111529), SKIP("Manitoba"), ("Winnipeg", 6183235),
        ("Shilo", None), ("Brandon", 5907896), ("Selkirk", 6144054), ("Winnipeg", 6183235), ("Morden", 6078447),
        ("Saskatchewan", 6141242), SKIP("Scott"), SKIP("Moe"), ("Regina", 6119109), ("Moose Jaw", 6078112), ("United States", 6252001),
        SKIP("Ottawa"), ("Yorkton", 6185607), ("Prince Albert", 6113335), ("Humboldt, Saskatchewan", None),
    ],
    "cotopaxi-ash-latacunga": [
        ("LATACUNGA, Ecuador", 3654870), ("Cotopaxi", None), ("Cotopaxi", 3658766), ("Quito", 3652462),
        ("Machachi", 3654536), ("Sangolquí", 3651857), ("Latacunga", 3654870), ("Latacunga", 3654870),
        ("Ambato", 3660689), ("Lasso", None), ("Quito", 3652462), ("Guayaquil", 3657509), ("Cuenca", 3658666),
        ("Bogotá", 3688689), ("Salcedo", None), ("Pujilí", 3652684), ("Tungurahua", 3650445), ("Píllaro", 3653159),
        SKIP("Peru"), SKIP("Colombia"), ("Riobamba", 3652350), ("Chimborazo", 3659237), ("Latacunga", 3654870),
        ("Quito", 3652462),
    ],
    "car-bambari-displacement": [
        ("BANGUI, Central African Republic", 2389853), ("Bambari", 240604), ("Ouaka", 236887), ("Bambari", 240604),
        ("Grimari", 238714), ("Sibut", 2383119), ("Bria", 239899), ("Bangassou", 240498), ("Zemio", 235826),
        ("Ndassima", None), ("Douala, Cameroon", 2232593), ("Garoua-Boulaï", None), ("Bouar", 2387926),
        ("Baoro", 2389804), ("Bangui", 2389853), ("Zongo", 2310763), ("Democratic Republic of the Congo", 203312),
        SKIP("Rwanda"), ("Bangui", 2389853), ("Birao", 240210), SKIP("Sudan"), ("Berbérati", 2389086),
        ("Bossangoa", 2388036), ("Kaga-Bandoro", 2386012),
    ],
    "seram-earthquake-masohi": [
        ("AMBON, Indonesia", 1651531), ("Seram", None), ("Maluku", 1636627), ("Ambon", 1651531),
        ("Masohi", 8667930), ("Amahai", 1651591), ("Masohi", 8667930), ("Namlea", 1634519), ("Buru", None),
        ("Bula", None), ("Ternate", 1624041), ("Sofifi", 1626698), ("North Maluku", 1958070), ("Sorong", 1626542),
        ("Southwest Papua", 12503510), ("Makassar", 1622786), ("Surabaya", 1625822), ("Bitung", 1648637),
        ("Ambon", 1651531), ("Ambon", 1651531), ("Jakarta", 1642911),
        ("Manado", 1636544),
    ],
    "kuwait-basra-dust-storm": [
        ("KUWAIT CITY", 285787), ("Kuwait", 285570), ("Iraq", 99237), ("Iran", 130758), SKIP("Kuwait"),
        ("Jahra", 285799), ("Fahaheel", 285811), ("Iraq", 99237), ("Basra", 99532),
        ("Umm Qasr", 89824), ("Fao", 99446), ("Nasiriyah", 98854), ("Amarah", 99608), SKIP("Iran"),
        ("Khuzestan", 127082), ("Ahvaz", 144448), ("Abadan", 145459), ("Khorramshahr", 127319),
        ("Eastern Province", 108241), ("Dammam", 110336), ("Riyadh", 108410), SKIP("Bahrain"), ("Kuwait", 285570),
        ("Iraq", 99237), ("Syria", 163843), SKIP("Tehran"), ("Iraq", 99237), SKIP("Baghdad"),
    ],
    "kazanlak-wildfire-shipka": [
        ("STARA ZAGORA, Bulgaria", 726848), ("Kazanlak", 730496), ("Shipka Pass", None), ("Stara Zagora", 726848),
        ("Plovdiv", 728193), ("Gabrovo", 731549), ("Pavel Banya", None), ("Sofia", 727011), ("Burgas", 732770),
        ("Karlovo", 730565), ("Sopot", None), SKIP("Roses"), ("Veliko Tarnovo", 725993), ("Dimitrovgrad", 732263),
        ("Haskovo", 730436), ("Turkey", 298795), SKIP("Greece"), SKIP("Bulgaria"), ("Kazanlak", 730496),
        ("Stara Zagora", 864559), ("Kalofer", None),
    ],
    "finnmark-storm-avalanche-alta": [
        ("TROMSØ, Norway", 3133895), ("Alta", 847633), ("Finnmark", 780166), ("Alta", 847633),
        ("Hammerfest", 779683), ("Kirkenes", None), ("Tromsø", 3133895), ("Vadsø", 777073), ("Storskog", None),
        ("Murmansk", 524305), ("Nikel", 522260), ("Hammerfest", 779683), ("Troms", 3133897), ("Finland", 660013),
        ("Inari", 656657), ("Norway", 3144096), ("Vardø", None), ("Harstad", 3153823),
        ("Sortland, Nordland", 3137405), ("Bodø", 3160881), SKIP("Oslo"), ("Russia", 2017370),
    ],
}


def gazetteer(path):
    places = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            places[int(fields[2])] = (fields[3], fields[0], float(fields[8]), float(fields[9]))
    return places


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--gazetteer", default=str(ROOT / "Sources/Geo/Resources/gazetteer.tsv"))
    args = parser.parse_args()
    places = gazetteer(args.gazetteer)
    write(GOLD, ROOT / "Tests/Gold/geo-gold.jsonl", args.corpus, places)
    write(HELDOUT, ROOT / "Tests/Gold/geo-gold-heldout.jsonl", args.corpus, places)
    write(DEV2, ROOT / "Tests/Gold/geo-gold-dev2.jsonl", args.corpus, places)
    write(HELDOUT2, ROOT / "Tests/Gold/geo-gold-heldout2.jsonl", args.corpus, places)
    # Sets of texts written for the gold (the third unlicensed, later ones written blind under CC0).
    written = [(3, HELDOUT3_TEXTS, HELDOUT3_PLACES, None)] + [
        (n, texts, table, "CC0 (written for Storygraph)")
        for n, texts, table in [(4, HELDOUT4_TEXTS, HELDOUT4_PLACES), (5, HELDOUT5_TEXTS, HELDOUT5_PLACES),
                                (6, HELDOUT6_TEXTS, HELDOUT6_PLACES), (7, HELDOUT7_TEXTS, HELDOUT7_PLACES),
                                (8, HELDOUT8_TEXTS, HELDOUT8_PLACES), (9, HELDOUT9_TEXTS, HELDOUT9_PLACES)]]
    for n, texts, table, license in written:
        records = {key: {"id": key, "published": published, "title": title, "url": None, "text": text}
                   for key, published, title, text in texts}
        write_records(records, table, ROOT / f"Tests/Gold/geo-gold-heldout{n}.jsonl", places, license=license)


def write(table, path, corpus, places):
    docs = {}
    for name in sorted({f for f, _ in table}):
        with open(Path(corpus) / name, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                docs[(name, record["id"])] = record
    keys = sorted(table, key=lambda k: (k[0], k[1]))
    write_records({key: docs[key] for key in keys}, table, path, places)


def write_records(records, table, path, places, license=None):
    """Annotates each record of `records` (key → record) with the entries of `table` under the same key; `license`,
    when given, is written into every record."""
    out = []
    for key in sorted(table):
        record = records[key]
        text = record["text"]
        position = 0
        mentions = []
        for entry in table[key]:
            needle = entry.text if isinstance(entry, SKIP) else entry[0]
            match = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)").search(text, position)
            if not match:
                raise SystemExit(f"{record['id']}: {needle!r} not found after offset {position}")
            position = match.end()
            if isinstance(entry, SKIP):
                continue
            gid = entry[1]
            mention = {"start": match.start(), "end": match.end(), "text": needle, "geonameId": gid}
            if gid is not None:
                if gid not in places:
                    raise SystemExit(f"{record['id']}: GeoNames id {gid} is not in the gazetteer")
                name, precision, lat, lon = places[gid]
                mention.update({"name": name, "precision": precision, "lat": lat, "lon": lon})
            mentions.append(mention)
        annotated = {"id": record["id"], "published": record.get("published"), "title": record.get("title"),
                     "url": record.get("url"), "text": text, "places": mentions}
        if license is not None:
            annotated["license"] = license
        out.append(annotated)
    with open(path, "w", encoding="utf-8") as f:
        for record in out:
            f.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    total = sum(len(r["places"]) for r in out)
    known = sum(1 for r in out for m in r["places"] if m["geonameId"] is not None)
    print(f"{path}: {len(out)} documents, {total} place mentions ({known} in the gazetteer)")


if __name__ == "__main__":
    main()
