#!/usr/bin/env python3
"""Builds Sources/ActorLexicon/Resources/lexicon.json from CountryInfo and the Phoenix dictionaries.

Usage: python3 Scripts/build_lexicon.py [--data DIR] [--out FILE]

Inputs (MIT, see Sources/ActorLexicon/Resources/LICENSE-*.txt):
  DIR/countryinfo/CountryInfo.140728.txt   states: codes, names, demonyms, capitals, leaders
  DIR/phoenix/Phoenix.Countries.actors.txt people with dated CAMEO codes (leaders, ministers)
  DIR/phoenix/Phoenix.International.actors.txt IGOs and their office-holders
  DIR/phoenix/Phoenix.agents.txt            generic sector nouns (officials -> GOV, state media -> MED)
  DIR/phoenix/Phoenix.MilNonState.actors.txt non-state armed groups (organisations with country and sector)
  DIR/treebank/*.conllu, DIR/treebank/gum/*.conllu  lower-case words: group aliases that are common words are dropped
  the 50 US states and the District of Columbia (listed here) as organisations of the USA
  Sources/ActorLexicon/Resources/curated-actors.yaml  hand-curated, up-to-date actors (merged last, wins)

Output: one compact JSON object, keys sorted, deterministic:
  {"format": 1, "sources": [...],
   "actors": [{"id","name","kind","country","sector","aliases","roles","gender","short"}...],
   "agents": [{"phrase","sector","code"}...], "notActors": [...]}
Roles are [country, sector, from, to, title] with ISO dates or null.
"""
import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
RES = ROOT / "Sources" / "ActorLexicon" / "Resources"

SMALL = {"of", "the", "and", "for", "de", "del", "la", "le", "da", "do", "dos", "van", "von", "der", "al",
         "on", "in", "y", "bin", "ibn", "du", "des"}
# Single-token names that are acronyms although they contain vowels.
ACRONYMS = {"NATO", "IAEA", "ASEAN", "OPEC", "UNICEF", "UNESCO", "UNHCR", "UNDP", "OECD", "SADC", "ECOWAS",
            "USA", "UAE", "DPRK", "ROK", "PRC", "UK", "US", "EU", "UN", "AU", "IMF", "WHO", "WTO", "ICC", "ICJ",
            "IPCC", "OSCE", "APEC", "BRICS", "NAFTA", "IGAD", "CARICOM", "MERCOSUR", "OAS", "GCC", "SCO"}
VOWELS = set("AEIOUY")
# Aliases starting with a title are dropped: the recognizer reads titles itself ("President Xi" -> "Xi").
TITLES = {"PRESIDENT", "PRIME", "MINISTER", "SECRETARY", "CHAIRMAN", "PREMIER", "GENERAL", "GEN.", "KING", "QUEEN",
          "PRINCE", "SHEIKH", "SHEIK", "EMIR", "AMIR", "SULTAN", "CHANCELLOR", "VICE", "DEPUTY", "FOREIGN",
          "DEFENSE", "DEFENCE", "SENATOR", "SEN.", "GOVERNOR", "AMBASSADOR", "MR.", "MRS.", "MS.", "DR.", "LEADER",
          "SUPREME", "FIRST", "FORMER", "COLONEL", "COL.", "MARSHAL", "ADMIRAL", "CAPTAIN", "LT.", "U.S.", "US",
          "UN", "U.N.", "CHIEF", "HEAD", "DIRECTOR", "SPEAKER", "AYATOLLAH", "PRESIDENTIAL", "EX", "EX-PRESIDENT", "PRESIDENT-ELECT", "MR", "MRS", "MS", "DR", "SIR", "LORD",
          "BUNDESKANZLER", "KANZLER", "PRESIDENT", "VICE-PRESIDENT", "STATE", "SECRETARY-GENERAL"}
# Person aliases ending in one of these name a group around the person, not the person ("Assad Regime").
GROUP_WORDS = {"GOVERNMENT", "REGIME", "ADMINISTRATION", "FORCES", "SUPPORTERS", "LOYALISTS", "MILITIA", "CAMP",
               "PARTY", "FAMILY", "CABINET", "TROOPS", "ARMY", "GUARD", "SPOKESMAN", "SPOKESPERSON", "OFFICE"}
SECTOR_LABEL_PRIMARY = {"MED", "SPY", "MIL"}


def clean_phrase(raw):
    """TABARI phrase -> list of words (upper case), or None if unusable."""
    raw = raw.strip().rstrip("_").strip()
    if not raw or any(c in raw for c in "(){}[],/;:!?\"") or "\t" in raw:
        return None
    raw = raw.replace("_", " ")
    words = raw.split()
    if not words or any(not re.search(r"[A-Z]", w) for w in words if w not in ("&", "-")):
        return None
    return words


def display(words, keep_acronym=False):
    """Upper-case TABARI words -> display text ("NORTH KOREA" -> "North Korea")."""
    if len(words) == 1 and (keep_acronym or words[0] in ACRONYMS or not (set(words[0]) & VOWELS)):
        return words[0]
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and lw in SMALL:
            out.append(lw)
        elif "." in w and len(w.replace(".", "")) <= 4:
            out.append(w)  # initialisms: U.S., D.C., J.
        elif w in ACRONYMS or (i == len(words) - 1 and i > 0 and w in ("II", "III", "IV", "VI", "VII", "VIII")):
            out.append(w)
        else:
            parts = lw.split("-")
            out.append("-".join(part if (j < len(parts) - 1 and part in SMALL) else title_part(part)
                                for j, part in enumerate(parts)))
    return " ".join(out)


