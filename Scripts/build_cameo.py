#!/usr/bin/env python3
"""Build the bundled CAMEO resources of the EventOntology module.

Reads PETRARCH-2's CAMEO verb dictionary (CAMEO.2.0.txt, MIT, (c) 2015 Open Event Data Alliance) and the
PLOVER CAMEO-to-PLOVER table (CAMEO2PLOVER-2021.txt, CC BY-SA 4.0, (c) Open Event Data Alliance) and writes:

  Sources/EventOntology/Resources/cameo-verbs.tsv    verb lemmas, their blocks' default codes and patterns
  Sources/EventOntology/Resources/cameo-codes.tsv    every CAMEO code with PLOVER type/mode/context,
                                                     QuadClass and Goldstein value

Usage: python3 Scripts/build_cameo.py [--verbs PATH] [--plover PATH] [--out DIR]

The verb dictionary syntax follows petrarch2's docs/source/dictionaries.rst and the file's own header:
synonym sets are `&NAME` followed by `+WORD` lines; a verb block starts `--- NAME [code] ---`, lists its
verbs (`VERB {irregular forms} [code]`, multi-word verbs as `+VERB_PARTICLE {...}`), then patterns
`- WORDS * WORDS [code] # comment`. The output is written with sorted keys and stable order so that
re-running the script on the same inputs gives byte-identical files.
"""

import argparse
import os
import re
import sys

DEFAULT_VERBS = "/work/shared/data/phoenix/CAMEO.2.0.txt"
DEFAULT_PLOVER = "/work/shared/data/plover/CAMEO2PLOVER-2021.txt"

