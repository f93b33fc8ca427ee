#!/usr/bin/env python3
"""Builds Tests/Gold/events-gold.jsonl: hand-annotated PLOVER events for the bundled article and Wikinews
articles from the development corpus (CC BY 2.5, Wikinews contributors; each record keeps its id and url).

Annotation conventions (written before looking at the extractor's output):
- source/target are country-level codes (ISO 3166-1 alpha-3, or the lexicon's IGO code such as IGOEUREEC);
  domestic events between distinct actors of one state are kept (e.g. PHL -> PHL); target null for
  single-actor events.
- type is the PLOVER type; modality as in the README (asserted, reported, hedged, negated, future, hypothetical).
- date is the TIMEX3 value the event happened at when the text says so, else null.
- one record per distinct event; restatements of the same event are not repeated.
Usage: python3 Scripts/build_events_gold.py /path/to/shared/corpus > Tests/Gold/events-gold.jsonl
       python3 Scripts/build_events_gold.py /path/to/shared/corpus --heldout > Tests/Gold/events-gold-heldout.jsonl
       python3 Scripts/build_events_gold.py /path/to/shared/corpus --heldout2 > Tests/Gold/events-gold-heldout2.jsonl
       python3 Scripts/build_events_gold.py /path/to/shared/corpus --heldout3 > Tests/Gold/events-gold-heldout3.jsonl
       python3 Scripts/build_events_gold.py /path/to/shared/corpus --heldout4 > Tests/Gold/events-gold-heldout4.jsonl
       python3 Scripts/build_events_gold.py /path/to/shared/corpus --heldout5 > Tests/Gold/events-gold-heldout5.jsonl
"""
import json
import sys

E = lambda s, t, ty, m="asserted", d=None: {"source": s, "target": t, "type": ty, "modality": m, "date": d}