def title_part(word):
    """"o'brien" -> "O'Brien", "people's" -> "People's", "han'guk" -> "Han'guk"."""
    parts = word.split("'")
    out = [parts[0][:1].upper() + parts[0][1:]]
    for prev, part in zip(parts, parts[1:]):
        out.append(part[:1].upper() + part[1:] if len(prev) == 1 and len(part) > 1 else part)
    return "'".join(out)


ORG_WORDS = {"UN", "U.N.", "United", "Nations", "Council", "Organization", "Organisation", "Agency", "Fund",
             "Commission", "Court", "Bank", "Union", "Mission", "Assembly", "Secretariat", "Programme", "Program",
             "Office", "Bureau", "Committee", "Forum", "Conference", "Alliance", "Association", "Treaty",
             "Institute", "Tribunal", "Panel", "Force", "Forces", "Community", "League", "Group", "Bodies",
             "Department", "Monitor", "Envoy", "Peacekeeper", "Peacekeepers", "Contingent", "Countries",
             "Ministers", "Parliament", "Authority", "Board", "Centre", "Center", "Network", "Cooperation", "Commonwealth",
             "Operation", "Initiative", "Summit", "Representative", "Secretary", "General", "Observer"}


def looks_like_org(alias):
    words = alias.split()
    if len(words) == 1:
        return True
    return any(w in ORG_WORDS or w.isupper() for w in words)


def slug(text):
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "").replace("’", "")).strip("-")
    return s or "x"


def parse_date(text):
    """YYMMDD (TABARI) or YYYYMMDD -> ISO date string; impossible days are clamped."""
    text = text.strip()
    if not re.fullmatch(r"\d{6}|\d{8}", text):
        return None
    if len(text) == 6:
        yy = int(text[:2])
        year = 1900 + yy if yy >= 30 else 2000 + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    month = min(max(month, 1), 12)
    days = [31, 29 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 28, 31, 30, 31, 30, 31, 31,
            30, 31, 30, 31][month - 1]
    day = min(max(day, 1), days)
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_code(body):
    """'PRKGOV 570920-721228' / 'PRKGOV >980905' / 'IGOUNO' -> (code, from, to)."""
    parts = body.split(None, 1)
    if not parts:
        return None
    code = parts[0].strip()
    if not re.fullmatch(r"[A-Z]{3,15}", code):
        return None
    start = end = None
    if len(parts) > 1:
        rng = parts[1].replace(" ", "")
        if rng.startswith(">"):
            start = parse_date(rng[1:])
        elif rng.startswith("<"):
            end = parse_date(rng[1:])
        elif "-" in rng:
            a, b = rng.split("-", 1)
            start, end = parse_date(a), parse_date(b)
    return code, start, end


def split_code(code):
    """CAMEO code -> (country, sector). IGO codes keep their whole code as the 'country'."""
    if code.startswith("IGO"):
        return code, None
    if code[:3] in SECTORS and code[:3] not in ISO_CODES:
        # A role without a state ("[ELI]": an elite, as the UN's former heads are listed): no country.
        return None, code[:3]
    country = ISO_CODES.get(code[:3], code[:3])
    rest = code[3:]
    if not rest:
        return country, None
    first = rest[:3]
    second = rest[3:6]
    if first == "GOV" and second in SECTOR_LABEL_PRIMARY:
        return country, second
    return country, first


# ---------------------------------------------------------------- CountryInfo

# CountryInfo codes that ISO 3166-1 has since replaced (East Timor's "TMP" is "TLS" since 2002).
ISO_CODES = {"TMP": "TLS"}


def read_countryinfo(path):
    text = path.read_bytes().decode("utf-8", errors="replace")
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    states = []
    # Blocks run from one <Country> to the next: a few entries never close theirs (Bosnia's ends on a broken
    # "</Comment"), and matching up to "</Country>" swallowed the next state (Cuba, Botswana, Panama).
    for block in re.split(r"<Country>", text)[1:]:
        def field(tag):
            m = re.search(rf"<{re.escape(tag)}>(.*?)</{re.escape(tag)}>", block, flags=re.S)
            if not m:
                return []
            lines = [ln.split("#", 1)[0].strip() for ln in m.group(1).splitlines()]
            return [ln for ln in lines if ln]
        codes = field("CountryCode")
        if not codes:
            continue
        raw_code = codes[0]
        found = re.findall(r"([A-Z]{3,6})(?:\s*[<>][0-9]+)?\]?", raw_code)
        code = found[-1] if found else raw_code
        if not re.fullmatch(r"[A-Z]{3}", code):
            continue  # sub-units (USAGUM) and dated transitional codes
        code = ISO_CODES.get(code, code)
        name_words = clean_phrase((field("CountryName") or [""])[0])
        if not name_words:
            # South Sudan has no <CountryName>: its formal name among the nationality phrases gives it.
            formal = [clean_phrase(raw) or [] for raw in field("Nationality") if raw.startswith("REPUBLIC_OF_")]
            name_words = formal[0][2:] if formal and len(formal[0]) > 2 else []
        if not name_words:
            continue
        aliases, demonyms = [], []
        for raw in field("Nationality"):
            words = clean_phrase(raw)
            if words:
                aliases.append(display(words))
        capitals = []
        for raw in field("Capital"):
            words = clean_phrase(raw)
            if words:
                capitals.append(display(words))
        for a in aliases:
            if re.search(r"(an|ese|ish|i|ch|ic)$", a) and " of " not in a:
                demonyms.append(a)
        # The short name of a formal one: "Republic of South Africa" is written "South Africa".
        short = re.sub(r"^(Republic|Kingdom|State|Commonwealth|Federation) of (the )?", "", display(name_words))
        if short != display(name_words) and short not in aliases:
            aliases.append(short)
        # Plural demonyms name the state too ("Serbians protested", "North Koreans").
        aliases += [a + "s" for a in demonyms if a.endswith("an") or (a.endswith("i") and len(a) > 4)]
        states.append({"code": code, "name": display(name_words), "aliases": aliases, "capitals": capitals,
                       "adjective": demonyms[0] if demonyms else None})
    return states