# Goldstein (1992) conflict-cooperation scale as mapped to CAMEO event codes and distributed by the GDELT
# Project (lookup table CAMEO.goldsteinscale.txt, https://www.gdeltproject.org/data/lookups/), which
# reproduces the CAMEO codebook's values. Codes absent here take their parent's value (see parent_value).
GOLDSTEIN = {
    "01": 0.0, "010": 0.0, "011": -0.1, "012": -0.4, "013": 0.4, "014": 0.0, "015": 0.0, "016": -2.0,
    "017": 0.0, "018": 3.4, "019": 3.4,
    "02": 3.0, "020": 3.0, "021": 3.4, "0211": 3.4, "0212": 3.4, "0213": 3.4, "0214": 3.4, "022": 3.2,
    "023": 3.4, "0231": 3.4, "0232": 3.4, "0233": 3.4, "0234": 3.4, "024": -0.3, "0241": -0.3,
    "0242": -0.3, "0243": -0.3, "0244": -0.3, "025": -0.3, "0251": -0.3, "0252": -0.3, "0253": -0.3,
    "0254": -0.3, "0255": -0.3, "0256": -0.3, "026": 4.0, "027": 4.0, "028": 4.0,
    "03": 4.0, "030": 4.0, "031": 5.2, "0311": 5.2, "0312": 5.2, "0313": 5.2, "0314": 5.2, "032": 4.5,
    "033": 5.2, "0331": 5.2, "0332": 5.2, "0333": 5.2, "0334": 6.0, "034": 7.0, "0341": 7.0, "0342": 7.0,
    "0343": 7.0, "0344": 7.0, "035": 7.0, "0351": 7.0, "0352": 7.0, "0353": 7.0, "0354": 7.0, "0355": 7.0,
    "0356": 7.0, "036": 4.0, "037": 5.0, "038": 7.0, "039": 5.0,
    "04": 1.0, "040": 1.0, "041": 1.0, "042": 1.9, "043": 2.8, "044": 2.5, "045": 5.0, "046": 7.0,
    "05": 3.5, "050": 3.5, "051": 3.4, "052": 3.5, "053": 3.8, "054": 6.0, "055": 7.0, "056": 7.0,
    "057": 8.0,
    "06": 6.0, "060": 6.0, "061": 6.4, "062": 7.4, "063": 7.4, "064": 7.0,
    "07": 7.0, "070": 7.0, "071": 7.4, "072": 8.3, "073": 7.4, "074": 8.5, "075": 7.0,
    "08": 5.0, "080": 5.0, "081": 5.0, "0811": 5.0, "0812": 5.0, "0813": 5.0, "0814": 5.0, "082": 5.0,
    "083": 5.0, "0831": 5.0, "0832": 5.0, "0833": 5.0, "0834": 5.0, "084": 7.0, "0841": 7.0, "0842": 7.0,
    "085": 7.0, "086": 9.0, "0861": 9.0, "0862": 9.0, "0863": 9.0, "087": 9.0, "0871": 9.0, "0872": 9.0,
    "0873": 9.0, "0874": 10.0,
    "09": -2.0, "090": -2.0, "091": -2.0, "092": -2.0, "093": -2.0, "094": -2.0,
    "10": -5.0, "100": -5.0, "101": -5.0, "1011": -5.0, "1012": -5.0, "1013": -5.0, "1014": -5.0,
    "102": -5.0, "103": -5.0, "1031": -5.0, "1032": -5.0, "1033": -5.0, "1034": -5.0, "104": -5.0,
    "1041": -5.0, "1042": -5.0, "1043": -5.0, "1044": -5.0, "105": -5.0, "1051": -5.0, "1052": -5.0,
    "1053": -5.0, "1054": -5.0, "1055": -5.0, "1056": -5.0, "106": -5.0, "107": -5.0, "108": -5.0,
    "11": -2.0, "110": -2.0, "111": -2.0, "112": -2.0, "1121": -2.0, "1122": -2.0, "1123": -2.0,
    "1124": -2.0, "1125": -2.0, "113": -2.0, "114": -2.0, "115": -2.0, "116": -2.0,
    "12": -4.0, "120": -4.0, "121": -4.0, "1211": -4.0, "1212": -4.0, "122": -4.0, "1221": -4.0,
    "1222": -4.0, "1223": -4.0, "1224": -4.0, "123": -4.0, "1231": -4.0, "1232": -4.0, "1233": -4.0,
    "1234": -4.0, "124": -4.0, "1241": -4.0, "1242": -4.0, "1243": -4.0, "1244": -4.0, "1245": -4.0,
    "1246": -4.0, "125": -5.0, "126": -5.0, "127": -5.0, "128": -5.0, "129": -5.0,
    "13": -6.0, "130": -4.4, "131": -5.8, "1311": -5.8, "1312": -5.8, "1313": -5.8, "132": -5.8,
    "1321": -5.8, "1322": -5.8, "1323": -5.8, "1324": -5.8, "133": -5.8, "134": -5.8, "135": -5.8,
    "136": -7.0, "137": -7.0, "138": -7.0, "1381": -7.0, "1382": -7.0, "1383": -7.0, "1384": -7.0,
    "1385": -7.0, "139": -7.0,
    "14": -6.5, "140": -6.5, "141": -6.5, "1411": -6.5, "1412": -6.5, "1413": -6.5, "1414": -6.5,
    "142": -6.5, "1421": -6.5, "1422": -6.5, "1423": -6.5, "1424": -6.5, "143": -6.5, "1431": -6.5,
    "1432": -6.5, "1433": -6.5, "1434": -6.5, "144": -7.5, "1441": -7.5, "1442": -7.5, "1443": -7.5,
    "1444": -7.5, "145": -7.5, "1451": -7.5, "1452": -7.5, "1453": -7.5, "1454": -7.5,
    "15": -7.2, "150": -7.2, "151": -7.2, "152": -7.2, "153": -7.2, "154": -7.2,
    "16": -4.0, "160": -4.0, "161": -4.0, "162": -5.6, "1621": -5.6, "1622": -5.6, "1623": -5.6,
    "163": -8.0, "164": -7.0, "165": -6.5, "166": -7.0, "1661": -7.0, "1662": -7.0, "1663": -7.0,
    "17": -7.0, "170": -7.0, "171": -9.2, "1711": -9.2, "1712": -9.2, "172": -5.0, "1721": -5.0,
    "1722": -5.0, "1723": -5.0, "1724": -5.0, "173": -5.0, "174": -5.0, "175": -9.0,
    "18": -9.0, "180": -9.0, "181": -9.0, "182": -9.5, "1821": -9.0, "1822": -9.0, "1823": -10.0,
    "183": -10.0, "1831": -10.0, "1832": -10.0, "1833": -10.0, "184": -8.0, "185": -8.0, "186": -10.0,
    "19": -10.0, "190": -10.0, "191": -9.5, "192": -9.5, "193": -10.0, "194": -10.0, "195": -10.0,
    "196": -9.5,
    "20": -10.0, "200": -10.0, "201": -9.5, "202": -10.0, "203": -10.0, "204": -10.0, "2041": -10.0,
    "2042": -10.0,
}

# CAMEO2PLOVER-2021 starts at CAMEO 03. The PLOVER manual's REQUEST type covers CAMEO 02 ("Appeal") as well
# as 10 ("Demand"); these rows supply that mapping with no mode or context. CAMEO 01 ("Make public
# statement") has no PLOVER type and stays unmapped.
PLOVER_SUPPLEMENT_ROOTS = {"02": "REQUEST"}

