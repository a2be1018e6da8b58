"""Session 9: actors on real text. Demonyms of every country in the dative plural, no
single-word fuzzy matches, city names of other languages, datelines without a dash, actors of
no single country (foreign, several countries) and destinations, dated office holders that
were marked uncertain (sentences written for these tests)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spacy
import yaml

from lagebild.actors import load_resolver
from lagebild.actors.kb import demonym_forms
from lagebild.actors.resolver import _city_cc
from lagebild.models import Document

D = date(2025, 11, 20)
DATA = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "data" / "actors"


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("de")


def spans_of(resolver, nlp, body):
    doc = Document(source="t", format="text", text=body, date=D)
    docs = {"body": nlp(body)}
    resolver.annotate(doc, docs)
    return {s.text: s for s in docs["body"].spans["actors"]}


def _curated():
    with (DATA / "countries_de.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def test_every_curated_country_with_an_adjective_has_a_demonym():
    # "den Katarern", "die Usbeken": people of a country, for all countries news names
    missing = [cc for cc, spec in _curated().items() if spec.get("adj") and not spec.get("dem")]
    # the Vatican has no people of its own; Luxembourg ("Luxemburger Gericht"), Malta
    # ("die Malteser", the relief service), the Dominican Republic ("Dominikaner", the
    # order), Myanmar and the Emirates have no demonym that is not something else first
    assert set(missing) <= {"VAT", "LUX", "MLT", "DOM", "MMR", "ARE"}, missing


def test_every_demonym_resolves_in_the_dative_plural(resolver):
    wrong = []
    for cc, spec in _curated().items():
        dems = spec.get("dem") or []
        for dem in [dems] if isinstance(dems, str) else dems:
            forms = demonym_forms(dem)
            # the dative plural: "Syrer" -> "den Syrern", "Afghane" -> "den Afghanen"
            if dem.endswith("er") and not dem.endswith("Deutscher"):
                plural = dem + "n"
            elif dem.endswith("e") and not dem.endswith("sche"):
                plural = dem + "n"
            else:
                continue
            assert plural in forms, dem
            ref = resolver.resolve_mention(f"den {plural}", D)
            if ref is None or ref.country != cc:
                wrong.append((plural, cc, ref.code if ref else None))
    assert not wrong, wrong


@pytest.mark.parametrize(
    "mention, cc",
    [("den Katarern", "QAT"), ("die Usbeken", "UZB"), ("den Malaysiern", "MYS"),
     ("den Neuseeländern", "NZL"), ("der Senegalese", "SEN"), ("den Kambodschanern", "KHM")],
)  # fmt: skip
def test_new_demonyms(resolver, mention, cc):
    ref = resolver.resolve_mention(mention, D)
    assert ref is not None and ref.country == cc


@pytest.mark.parametrize("word", ["Natal", "John", "Kitas", "Reisen"])
def test_one_word_is_no_fuzzy_person(resolver, word):
    ref = resolver.resolve_mention(word, D)
    assert ref is None or ref.kb_id is None or not ref.kb_id.startswith("person:"), ref


def test_fuzzy_full_names_and_spelling_keys_still_match(resolver):
    assert resolver.resolve_mention("Emanuel Makron", D).code == "FRA/GOV"
    assert resolver.resolve_mention("Selenskij", D).code == "UKR/GOV"
    assert resolver.resolve_mention("Khamenei", D).code == "IRN/GOV"


def test_inflected_common_noun_is_no_city():
    # "in Kitas": the plural of Kita (day-care centres), not Quito's Lithuanian name
    assert _city_cc("Kitas", "NOUN", "Kita") is None
    assert _city_cc("Antwerpen", "NOUN", "Antwerpen") == "BEL"  # a name the tagger calls NOUN
    assert _city_cc("Quito", "PROPN", "Quito") == "ECU"
    assert _city_cc("Mailand", "PROPN") == "ITA"
    assert _city_cc("Natal", "PROPN") == "ZAF"  # the South African province (regions_de)


def test_dateline_without_dash(resolver, nlp):
    s = spans_of(resolver, nlp, "Berlin Die Bundeswehr hat den Einsatz im Irak verlängert.")
    assert s["Berlin"]._.is_place and s["Berlin"]._.actor.code == "DEU"
    assert s["Die Bundeswehr"]._.actor.code == "DEU/MIL"
    s = spans_of(resolver, nlp, "Moskau lehnt die Forderung ab.")
    assert s["Moskau"]._.actor.code == "RUS/GOV"  # a capital as subject stays the metonym


@pytest.mark.parametrize(
    "body, mention, code",
    [
        ("Bei einer Kundgebung in Mogadischu wurde ein ausländischer Kameramann verletzt.",
         "ein ausländischer Kameramann", "/MED"),
        ("Ministerien vieler arabischer Länder riefen dazu auf, Reisen nach Ägypten zu verschieben.",
         "Ministerien", "/GOV"),
        ("In Kabul trafen sich Diplomaten aus mehreren Staaten mit den Taliban.",
         "Diplomaten", "/GOV"),
        ("Internationale Soldaten patrouillieren in Mali.", "Internationale Soldaten", "/MIL"),
    ],
)  # fmt: skip
def test_actors_of_no_single_country_stay_unplaced(resolver, nlp, body, mention, code):
    s = spans_of(resolver, nlp, body)
    assert s[mention]._.actor.code == code
    assert s[mention]._.unplaced


def test_placed_sector_nouns_still_take_the_place(resolver, nlp):
    s = spans_of(resolver, nlp, "Die Polizei nahm in Istanbul Dutzende Demonstranten fest.")
    assert s["Die Polizei"]._.actor.code == "TUR/COP"
    assert not s["Die Polizei"]._.unplaced
    s = spans_of(resolver, nlp, "Westliche Diplomaten und die russische Regierung verhandeln.")
    assert s["die russische Regierung"]._.actor.code == "RUS/GOV"


def test_a_destination_is_not_the_travellers_country(resolver, nlp):
    s = spans_of(resolver, nlp, "Der Außenminister reiste nach Marokko und schwieg.")
    assert s["Der Außenminister"]._.actor.code == "/GOV"
    s = spans_of(resolver, nlp, "Der Außenminister sprach in Rabat mit Journalisten.")
    assert s["Der Außenminister"]._.actor.code.startswith("MAR")  # where he is: still a place


@pytest.mark.parametrize(
    "name, day, code",
    [
        # checked against what was known in October 2025 (see the comments in people.yaml)
        ("Ilie Bolojan", date(2025, 3, 15), "ROU/GOV"),  # acting president Feb-May 2025
        ("Ilie Bolojan", date(2025, 7, 1), "ROU/GOV"),
        ("Marcel Ciolacu", date(2025, 4, 1), "ROU/GOV"),
        ("José Jerí", date(2025, 10, 20), "PER/GOV"),
        ("José Jerí", date(2025, 8, 1), "PER/LEG"),
        ("Sushila Karki", date(2025, 10, 1), "NPL/GOV"),
        ("Michael Randrianirina", date(2025, 10, 20), "MDG/GOV"),
        ("Catherine Connolly", date(2025, 11, 20), "IRL/GOV"),
        ("Rodrigo Paz", date(2025, 11, 20), "BOL/GOV"),
        ("Gabriel Boric", date(2025, 10, 1), "CHL/GOV"),
        ("Xiomara Castro", date(2025, 10, 1), "HND/GOV"),
    ],
)
def test_checked_office_holders(resolver, name, day, code):
    assert resolver.resolve_mention(name, day).code == code


def test_office_ends_checked(resolver):
    assert resolver.resolve_mention("Dina Boluarte", date(2025, 10, 20)).code != "PER/GOV"
    assert resolver.resolve_mention("Marcel Ciolacu", date(2025, 6, 1)).code != "ROU/GOV"
    assert resolver.resolve_mention("Xiomara Castro", date(2026, 3, 1)).code != "HND/GOV"


def test_no_uncertain_marks_left():
    text = (DATA / "people.yaml").read_text(encoding="utf-8")
    assert "# UNCERTAIN" not in text  # each is now CHECKED or UNVERIFIED (after 2025-10)


def test_opposition_of_the_government_named_before_it(resolver, nlp):
    body = (
        "Die Lage in Russland bleibt angespannt. Die venezolanische Regierung und die in Madrid "
        "lebenden Regimegegner haben der Vereinbarung zugestimmt."
    )
    s = spans_of(resolver, nlp, body)
    assert (
        s["lebenden Regimegegner"]._.actor.code == "VEN/OPP"
    )  # not Spain's (the place), not Russia's


@pytest.mark.parametrize(
    "mention, code",
    [("den Amerikanern", "USA"), ("die Amerikaner", "USA"), ("den Iranern", "IRN"),
     ("der Amerikaner", "USA/CVL"), ("einem Iraner", "IRN/CVL"), ("den Afghanen", "AFG/CVL")],
)  # fmt: skip
def test_dative_plural_demonym_is_the_nation_like_the_plural(resolver, mention, code):
    assert resolver.resolve_mention(mention, D).code == code
