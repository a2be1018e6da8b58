"""An event whose own clause or noun is dated long before the article (`EventCoder.
_dated_long_ago`: a year on the trigger or in a phrase on it, older than ten years before the
article date, or than 2000 without one; not "seit …") is history, not an event of the day. Coded
through the real NLP and actor stages; each dropped example is coded as an event without the
rule (checked below)."""

from __future__ import annotations

from datetime import date

OLD = [
    "Der Student wurde bei den Protesten 1968 in Berlin erschossen.",
    "Die Türkei besetzte 1974 den Norden Zyperns.",
]
KEPT = [
    ("Russland griff die Ukraine im Jahr 2022 an.", date(2025, 3, 1), ("ASSAULT", "RUS")),
    ("Die Türkei hält den Norden Zyperns seit 1974 besetzt.", None, ("ASSAULT", "TUR")),
    ("Russland griff die Ukraine am Montag mit Drohnen an.", None, ("ASSAULT", "RUS")),
]


def _plain(pipe, text, day=None):
    return [
        (e.type, e.source.code if e.source else None)
        for e in pipe.code_text(text, date=day).events
        if not (e.negated or e.hypothetical)
    ]


def test_events_dated_long_ago_are_history(pipe):
    for text in OLD:
        assert _plain(pipe, text) == [], text


def test_recent_or_ongoing_events_stay(pipe):
    for text, day, want in KEPT:
        assert want in _plain(pipe, text, day), text


def test_the_rule_is_what_drops_them(pipe, monkeypatch):
    monkeypatch.setattr(type(pipe.coder), "_dated_long_ago", lambda *a, **k: False)
    for text in OLD:
        assert "ASSAULT" in [t for t, _ in _plain(pipe, text)], text