QUAD_CLASS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "REQUEST": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3,
    "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

NULL_CODE = "---"

VERBS_HEADER = """\
# CAMEO verb dictionary, compiled by Scripts/build_cameo.py from PETRARCH-2's CAMEO.2.0.txt
# (The MIT License, Copyright (c) 2015 Open Event Data Alliance; full text in LICENSE next to this file).
# One record a line, fields separated by tabs:
#   S  name  alternatives            synonym set; alternatives separated by |, words of one by spaces
#   F  form  lemmas                  irregular verb form listed in the dictionary, its lemma(s)
#   B  name  code                    verb block and its default CAMEO code (--- = no event)
#   V  lemma particle code           verb of the preceding block; empty code = the block's
#   P  code  text  element...        pattern of the preceding block: * verb, $ source, + target,
#                                    % compound actor, ^ skip, &name synonym set, else literal alternatives
"""


def strip_comment(line):
    """Drops `#` and legacy `;` comments and the HTML-style comments the format allows on one line."""
    line = re.sub(r"<!--.*?-->", "", line)
    for mark in ("#", ";"):
        at = line.find(mark)
        if at >= 0:
            line = line[:at]
    return line.strip()


def plural(word):
    """PETRARCH's regular plural: +S, Y -> IES, SS -> ES."""
    if word.endswith("ss"):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def singular(word):
    """A naive singular for plural-looking pattern words, or None."""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is", "ous")):
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1]


def regular_forms(lemma):
    """Regular inflections of a verb lemma (third person, past, gerund), used to lemmatise pattern words."""
    forms = {plural(lemma)}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma.endswith(("ch", "sh", "x", "o")):
        forms.add(lemma + "es")
    return forms


def parse_code(text):
    """`[042:043]` -> "042" (the event coded for the source); `[:173]` -> "173"; `[---]` -> "---"."""
    text = text.strip()
    if text.strip("-") == "":
        return NULL_CODE
    first, _, second = text.partition(":")
    # Keep digits only: the dictionary has one typo, `[080!]`.
    first, second = re.sub(r"\D", "", first), re.sub(r"\D", "", second)
    if first:
        return first
    return second or NULL_CODE


def read_verb_dictionary(path):
    with open(path, encoding="latin-1") as handle:
        lines = handle.read().splitlines()
    synsets = {}          # name -> list of member phrases (lists of lower-case words), in file order
    synset_plurals = {}   # name -> whether plurals are generated
    blocks = []
    current_set = None
    in_verbs = False
    for raw in lines:
        stripped = raw.strip()
        if stripped.startswith("####### VERB PATTERNS"):
            in_verbs = True
            current_set = None
            continue
        if stripped.startswith("######## TRANSFORMATIONS"):
            break
        if stripped.startswith("---") and in_verbs:
            header = re.match(r"---\s*(.*?)\s*\[([^\]]*)\]\s*---", stripped)
            if not header:
                sys.exit(f"{path}: unreadable block header: {stripped}")
            blocks.append({"name": header.group(1).lower(), "code": parse_code(header.group(2)),
                           "verbs": [], "patterns": []})
            continue
        line = strip_comment(raw)
        if not line:
            continue
        if line.startswith("&"):
            name = line.split()[0]
            current_set = name.rstrip("_")
            synsets[current_set] = []
            synset_plurals[current_set] = not name.endswith("_")
            continue
        if not in_verbs:
            if line.startswith("+") and current_set is not None:
                phrase = line[1:].strip()
                no_plural = phrase.endswith("_") or not synset_plurals[current_set]
                words = [w for w in re.split(r"[\s_]+", phrase.lower()) if w]
                if words:
                    synsets[current_set].append(words)
                    if not no_plural:
                        synsets[current_set].append(words[:-1] + [plural(words[-1])])
            continue
        if not blocks:
            continue
        block = blocks[-1]
        if line.startswith("-"):
            code_match = re.search(r"\[([^\]]*)\]\s*$", line)
            if not code_match:
                continue
            body = line[1:code_match.start()].strip()
            block["patterns"].append({"text": body, "code": parse_code(code_match.group(1))})
            continue
        # A verb line: VERB {forms} [code], or +VERB_PARTICLE {+FORM_PARTICLE ...} [code].
        code_match = re.search(r"\[([^\]]*)\]", line)
        code = parse_code(code_match.group(1)) if code_match else None
        forms_match = re.search(r"\{([^}]*)\}", line)
        forms = forms_match.group(1).split() if forms_match else []
        head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).split()
        if not head:
            continue
        words = [w for w in head[0].lstrip("+").lower().split("_") if w]
        form_words = [f.lstrip("+").lower().split("_")[0] for f in forms if f.lstrip("+")]
        block["verbs"].append({"words": words, "forms": form_words, "code": code})
    return synsets, blocks


