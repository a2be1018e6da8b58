"""Places: the offline gazetteer and where-it-happened on plain sentences."""

from __future__ import annotations

import pytest

from lagebild.enrich.gazetteer import get_gazetteer
from lagebild.enrich.geo import locate
from lagebild.models import ActorSlot, EventMention


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def event(text: str, type_: str, trigger: str | None = None, target: str | None = None, **kw):
    start = text.find(trigger) if trigger else None
    tgt = None
    if target:
        code, _, span = target.partition("=")
        pos = text.find(span) if span else -1
        tgt = ActorSlot(
            code=code,
            text=span or None,
            start=pos if pos >= 0 else None,
            end=pos + len(span) if pos >= 0 else None,
        )
    return EventMention(
        type=type_,
        sentence_idx=0,
        sentence=text,
        start=start,
        end=None if start is None else start + len(trigger),
        target=tgt,
        **kw,
    )


def where(text: str, type_: str, trigger: str | None = None, target: str | None = None):
    place = locate(event(text, type_, trigger, target), text, 0)
    return None if place is None else place.location()


@pytest.mark.parametrize(
    "form, name, country",
    [
        ("Moskau", "Moscow", "RUS"),
        ("Peking", "Beijing", "CHN"),
        ("Kiew", "Kyiv", "UKR"),
        ("Kyjiw", "Kyiv", "UKR"),
        ("Tiflis", "Tbilisi", "GEO"),
        ("Khartum", "Khartoum", "SDN"),
        ("Mogadischu", "Mogadishu", "SOM"),
        ("Chan Junis", "Khān Yūnis", "PSE"),
        ("Belgrad", "Belgrade", "SRB"),
        ("Antwerpen", "Antwerp", "BEL"),
        ("Odessa", "Odesa", "UKR"),
        ("Cherson", "Kherson", "UKR"),
        ("Venezuelas", "Venezuela", "VEN"),
        ("Jemen", "Yemen", "YEM"),
        ("Tschad", "Chad", "TCD"),
        ("Vereinigten Staaten", "United States", "USA"),
    ],
)
def test_german_names_and_exonyms(gaz, form, name, country):
    place = gaz.lookup(form)
    assert place is not None and place.name == name and place.country == country
    assert place.lat is not None and place.lon is not None
    assert place.geonames_id is not None


def test_a_capital_beats_a_larger_city_with_the_same_alternate_name(gaz):
    # GeoNames lists "Islamabad" as an old name of Chattogram (BGD), and "San José" as a
    # spelling of San Jose (USA): the capital of that name wins over the larger city
    assert gaz.lookup("Islamabad").country == "PAK"
    assert gaz.lookup("San José").country == "CRI"


def test_every_capital_in_the_actor_kb_resolves_to_its_country(gaz):
    import yaml

    from lagebild.enrich.gazetteer import DATA

    countries = yaml.safe_load(
        (DATA.parent / "actors" / "countries_de.yaml").read_text(encoding="utf-8")
    )
    wrong = []
    for iso3, entry in countries.items():
        caps = entry.get("cap") if isinstance(entry, dict) else None
        for cap in caps if isinstance(caps, list) else [caps] if caps else []:
            place, _ = gaz.match(cap.split(), 0)
            if place is None or place.country != iso3:
                wrong.append((iso3, cap, place and place.country))
    assert not wrong


def test_common_nouns_are_no_places(gaz):
    for word in ("Norden", "Mitte", "Hafen", "Region", "Grenze", "Hamas"):
        assert gaz.match([word], 0) == (None, 0)


def test_city_gets_geonames_id_adm1_and_precision():
    loc = where(
        "Die sudanesische Armee und die RSF lieferten sich in Khartum Gefechte.",
        "ASSAULT",
        "lieferten",
    )
    assert loc.name == "Khartoum" and loc.country == "SDN"
    assert loc.geonames_id == 379252 and loc.adm1 == "SD.29" and loc.precision == "city"