# ---------------------------------------------------------------- Phoenix actor files

def read_actor_file(path):
    """Yields entries: {"phrases": [words...], "codes": [(code, from, to)], "comment": str}."""
    entries = []
    current = None
    for line in path.read_bytes().decode("utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        body, _, comment = line.partition("#")
        codes = [parse_code(c) for c in re.findall(r"\[([^\]]*)\]", body)]
        codes = [c for c in codes if c]
        head = re.sub(r"\[[^\]]*\]", "", body)
        if line[0] in " \t":
            if current is not None:
                current["codes"].extend(codes)
            continue
        if line.startswith("+"):
            if current is not None:
                words = clean_phrase(head[1:])
                if words:
                    current["phrases"].append(words)
                current["codes"].extend(codes)
            continue
        words = clean_phrase(head)
        current = {"phrases": [words] if words else [], "codes": codes, "comment": comment}
        entries.append(current)
    return [e for e in entries if e["phrases"] and e["codes"]]


def roles_of(codes):
    roles = []
    for code, start, end in codes:
        if code in ("---",):
            continue
        country, sector = split_code(code)
        roles.append([country, sector, start, end, None])
    return roles


STATE_WORDS = set()


def starts_with_state_or_title(words):
    first = words[0].split("-")[0]
    if first in TITLES or words[0] in TITLES:
        return True
    for n in range(1, min(4, len(words))):
        if " ".join(words[:n]) in STATE_WORDS:
            return True
    return False


SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "ELI", "HLH",
           "HRI", "LAB", "LEG", "REF", "MOD", "RAD", "AGR", "ENV", "NGO", "SEP", "UAF", "INS", "MNC", "IGO"}


def person_phrases(phrases):
    return [p for p in phrases if len(p) >= 2 and not starts_with_state_or_title(p) and "OF" not in p
            and p[-1] not in GROUP_WORDS and not any("'S" in w for w in p)]


def with_particle_variants(aliases):
    """"Bashar al Assad" also as "Bashar al-Assad"."""
    out = set(aliases)
    for a in aliases:
        v = re.sub(r"\b(al|el|Al|El|bin|ibn) (\w)", lambda m: m.group(1).lower() + "-" + m.group(2), a)
        if v != a:
            out.add(v)
    return sorted(out)


def read_people(path, known_state_codes):
    people = []
    for e in read_actor_file(path):
        codes = e["codes"]
        if all(len(c[0]) == 3 and c[1] is None and c[2] is None for c in codes):
            continue  # a state entry (handled from CountryInfo)
        roots = {ISO_CODES.get(c[0][:3], c[0][:3]) for c in codes}
        if not roots & known_state_codes:
            continue
        if "CountryInfo" not in e["comment"] and not any(c[1] or c[2] for c in codes):
            # Not a person: an organisation with a sector code, or a territory (USAPRI) that is not an actor.
            country, sector = split_code(codes[0][0])
            # Role phrases ("US President", "German Chancellor") are titles, not organisations.
            phrases = [p for p in e["phrases"] if len(p) >= 2
                       and not any(w in TITLES or w.split("-")[-1] in TITLES for w in p)]
            if sector in SECTORS and phrases and country in known_state_codes:
                name = display(phrases[0])
                people.append({"id": slug(name), "name": name, "kind": "organization", "country": country,
                               "sector": sector, "aliases": sorted({display(p) for p in phrases} - {name}),
                               "roles": []})
            continue
        phrases = person_phrases(e["phrases"])
        if not phrases:
            continue
        name = display(phrases[0])
        people.append({"id": slug(name), "name": name, "kind": "person",
                       "aliases": with_particle_variants(sorted({display(p) for p in phrases} - {name}) + [name]),
                       "roles": roles_of(codes)})
    return people