def build_form_table(blocks):
    """Inflected form -> lemmas: the dictionary's irregular forms, and regular forms of its verbs."""
    irregular, regular = {}, {}
    for block in blocks:
        for verb in block["verbs"]:
            lemma = verb["words"][0]
            for form in verb["forms"]:
                if form != lemma:
                    irregular.setdefault(form, set()).add(lemma)
            for form in regular_forms(lemma):
                regular.setdefault(form, set()).add(lemma)
    return irregular, regular


def word_alternatives(word, forms):
    """A pattern word and its lemma-ish variants: the naive singular of a plural, the lemma of a verb form."""
    out = [word]
    for lemma in sorted(forms.get(word, ())):
        if lemma not in out:
            out.append(lemma)
    single = singular(word)
    if single and single not in out:
        out.append(single)
    return out


def synset_alternatives(phrases, forms):
    """A synonym set's members with the lemma-ish variants of their last word, in file order, deduplicated."""
    alternatives, seen = [], set()
    for phrase in phrases:
        for alt in word_alternatives(phrase[-1], forms):
            variant = " ".join(phrase[:-1] + [alt])
            if variant not in seen:
                seen.add(variant)
                alternatives.append(variant)
    return alternatives


def compile_pattern(text, synsets, forms):
    """Pattern text -> element strings, or None when it names an undefined synonym set or lacks one `*`.

    An element is a slot (`*` verb, `$` source, `+` target, `%` compound actor, `^` skip), a synonym-set
    reference `&name`, or literal alternatives separated by `|`, each a space-separated run of consecutive
    words. `{...}` and `(...)` groups are flattened into their words.
    """
    tokens = []
    for token in re.sub(r"[{}()]", " ", text).split():
        # A synonym set inside an underscore phrase (FIGHTER_&AIRCRAFT) becomes its own element.
        tokens.extend(re.split(r"_(?=&)", token) if "_&" in token else [token])
    elements = []
    for token in tokens:
        if token in ("*", "$", "+", "%", "^"):
            elements.append(token)
        elif token.startswith("&"):
            name = token.rstrip("_")
            if name not in synsets:
                return None
            elements.append(name.lower())
        else:
            words = [w for w in token.lower().split("_") if w]
            if not words:
                continue
            if any(c in w for w in words for c in "|&\t"):
                sys.exit(f"unexpected character in pattern word: {token}")
            elements.append("|".join(" ".join(words[:-1] + [alt]) for alt in word_alternatives(words[-1], forms)))
    if elements.count("*") != 1:
        return None
    return elements


def read_plover(path):
    rows = {}
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.split("#", 1)[0].strip()
            match = re.match(r"^(\d{2,4}):\s*(.*)$", line)
            if not match:
                continue
            code, rest = match.groups()
            fields = [f.strip() for f in rest.split(",")]
            fields += [""] * (3 - len(fields))
            if code in rows:
                continue  # 175 appears twice with the same mapping; keep the first row
            rows[code] = {"type": fields[0], "mode": fields[1], "context": fields[2]}
    return rows