def test_coast_is_a_point_on_the_coast_still_in_the_country():
    text = (
        "Die US-Marine hat vor der Küste Venezuelas erneut ein Boot versenkt, das Kokain "
        "in die Vereinigten Staaten bringen sollte."
    )
    loc = where(text, "ASSAULT", "versenkt")
    assert loc.country == "VEN" and loc.precision == "region" and "coast" in loc.name
    centre = get_gazetteer().country_place("VEN")
    assert (loc.lat, loc.lon) != (centre.lat, centre.lon)
    assert 9.5 < loc.lat < 12.5 and -73 < loc.lon < -60  # on Venezuela's Caribbean coast


@pytest.mark.parametrize(
    "text, type_, trigger, country, precision",
    [
        (
            "Bei Luftangriffen im Jemen starben am Sonntag zwölf Menschen.",
            "ASSAULT",
            "starben",
            "YEM",
            "country",
        ),
        ("Russische Truppen kämpfen in der Ukraine.", "ASSAULT", "kämpfen", "UKR", "country"),
        ("Frankreich zieht seine Truppen aus dem Tschad ab.", "RETREAT", "zieht", "TCD", "country"),
        (
            "Die Armee zieht Einheiten aus der Region Cherson ab.",
            "RETREAT",
            "zieht",
            "UKR",
            "region",
        ),
        (
            "Israel bombardierte Ziele im Süden des Libanon.",
            "ASSAULT",
            "bombardierte",
            "LBN",
            "region",
        ),
        ("Israel bombardierte Ziele im Südlibanon.", "ASSAULT", "bombardierte", "LBN", "region"),
        (
            "Aus dem Libanon flogen Raketen auf den Norden Israels.",
            "ASSAULT",
            "flogen",
            "ISR",
            "region",
        ),
        (
            "Ankara schickt weitere Soldaten an die syrische Grenze.",
            "MOBILIZE",
            "schickt",
            "SYR",
            "region",
        ),
        ("Der Präsident wurde im Kreml empfangen.", "CONSULT", "empfangen", "RUS", "point"),
        (
            "In Istanbul verhaftete die Polizei mehrere Journalisten.",
            "COERCE",
            "verhaftete",
            "TUR",
            "city",
        ),
        (
            "Die Außenminister kamen in Paris zu Gesprächen zusammen.",
            "CONSULT",
            "kamen",
            "FRA",
            "city",
        ),
    ],
)
def test_locative_phrases(text, type_, trigger, country, precision):
    loc = where(text, type_, trigger)
    assert loc is not None, text
    assert loc.country == country and loc.precision == precision


def test_region_has_direction_specific_coordinates():
    south = where("Israel bombardierte Ziele im Süden des Libanon.", "ASSAULT", "bombardierte")
    north = where("Israel bombardierte Ziele im Norden des Libanon.", "ASSAULT", "bombardierte")
    assert south.lat < north.lat


def test_attacked_city_as_target_is_the_location():
    text = "Drohnen haben die ukrainische Hafenstadt Odessa schwer getroffen."
    loc = where(text, "ASSAULT", "getroffen", target="UKR=die ukrainische Hafenstadt Odessa")
    assert loc.name == "Odesa" and loc.country == "UKR" and loc.precision == "city"
    # the coder found no target actor: the place in the object position is still the place
    assert where(text, "ASSAULT", "getroffen").name == "Odesa"
    # but not when the target is another phrase, nor as the subject, nor for verbal events
    assert where(text, "ASSAULT", "getroffen", target="RUS=Drohnen") is None
    assert where("Odessa meldete neue Angriffe.", "ASSAULT", "meldete") is None
    assert where("Berlin kritisierte die Führung in Moskau.", "ACCUSE", "kritisierte") is None


