"""An act told in the present tense with a day or period of its own still ahead of the article is
planned, not done (`HistoryRules._dated_ahead`, with the periods of `enrich/dates.py`): "Die
Lehrer streiken am Donnerstag" in a Tuesday's article, "streiken zu Wochenbeginn" in a Sunday's,
"treffen sich Anfang nächster Woche", "Ende des Monats" (still ahead) are hypothetical, dated
forward. A perfect or past, the article's own weekday or period ("today": the week start in a
Monday's article, the end of the month on its last day), "seit …" and the day of another thing
("die Wahl vom Sonntag") stay plain. Coded through the real NLP and actor stages; each flagged
example is plain without the rule."""

from __future__ import annotations

from datetime import date

import pytest

TUESDAY = date(2025, 10, 28)
SUNDAY = date(2025, 11, 2)

# (text, article date, the date of the planned act where checked)
AHEAD = [
    # a weekday or a date
    (
        "Die spanischen Fluglotsen streiken am Donnerstag an allen Flughäfen des Landes.",
        TUESDAY,
        "2025-10-30",  # the coming Thursday, not the last one
    ),
    (
        "Die Außenminister der Nato treffen sich am Freitag in Brüssel mit dem ukrainischen "
        "Präsidenten.",
        TUESDAY,
        None,
    ),
    (
        "In der Nacht zum Samstag blockieren französische Landwirte die Autobahnen rund um Paris.",
        TUESDAY,
        None,
    ),
    (
        "Am 3. November empfängt der brasilianische Präsident in Brasília seinen argentinischen "
        "Amtskollegen.",
        TUESDAY,
        None,
    ),
    # a period named relative to the article date
    (
        "Die Gewerkschaft der Lokführer weitet ihren Streik bei der Deutschen Bahn zu "
        "Wochenbeginn aus.",
        SUNDAY,
        "2025-11-03",  # the coming Monday
    ),
    (
        "Die Außenminister der Nato treffen sich Anfang nächster Woche in Brüssel.",
        SUNDAY,
        "2025-11-03",
    ),
    (
        "Der französische Präsident empfängt Ende des Monats den indischen Premierminister in "
        "Paris.",
        SUNDAY,
        None,
    ),
]
# (text, article date, a type it codes; none of its events is flagged)
PLAIN = [
    ("Die spanischen Fluglotsen streiken seit Montag an allen Flughäfen des Landes.", TUESDAY, "PROTEST"),
    ("Die spanischen Fluglotsen streiken am Dienstag an allen Flughäfen des Landes.", TUESDAY, "PROTEST"),
    ("Die spanischen Fluglotsen haben am Donnerstag an allen Flughäfen gestreikt.", TUESDAY, "PROTEST"),
    ("Nach der Wahl vom Sonntag fordert die Opposition in Georgien Neuwahlen.", TUESDAY, "REQUEST"),
    (
        "Die Gewerkschaft der Lokführer weitete ihren Streik bei der Deutschen Bahn zu "
        "Wochenbeginn aus.",
        SUNDAY,
        "PROTEST",
    ),
    ("Die Lokführer streiken seit Wochenbeginn bei der Deutschen Bahn.", SUNDAY, "PROTEST"),
    # the week start in a Monday's article is today
    (AHEAD[4][0], date(2025, 11, 3), "PROTEST"),
    # the article of the month's last day: "Ende des Monats" is today, not ahead
    (AHEAD[6][0], date(2025, 11, 30), "CONSULT"),
]  # fmt: skip


def _events(pipe, text, day):
    return pipe.code_text(text, date=day).events


@pytest.mark.parametrize("text, day, when", AHEAD)
def test_present_tense_with_a_time_ahead_is_planned(pipe, text, day, when):
    evs = _events(pipe, text, day)
    assert evs and all(e.hypothetical for e in evs)
    if when is not None:
        assert str(evs[0].date) == when


@pytest.mark.parametrize("text, day, typ", PLAIN)
def test_past_today_and_ongoing_stay_plain(pipe, text, day, typ):
    evs = _events(pipe, text, day)
    assert typ in [e.type for e in evs] and not any(e.hypothetical for e in evs)


def test_without_article_date_a_weekday_still_counts(pipe):
    evs = _events(pipe, AHEAD[0][0], None)
    assert evs and all(e.hypothetical for e in evs)


def test_the_rule_is_what_flags_them(pipe, monkeypatch):
    monkeypatch.setattr(type(pipe.coder), "_dated_ahead", lambda *a, **k: None)
    for text, day, _ in AHEAD:
        assert any(not e.hypothetical for e in _events(pipe, text, day)), text
