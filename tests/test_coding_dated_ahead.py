"""An act told in the present tense with a day of its own still ahead of the article is planned,
not done (`HistoryRules._dated_ahead`): "Die Lehrer streiken am Donnerstag" in a Tuesday's article
is hypothetical, and its date is that coming Thursday. A perfect or past, the article's own
weekday ("today"), "seit …" and the day of another thing ("die Wahl vom Sonntag") stay plain.
Coded through the real NLP and actor stages; each flagged example is plain without the rule."""

from __future__ import annotations

from datetime import date

TUESDAY = date(2025, 10, 28)

AHEAD = [
    "Die spanischen Fluglotsen streiken am Donnerstag an allen Flughäfen des Landes.",
    "Die Außenminister der Nato treffen sich am Freitag in Brüssel mit dem ukrainischen Präsidenten.",
    "In der Nacht zum Samstag blockieren französische Landwirte die Autobahnen rund um Paris.",
    "Am 3. November empfängt der brasilianische Präsident in Brasília seinen argentinischen Amtskollegen.",
]
PLAIN = [
    ("Die spanischen Fluglotsen streiken seit Montag an allen Flughäfen des Landes.", "PROTEST"),
    ("Die spanischen Fluglotsen streiken am Dienstag an allen Flughäfen des Landes.", "PROTEST"),
    ("Die spanischen Fluglotsen haben am Donnerstag an allen Flughäfen gestreikt.", "PROTEST"),
    ("Nach der Wahl vom Sonntag fordert die Opposition in Georgien Neuwahlen.", "REQUEST"),
]


def _events(pipe, text, day=TUESDAY):
    return pipe.code_text(text, date=day).events


def test_present_tense_with_a_day_ahead_is_planned(pipe):
    for text in AHEAD:
        evs = _events(pipe, text)
        assert evs and all(e.hypothetical for e in evs), text
    strike = _events(pipe, AHEAD[0])[0]
    assert str(strike.date) == "2025-10-30"  # the coming Thursday, not the last one


def test_past_today_and_ongoing_stay_plain(pipe):
    for text, typ in PLAIN:
        assert typ in [e.type for e in _events(pipe, text) if not e.hypothetical], text


def test_without_article_date_a_weekday_still_counts(pipe):
    evs = _events(pipe, AHEAD[0], day=None)
    assert evs and all(e.hypothetical for e in evs)


def test_the_rule_is_what_flags_them(pipe, monkeypatch):
    monkeypatch.setattr(type(pipe.coder), "_dated_ahead", lambda *a, **k: None)
    for text in AHEAD:
        assert any(not e.hypothetical for e in _events(pipe, text)), text