def test_blockaded_port():
    text = "Gewerkschafter legten mit einer Blockade den Hafen von Antwerpen lahm."
    loc = where(text, "PROTEST", "legten", target="BEL=den Hafen von Antwerpen")
    assert loc.country == "BEL" and loc.precision == "city"


@pytest.mark.parametrize(
    "text, type_, trigger",
    [
        ("Russland und Kuba unterzeichneten ein Handelsabkommen.", "AGREE", "unterzeichneten"),
        ("Kanada beschloss Strafmaßnahmen gegen den Iran.", "SANCTION", "beschloss"),
        ("Peking verurteilte die Rüstungsexporte der USA an Taiwan.", "ACCUSE", "verurteilte"),
        ("Berlin verweigert die Abgabe von Panzern an die Ukraine.", "REJECT", "verweigert"),
        ("Der Präsident warnte vor einer Invasion.", "ACCUSE", "warnte"),
        ("Amnesty warf der Regierung in Myanmar Folter vor.", "ACCUSE", "warf"),
        ("Beide Staaten stritten über die Region Essequibo.", "AGREE", "stritten"),
    ],
)
def test_no_location_where_the_text_gives_none(text, type_, trigger):
    assert where(text, type_, trigger) is None


def test_nearest_place_to_the_trigger_wins():
    text = "Nach Gesprächen in Paris griffen Rebellen in Khartum eine Kaserne an."
    assert where(text, "ASSAULT", "griffen").name == "Khartoum"


def test_unknown_place_keeps_the_country():
    text = "Die Armee griff in der venezolanischen Kleinstadt Xyzabad Rebellen an."
    loc = where(text, "ASSAULT", "griff")
    assert loc.country == "VEN" and loc.precision == "country"


def test_city_genitives_and_small_towns(gaz):
    assert gaz.lookup("Kiews").name == "Kyiv"
    loc = where("Drohnen schlugen im Norden Kiews ein.", "ASSAULT", "schlugen")
    assert loc.country == "UKR" and loc.precision == "region"
    town = gaz.lookup("Kupjansk")  # below GeoNames' 15,000 list: coordinates from names_de.yaml
    assert town.country == "UKR" and town.lat is not None and town.geonames_id is None


@pytest.mark.parametrize(
    "text, type_, trigger, name",
    [
        (
            "US forces destroyed a boat off the coast of Venezuela.",
            "ASSAULT",
            "destroyed",
            "Venezuela (coast)",
        ),
        ("Rockets hit northern Israel overnight.", "ASSAULT", "hit", "Israel (north)"),
        ("Police detained dozens of protesters in Istanbul.", "COERCE", "detained", "Istanbul"),
        ("Russia pulled its troops out of Kherson.", "RETREAT", "pulled", "Kherson"),
        ("The EU imposed sanctions on Iran.", "SANCTION", "imposed", None),
    ],
)
def test_english_sentences(text, type_, trigger, name):
    loc = where(text, type_, trigger)
    assert (loc.name if loc else None) == name


def test_visited_place_and_partner_country():
    assert where("Die Kanzlerin besuchte am Dienstag Kiew.", "CONSULT", "besuchte").name == "Kyiv"
    talks = "Frankreich wird nächste Woche Gespräche mit Marokko führen."
    assert where(talks, "CONSULT", "führen", target="MAR") is None


def test_states_regions_and_ambiguous_country_names(gaz):
    bavaria = gaz.lookup("Bayern")
    assert bavaria.kind == "region" and bavaria.country == "DEU" and bavaria.adm1 == "DE.02"
    assert 47 < bavaria.lat < 50.5 and 9 < bavaria.lon < 14
    assert gaz.lookup("Florida").country == "USA"
    assert gaz.lookup("Kongo").country == "COD"  # our names win over pycountry's
    loc = where("In Bayern demonstrierten Tausende Bauern.", "PROTEST", "demonstrierten")
    assert loc.name == "Bavaria" and loc.precision == "region"
