"""Hand TIMEX3 annotations of development articles, written by reading each text (TimeML 1.2.1 / TempEval-3).

Each entry is (phrase, occurrence, TYPE, value): the n-th occurrence (1-based) of the phrase in the text.
Conventions: determiners and quantity modifiers are inside the extent, prepositions outside; the dateline
line of Wikinews articles is annotated as the DATE it is.
"""

ANNOTATIONS = {
    "102977": [
        ("March 27, 2008", 1, "DATE", "2008-03-27"),
        ("27-year", 1, "DURATION", "P27Y"),
        ("2011", 1, "DATE", "2011"),
        ("2016", 1, "DATE", "2016"),
        ("Last month", 1, "DATE", "2008-02"),
    ],
    "108294": [
        ("July 02, 2008", 1, "DATE", "2008-07-02"),
        ("June 18", 1, "DATE", "2008-06-18"),
        ("February 29", 1, "DATE", "2008-02-29"),
        ("a year", 1, "DURATION", "P1Y"),
        ("60 days", 1, "DURATION", "P60D"),
    ],
    "11714": [
        ("June 13, 2005", 1, "DATE", "2005-06-13"),
        ("today", 1, "DATE", "2005-06-13"),
        ("earlier this year", 1, "DATE", "2005"),
        ("the next few years", 1, "DURATION", "PXY"),
        ("present", 1, "DATE", "PRESENT_REF"),
    ],
    "11716": [
        ("June 13, 2005", 1, "DATE", "2005-06-13"),
        ("2009", 1, "DATE", "2009"),
        ("2004", 1, "DATE", "2004"),
        ("2005", 2, "DATE", "2005"),
    ],
    "128016": [
        ("June 18, 2009", 1, "DATE", "2009-06-18"),
        ("Thursday", 1, "DATE", "2009-06-18"),
        ("June 15", 1, "DATE", "2009-06-15"),
        ("2011", 1, "DATE", "2011"),
        ("two years later", 1, "DATE", "2013"),
    ],
    "145930": [
        ("December 16, 2009", 1, "DATE", "2009-12-16"),
        ("Tuesday", 1, "DATE", "2009-12-15"),
        ("18:00 UTC", 1, "TIME", "2009-12-15T18:00"),
        ("almost two and a half years", 1, "DURATION", "P30M"),
        ("2013", 1, "DATE", "2013"),
    ],
    "3307": [
        ("January 18, 2005", 1, "DATE", "2005-01-18"),
        ("currently", 1, "DATE", "PRESENT_REF"),
        ("March", 1, "DATE", "2005-03"),
        ("mid-2006", 1, "DATE", "2006"),
    ],
    "5403": [
        ("March 06, 2005", 1, "DATE", "2005-03-06"),
        ("July 24, 2003", 1, "DATE", "2003-07-24"),
        ("1998", 1, "DATE", "1998"),
    ],
    "82597": [
        ("October 17, 2007", 1, "DATE", "2007-10-17"),
        ("6:40 p.m.", 1, "TIME", "2007-10-17T18:40"),
        ("12-hour", 1, "DURATION", "PT12H"),
        ("currently", 1, "DATE", "PRESENT_REF"),
        ("January next year", 1, "DATE", "2008-01"),
        ("October 25", 1, "DATE", "2007-10-25"),
        ("October 28", 1, "DATE", "2007-10-28"),
    ],
    "wikinews-2019-07-24-boris-johnson-elected-conservative-leader-slated-to-be-brita": [
        ("Tuesday", 1, "DATE", "2019-07-23"),
        ("today", 1, "DATE", "2019-07-24"),
        ("2001", 1, "DATE", "2001"),
        ("eight years", 1, "DURATION", "P8Y"),
        ("2008", 1, "DATE", "2008"),
        ("2016", 1, "DATE", "2016"),
        ("2018", 1, "DATE", "2018"),
        ("currently", 1, "DATE", "PRESENT_REF"),
    ],
    "wikinews-2019-09-12-sitting-tongan-prime-minister-akilisi-pohiva-dies-aged-78": [
        ("today", 1, "DATE", "2019-09-12"),
        ("10:00 a.m.", 1, "TIME", "2019-09-12T10:00"),
        ("2100 UTC", 1, "TIME", "2019-09-11T21:00"),
        ("yesterday", 1, "DATE", "2019-09-11"),
        ("2014", 1, "DATE", "2014"),
        ("Wednesday afternoon", 1, "TIME", "2019-09-11TAF"),
        ("this year", 1, "DATE", "2019"),
        ("2014", 2, "DATE", "2014"),
        ("1987", 1, "DATE", "1987"),
        ("1996", 1, "DATE", "1996"),
        ("2006", 1, "DATE", "2006"),
        ("2013", 1, "DATE", "2013"),
    ],
    "wikinews-2019-10-05-four-stabbed-to-death-at-paris-police-headquarters": [
        ("Thursday", 1, "DATE", "2019-10-03"),
        ("45 years old", 1, "DURATION", "P45Y"),
        ("2003", 1, "DATE", "2003"),
        ("a year-and-a-half ago", 1, "DATE", "2018-04"),
        ("this afternoon", 1, "TIME", "2019-10-03TAF"),
    ],
    "wikinews-2019-10-11-indonesian-security-minister-wiranto-stabbed": [
        ("Yesterday", 1, "DATE", "2019-10-10"),
        ("less than two weeks", 1, "DURATION", "P2W"),
        ("2016", 1, "DATE", "2016"),
    ],
    "wikinews-2019-10-23-canada-2019-general-election-produces-liberal-minority-gover": [
        ("Monday", 1, "DATE", "2019-10-21"),
        ("early September", 1, "DATE", "2019-09"),
        ("2015", 1, "DATE", "2015"),
    ],
    "wikinews-2020-01-13-iran-admits-downing-ukrainian-jet-cites-human-error": [
        ("Saturday morning", 1, "TIME", "2020-01-11TMO"),
        ("A few hours", 1, "DURATION", "PTXH"),
        ("Wednesday", 1, "DATE", "2020-01-08"),
        ("several days", 1, "DURATION", "PXD"),
    ],
    "wikinews-2020-01-18-ukrainian-president-rejects-prime-minister-s-resignation-ove": [
        ("Yesterday", 1, "DATE", "2020-01-17"),
        ("Wednesday", 1, "DATE", "2020-01-15"),
        ("now", 1, "DATE", "PRESENT_REF"),
    ],
    "wikinews-2020-08-22-russia-s-navalny-airlifted-to-germany": [
        ("Today", 1, "DATE", "2020-08-22"),
        ("Thursday", 1, "DATE", "2020-08-20"),
        ("Thursday", 2, "DATE", "2020-08-20"),
        ("Friday", 1, "DATE", "2020-08-21"),
    ],
    "wikinews-2020-09-05-germany-says-alexei-navalny-poisoned-with-novichok": [
        ("Wednesday", 1, "DATE", "2020-09-02"),
        ("Last month", 1, "DATE", "2020-08"),
        ("August", 1, "DATE", "2020-08"),
    ],
}