def read_international(path):
    orgs, people = {}, []
    for e in read_actor_file(path):
        codes = e["codes"]
        dated = any(c[1] or c[2] for c in codes)
        person = dated or "IGOrulers" in e["comment"]
        igo = [c for c in codes if c[0].startswith("IGO")]
        if person:
            if not igo:
                continue
            phrases = person_phrases(e["phrases"])
            if not phrases:
                continue
            name = display(phrases[0])
            people.append({"id": slug(name), "name": name, "kind": "person",
                           "aliases": sorted({display(p) for p in phrases[1:]} - {name}),
                           "roles": roles_of(codes)})
            continue
        code = codes[0][0]
        if code.startswith("IGO"):
            phrases = e["phrases"]
            names = [display(p, keep_acronym=True) for p in phrases]
            org = orgs.setdefault(code, {"id": code, "name": None, "kind": "organization", "country": code,
                                         "sector": None, "aliases": set(), "roles": []})
            org["aliases"].update(n for n in names if looks_like_org(n))
            # A one-word name that is no acronym ("INTERPOL") is written in title case in running text too.
            org["aliases"].update(display(p) for p in phrases
                                  if len(p) == 1 and len(p[0]) >= 5 and p[0] not in ACRONYMS
                                  and len([c for c in p[0] if c in VOWELS]) >= 2)
        elif code.startswith("NGO") or code == "MNC":
            # NGO codes carry the field, region or organisation after the prefix (NGOHRIAMN: Amnesty
            # International; NGOHLHIRC: the Red Cross); each named organisation is an actor of its own.
            phrases = [p for p in e["phrases"] if len(p) >= 2]
            if not phrases:
                continue
            name = display(phrases[0])
            key = "org:" + slug(name)
            org = orgs.setdefault(key, {"id": slug(name), "name": name, "kind": "organization", "country": None,
                                        "sector": "NGO" if code.startswith("NGO") else "BUS", "aliases": set(),
                                        "roles": [], "fromSubcode": code.startswith("NGO") and code != "NGO"})
            org["aliases"].update(display(p) for p in phrases)
    out = []
    for key in sorted(orgs):
        org = orgs[key]
        aliases = sorted(a for a in org["aliases"] if not a.lower().startswith("the "))
        if not aliases:
            continue
        if org["name"] is None:
            multi = [a for a in aliases if " " in a]
            org["name"] = max(multi or aliases, key=lambda a: (-len(a.split()) if False else len(a), a))
        org["aliases"] = sorted(set(aliases) - {org["name"]})
        out.append(org)
    return out, people


