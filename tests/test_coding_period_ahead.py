"""A period ahead of the article told in the present tense names what is planned
(`HistoryRules._dated_ahead` with the periods of `enrich/dates.py`): "streiken zu Wochenbeginn" in
a Sunday's article, "treffen sich Anfang nächster Woche", "Ende des Monats" (still ahead) are
hypothetical, dated forward; the past tense, "seit Wochenbeginn" and an end of month already
past stay plain. Coded through the real NLP and actor stages."""

from __future__ import annotations

from datetime import date

SUNDAY = date(2025, 11, 2)

AHEAD = [
    "Die Gewerkschaft der Lokführer weitet ihren Streik bei der Deutschen Bahn zu Wochenbeginn aus.",
    "Die Außenminister der Nato treffen sich Anfang nächster Woche in Brüssel.",
    "Der französische Präsident empfängt Ende des Monats den indischen Premierminister in Paris.",
]
PLAIN = [
    "Die Gewerkschaft der Lokführer weitete ihren Streik bei der Deutschen Bahn zu Wochenbeginn aus.",
    "Die Lokführer streiken seit Wochenbeginn bei der Deutschen Bahn.",
]


def _events(pipe, text, day=SUNDAY):
    return pipe.code_text(text, date=day).events


def test_present_tense_with_a_period_ahead_is_planned(pipe):
    for text in AHEAD:
        evs = _events(pipe, text)
        assert evs and all(e.hypothetical for e in evs), text
    strike = _events(pipe, AHEAD[0])[0]
    assert str(strike.date) == "2025-11-03"  # the coming Monday
    meeting = _events(pipe, AHEAD[1])[0]
    assert str(meeting.date) == "2025-11-03"


def test_past_and_ongoing_stay_plain(pipe):
    for text in PLAIN:
        evs = _events(pipe, text)
        assert evs and not any(e.hypothetical for e in evs), text


def test_an_end_of_month_already_past_is_no_plan(pipe):
    # the article of the month's last day: "Ende des Monats" is today, not ahead
    evs = _events(pipe, AHEAD[2], day=date(2025, 11, 30))
    assert evs and not any(e.hypothetical for e in evs)


def test_the_week_start_in_a_mondays_article_is_today(pipe):
    evs = _events(pipe, AHEAD[0], day=date(2025, 11, 3))
    assert evs and not any(e.hypothetical for e in evs)