GOLD = {
    "korea-party-congress": [
        E("PRK", None, "CONSULT", "asserted", "2026-02-19"),       # congress opening
        E("PRK", "CHN", "COOPERATE", "hedged"),                    # resumption of trade with China (likely)
        E("PRK", "RUS", "COOPERATE", "hedged"),                    # expanded military cooperation (likely)
        E("RUS", "UKR", "ASSAULT", "asserted"),                    # Russia continues its war in Ukraine
        E("PRK", "RUS", "COOPERATE", "reported"),                  # troops and equipment, per KOR/US officials
        E("RUS", "PRK", "AID", "hedged"),                          # may be receiving assistance
        E("PRK", "CHN", "CONSULT", "asserted", "2025"),            # traveled to China
        E("PRK", "CHN", "CONSULT", "asserted", "2025"),            # summit with Xi
        E("PRK", None, "MOBILIZE", "asserted", "PAST_REF"),        # missile tests in recent years
        E("PRK", "USA", "CONSULT", "asserted", "2019"),            # talks that collapsed in 2019
        E("PRK", "USA", "REJECT", "asserted", "2025-01-20"),       # rejected U.S. offers for dialogue
        E("PRK", "USA", "REQUEST", "asserted", "2025-01-20"),      # insisting Washington abandon calls
        E("PRK", "KOR", "SANCTION", "asserted"),                   # suspended most cooperation
        E("PRK", "KOR", "ACCUSE", "asserted"),                     # framed the South as hostile
    ],
    "GUM_news_korea": [
        E("PRK", None, "MOBILIZE", "asserted", "2015-08-21"),
        E("KOR", None, "MOBILIZE", "asserted", "2015-08-21"),
        E("PRK", "KOR", "ASSAULT", "asserted", "2015-08-20"),
        E("KOR", "PRK", "ASSAULT", "asserted", "2015-08-20"),
        E("PRK", "KOR", "ACCUSE", "asserted"),
        E("PRK", "KOR", "THREATEN", "asserted"),
    ],
    "wikinews-2019-01-23-germany-bans-mahan-air-of-iran-citing-security": [
        E("DEU", "IRN", "COERCE", "asserted", "2019-01-21"),  # imposed sanctions and bans: CAMEO 163, COERCE in the CAMEO→PLOVER table (relabelled)
        E("USA", "IRN", "COERCE", "asserted", "2011"),
        E("USA", "DEU", "REQUEST", "asserted"),
        E("DEU", "USA", "CONSULT", "asserted"),
        E("USA", "IRN", "ACCUSE", "asserted"),
        E("IRN", "SYR", "AID", "reported"),
        E("IGOEUREEC", "IRN", "COERCE", "asserted", "2019-01"),
        E("USA", "IRN", "SANCTION", "asserted", "2018"),                    # withdrew from the nuclear deal (16x)
        E("USA", "IRN", "AGREE", "asserted"),
        E("DEU", "IRN", "COERCE", "negated"),
    ],
    "wikinews-2019-09-23-iran-s-president-rouhani-tells-foreign-powers-to-leave-persi": [
        E("IRN", "CHN", "COOPERATE", "reported"),
        E("IRN", "IND", "COOPERATE", "reported"),
        E("IRN", "OMN", "COOPERATE", "reported"),
        E("IRN", "PAK", "COOPERATE", "reported"),
        E("IRN", "RUS", "COOPERATE", "reported"),
        E("YEM", "SAU", "ASSAULT", "asserted"),
        E("SAU", "IRN", "ACCUSE", "asserted"),
        E("USA", "IRN", "ACCUSE", "asserted"),
        E("USA", "SAU", "COOPERATE", "future"),
        E("AUS", "USA", "COOPERATE", "asserted"),
        E("BHR", "USA", "COOPERATE", "asserted"),
        E("SAU", "USA", "COOPERATE", "asserted"),
        E("GBR", "USA", "COOPERATE", "asserted"),
        E("ARE", "USA", "COOPERATE", "asserted"),
    ],
    "wikinews-2019-11-10-coalition-authorities-report-no-casualties-from-missile-stri": [
        E("IRQ", "USA", "THREATEN", "asserted"),
        E("USA", "IRQ", "COOPERATE", "asserted"),
        E("IRQ", "IRN", "ACCUSE", "asserted"),
        E("IRQ", None, "PROTEST", "asserted"),
        E("USA", "IRQ", "ASSAULT", "asserted", "2003"),
        E("USA", "IRQ", "RETREAT", "asserted", "2011"),
        E("IRQ", "USA", "REQUEST", "asserted"),
    ],
    "wikinews-2020-01-13-iran-admits-downing-ukrainian-jet-cites-human-error": [
        E("IRN", "UKR", "ASSAULT", "asserted", "2020-01-08"),
        E("IRN", "USA", "ASSAULT", "asserted", "2020-01-08"),
        E("USA", "IRN", "ASSAULT", "asserted"),
        E("USA", "IRN", "ACCUSE", "asserted"),
        E("IRN", "USA", "REJECT", "asserted"),
        E("UKR", "IRN", "REQUEST", "asserted"),
    ],
    "wikinews-2020-09-05-germany-says-alexei-navalny-poisoned-with-novichok": [
        E("DEU", "RUS", "REQUEST", "asserted"),
        E("RUS", "DEU", "REJECT", "asserted"),
    ],
    "wikinews-2020-01-11-cairo-summit-denounces-turkish-libyan-maritime-border-agreem": [
        E("EGY", "TUR", "ACCUSE", "asserted", "2020-01-08"),
        E("TUR", "LBY", "AGREE", "asserted"),
        E("TUR", "LBY", "COOPERATE", "asserted"),
        E("EGY", "GRC", "CONSULT", "asserted", "2020-01-08"),
        E("EGY", "CYP", "CONSULT", "asserted", "2020-01-08"),
        E("EGY", "FRA", "CONSULT", "asserted", "2020-01-08"),
        E("ITA", "EGY", "CONSULT", "asserted", "2020-01-08"),
        E("EGY", "TUR", "REQUEST", "asserted"),
        E("TUR", "EGY", "ACCUSE", "asserted", "2020-01-09"),
        E("TUR", "CYP", "SUPPORT", "negated"),
        E("GRC", "LBY", "SANCTION", "asserted"),
    ],
    "wikinews-2020-01-18-ukrainian-president-rejects-prime-minister-s-resignation-ove": [
        E("UKR", "UKR", "REJECT", "asserted", "2020-01-17"),
    ],
    "wikinews-2020-05-06-philippines-largest-television-network-shut-down-by-governme": [
        E("PHL", "PHL", "COERCE", "asserted", "2020-05-05"),
        E("PHL", "PHL", "COERCE", "asserted", "1972"),
        E("PHL", "PHL", "REJECT", "asserted"),
        E("PHL", "PHL", "ACCUSE", "asserted"),
        E("PHL", "PHL", "THREATEN", "asserted"),
        E("PHL", "PHL", "ACCUSE", "asserted"),
        E("PHL", "PHL", "ACCUSE", "asserted", "2020-02-10"),
        E("PHL", "PHL", "SUPPORT", "asserted", "2020-02-24"),
    ],
    "wikinews-2020-07-12-serbian-protesters-try-to-storm-parliament-fourth-day-of-pro": [
        E("SRB", None, "PROTEST", "asserted", "2020-07-10"),
        E("SRB", "SRB", "COERCE", "asserted", "2020-07-10"),
        E("SRB", "SRB", "ASSAULT", "asserted"),
        E("SRB", "SRB", "ASSAULT", "asserted"),
        E("SRB", "SRB", "ASSAULT", "asserted"),
        E("SRB", "SRB", "ACCUSE", "asserted"),
    ],
    "wikinews-2019-02-21-sixteen-states-sue-u-s-president-trump-to-stop-declaration-o": [
        E("USA", "USA", "ACCUSE", "asserted", "2019-02-18"),
        E("USA", "USA", "ACCUSE", "asserted"),
        E("USA", "USA", "REJECT", "asserted"),
        E("USA", "USA", "REQUEST", "asserted"),
        E("USA", "USA", "ACCUSE", "asserted", "2019-02-15"),
    ],
}


