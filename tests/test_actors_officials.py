"""Officials and offices whose country the text does not name (issue #5): the federal cabinet
by name with dated roles, "der Kanzler" of German news, and an official of no named country
who visits or arrives somewhere (the place is where the official is, not whose official).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.actors import load_resolver

D = date(2025, 10, 20)


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize(
    ("mention", "day", "code"),
    [
        ("Entwicklungsministerin Reem Alabali-Radovan", D, "DEU/GOV"),
        ("Justizministerin Stefanie Hubig", D, "DEU/GOV"),
        ("Regierungssprecher Stefan Kornelius", D, "DEU/GOV"),
        ("Svenja Schulze", date(2024, 3, 1), "DEU/GOV"),
        ("Innenministerin Shabana Mahmood", D, "GBR/GOV"),
        ("Innenminister Laurent Nuñez", date(2025, 11, 5), "FRA/GOV"),
        ("Matteo Piantedosi", D, "ITA/GOV"),
    ],
)
def test_office_holders_by_name(resolver, mention, day, code):
    ref = resolver.resolve_mention(mention, day)
    assert ref is not None and ref.code == code


def test_a_role_ends_with_its_government(resolver):
    # the Scholz cabinet's development minister after the Merz cabinet was sworn in
    ref = resolver.resolve_mention("Svenja Schulze", D)
    assert ref is not None and ref.code != "DEU/GOV"


def _events(pipe, text, typ):
    return [e for e in pipe.code_text(text, date=D).events if e.type == typ]


def _src(e):
    return e.source.code if e.source is not None else None


def test_the_chancellor_of_german_news_is_germanys(pipe):
    evs = _events(pipe, "Der Kanzler verurteilte die Luftangriffe Russlands auf Charkiw.", "ACCUSE")
    assert evs and all(_src(e) == "DEU/GOV" for e in evs)


def test_the_chancellor_of_a_story_about_austria(pipe):
    text = (
        "In Österreich wird über die Neutralität gestritten. "
        "Der Kanzler kritisierte die Angriffe Russlands auf die Ukraine."
    )
    evs = _events(pipe, text, "ACCUSE")
    assert evs and all(_src(e) == "AUT/GOV" for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister warf der Regierung bei seinem Besuch in Bagdad schwere Versäumnisse vor.",
        "Die Ministerin ist in Teheran eingetroffen und hat dort die Regierung kritisiert.",
    ],
)
def test_a_visited_place_is_not_the_officials_country(pipe, text):
    evs = _events(pipe, text, "ACCUSE")
    assert not any((_src(e) or "").startswith(("IRQ", "IRN")) for e in evs)


def test_an_official_in_a_place_still_takes_it(pipe):
    # no visit: the ministry of a city's government acts where it is
    evs = _events(pipe, "In Bagdad warf das Ministerium den Milizen Anschläge vor.", "ACCUSE")
    assert evs and all(_src(e) == "IRQ/GOV" for e in evs)


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("die Bundesentwicklungsministerin", "DEU/GOV"),
        ("das Bundesbildungsministerium", "DEU/GOV"),
        ("der Bundesumweltminister", "DEU/GOV"),
        ("der Vizekanzler", "DEU/GOV"),
        ("der österreichische Vizekanzler", "AUT/GOV"),
    ],
)
def test_federal_offices_of_any_portfolio_are_german(resolver, mention, code):
    ref = resolver.resolve_mention(mention, D)
    assert ref is not None and ref.code == code


def test_a_portfolio_without_bundes_names_no_country(resolver):
    ref = resolver.resolve_mention("die Entwicklungsministerin", D)
    assert ref is None or not ref.code.startswith("DEU")