def read_agents(path):
    subs, agents = {}, {}
    for line in path.read_bytes().decode("utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"!(\w+)!\s*=\s*(.*)", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"([^\[]+?)\s*(?:\{\})?\s*\[~([A-Z]+)\]", line)
        if not m:
            continue
        phrase, code = m.group(1).strip().rstrip("_"), m.group(2)
        variants = [phrase]
        for key, values in subs.items():
            token = f"!{key}!"
            variants = [v.replace(token, val, 1) for v in variants for val in (values if token in v else [None])
                        ] if any(token in v for v in variants) else variants
        for v in variants:
            if "!" in v or "{" in v:
                continue
            words = v.replace("_", " ").lower().split()
            if not words or len(words) > 4 or words[-1] in PREPOSITIONS or words[-1] in OBJECT_NOUNS:
                continue
            sector = split_code("XXX" + code)[1]
            for form in plural_forms(words):
                agents.setdefault(form, {"phrase": form, "sector": sector, "code": code})
                if "-" not in form and form.startswith("state run "):
                    hy = "state-run " + form[len("state run "):]
                    agents.setdefault(hy, {"phrase": hy, "sector": sector, "code": code})
    return [agents[k] for k in sorted(agents)]


# Agent phrases ending in these are objects or places ("military base"), or wait for an actor ("ambassador to").
PREPOSITIONS = {"to", "of", "for", "at", "in", "on", "from", "with", "by"}
OBJECT_NOUNS = {"base", "aircraft", "building", "jet", "plane", "vehicle", "weapon", "equipment", "facility",
                "installation", "headquarters", "compound", "property", "zone", "area", "hardware", "ship", "vessel",
                "tank", "missile", "rule", "budget", "school", "hospital", "station", "airport", "camp", "prison",
                "market", "office", "building", "bank", "court", "university", "college"}


def merge_agents(agents, extra):
    table = {a["phrase"]: a for a in agents}
    for item in extra:
        for form in plural_forms(item["phrase"].lower().split()):
            table[form] = {"phrase": form, "sector": item["sector"], "code": item.get("code", item["sector"])}
    return [table[k] for k in sorted(table)]


def plural_forms(words):
    phrase = " ".join(words)
    last = words[-1]
    forms = {phrase}
    if last.endswith("man"):
        forms.add(" ".join(words[:-1] + [last[:-3] + "men"]))
    elif last.endswith("y") and not last.endswith(("ay", "ey", "oy")):
        forms.add(" ".join(words[:-1] + [last[:-1] + "ies"]))
    elif last.endswith(("s", "x", "ch", "sh")):
        if not last.endswith("s"):
            forms.add(phrase + "es")
    elif last not in ("media", "military", "police", "staff", "personnel", "intelligence"):
        forms.add(phrase + "s")
    return sorted(forms)


# ---------------------------------------------------------------- non-state armed groups (Phoenix.MilNonState)

# Words that make a phrase a group's name rather than a person's (the KEDS part of the file mixes both).
GROUP_NOUNS = {"ARMY", "FRONT", "BRIGADE", "BRIGADES", "BATTALION", "BATTALIONS", "GROUP", "GROUPS", "ORGANIZATION",
               "ORGANISATION", "MOVEMENT", "MUJAHIDEEN", "MUJAHIDEN", "FEDERATION", "LASHKAR", "LASKAR", "JEMAAH",
               "JAMAAH", "HARKAT", "HARAKUT", "HARAKAT", "COMPANY", "FORCE", "FORCES", "DIVISION", "PARTY", "LEAGUE",
               "COUNCIL", "CELLS", "CELL", "NUCLEI", "NUCLEUS", "COMMANDOS", "COMMANDO", "COMMITTEE", "UNION",
               "NETWORK", "MILITIA", "FACTION", "RESISTANCE", "LIBERATION", "JIHAD", "JAISH", "JAYSH", "ISLAMI",
               "ISLAMIYA", "ISLAMIYAH", "ISLAMIAH", "SQUAD", "SQUADS", "COMMAND", "ALLIANCE", "FIGHTERS", "GUERRILLAS"}
# KEDS group names without such a word.
# Aliases that name something else first (a football league, a baseball grade).
NOT_GROUP_NAMES = {"LA LIGA", "TRIPLE A", "WE WILL WIN"}
KEDS_GROUPS = {"ABU SAYYAF", "AUM SHINRIKYO", "AUM SUPREME TRUTH", "ALEPH", "JKLF", "EL QAIDA", "AL QAI'DAH"}
# First words of person names that the file lists as groups or as aliases of groups ("+KHALED_MESHAAL").
PERSON_FIRST = {"CAESAR", "NIXMAN", "ODONG", "OKOT", "RASKA", "NASIR", "NASER", "ANWAR", "SHEIKH", "SHEIK", "OSAMA", "USAMA", "AYMAN", "MOHAMMED", "MOHAMMAD", "MUHAMMAD", "MOHMMAD", "AHMED",
                "AHMAD", "KHALED", "KHALID", "MARWAN", "SAMI", "MOKTAR", "COMMANDER", "EMIR", "ABDULLAH", "ABDUL"}
# CAMEO sectors a group code may carry; IMG (international militarized group) is the root of transnational codes.
GROUP_SECTORS = SECTORS | {"IMG"}
MONTHS = {"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
          "NOVEMBER", "DECEMBER"}


def group_variants(raw):
    """One MilNonState phrase -> (names, acronyms): "ISLAMIC_ARMY_OF_ADEN_(IAA)_" -> (["ISLAMIC ARMY OF ADEN"],
    ["IAA"]). Embedded "+" and spaced "/" separate alternatives; a "/" inside a word (DHKP/C) drops the phrase."""
    names, acronyms = [], []
    # "A_B/C_D" names two groups when both sides have two words; "DHKP/C" is one name we cannot use.
    raw = "+".join(p for p in re.split(r"(?<=[A-Z])/(?=[A-Z])", raw)) if all(
        "_" in side.strip("_") for side in raw.split("/")) else raw
    for part in re.split(r"\+|_/_", raw):
        for content in re.findall(r"\(([^)]*)\)", part):
            if re.fullmatch(r"[A-Z][A-Z-]{2,5}", content) and len(re.sub(r"[^A-Z]", "", content)) >= 3:
                acronyms.append(content)
        text = re.sub(r"\([^)]*\)", " ", part).replace("_", " ")
        text = re.sub(r"\s+-\s*$", "", text).strip(" -")
        m = re.fullmatch(r"(.*), THE", text.strip())
        if m:
            text = "THE " + m.group(1)
        if not text or any(c in text for c in "/,;:!?\"[]{}") or not re.search(r"[A-Z]", text):
            continue
        names.append(text.split())
    return names, acronyms


def group_display(words):
    """Display form of a group phrase: one short word is an acronym (ETA, HSM), names are title case."""
    if len(words) == 1 and len(words[0]) <= 4 and words[0].isalpha():
        return words[0]
    out = display(words).split()
    # Joiners of transliterated names stay lower case: "Lashkar e Taiba", "Harkat ul Ansar".
    text = " ".join(w.lower() if 0 < i < len(out) - 1 and w in ("E", "I", "Ul", "Ud") else w
                    for i, w in enumerate(out))
    return re.sub(r"(?<=\w)-(E|I|Ul|Ud|Al|El)-(?=\w)", lambda m: "-" + m.group(1).lower() + "-", text)


def read_groups(path):
    """Entries of the MilNonState file: {"phrases": [(words, is_primary)], "acronyms", "codes", "keds"}."""
    entries, current, keds = [], None, False
    for line in path.read_bytes().decode("utf-8", errors="replace").splitlines():
        if line.startswith("# KEDS"):
            keds = True
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        body = line.partition("#")[0]
        codes = [c for c in (parse_code(c) for c in re.findall(r"\[([^\]]*)\]", body)) if c]
        head = re.sub(r"\[[^\]]*\]", "", body).strip()
        if line[0] in " \t" or (line.startswith("+") and current is None):
            if current is not None:
                current["codes"].extend(codes)
            continue
        names, acronyms = group_variants(head.lstrip("+").strip())
        if line.startswith("+"):
            current["phrases"] += [(w, False) for w in names]
            current["acronyms"] += acronyms
            current["codes"].extend(codes)
            continue
        current = {"phrases": [(w, i == 0) for i, w in enumerate(names)], "acronyms": acronyms, "codes": codes,
                   "keds": keds, "line": head}
        entries.append(current)
    return [e for e in entries if e["phrases"] and e["codes"]]


def group_code(code, state_codes):
    """'IRQREB' -> ('IRQ', 'REB'); 'IMGMUSALQ' -> (None, 'IMG'); 'KKLREB' -> (None, 'REB')."""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    chunks[0] = ISO_CODES.get(chunks[0], chunks[0])
    country = chunks[0] if chunks[0] in state_codes else None
    rest = chunks[1:] if country else chunks
    return country, next((c for c in rest if c in GROUP_SECTORS), None)


def skeleton(words):
    """Spelling-insensitive key of a name: consonants only, "al"/"el"/one-letter joiners dropped, "sh" -> "s",
    doubled letters and a final "h" removed ("LASHKAR_E_TAYYABA" and "LASKAR_I_TAIBA" -> "lskr tb")."""
    out = []
    for w in " ".join(words).lower().replace("-", " ").replace("'", "").split():
        if len(w) == 1 or w in ("al", "el", "ul", "e", "i"):
            continue
        w = re.sub(r"[aeiouy]", "", w.replace("sh", "s"))
        w = re.sub(r"(.)\1+", r"\1", w).rstrip("h")
        if w:
            out.append(w)
    return " ".join(out)


def common_words(data):
    """Lower-case word forms of the UD treebanks: an alias made only of these is a common word or phrase
    ("Order", "The Foundation", "Revolutionary Left"). (WordNet is no help here: it lists "Lashkar-e-Taiba".)"""
    words = set()
    files = sorted((data / "treebank").glob("*.conllu")) + sorted((data / "treebank" / "gum").glob("*.conllu"))
    for path in files:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            cols = line.split("\t")
            if len(cols) > 2 and cols[0].isdigit() and cols[1].islower():
                words.add(cols[1])
    return words


# Leaders listed under one word or a kunya ("+AULAQI", "+ABU_BASIR").
PERSON_ALIASES = {"AULAQI", "AWLAQI", "AL AWLAKI", "AL-AWLAKI", "ABU BASIR", "ABU ZUHRI"}


def is_person_phrase(words):
    if " ".join(words) in PERSON_ALIASES:
        return True
    return words[0] in PERSON_FIRST or words[0] in TITLES and words[0] not in ("STATE", "SUPREME")


def build_groups(path, state_codes, taken, curated_keys, common, first_names, log):
    """Group actors from the MilNonState file.

    `taken` maps lower-case alias -> kind of every alias the lexicon already has (states, demonyms, people,
    organisations, agent nouns); `curated_keys` are the curated actors' names and aliases (lower case);
    `first_names` are the first words of the lexicon's people ("JOSEPH"), to tell a leader listed as an alias of
    his group ("+JOSEPH_KONY") from the group's other names.
    """
    groups = []
    by_skeleton = {}  # skeleton -> groups, so that spelling variants listed as separate entries meet
    for e in read_groups(path):
        code, start, end = e["codes"][0]
        primary = [w for w, is_primary in e["phrases"] if is_primary] or [e["phrases"][0][0]]
        words = primary[0]
        if start or end or is_person_phrase(words):
            log["people"] += 1
            continue
        country, sector = group_code(code, state_codes)
        skeletons = {skeleton(w) for w, _ in e["phrases"]} - {""}
        # The same group again: same code, or a later entry without a state (the KEDS part's IMG codes).
        group = next((g for k in sorted(skeletons) for g in by_skeleton.get(k, [])
                      if g["code"] == code or not country), None)
        if e["keds"] and group is None and not (set(words) & GROUP_NOUNS or " ".join(words) in KEDS_GROUPS):
            log["people"] += 1
            continue
        if group is None:
            group = {"code": code, "country": country, "sector": sector, "names": [], "acronyms": []}
            groups.append(group)
        for k in sorted(skeletons):
            if group not in by_skeleton.setdefault(k, []):
                by_skeleton[k].append(group)
        for phrase, is_primary in e["phrases"]:
            if not is_primary and len(phrase) >= 2 and phrase[0] in first_names and not set(phrase) & GROUP_NOUNS:
                log["people"] += 1
            elif phrase not in group["names"]:
                group["names"].append(phrase)
        group["acronyms"] += [a for a in e["acronyms"] if a not in group["acronyms"]]

    def usable(alias):
        words = alias.split()
        if words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        letters = re.sub(r"[^A-Za-z]", "", alias)
        if len(letters) < 3:
            return "short"
        upper = {w.upper() for w in words}
        if any(c.isdigit() for c in alias) and not upper & GROUP_NOUNS:
            return "common"  # dates and numbers ("21 June", "313")
        if all(w.upper() in MONTHS or w.isdigit() for w in words) or alias.upper() in NOT_GROUP_NAMES:
            return "common"
        if len(words) == 1:
            word = words[0].lower()
            if word in common or word.rstrip("s") in common:
                return "common"  # "Order"; acronyms spelling a word ("LET", "CAR")
        elif not upper & GROUP_NOUNS and all(w.lower() in common or w.lower().rstrip("s") in common
                                             or w.lower() in SMALL for w in words):
            return "common"
        if taken.get(alias.lower()) == "state":
            return "state"
        return None

    actors, claims = [], {}
    for group in groups:
        names = [group_display(w) for w in group["names"] if not is_person_phrase(w)]
        if not names:
            continue
        if any(n.lower() in curated_keys for n in names):
            log["curated"] += 1
            continue
        kept = []
        for n in names:
            why = usable(n) or ("claimed" if n.lower() in taken else None)
            if why:
                log[why] += 1
            elif n not in kept:
                kept.append(n)
        for a in group["acronyms"]:
            why = usable(a) or ("claimed" if a.lower() in taken or a.lower() in curated_keys else None)
            if why:
                log[why] += 1
            elif a not in kept:
                kept.append(a)
        if not kept:
            log["unnamed"] += 1
            continue
        name = next((n for n in kept if not n.isupper()), kept[0])  # the primary phrase unless an acronym
        actor = {"id": slug(name), "name": name, "kind": "organization", "country": group["country"],
                 "sector": group["sector"], "aliases": kept, "roles": []}
        actors.append(actor)
        for n in kept:
            claims.setdefault(n.lower(), []).append(actor)
    # An alias two groups share names neither; a group keeps its own name.
    for alias, owners in sorted(claims.items()):
        if len(owners) > 1:
            for actor in owners:
                if actor["name"].lower() != alias:
                    actor["aliases"] = [a for a in actor["aliases"] if a.lower() != alias]
                    log["ambiguous"] += 1
    for actor in actors:
        actor["aliases"] = sorted(set(actor["aliases"]) - {actor["name"]})
    return actors


# ---------------------------------------------------------------- US states

US_STATES = ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
             "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
             "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
             "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
             "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
             "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
             "West Virginia", "Wisconsin", "Wyoming"]
# Bare names that stay with another actor or stay a non-actor: Georgia the country (GEO), Washington the
# capital (USA), New York the city, Delaware the river ("crossed the Delaware": the recognizer keeps a state's
# name out of other names, not an organisation's). These states are named only as "State of X" / "X State".
US_STATE_NAME_TAKEN = {"Georgia", "Washington", "New York", "Delaware"}
# States named after a river: "the Colorado River" is a place.
US_STATE_RIVERS = {"Arkansas", "Colorado", "Delaware", "Mississippi", "Missouri", "Ohio", "Tennessee"}


def us_state_actors(taken):
    """The 50 states and the District of Columbia as organisations of the USA (sector GOV)."""
    actors = []
    for state in US_STATES:
        aliases = [f"State of {state}"]
        if state in US_STATE_NAME_TAKEN:
            # The name is indexed too, so it must not be the bare name either.
            name = f"{state} State" if state in ("New York", "Washington") else f"State of {state}"
            aliases += [f"{state} State", f"{state} state", f"U.S. state of {state}", f"US state of {state}"]
        else:
            name = state
            aliases.append(state)
        aliases = sorted({a for a in aliases if taken.get(a.lower()) in (None, "notActor")} | {name})
        actors.append({"id": "usa-" + slug(state), "name": name, "kind": "organization", "country": "USA",
                       "sector": "GOV", "aliases": [a for a in aliases if a != name], "roles": [],
                       "place": aliases})
    dc = "District of Columbia"
    actors.append({"id": "usa-" + slug(dc), "name": dc, "kind": "organization", "country": "USA", "sector": "GOV",
                   "aliases": [], "roles": [], "place": [dc]})
    # Territories are governed as parts of the United States: "Puerto Rico's governor" is an American official.
    for territory in ("Puerto Rico", "Guam", "U.S. Virgin Islands", "American Samoa", "Northern Mariana Islands"):
        if taken.get(territory.lower()) not in (None, "notActor"):
            continue
        actors.append({"id": "usa-" + slug(territory), "name": territory, "kind": "organization", "country": "USA",
                       "sector": "GOV", "aliases": [], "roles": [], "place": [territory]})
    return actors


# Spatial prepositions of the recognizer (WordLists.spatialPrepositions): "in Texas" is a place, not an actor;
# the recognizer only knows this for states, so the lexicon lists such phrases as non-actors.
SPATIAL_PREPOSITIONS = ["across", "around", "at", "in", "inside", "into", "near", "outside", "through",
                        "throughout", "toward", "towards", "via", "within"]


# ---------------------------------------------------------------- assembly

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--out", default=str(RES / "lexicon.json"))
    args = parser.parse_args()
    data = Path(args.data)
    states = read_countryinfo(data / "countryinfo" / "CountryInfo.140728.txt")
    state_codes = {s["code"] for s in states}
    for s in states:
        for a in [s["name"]] + s["aliases"]:
            STATE_WORDS.add(a.upper())
    people = read_people(data / "phoenix" / "Phoenix.Countries.actors.txt", state_codes)
    igos, igo_people = read_international(data / "phoenix" / "Phoenix.International.actors.txt")
    # The NGO lists also name the NGOs' people without dates ("Phelim Kyne"): a name that starts with a given name
    # of the lexicon's people and has no organisation word is a person, not an organisation, and is left out.
    given = {p["name"].split()[0] for p in people if len(p["name"].split()) >= 2}
    igos = [o for o in igos if not (o.pop("fromSubcode", False) and o["name"].split()[0] in given
                                    and not set(o["name"].split()) & ORG_WORDS)]
    agents = read_agents(data / "phoenix" / "Phoenix.agents.txt")
    curated = yaml.safe_load((RES / "curated-actors.yaml").read_text(encoding="utf-8"))

    actors = {}
    # States: aliases and capitals; an alias claimed by two states is ambiguous and dropped.
    owner = {}
    for s in states:
        for a in [s["name"]] + s["aliases"] + s["capitals"]:
            owner.setdefault(a.lower(), set()).add(s["code"])
    for s in states:
        aliases = sorted({a for a in s["aliases"] + s["capitals"]
                          if len(owner[a.lower()]) == 1 and not a.lower().startswith("the ")} - {s["name"]})
        actors[s["code"]] = {"id": s["code"], "name": s["name"], "kind": "state", "country": s["code"],
                             "sector": None, "aliases": aliases, "roles": [], "adjective": s["adjective"],
                             "metonyms": sorted(c for c in s["capitals"] if c in aliases)}
    for org in igos:
        actors[org["id"]] = org
    for p in people + igo_people:
        prev = actors.get(p["id"])
        if prev and prev["kind"] == "person":
            prev["roles"].extend(r for r in p["roles"] if r not in prev["roles"])
            prev["aliases"] = sorted(set(prev["aliases"]) | set(p["aliases"]))
        elif not prev:
            actors[p["id"]] = p
    for p in actors.values():
        if p["kind"] == "person" and p["roles"] and not p.get("country"):
            placed = [r for r in p["roles"] if r[0]]
            p["country"], p["sector"] = (placed or p["roles"])[-1][0], None
    # Curated entries override generated ones with the same id; extra aliases are appended.
    for entry in curated.get("actors", []):
        name = entry["name"]
        aid = str(entry.get("id") or slug(name))
        prev = actors.get(aid, {})
        merged = {"id": aid, "name": name, "kind": entry.get("kind", prev.get("kind", "person")),
                  "country": entry.get("country", prev.get("country")),
                  "sector": entry.get("sector", prev.get("sector")),
                  "aliases": sorted(set(entry.get("aliases", [])) | (set(prev.get("aliases", []))
                                                                     if entry.get("keepAliases", True) else set())),
                  "roles": [[r.get("country", entry.get("country")), r.get("sector", entry.get("sector")),
                             str(r["from"]) if r.get("from") else None, str(r["to"]) if r.get("to") else None,
                             r.get("title")] for r in entry.get("roles", [])] or prev.get("roles", [])}
        if entry.get("metonyms") or prev.get("metonyms"):
            merged["metonyms"] = sorted(set(entry.get("metonyms", [])) | set(prev.get("metonyms", [])))
            merged["aliases"] = sorted(set(merged["aliases"]) | set(merged["metonyms"]))
        for key in ("gender", "short", "adjective"):
            if key in entry or key in prev:
                merged[key] = entry.get(key, prev.get(key))
        merged["curated"] = True
        actors[aid] = merged
    for extra in curated.get("aliases", []):
        target = actors.get(str(extra["actor"]))
        if target is None:
            sys.exit(f"curated alias for unknown actor {extra['actor']}")
        target["aliases"] = sorted(set(target["aliases"]) | set(extra["names"]))

    # Non-state armed groups and US states come after the curated entries, which they never override.
    taken = {}
    for a in actors.values():
        for alias in [a["name"]] + list(a.get("aliases", [])) + [a.get("adjective") or ""]:
            if alias and taken.get(alias.lower()) != "state":
                taken[alias.lower()] = "state" if a["kind"] == "state" else a["kind"]
    for agent in agents:
        taken.setdefault(agent["phrase"].lower(), "agent")
    not_actors = set(curated.get("notActors", []))
    for phrase in not_actors:
        taken.setdefault(phrase.lower(), "notActor")
    curated_keys = {alias.lower() for a in actors.values() if a.get("curated")
                    for alias in [a["name"]] + list(a.get("aliases", []))}
    log = dict.fromkeys(("people", "curated", "short", "common", "state", "claimed", "ambiguous", "unnamed"), 0)
    first_names = {a["name"].split()[0].upper() for a in actors.values()
                   if a["kind"] == "person" and " " in a["name"]} - {"ABU", "AL", "AL-", "EL", "THE"}
    groups = build_groups(data / "phoenix" / "Phoenix.MilNonState.actors.txt", state_codes, taken, curated_keys,
                          common_words(data), first_names, log)
    us_states = us_state_actors(taken)
    for extra in groups + us_states:
        aid = extra["id"]
        if aid in actors:
            aid = f"{aid}-{(extra['country'] or extra['sector'] or 'x').lower()}"
        n = 2
        while aid in actors:
            aid, n = f"{extra['id']}-{n}", n + 1
        extra["id"] = aid
        actors[aid] = extra
    # A US state's name beats a non-actor phrase of the curated file ("New Mexico", "Washington State"), and
    # after a spatial preposition it is a place ("in Texas").
    state_names = {a for s in us_states for a in s["place"]}
    not_actors |= {f"{river} River" for river in US_STATE_RIVERS}
    dropped_not_actors = sorted(p for p in not_actors if p in state_names or p.lower() in {n.lower() for n in state_names})
    not_actors -= set(dropped_not_actors)
    not_actors |= {f"{prep} {name}" for name in state_names for prep in SPATIAL_PREPOSITIONS}
    print(f"groups: {len(groups)} added; skipped {log['people']} people, {log['curated']} curated, "
          f"{log['unnamed']} without a usable name; aliases dropped: {log['short']} short, {log['common']} common "
          f"words or dates, {log['state']} state names, {log['claimed']} claimed by other actors, "
          f"{log['ambiguous']} shared by two groups", file=sys.stderr)
    print(f"US states: {len(us_states)} added; notActors now actors: {', '.join(dropped_not_actors)}",
          file=sys.stderr)

    out_actors = []
    for aid in sorted(actors):
        a = actors[aid]
        rec = {"id": a["id"], "name": a["name"], "kind": a["kind"]}
        for key in ("country", "sector", "gender", "adjective", "curated"):
            if a.get(key):
                rec[key] = a[key]
        aliases = sorted(set(a.get("aliases", [])) - {a["name"]})
        if aliases:
            rec["aliases"] = aliases
        if a.get("short"):
            rec["short"] = a["short"]
        if a.get("metonyms"):
            rec["metonyms"] = a["metonyms"]
        if a.get("roles"):
            rec["roles"] = a["roles"]
        out_actors.append(rec)
    result = {
        "format": 1,
        "sources": [
            "CountryInfo.140728.txt (philip-schrodt/CountryInfo-1 @2983605, data 2014-07-28), MIT",
            "Phoenix dictionaries (openeventdata/petrarch2 @676801c, 2019-03-18; data to ~2014), MIT",
            "curated-actors.yaml (hand-curated, current to late 2025)",
        ],
        "actors": out_actors,
        "agents": merge_agents(agents, curated.get("agents", [])),
        "notActors": sorted(not_actors),
    }
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                              encoding="utf-8")
    print(f"{args.out}: {len(out_actors)} actors, {len(agents)} agent phrases", file=sys.stderr)


if __name__ == "__main__":
    main()