# Held-out documents: annotated after the extractor's rules were frozen and scored once
# (Tests/Gold/events-gold-heldout.jsonl).
HELDOUT = {
    "wikinews-2019-08-24-world-leaders-call-to-address-amazon-rainforest-fires-at-g7": [
        E("FRA", "IGOGOS", "REQUEST", "asserted", "2019-08-22"),
        E("DEU", "FRA", "SUPPORT", "asserted"),
        E("GBR", "FRA", "SUPPORT", "asserted"),
        E("BRA", "FRA", "ACCUSE", "asserted"),
    ],
    "GUM_news_afghan": [
        E("USA", "AFG", "REJECT", "asserted"),
        E("USA", "USA", "REQUEST", "asserted"),
    ],
    "wikinews-2020-08-03-belarussian-opposition-presidential-candidate-sviatlana-tsik": [
        E("BLR", None, "PROTEST", "asserted", "2020-07-30"),
        E("BLR", "BLR", "COERCE", "asserted", "2020-05"),
        E("BLR", "BLR", "COERCE", "asserted"),
        E("BLR", "RUS", "COERCE", "asserted"),
    ],
    "wikinews-2019-09-29-fiancee-of-murdered-saudi-journalist-demands-justice-at-un-g": [
        E("IGOUNO", "USA", "REQUEST", "asserted"),
        E("SAU", "SAU", "ASSAULT", "asserted"),
    ],
}

# Second held-out set: annotated after commit "past gatherings …" froze the rules again; scored once.
HELDOUT2 = {
    "GUM_news_asylum": [
        E("IGOUNO", "MYS", "ACCUSE", "reported"),
        E("IGOUNO", "IDN", "ACCUSE", "reported"),
        E("USA", "MYS", "ACCUSE", "reported"),
        E("USA", "IDN", "ACCUSE", "reported"),
        E("USA", "THA", "CONSULT", "reported"),
    ],
    "wikinews-2019-01-24-car-bomb-ramming-attack-kills-dozens-at-military-base-in-mai": [
        E("AFG", "AFG", "ASSAULT", "hedged", "2019-01-21"),
        E("AFG", "AFG", "ACCUSE", "asserted"),
        E("AFG", "USA", "CONSULT", "asserted", "2019-01-21"),
        E("AFG", "AFG", "ASSAULT", "hedged", "2019-W03"),
    ],
    "wikinews-2019-03-31-turkey-s-president-erdogan-proposes-converting-hagia-sophia": [
        E("GRC", "TUR", "ACCUSE", "asserted"),
        E("UNESCO", "TUR", "ACCUSE", "asserted"),
        E("USA", "TUR", "ACCUSE", "asserted", "2019-03-28"),
        E("TUR", "USA", "ACCUSE", "asserted"),
        E("ISR", "SYR", "COERCE", "asserted"),
        E("USA", "ISR", "SUPPORT", "asserted", "2019-03-25"),
    ],
    "wikinews-2019-08-29-queen-elizabeth-agrees-to-suspend-uk-parliament-ahead-of-bre": [
        E("GBR", "GBR", "CONCEDE", "future", "2019-08-28"),
        E("GBR", "GBR", "REQUEST", "asserted"),
        E("GBR", "GBR", "COERCE", "future"),
        E("GBR", "GBR", "ACCUSE", "asserted"),
        E("GBR", "GBR", "ACCUSE", "asserted"),
        E("GBR", "GBR", "ACCUSE", "asserted"),
    ],
}

