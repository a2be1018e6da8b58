"""Strikes on real news text (issue #5, session 17's corpus review of strike events), on sentences
of our own. Coded through the real NLP and actor stages.

- rule `strike-target` (employer): the company a strike is held at ("bei der Deutschen Post")
  is its target (BUS), not the bare country;
- rule `crowd-workers`: a strike's crowd of no sector ("etwa 300 Mitarbeiter", "einige Hundert")
  is workers (LAB), not civilians; a sector noun keeps its own; a count of hours ("von 4.30 Uhr
  an") is no crowd at all;
- the next strike ("der nächste Streik", "die kommenden Proteste") is ahead: hypothetical, unless
  the clause tells the past ("nach dem nächsten Angriff brannten …");
- a clause after a colon that dates the act ahead ("weitet ihren Streik aus: Am Montag sollen
  auch … bestreikt werden" on a Sunday) makes it planned.
"""

from __future__ import annotations

from datetime import date

SUNDAY = date(2025, 10, 26)


def _protests(pipe, text, day=SUNDAY):
    return [e for e in pipe.code_text(text, date=day).events if e.type == "PROTEST"]


def test_the_struck_company_is_the_target(pipe):
    for text in (
        "Die Gewerkschaft Verdi weitet ihren Streik bei der Deutschen Post aus.",
        "Die Lokführer der GDL streikten am Freitag bei der Deutschen Bahn.",
    ):
        evs = _protests(pipe, text)
        assert evs, text
        assert all(e.target is not None and e.target.code == "DEU/BUS" for e in evs), text


def test_a_strikes_crowd_is_workers(pipe):
    for text in (
        "Etwa 300 Mitarbeiter folgten dem Streikaufruf der Gewerkschaft Verdi in Leipzig.",
        "In Kiel legten am Freitag einige Hundert die Arbeit nieder.",
    ):
        evs = _protests(pipe, text)
        assert evs and all(e.source.code == "DEU/LAB" for e in evs), text


def test_a_sector_noun_keeps_its_sector(pipe):
    evs = _protests(pipe, "Tausende Schüler traten in Berlin in einen Schulstreik.")
    assert evs and all(e.source.code == "DEU/CVL" for e in evs)


def test_hours_are_no_crowd(pipe):
    text = (
        "In Frankfurt würden von 04.30 Uhr bis 23.00 Uhr alle Langstreckenflüge bestreikt, "
        "teilte die Gewerkschaft Verdi mit."
    )
    evs = _protests(pipe, text)
    assert evs and all(e.source.code == "DEU/LAB" and e.source.text != "Uhr" for e in evs)


def test_the_next_strike_is_ahead(pipe):
    for text in (
        "Der nächste Streik der Lokführer in Frankreich trifft vor allem Pendler.",
        "Nächster Streik bei der Lufthansa",
        "Die kommenden Proteste der Opposition in Belgrad richten sich gegen die Regierung.",
    ):
        evs = _protests(pipe, text)
        assert evs and all(e.hypothetical for e in evs), text


def test_the_next_one_of_a_past_series_stays_plain(pipe):
    text = "Nach dem nächsten Angriff der russischen Armee auf Kiew brannten zwei Häuser."
    evs = [e for e in pipe.code_text(text, date=SUNDAY).events if e.type == "ASSAULT"]
    assert evs and not any(e.hypothetical for e in evs)


AHEAD_COLON = (
    "Die Gewerkschaft Verdi weitet ihren Streik bei der Deutschen Post aus: Am Montag sollen "
    "nicht nur die Zentren in Köln und Bonn, sondern auch Hamburg bestreikt werden, teilte die "
    "Gewerkschaft am Sonntag mit."
)
PAST_COLON = (
    "Die Gewerkschaft Verdi weitet ihren Streik bei der Deutschen Post aus: Am Freitag waren "
    "schon die Verteilzentren in Köln bestreikt worden."
)


def test_a_colon_clause_with_a_day_ahead_dates_the_strike(pipe):
    evs = _protests(pipe, AHEAD_COLON)
    assert evs and all(e.hypothetical for e in evs)
    evs = _protests(pipe, PAST_COLON)
    assert evs and not any(e.hypothetical for e in evs)


def test_the_colon_rule_is_what_flags_it(pipe, monkeypatch):
    monkeypatch.setattr(type(pipe.coder), "_colon_clause", staticmethod(lambda v: set()))
    evs = _protests(pipe, AHEAD_COLON)
    assert evs and not all(e.hypothetical for e in evs)


def test_a_companys_workers_named_by_its_prefix_are_workers(pipe):
    # "Lufthansa-Piloten" as "die Piloten der Lufthansa": DEU/LAB, not the company (which put
    # the strike out of scope as business news)
    for text in (
        "Lufthansa-Piloten streikten am Freitag in Frankfurt und München.",
        "Tausende VW-Arbeiter legten am Freitag in Wolfsburg die Arbeit nieder.",
    ):
        evs = _protests(pipe, text)
        assert evs and all(e.source.code == "DEU/LAB" for e in evs), text
    # a head of no workers keeps the company
    evs = pipe.code_text("Der Lufthansa-Chef kritisierte den Streik der Piloten.", date=SUNDAY)
    assert any(e.type == "ACCUSE" and e.source.code == "DEU/BUS" for e in evs.events)