def parent_chain(code):
    """'1823' -> ['182', '18']; '182' -> ['18']."""
    chain = []
    while len(code) > 2:
        code = code[:-1] if len(code) == 4 else code[:2]
        chain.append(code)
    return chain


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbs", default=DEFAULT_VERBS)
    parser.add_argument("--plover", default=DEFAULT_PLOVER)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "..", "Sources", "EventOntology", "Resources"))
    args = parser.parse_args()

    synsets, blocks = read_verb_dictionary(args.verbs)
    irregular, regular = build_form_table(blocks)
    forms = {k: set(v) for k, v in regular.items()}
    for k, v in irregular.items():
        forms.setdefault(k, set()).update(v)

    out_blocks, skipped = [], 0
    used_codes = set()
    for block in blocks:
        patterns = []
        for pattern in block["patterns"]:
            elements = compile_pattern(pattern["text"], synsets, forms)
            if elements is None:
                skipped += 1
                continue
            patterns.append({"text": pattern["text"], "code": pattern["code"], "elements": elements})
            used_codes.add(pattern["code"])
        used_codes.add(block["code"])
        out_blocks.append({"name": block["name"], "code": block["code"], "patterns": patterns})

    verbs = []
    for index, block in enumerate(blocks):
        for verb in block["verbs"]:
            words = verb["words"]
            lemma = words[0]
            if len(words) > 1 and lemma in irregular | regular and lemma not in {
                    v["words"][0] for b in blocks for v in b["verbs"] if len(v["words"]) == 1}:
                lemma = sorted((irregular.get(lemma) or set()) | (regular.get(lemma) or set()))[0]
            particle = " ".join(words[1:]) or None
            verbs.append({"lemma": lemma, "particle": particle, "block": index, "code": verb["code"]})
            if verb["code"]:
                used_codes.add(verb["code"])
    used_codes.discard(NULL_CODE)

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "cameo-verbs.tsv"), "w", encoding="utf-8") as handle:
        handle.write(VERBS_HEADER)
        for name in sorted(synsets):
            handle.write("S\t" + name.lower() + "\t" + "|".join(synset_alternatives(synsets[name], forms)) + "\n")
        for form, lemmas in sorted(irregular.items()):
            handle.write(f"F\t{form}\t{' '.join(sorted(lemmas))}\n")
        for index, block in enumerate(out_blocks):
            handle.write(f"B\t{block['name']}\t{block['code']}\n")
            for verb in verbs:
                if verb["block"] == index:
                    handle.write(f"V\t{verb['lemma']}\t{verb['particle'] or ''}\t{verb['code'] or ''}\n")
            for pattern in block["patterns"]:
                text = " ".join(pattern["text"].split())
                handle.write(f"P\t{pattern['code']}\t{text}\t" + "\t".join(pattern["elements"]) + "\n")

    # The codebook: every code of CAMEO2PLOVER, the Goldstein table and the verb dictionary.
    plover = read_plover(args.plover)
    all_codes = sorted(set(plover) | set(GOLDSTEIN) | used_codes, key=lambda c: (c[:2], c))
    rows, gaps, goldstein_from_parent, unmapped = [], [], [], []
    for code in all_codes:
        entry = plover.get(code)
        source = "CAMEO2PLOVER"
        if entry is None:
            root = PLOVER_SUPPLEMENT_ROOTS.get(code[:2])
            if root:
                entry, source = {"type": root, "mode": "", "context": ""}, "supplement"
            else:
                for parent in parent_chain(code):
                    if parent in plover:
                        entry, source = dict(plover[parent]), "parent " + parent
                        break
        if entry is None:
            unmapped.append(code)
            continue
        if code in used_codes and source != "CAMEO2PLOVER":
            gaps.append((code, source))
        goldstein = GOLDSTEIN.get(code)
        if goldstein is None:
            for parent in parent_chain(code):
                if parent in GOLDSTEIN:
                    goldstein = GOLDSTEIN[parent]
                    goldstein_from_parent.append(code)
                    break
        if goldstein is None:
            sys.exit(f"no Goldstein value for {code}")
        rows.append((code, entry["type"], entry["mode"], entry["context"], QUAD_CLASS[entry["type"]],
                     goldstein, source))
    with open(os.path.join(args.out, "cameo-codes.tsv"), "w", encoding="utf-8") as handle:
        handle.write("# CAMEO code -> PLOVER type, mode, context (CAMEO2PLOVER-2021, CC BY-SA 4.0, (c) Open Event\n")
        handle.write("# Data Alliance), QuadClass, Goldstein value (GDELT CAMEO.goldsteinscale.txt), row source.\n")
        handle.write("code\ttype\tmode\tcontext\tquadClass\tgoldstein\tsource\n")
        for row in rows:
            handle.write("\t".join(str(f) for f in row) + "\n")

    pattern_count = sum(len(b["patterns"]) for b in out_blocks)
    print(f"synonym sets: {len(synsets)}; blocks: {len(out_blocks)}; verb entries: {len(verbs)}; "
          f"patterns: {pattern_count} (skipped {skipped} naming undefined sets); codebook rows: {len(rows)}",
          file=sys.stderr)
    print("dictionary codes without their own CAMEO2PLOVER row: "
          + ", ".join(f"{c} ({s})" for c, s in gaps), file=sys.stderr)
    print("codes with no PLOVER type (left out of the codebook): " + ", ".join(unmapped), file=sys.stderr)
    print("Goldstein taken from the parent code: " + ", ".join(goldstein_from_parent), file=sys.stderr)


if __name__ == "__main__":
    main()