# Third held-out set: 7 political articles annotated by hand before the extractor was run on them (rules frozen
# at the commit that adds this block); scored once. Multilateral meetings and agreements are written as one
# symmetric event per pair of named parties.
HELDOUT3 = {
    "wikinews-2019-01-14-arrest-made-as-mayor-of-gdansk-poland-stabbed-on-stage": [
        E("POL", "POL", "COERCE", "asserted"),                     # an individual has been arrested
        E("POL", "POL", "ASSAULT", "asserted", "2019-01-13"),      # mayor stabbed last night
        E("POL", "POL", "ACCUSE", "asserted"),                     # minister called the stabbing barbarity
        E("POL", "POL", "ACCUSE", "hedged"),                       # a potential charge of murder
    ],
    "wikinews-2019-03-28-thousands-march-in-anti-brexit-protest-london": [
        E("GBR", None, "PROTEST", "asserted", "2019-03-23"),       # a million marched in London on Saturday
        E("GBR", "GBR", "ACCUSE", "asserted"),                     # Watson called May's deal "lousy"
    ],
    "wikinews-2019-09-25-us-speaker-pelosi-announces-trump-impeachment-investigation": [
        E("USA", "USA", "ACCUSE", "future"),                       # she would be launching an impeachment inquiry
        E("USA", "USA", "ACCUSE", "reported"),                     # called Trump's conduct a breach (per NBC)
        E("USA", "UKR", "REQUEST", "hedged", "2019-07"),           # might have encouraged Zelensky to investigate
        E("USA", "UKR", "CONSULT", "asserted", "2019-07"),         # the phone call in late July
        E("USA", "USA", "ACCUSE", "asserted"),                     # Trump attacked the investigation
        E("USA", "USA", "ACCUSE", "asserted"),                     # Johnson was impeached
        E("USA", "USA", "ACCUSE", "asserted", "1998"),             # Clinton was impeached in 1998
    ],
    "wikinews-2019-12-21-us-house-of-representatives-impeaches-president-trump": [
        E("USA", "USA", "ACCUSE", "asserted", "2019-12-18"),       # the House impeached Trump on Wednesday
        E("USA", "USA", "ACCUSE", "asserted"),                     # the first article charged Trump
        E("USA", "USA", "ACCUSE", "asserted"),                     # the second accused him of obstruction
        E("USA", "UKR", "REQUEST", "reported"),                    # tried to pressure Ukraine (allegations)
        E("USA", "USA", "ACCUSE", "asserted", "1998"),             # Clinton impeached in 1998
        E("USA", "USA", "ACCUSE", "asserted", "1868"),             # Johnson in 1868
    ],
    "wikinews-2019-10-05-four-stabbed-to-death-at-paris-police-headquarters": [
        E("FRA", "FRA", "ASSAULT", "asserted", "2019-10-03"),      # stabbing spree killing four
        E("FRA", "FRA", "ASSAULT", "asserted", "2019-10-03"),      # attacker shot dead by police
        E("FRA", "FRA", "COERCE", "reported"),                     # wife taken into custody (prosecutor said)
    ],
    "wikinews-2020-12-15-conservative-groups-hold-rally-in-washington-d-c-claiming-u": [
        E("USA", None, "PROTEST", "asserted", "2020-12-12"),       # rally in Washington on Saturday
        E("USA", "USA", "REJECT", "asserted", "2020-12-11"),       # Supreme Court rejected the lawsuit
        E("USA", "USA", "ACCUSE", "asserted"),                     # lawsuit filed by Texas
        E("USA", "USA", "ACCUSE", "asserted"),                     # claimed Biden won due to voter fraud
    ],
    "wikinews-2020-01-10-greek-prime-minister-reaffirms-eastmed-pipeline-project-is-o": [
        E("GRC", "TUR", "ACCUSE", "asserted", "2020-01-07"),       # called the Turkish-Libyan agreement null and void
        E("GRC", "LBY", "ACCUSE", "asserted", "2020-01-07"),
        E("LBY", "TUR", "REJECT", "reported"),                     # Libyan House rejected the demarcation (he noted)
        E("GRC", "IGOWSTIMF", "CONSULT", "asserted", "2020-01-07"),  # met with the IMF
        E("GRC", "USA", "CONSULT", "asserted", "2020-01-07"),      # then with President Trump
        E("CYP", "GRC", "CONSULT", "asserted", "2020-01-02"),      # trilateral summit last Thursday
        E("CYP", "ISR", "CONSULT", "asserted", "2020-01-02"),
        E("GRC", "ISR", "CONSULT", "asserted", "2020-01-02"),
        E("CYP", "GRC", "SUPPORT", "asserted", "2020-01-02"),        # agreement signed  # signings: CAMEO 057, SUPPORT in the CAMEO→PLOVER table (relabelled)
        E("CYP", "ISR", "SUPPORT", "asserted", "2020-01-02"),
        E("GRC", "ISR", "SUPPORT", "asserted", "2020-01-02"),
        E("GRC", "GRC", "SUPPORT", "asserted", "2020-01-02"),        # Energean - DEPA letter of intent
        E("ISR", "ITA", "REQUEST", "asserted"),                    # Netanyahu called on Italy and Egypt to join
        E("ISR", "EGY", "REQUEST", "asserted"),
        E("USA", "CYP", "CONSULT", "asserted", "2019-03-20"),      # sent Pompeo to the trilateral meeting
        E("USA", "GRC", "CONSULT", "asserted", "2019-03-20"),
        E("USA", "ISR", "CONSULT", "asserted", "2019-03-20"),
        E("TUR", "LBY", "SUPPORT", "asserted", "2019-11-27"),        # maritime border agreement
        E("GRC", "LBY", "SANCTION", "asserted"),                   # Athens expelled the Libyan ambassador
        E("IGOEUREEC", "TUR", "COERCE", "asserted"),             # under EU sanctions
        E("EGY", "TUR", "ACCUSE", "asserted", "2019-10-08"),       # condemned in a joint statement
        E("GRC", "TUR", "ACCUSE", "asserted", "2019-10-08"),
        E("CYP", "TUR", "ACCUSE", "asserted", "2019-10-08"),
        E("CYP", "GRC", "SUPPORT", "asserted", "2017"),              # 2017 memorandum of understanding
        E("CYP", "ISR", "SUPPORT", "asserted", "2017"),
        E("GRC", "ISR", "SUPPORT", "asserted", "2017"),
        E("CYP", "EGY", "SUPPORT", "asserted", "2018-09-19"),        # Cyprus and Egypt signed a deal
        E("CYP", "GRC", "CONSULT", "asserted", "2016-01-28"),      # trilateral meeting in 2016
        E("CYP", "ISR", "CONSULT", "asserted", "2016-01-28"),
        E("GRC", "ISR", "CONSULT", "asserted", "2016-01-28"),
    ],
}


