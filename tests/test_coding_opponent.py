"""A fight is fought against someone (rule `no-opponent`, lexicon condition `opponent`): "Kampf",
"kämpfen", "bekämpfen" against a thing or a state of affairs ("der Kampf gegen die Korruption",
"kämpft mit Problemen", "bekämpft die Armut") is a policy or a figure of speech, no ASSAULT;
against an actor, an armed group or people it stays one. Whom an event noun is aimed at is
never its doer (rule `learned-not-opponent`). Coded through the real NLP and actor stages."""

from __future__ import annotations

FIGURATIVE = [
    "Die mexikanische Regierung verstärkt den Kampf gegen die Drogenkriminalität.",
    "Brasilien steht Seite an Seite mit der Regierung Perus im Kampf gegen den Hunger.",
    "Vietnam kämpft mit den Schwierigkeiten der Planwirtschaft Chinas.",
    "Die Polizei Kolumbiens intensiviert den Kampf gegen die Geldwäsche.",
    "Die indische Regierung führt einen entschlossenen Kampf gegen die Armut.",
    "Beim Kampf gegen die Inflation kommt Argentinien gegen die Gewerkschaften nicht voran.",
]
FIGHTS = [
    ("Die nigerianische Armee kämpft im Nordosten gegen Dschihadisten.", "NGA"),
    ("Der Kampf der malischen Armee gegen die Aufständischen dauert an.", "MLI"),
    ("Die Türkei bekämpft die PKK im Nordirak.", "TUR"),
    ("Kolumbianische Soldaten kämpften gegen Kämpfer der ELN.", "COL"),
]


def _assaults(pipe, text):
    return [e for e in pipe.code_text(text).events if e.type == "ASSAULT"]


def test_a_fight_against_a_thing_is_no_assault(pipe):
    for text in FIGURATIVE:
        assert _assaults(pipe, text) == [], text


def test_a_fight_against_people_or_an_armed_group_stays(pipe):
    for text, src in FIGHTS:
        evs = _assaults(pipe, text)
        assert evs and evs[0].source is not None, text
        assert evs[0].source.code.startswith(src), text


def test_the_condition_is_what_drops_them(pipe, monkeypatch):
    monkeypatch.setattr(type(pipe.coder), "_names_opponent", lambda *a, **k: True)
    for text in FIGURATIVE:  # each one is an ASSAULT without the condition
        assert _assaults(pipe, text), text


AIMED = (
    "Die neuen Aufklärungsflugzeuge sollen ein wichtiges Mittel im Kampf gegen die Terrormiliz"
    " Islamischer Staat werden."
)


def test_whom_a_fight_is_aimed_at_is_not_its_doer(pipe, monkeypatch):
    assert all(
        e.source is None or not e.source.code.endswith("/REB") for e in _assaults(pipe, AIMED)
    )
    # without the rule the learned chooser makes the militia the fighter
    monkeypatch.setattr(type(pipe.coder), "_aimed_at", lambda *a, **k: False)
    assert [e.source.code for e in _assaults(pipe, AIMED) if e.source] == ["SYR/REB"]
