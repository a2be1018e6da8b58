"""Rule `own-show` (issue #5): an act that needs no one it is done to (a manoeuvre, a
withdrawal, a protest), named by a noun whose possessive is the subject of its clause ("Die
Nato begann ihr Manöver"), is the subject's own and kept with an open target; a possessive
doer of an attack still needs whom it hit. Also: "die Zusammenarbeit einstellen" is no strike
(protest.arbeit_niederlegen matches "Arbeit" itself, not compounds). Sentences of our own."""

from __future__ import annotations

from tests.parses import plain_countries


def test_manoeuvre_with_possessive_of_the_subject_is_mobilize(pipe):
    evs = plain_countries(
        pipe, "Die chinesische Marine begann am Freitag ihr jährliches Seemanöver im Gelben Meer."
    )
    assert any(t == "MOBILIZE" and s == "CHN" for t, s, _ in evs)


def test_attack_with_only_a_possessive_doer_stays_dropped(pipe):
    evs = plain_countries(pipe, "Die Armee setzte ihre Angriffe am Dienstag fort.")
    assert not any(t == "ASSAULT" for t, _, _ in evs)


def test_ending_cooperation_is_no_strike(pipe):
    evs = plain_countries(
        pipe, "Litauen stellte die Zusammenarbeit mit der belarussischen Grenzbehörde ein."
    )
    assert not any(t == "PROTEST" for t, _, _ in evs)
