"""Actor mechanisms of session 6 (docs/actors.md): countries named by a description ("der
Golfstaat", "die Inselrepublik", "das westafrikanische Land", "das Nachbarland"), groups of
countries ("die baltischen Staaten", "die Golfstaaten"), US states that share a name with a
country, region genitives, people whose nationality an apposition gives, several countries
after "Vertreter aus" / "von". Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.actors import load_resolver
from lagebild.models import Document

D = date(2025, 10, 15)


def annotate(analyzer, text, d=D):
    doc = Document(source="t", format="text", text=text, date=d)
    docs = analyzer.analyze(doc)
    load_resolver().annotate(doc, docs)
    return doc, docs


def entities(analyzer, text, d=D):
    doc, _ = annotate(analyzer, text, d)
    return {(e.text, e.actor.code if e.actor else None) for e in doc.entities}


def members(analyzer, text, mention):
    _, docs = annotate(analyzer, text)
    for sp in docs["body"].spans["actors"]:
        if sp.text == mention:
            return [r.code for r in (sp._.actors or [sp._.actor])]
    raise AssertionError(f"no span {mention!r}")


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a description names the most recent country of its region
        (
            "Kenia hat nach Angaben aus Nairobi 300 Polizisten nach Haiti entsandt; die "
            "Inselrepublik hatte um Hilfe gebeten.",
            "die Inselrepublik",
            "HTI",
        ),
        (
            "Der saudische Kronprinz empfing den französischen Präsidenten; der Golfstaat "
            "kauft seit Jahren Rüstungsgüter aus Frankreich.",
            "der Golfstaat",
            "SAU",
        ),
        (
            "Deutschland hat seine Soldaten aus Niger abgezogen, die Junta des "
            "westafrikanischen Landes hatte das verlangt.",
            "die Junta des westafrikanischen Landes",
            "NER/GOV",
        ),
        (
            "Ecuador hat Kolumbien mit Zöllen belegt; das Nachbarland antwortete mit Gegenzöllen.",
            "das Nachbarland",
            "COL",
        ),
    ],
)
def test_descriptions_name_a_country_of_their_region(analyzer, text, mention, expected):
    assert (mention, expected) in entities(analyzer, text)


def test_description_without_a_country_of_its_region_names_no_one(analyzer):
    ents = entities(analyzer, "Frankreich hat dem westafrikanischen Land weitere Hilfe zugesagt.")
    assert not any(t == "dem westafrikanischen Land" for t, _ in ents)


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        (
            "Die baltischen Staaten verlangen mehr Schutz.",
            "Die baltischen Staaten",
            ["EST", "LVA", "LTU"],
        ),  # fmt: skip
        (
            "Moskau wies Diplomaten aus den drei baltischen Staaten aus.",
            "Diplomaten aus den drei baltischen Staaten",
            ["EST/GOV", "LVA/GOV", "LTU/GOV"],
        ),  # fmt: skip
        (
            "Die Außenminister der skandinavischen Länder trafen sich in Oslo.",
            "Die Außenminister der skandinavischen Länder",
            ["DNK/GOV", "NOR/GOV", "SWE/GOV"],
        ),  # fmt: skip
        (
            "Vertreter aus Ägypten, Katar und der Türkei verhandelten mit der Hamas.",
            "Vertreter",
            ["EGY", "QAT", "TUR"],
        ),  # fmt: skip
        (
            "Tusk beriet mit den Regierungschefs von Tschechien und der Slowakei.",
            "den Regierungschefs",
            ["CZE/GOV", "SVK/GOV"],
        ),  # fmt: skip
        ("Die Golfstaaten verurteilten den Angriff.", "Die Golfstaaten", ["IGO:GCC"]),
    ],
)
def test_groups_of_countries(analyzer, text, mention, expected):
    assert members(analyzer, text, mention) == expected


def test_us_state_georgia_and_region_genitives(analyzer):
    ents = entities(
        analyzer,
        "Die Polizei im US-Bundesstaat Georgia nahm 30 Demonstranten fest.",
    )
    assert ("30 Demonstranten", "USA/CVL") in ents
    assert not any(c == "GEO" for _, c in ents)
    ents = entities(analyzer, "Bayerns Innenminister kritisierte die Bundesregierung.")
    assert ("Bayerns Innenminister", "DEU/GOV") in ents


def test_an_apposition_gives_the_nationality_of_people(analyzer):
    ents = entities(
        analyzer,
        "Die Polizei hat in Texas 120 Menschen festgenommen, die meisten von ihnen "
        "mexikanische Staatsbürger.",
    )
    assert ("120 Menschen", "MEX/CVL") in ents


def test_possessive_forces_withdrawn_from_a_country_stay_the_owners(analyzer):
    ents = entities(analyzer, "Großbritannien hat seine Soldaten aus Mali abgezogen.")
    assert ("seine Soldaten", "GBR/MIL") in ents


def test_homonymous_organisation_follows_the_country_of_the_text(analyzer):
    ents = entities(
        analyzer, "In Argentinien rief der Gewerkschaftsdachverband CGT zum Generalstreik auf."
    )
    assert ("CGT", "ARG/LAB") in ents
    ents = entities(analyzer, "In Frankreich rief die Gewerkschaft CGT zum Streik auf.")
    assert ("die Gewerkschaft CGT", "FRA/LAB") in ents
    ents = entities(analyzer, "Die CGT rief zum Streik auf.")
    assert ("Die CGT", "FRA/LAB") in ents  # no country in the text: the first one stands


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        (
            "Eine dschihadistische Gruppe überfiel in Niger einen Militärposten.",
            "Eine dschihadistische Gruppe",
            "NER/REB",
        ),  # fmt: skip
        (
            "Die Polizei hob in Neapel eine kriminelle Vereinigung aus.",
            "eine kriminelle Vereinigung",
            "ITA/CRM",
        ),  # fmt: skip
        ("Mitarbeiter von Hyundai streikten in Ulsan.", "Mitarbeiter von Hyundai", "KOR/LAB"),
        (
            "Tausende Beschäftigte von Volkswagen protestierten.",
            "Tausende Beschäftigte von Volkswagen",
            "DEU/LAB",
        ),  # fmt: skip
        (
            "Ein Sprecher von Volkswagen wies das zurück.",
            "Ein Sprecher von Volkswagen",
            "DEU/BUS",
        ),  # fmt: skip
        (
            "Der frühere peruanische Präsident wurde verurteilt.",
            "Der frühere peruanische Präsident",
            "PER/ELI",
        ),  # fmt: skip
        (
            "Die ehemalige Regierungschefin kritisierte aus ihrem Exil in Indien die Regierung "
            "in Dhaka.",
            "Die ehemalige Regierungschefin",
            "BGD/ELI",
        ),  # fmt: skip
        (
            "Die Behörden in Minsk ließen 14 Gefangene frei; Litauen forderte, auch die "
            "übrigen Gefangenen freizulassen.",
            "die übrigen Gefangenen",
            "BLR/CVL",
        ),  # fmt: skip
    ],
)
def test_organisations_and_people_by_their_form(analyzer, text, mention, expected):
    assert (mention, expected) in entities(analyzer, text)


def test_island_and_the_country_named_last(analyzer):
    ents = entities(
        analyzer,
        "China hat nach Angaben des taiwanischen Verteidigungsministeriums Kriegsschiffe rund "
        "um die Insel entsandt.",
    )
    assert ("die Insel", "TWN") in ents
    ents = entities(analyzer, "Italien brachte die Migranten von der Insel Lampedusa weg.")
    assert not any(c == "TWN" or t == "der Insel" for t, c in ents)
    ents = entities(
        analyzer,
        "Israel hat nach Angaben des libanesischen Gesundheitsministeriums im Süden des Landes "
        "zwölf Menschen getötet.",
    )
    assert ("des Landes", "LBN") in ents
    assert ("zwölf Menschen", "LBN/CVL") in ents
