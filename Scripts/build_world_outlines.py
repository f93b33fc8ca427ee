#!/usr/bin/env python3
"""Build the country outlines the HTML report draws its map on.

Source: Natural Earth 1:110m admin-0 countries (public domain, https://www.naturalearthdata.com/), as packaged in
the `naturalearth_lowres` dataset inside the PyPI wheel geopandas==0.14.4 (pinned; the wheel is only unzipped,
not installed), read with pyshp==2.3.1 (the DBF is Latin-1).

Usage:
    python3 -m venv .venv-geo && .venv-geo/bin/pip install pyshp==2.3.1
    .venv-geo/bin/pip download geopandas==0.14.4 --no-deps -d .venv-geo/wheels
    .venv-geo/bin/python Scripts/build_world_outlines.py [--check]

Output (Sources/Geo/Resources/world-outlines.tsv, byte-for-byte reproducible): one line per country, sorted by
ISO 3166-1 alpha-3 code, tab-separated: the code (Natural Earth's ISO_A3, or its ADM0_A3 when that is -99), the
name, then one field per ring: `lon,lat lon,lat …` in degrees with one decimal, consecutive duplicates removed,
rings of fewer than 4 points dropped.
"""

import argparse
import glob
import io
import os
import sys
import zipfile

import shapefile  # pyshp

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "Geo", "Resources", "world-outlines.tsv")
WHEEL_GLOB = os.path.join(ROOT, ".venv-geo", "wheels", "geopandas-0.14.4-*.whl")
BASE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"


def read_countries():
    wheels = sorted(glob.glob(WHEEL_GLOB))
    if not wheels:
        sys.exit("missing the geopandas 0.14.4 wheel: pip download geopandas==0.14.4 --no-deps -d .venv-geo/wheels")
    with zipfile.ZipFile(wheels[0]) as wheel:
        parts = {ext: io.BytesIO(wheel.read(f"{BASE}.{ext}")) for ext in ("shp", "shx", "dbf")}
    reader = shapefile.Reader(shp=parts["shp"], shx=parts["shx"], dbf=parts["dbf"], encoding="latin-1")
    fields = [f[0] for f in reader.fields[1:]]
    countries = []
    for record, shape in zip(reader.records(), reader.shapes()):
        row = dict(zip(fields, record))
        code = row.get("iso_a3") or row.get("ISO_A3")
        if not code or code == "-99":
            code = row.get("adm0_a3") or row.get("ADM0_A3") or ""
        name = row.get("name") or row.get("NAME") or code
        rings = []
        starts = list(shape.parts) + [len(shape.points)]
        for begin, end in zip(starts, starts[1:]):
            ring = []
            for lon, lat in shape.points[begin:end]:
                point = f"{lon:.1f},{lat:.1f}"
                if not ring or ring[-1] != point:
                    ring.append(point)
            if len(ring) >= 4:
                rings.append(" ".join(ring))
        if code and rings:
            countries.append((code, name, rings))
    return sorted(countries)


def render(countries):
    return "".join("\t".join([code, name] + rings) + "\n" for code, name, rings in countries)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed file differs")
    args = parser.parse_args()
    text = render(read_countries())
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{OUT} differs from what the script builds")
        print(f"{OUT}: reproduced byte for byte")
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {OUT}: {len(text.splitlines())} countries, {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