# Fourth held-out set: 8 political Wikinews articles annotated by hand before the extractor was run on them (rules
# frozen at the commit that adds this block); scored once. Same conventions as above, and: Puerto Rico, a US
# territory, is coded USA (the CountryInfo/Phoenix convention; the lexicon has no separate state for it); al-Qaeda
# and its leaders are the non-state group `al-qaeda`; a court ruling against the government (finding an act
# unlawful) is ACCUSE (CAMEO 116), a ruling dismissing a challenge REJECT, a lawsuit or petition ACCUSE (115), an
# appeal or a subpoena REQUEST; a resignation under pressure or over a scandal is CONCEDE (0831), one without a
# stated cause is not coded; withholding aid is SANCTION (162), aid made conditional THREATEN (1311).
HELDOUT4 = {
    "wikinews-2019-09-13-scottish-court-finds-suspension-of-uk-parliament-unlawful": [
        E("GBR", "GBR", "ACCUSE", "asserted", "2019-09-11"),       # Court of Session found the prorogation unlawful
        E("GBR", "GBR", "COERCE", "asserted", "2019-09-10"),       # the suspension of parliament went into effect
        E("GBR", "GBR", "REQUEST", "asserted"),                    # prorogation at the request of Johnson
        E("GBR", "GBR", "ACCUSE", "asserted"),                     # court petitioned by Cherry and 78 co-petitioners
        E("GBR", "GBR", "REQUEST", "asserted"),                    # Sturgeon: Parliament must be recalled
        E("GBR", "GBR", "ACCUSE", "asserted"),                     # Cherry: the government are breaking the law
        E("GBR", "GBR", "ACCUSE", "reported"),                     # Downing Street expressed disappointment (BBC)
        E("GBR", "GBR", "REQUEST", "future"),                      # the prime minister's office intends to appeal
    ],
    "wikinews-2019-09-17-us-president-trump-says-osama-bin-laden-s-son-killed": [
        E("USA", "al-qaeda", "ASSAULT", "reported"),               # Hamza bin Laden killed in a US operation (Trump said)
        E("al-qaeda", "USA", "ASSAULT", "asserted", "2001"),       # Osama orchestrated the 9/11 attacks on the US
        E("USA", "al-qaeda", "ASSAULT", "asserted", "2011"),       # Osama killed by US special forces in 2011
    ],
    "wikinews-2019-09-30-u-s-house-issues-subpoena-to-secretary-of-state-as-special-e": [
        E("USA", "USA", "REQUEST", "asserted", "2019-09-27"),      # House issued a subpoena to Pompeo on Friday
        E("USA", "USA", "ACCUSE", "asserted"),                     # impeachment investigation into Trump
        E("USA", "USA", "REQUEST", "asserted"),                    # deposition request for Volker
        E("USA", "UKR", "CONSULT", "asserted", "2019-07"),         # Giuliani met Yermak in July
        E("USA", "UKR", "CONSULT", "negated"),                     # Zelensky-Trump meeting in Warsaw, trip cancelled
        E("USA", "POL", "CONSULT", "negated"),                     # Trump's planned trip to Warsaw was cancelled
        E("USA", "USA", "REQUEST", "asserted"),                    # previous document requests to the State Department
        E("USA", "UKR", "CONSULT", "asserted", "2019-07"),         # Trump-Zelensky phone call late last July
        E("USA", "UKR", "SANCTION", "asserted"),                   # withholding / delay of military aid to Ukraine
        E("USA", "USA", "REQUEST", "hedged"),                      # more subpoenas likely in the coming week (NYT)
        E("USA", "USA", "ACCUSE", "asserted"),                     # whistle-blower complaint: Trump may have misused office
        E("USA", "UKR", "REQUEST", "asserted", "2019-07"),         # Trump asks Zelensky to investigate the Bidens
        E("USA", "USA", "ACCUSE", "asserted"),                     # the accusation against Biden
        E("USA", "UKR", "REQUEST", "reported"),                    # Biden called for Ukraine's government to reduce corruption
        E("USA", "UKR", "THREATEN", "reported"),                   # aid contingent on addressing corruption (Trump said)
        E("USA", "UKR", "REQUEST", "negated"),                     # "I put no pressure on them whatsoever"
        E("UKR", "IGOUNO", "CONSULT", "asserted"),                 # Zelensky in New York to attend the UN General Assembly
        E("USA", "USA", "SUPPORT", "asserted"),                    # Amodei voiced support for the impeachment inquiry
    ],
    "wikinews-2020-08-22-russia-s-navalny-airlifted-to-germany": [
        E("DEU", "RUS", "AID", "asserted", "2020-08-22"),          # Berlin-based foundation airlifted Navalny to Berlin
    ],
    "wikinews-2019-09-24-uk-supreme-court-rules-prorogation-of-parliament-unlawful": [
        E("GBR", "GBR", "ACCUSE", "asserted", "2019-09-24"),       # Supreme Court found the prorogation unlawful
        E("GBR", "GBR", "COERCE", "asserted", "2019-09-10"),       # the Queen suspended parliament on September 10
        E("GBR", "GBR", "REQUEST", "asserted"),                    # at the behest of Boris Johnson
        E("GBR", "GBR", "ACCUSE", "asserted", "2019-09-11"),       # Court of Session ruled it unlawful on September 11
        E("GBR", "GBR", "REQUEST", "asserted"),                    # appeal of that decision by Johnson's government
        E("GBR", "GBR", "REJECT", "asserted", "2019-09-11"),       # High Court: not a matter for the courts
        E("GBR", "GBR", "ACCUSE", "asserted"),                     # John Major accused Johnson of misleading the Queen
        E("GBR", "IGOEUREEC", "CONSULT", "asserted"),              # failed negotiations for a deal
    ],
    "wikinews-2020-11-17-violence-breaks-out-in-washington-dc-at-pro-trump-protest": [
        E("USA", None, "PROTEST", "asserted", "2020-11-14"),       # thousands rallied at Freedom Plaza on Saturday
        E("USA", "USA", "ASSAULT", "asserted", "2020-11-14"),      # clashes with counter-protesters
        E("USA", "USA", "COERCE", "reported", "2020-11-14"),       # twenty people arrested (mayor's office)
        E("USA", "USA", "ASSAULT", "reported", "2020-11-14"),      # two police officers injured
        E("USA", "USA", "ACCUSE", "asserted"),                     # Trump lashed out at mayor Bowser
        E("USA", "USA", "ACCUSE", "asserted"),                     # blamed Democratic leadership for violence
        E("USA", "USA", "CONCEDE", "negated"),                     # has not yet conceded the election
        E("USA", "USA", "ACCUSE", "asserted"),                     # claimed widespread voter fraud
        E("USA", "USA", "ACCUSE", "asserted"),                     # made various legal challenges
        E("USA", "USA", "REJECT", "asserted"),                     # officials: no evidence for the fraud claims
    ],
    "wikinews-2019-10-11-indonesian-security-minister-wiranto-stabbed": [
        E("IDN", "IDN", "ASSAULT", "reported", "2019-10-10"),      # Wiranto stabbed yesterday (government authorities)
        E("IDN", "IDN", "COERCE", "reported"),                     # police spokesperson confirmed two suspects arrested
        E("IDN", "IDN", "ACCUSE", "reported"),                     # intelligence chief: suspects linked to JAD
        E("IDN", "IDN", "CONSULT", "future"),                      # Widodo planning to visit Wiranto
    ],
    "wikinews-2019-07-28-puerto-rico-governor-announces-resignation-following-protest": [
        E("USA", "USA", "CONCEDE", "asserted", "2019-07-24"),      # Rossello announced his resignation Wednesday
        E("USA", None, "PROTEST", "asserted"),                     # two weeks of protests in San Juan
        E("USA", "USA", "REQUEST", "asserted"),                    # protesters called for Rossello's resignation
        E("USA", "USA", "CONCEDE", "asserted"),                    # Rivera Marin resigned over the scandal
        E("USA", "USA", "SUPPORT", "asserted"),                    # Vazquez: he made the right decision
        E("USA", "USA", "COOPERATE", "future"),                    # "we will be working together" on the transition
        E("USA", "USA", "CONCEDE", "asserted"),                    # chief of staff Llerandi announced his resignation
        E("USA", "USA", "CONCEDE", "future"),                      # Rossello would resign the party leadership
    ],
}


