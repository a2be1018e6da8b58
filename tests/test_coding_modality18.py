"""Session 18 (modality18): plain, flagged or nothing.

- rule `verb-as-aux`: a lexical verb the parser hung as an auxiliary on another word of its clause
  ("dass Drohnen gezielt Ziele angegriffen hätten": "angegriffen" under "gezielt") takes that
  word's clause: its negation, modal, Konjunktiv and the verb above ("bestritt", "befürchten");
- rule `open-clause`: an event noun in an "ob"/"falls"/"sofern" clause is hypothetical ("Ob es zu
  Gesprächen kommt, ist offen");
- "soll(en) … haben" is a hedged report also when the tagger left "haben" without features or it
  hangs on the last of coordinated participles ("sollen … angegriffen und in Brand gesetzt
  haben");
- the Konjunktiv II of a reported clause read as a conjunct of the verb of saying ("hieß es,
  X hätten sich … geeinigt") is the Ersatzkonjunktiv, not a hypothetical;
- rule `no-evidence`: "keine Hinweise (darauf), dass …" negates the content clause;
- the "auf"/"um"/"zu"-phrase of a noun of asking ("Antrag auf Freilassung", "Bitte um
  Vermittlung", "Aufruf zu einer Waffenruhe") is what is asked for: hypothetical.
"""

from __future__ import annotations

import pytest


def _flag(e) -> str:
    return "negated" if e.negated else "hypothetical" if e.hypothetical else "plain"


CASES = [
    # verb-as-aux
    (
        "Moskau bestritt, dass russische Kampfjets gezielt Wohnhäuser in Charkiw bombardiert "
        "hätten.",
        "ASSAULT",
        "negated",
    ),
    (
        "Analysten befürchten, dass China im Frühjahr gezielt taiwanische Häfen angreifen könnte.",
        "ASSAULT",
        "hypothetical",
    ),
    # open-clause
    (
        "Ob es in der kommenden Woche zu neuen Gesprächen zwischen Kiew und Moskau kommt, ist "
        "weiter unklar.",
        "CONSULT",
        "hypothetical",
    ),
    # soll … haben
    (
        "Nach Angaben von Anwohnern sollen Soldaten der Armee in der Nacht ein Dorf im Norden "
        "Malis überfallen und geplündert haben.",
        "ASSAULT",
        "plain",
    ),
    # hieß es, … hätten
    (
        "Aus Diplomatenkreisen in Kairo hieß es, Israel und die Hamas hätten sich auf eine "
        "Verlängerung der Waffenruhe geeinigt.",
        "AGREE",
        "plain",
    ),
    # no-evidence
    (
        "Der Außenminister sagte, es gebe keinerlei Belege dafür, dass Serbien Munition an die "
        "Ukraine geliefert habe.",
        "AID",
        "negated",
    ),
    # noun of asking
    (
        "Ein Gericht in Minsk wies den Antrag auf Freilassung des inhaftierten Journalisten ab.",
        "CONCEDE",
        "hypothetical",
    ),
]


@pytest.mark.parametrize("text,etype,flag", CASES)
def test_modality18(pipe, text, etype, flag):
    evs = [e for e in pipe.code_text(text).events if e.type == etype]
    assert evs, f"no {etype} in {text!r}"
    if flag == "plain":
        assert any(_flag(e) == "plain" for e in evs), [(_flag(e), e.source) for e in evs]
    else:
        assert all(_flag(e) != "plain" for e in evs), [(_flag(e), e.source) for e in evs]
