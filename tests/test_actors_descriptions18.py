"""Actor descriptions of wire copy (session 18, helper actors18, issue #5): office titles of
international organisations before a person, national security councils, organisations
described in the genitive, multi-word names inside compounds, and the head of an unknown
multi-word proper name. Mentions and sentences written for these tests (not from the pool or
the dev gold)."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.actors import load_resolver
from tests.parses import plain_countries

NOW = date(2026, 11, 27)
THEN = date(2015, 5, 1)


def code(mention: str, d: date = NOW) -> str | None:
    ref = load_resolver().resolve_mention(mention, d)
    return ref.code if ref is not None else None


@pytest.mark.parametrize(
    ("mention", "d", "expected"),
    [
        # rule `title-over-kb` on the name path: the organisation's title wins over ELI
        ("UN-Generalsekretär Ban Ki Moon", NOW, "IGO:UN"),
        ("UN-Generalsekretär Kofi Annan", NOW, "IGO:UN"),
        ("UN-Generalsekretär Butros Butros-Ghali", NOW, "IGO:UN"),
        ("EU-Außenbeauftragte Federica Mogherini", NOW, "IGO:EU"),
        ("UN-Menschenrechtskommissarin Michelle Bachelet", NOW, "IGO:UN"),
        # before the person held any role the title is still the organisation's
        ("UN-Menschenrechtskommissar Volker Türk", THEN, "IGO:UN"),
        # in office on the date: unchanged
        ("UN-Generalsekretär Ban Ki Moon", THEN, "IGO:UN"),
        ("UN-Generalsekretär António Guterres", NOW, "IGO:UN"),
        # a former office stays former
        ("der frühere UN-Generalsekretär Kofi Annan", NOW, "GHA/ELI"),
        ("der frühere Nato-Generalsekretär Jens Stoltenberg", NOW, "NOR/GOV"),
        # a role valid on the date wins over the title, as in `_title_code`
        ("Nato-Generalsekretär Jens Stoltenberg", NOW, "NOR/GOV"),
    ],
)
def test_igo_title_before_person(mention, d, expected):
    assert code(mention, d) == expected


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Pakistans Nationaler Sicherheitsrat", "PAK/GOV"),
        ("der japanische Nationale Sicherheitsrat", "JPN/GOV"),
        ("der israelische Sicherheitsrat", "ISR/GOV"),
        ("der Oberste Nationale Sicherheitsrat", "IRN/GOV"),
        # no country given: the sector waits for the context, it is not the UN's
        ("des Nationalen Sicherheitsrats", "/GOV"),
        # the bare council stays the UN's
        ("der Sicherheitsrat", "IGO:UN"),
        ("die Mitglieder des UN-Sicherheitsrats", "IGO:UN"),
    ],
)
def test_national_security_council(mention, expected):
    assert code(mention) == expected


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Beamte der europäischen Grenzschutzagentur Frontex", "IGO:EU"),
        ("Soldaten der Friedensmission Unifil", "IGO:UN"),
        ("Arbeiter des Autobauers Volkswagen", "DEU/LAB"),
        ("ein Sprecher des Rüstungskonzerns Rheinmetall", "DEU/BUS"),
        # unchanged: a country in the genitive, an organisation named without a descriptor
        ("Soldaten der Armee Israels", "ISR/MIL"),
        ("Kämpfer der paramilitärischen RSF", "SDN/REB"),
    ],
)
def test_described_organisation_in_genitive(mention, expected):
    assert code(mention) == expected


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("IG-Metall-Chefin Christiane Benner", "DEU/LAB"),
        ("die IG-Metall-Mitglieder", "DEU/LAB"),
        ("der IG-BCE-Vorsitzende", "DEU/LAB"),
        ("ein Human-Rights-Watch-Bericht", "NGO:HRW"),
        ("die IG Metall", "DEU/LAB"),
    ],
)
def test_multiword_name_in_compound(mention, expected):
    assert code(mention) == expected


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("die Werchowna Rada", "UKR/LEG"),
        ("die Hilfsorganisation Sea-Watch", "NGO:SEAWATCH"),
        ("die Karen-Nationalunion", "MMR/REB"),
        ("die staatliche Nachrichtenagentur NNA", "LBN/MED"),
    ],
)
def test_knowledge_base_entries(mention, expected):
    assert code(mention) == expected


def test_head_of_unknown_name_is_no_place(pipe):
    # "Ben" is one of the gazetteer's alternate names of Bern: the head of the unknown name
    # "Ben Gurion" is no Swiss target
    found = plain_countries(
        pipe, "Die Miliz feuerte nach eigenen Angaben eine Rakete auf den Flughafen Ben Gurion ab."
    )
    assert all(tgt != "CHE" for _, _, tgt in found), found


def test_igo_title_person_in_sentence(pipe):
    found = plain_countries(
        pipe, "UN-Generalsekretär Kofi Annan verurteilte den Angriff auf das Flüchtlingslager."
    )
    assert any(t == "ACCUSE" and src == "IGO:UN" for t, src, _ in found), found


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "Die Revolutionsgarden haben in der Straße von Hormus einen Tanker unter der Flagge "
            "Panamas festgesetzt.",
            ("COERCE", "IRN", "PAN"),
        ),
        (
            "Iranische Marinesoldaten brachten im Persischen Golf einen Frachter unter "
            "liberianischer Flagge unter ihre Kontrolle.",
            ("COERCE", "IRN", "LBR"),
        ),
    ],
)
def test_flag_state_of_a_ship(pipe, text, event):
    found = plain_countries(pipe, text)
    assert event in found, found