# Fifth held-out set: 9 political Wikinews articles annotated by hand, blind (without reading the extractor's source
# or running anything of ours on these texts), to be scored once. Same conventions as HELDOUT4, and: a state's own
# people acting inside it (an attacker, bystanders, police, rebels before independence, war veterans, an army moving
# against its president) are coded with that state (X -> X) unless the text names a non-state group as the actor; a
# person named by another demonym is coded with that state (a Polish chef -> POL); a conviction is ACCUSE (116), a
# dismissed lawsuit REJECT, a release from prison RETREAT (0841); an arrest, a dismissal from office, a seizure of
# land and a bloodless coup are COERCE, a failed coup in which hundreds died ASSAULT; a stated intent keeps its
# content type with modality future, a conditional one ("would leave if ...", "would prefer to agree")
# hypothetical; condolences and tributes to the dead, minutes of silence and mourning periods (CAMEO 017/018) and
# elections, appointments and swearings-in are not events; a legislature confirming a nominee is SUPPORT (051);
# releasing withheld transition resources is CONCEDE (08); UNHCR is IGOUNO. An event is dated by a time expression
# of its own clause, of the event it restates or of the one incident it is part of (the London Bridge attack "on
# Friday"), else null; a decade is TIMEX3 "199", "years ago" PAST_REF.
HELDOUT5 = {
    "wikinews-2019-09-09-longtime-leader-of-zimbabwe-robert-mugabe-dies-aged-95": [
        E("ZWE", "ZWE", "COERCE", "asserted", "1963"),             # Mugabe was arrested in 1963 (imprisoned until 1974)
        E("ZWE", "ZWE", "RETREAT", "asserted", "1974"),            # after his release
        E("ZWE", "ZWE", "ASSAULT", "asserted"),                    # led a guerrilla movement against Smith's government
        E("ZWE", "ZWE", "ASSAULT", "asserted"),                    # violent treatment of opponents
        E("ZWE", "ZWE", "ASSAULT", "asserted"),                    # Gukurahundi massacres of ethnic Ndebele
        E("ZWE", "ZWE", "COERCE", "asserted", "199"),              # 1990s policy of confiscating land from white farmers
        E("ZWE", "ZWE", "ASSAULT", "asserted"),                    # veterans seizing land would kill farmers and labourers
        E("IGOEUREEC", "ZWE", "SUPPORT", "negated"),               # neither the EU nor the US would endorse the result
        E("USA", "ZWE", "SUPPORT", "negated"),
        E("ZWE", "ZWE", "ACCUSE", "asserted", "2008"),             # 2008 vote marred by allegations of fraud
        E("ZWE", "ZWE", "REJECT", "asserted"),                     # refusing to give up power
        E("ZWE", "ZWE", "AGREE", "asserted"),                      # agreed to power-sharing with Tsvangirai
        E("ZWE", "ZWE", "ACCUSE", "asserted", "2013"),             # Tsvangirai's allegations of widespread fraud
        E("ZWE", "ZWE", "SANCTION", "asserted", "2013"),           # Mugabe ended the power-sharing
        E("ZWE", "ZWE", "COERCE", "asserted"),                     # fired his vice president
        E("ZWE", "ZWE", "COERCE", "asserted", "2017-11-15"),       # the army moved on November 15, 2017
        E("ZWE", "ZWE", "COERCE", "asserted", "2017-11-15"),       # having first placed Mugabe under house arrest
        E("ZWE", "ZWE", "AGREE", "asserted"),                      # negotiated immunity in exchange for his resignation
        E("ZWE", "ZWE", "CONCEDE", "asserted", "2017-11-21"),      # official resignation on November 21
        E("ZWE", "ZWE", "ACCUSE", "asserted"),                     # Youth Forum Zimbabwe director: "He was a dictator"
    ],
    "wikinews-2019-01-07-president-trump-says-he-can-and-may-put-us-into-state-of-eme": [
        E("USA", "USA", "THREATEN", "asserted", "2019-01-04"),     # Trump said on Friday he can and may declare an emergency
        E("USA", "USA", "AGREE", "negated"),                       # the president and Congress could not agree on a budget
        E("USA", "USA", "REQUEST", "asserted"),                    # insists the budget include funding for the wall
        E("USA", "USA", "AGREE", "hypothetical"),                  # he would prefer to agree a solution with the opposition
        E("USA", "USA", "REQUEST", "asserted"),                    # Schumer: we made a plea to the president (open government)
        E("USA", "USA", "REJECT", "asserted"),                     # "He resisted."
        E("USA", "USA", "ACCUSE", "asserted", "2019-01-06"),       # Durbin and Schiff yesterday questioned the President's power
        E("USA", "USA", "REJECT", "asserted"),                     # Schiff called it "a non-starter"
    ],
    "wikinews-2019-08-08-puerto-rico-supreme-court-removes-governor-pierluisi-wanda-v": [
        E("USA", "USA", "ACCUSE", "asserted", "2019-08-07"),       # Supreme Court ruled Pierluisi's oath unconstitutional
        E("USA", "USA", "ACCUSE", "asserted", "2019-08-04"),       # lawsuit filed by the Puerto Rico Senate on Sunday
        E("USA", "USA", "CONCEDE", "asserted", "2019-08-02"),      # Rossello's August 2 resignation due to a texting scandal
        E("USA", "USA", "SUPPORT", "asserted", "2019-08-02"),      # the House confirmed Pierluisi's nomination on Friday
        E("USA", "USA", "SUPPORT", "negated"),                     # the Senate did not
        E("USA", "USA", "CONCEDE", "hypothetical"),                # he would leave if the Senate voted against confirming him
        E("USA", "USA", "REJECT", "asserted", "2019-08-04"),       # by Sunday afternoon: the Senate had no say
        E("USA", "USA", "ACCUSE", "asserted", "2019-08-07"),       # the court also found a 2005 law unconstitutional
    ],
    "wikinews-2019-09-11-uk-prime-minister-johnson-suspends-parliament-for-five-weeks": [
        E("GBR", "GBR", "COERCE", "asserted", "2019-09-10"),       # the Queen suspended parliament yesterday
        E("GBR", "GBR", "REQUEST", "asserted", "2019-08"),         # Johnson asked the Queen for this prorogation in August
        E("GBR", "GBR", "REQUEST", "asserted", "2019-09-09"),      # Monday's bid for October elections
        E("GBR", "GBR", "REJECT", "asserted", "2019-09-09"),       # the motion failed to get the two-thirds majority
        E("GBR", "IGOEUREEC", "REQUEST", "negated"),               # stated intent not to seek any further extensions
        E("GBR", "IRL", "CONSULT", "asserted"),                    # visit to Ireland with Taoiseach Leo Varadkar
        E("GBR", "GBR", "PROTEST", "asserted", "2019-09-09"),      # MPs shouted "shame on you!" and held signs Monday
        E("GBR", "GBR", "REJECT", "asserted"),                     # Corbyn: not prepared to risk no deal (no election)
        E("GBR", "GBR", "CONCEDE", "asserted", "2019-07-24"),      # Theresa May stepped down on July 24
        E("GBR", "IGOEUREEC", "CONSULT", "asserted"),              # she was unable to negotiate a Brexit deal
    ],
    "wikinews-2019-12-02-bystanders-foil-knife-weilding-man-on-london-bridge-with-fir": [
        E("GBR", "GBR", "ASSAULT", "asserted", "2019-11-29"),      # Khan stabbed several people at Fishmongers' Hall on Friday
        E("GBR", "GBR", "ASSAULT", "asserted", "2019-11-29"),      # members of the public struck him, took his knife, pinned him
        E("POL", "GBR", "ASSAULT", "asserted", "2019-11-29"),      # a Polish chef harried him with a narwhal tusk
        E("GBR", "GBR", "ASSAULT", "asserted", "2019-11-29"),      # police arrived and shot him dead
        E("GBR", "GBR", "ACCUSE", "asserted", "PAST_REF"),         # Khan was convicted of terrorism years ago
        E("GBR", "GBR", "RETREAT", "asserted", "2018"),            # he was released in 2018
        E("GBR", "GBR", "SUPPORT", "asserted"),                    # Mayor Sadiq Khan praised the bystanders
    ],
    "wikinews-2020-06-11-burundi-president-pierre-nkurunziza-dies-aged-55": [
        E("BDI", "BDI", "ASSAULT", "asserted"),                    # a failed coup in which hundreds died
        E("BDI", "BDI", "ASSAULT", "asserted"),                    # twelve years of civil war, 300,000 killed
    ],
    "wikinews-2019-09-26-former-president-of-france-jacques-chirac-dies-aged-86": [
        E("FRA", "USA", "ACCUSE", "asserted", "2003"),             # outspoken opponent of the US-led Iraq War in 2003
        E("USA", "IRQ", "ASSAULT", "asserted", "2003"),            # the United States-led Iraq War
        E("FRA", "FRA", "ACCUSE", "asserted", "2011"),             # Chirac was convicted of corruption in 2011
    ],
    "GUM_news_questionnaire": [
        E("GBR", "GBR", "REJECT", "hedged"),                       # Red Cross-backed system reportedly rejected by Johnson
        E("GBR", "GBR", "ACCUSE", "asserted"),                     # Cooper: "damning that the Home Office isn't doing this"
        E("IGOUNO", "GBR", "REQUEST", "reported", "2021"),         # UNHCR "recommended it two years ago" (Cooper said)
        E("GBR", "GBR", "ACCUSE", "asserted"),                     # JCWI's Boswell: the move is clumsy, unthinking
        E("GBR", "GBR", "ACCUSE", "asserted"),                     # Refugee Council's Solomon: more bureaucratic hurdles, threats
        E("GBR", "ALB", "AGREE", "asserted"),                      # Sunak: our deals with Albania and France
        E("GBR", "FRA", "AGREE", "asserted"),
    ],
    "wikinews-2020-11-26-us-federal-agency-announces-plans-to-begin-presidential-tran": [
        E("USA", "USA", "CONCEDE", "asserted", "2020-11-23"),      # GSA letter on Monday giving Biden access to transition resources
        E("USA", "USA", "REQUEST", "negated"),                     # "never directly or indirectly pressured"
        E("USA", "USA", "THREATEN", "reported"),                   # she and her family received violent threats (she claimed)
        E("USA", "USA", "REQUEST", "asserted", "2020-11-23"),      # Trump's tweets Monday calling for the transition to begin
        E("USA", "USA", "CONCEDE", "negated"),                     # the president did not concede
        E("USA", "USA", "ACCUSE", "future"),                       # vowed to keep fighting with court cases
        E("USA", "USA", "ACCUSE", "asserted"),                     # claims of widespread voter fraud
        E("USA", "USA", "REJECT", "asserted"),                     # a federal judge dismissed a Trump lawsuit
        E("USA", "USA", "ACCUSE", "asserted"),                     # the lawsuit against Pennsylvania's certification
        E("USA", "USA", "ACCUSE", "asserted"),                     # Biden and Democrats warned the delay threatens security
        E("USA", "USA", "SANCTION", "asserted"),                   # withholding resources from Biden and his team
        E("USA", "USA", "REQUEST", "asserted"),                    # other Republicans urged him to move forward
        E("USA", "USA", "ACCUSE", "asserted"),                     # Christie denounced the claims as a "national embarrassment"
        E("USA", "USA", "REQUEST", "asserted"),                    # Schwarzman: the president should accept the outcome
        E("USA", "USA", "REQUEST", "asserted"),                    # open letter urging officials to push him to concede
    ],
}


def main(corpus):
    records = {}
    for name in ("news-dev.jsonl", "politics-dev.jsonl"):
        with open(f"{corpus}/{name}", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                records[record["id"]] = record
    which = HELDOUT5 if "--heldout5" in sys.argv else HELDOUT4 if "--heldout4" in sys.argv else HELDOUT3 if "--heldout3" in sys.argv else HELDOUT2 if "--heldout2" in sys.argv else HELDOUT if "--heldout" in sys.argv else GOLD
    for doc_id, events in which.items():
        record = records[doc_id]
        out = {"id": doc_id, "published": record["published"], "url": record.get("url"),
               "license": record.get("license", "see examples/"), "text": record["text"], "events": events}
        print(json.dumps(out, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(arguments[0] if arguments else "../shared/corpus")
