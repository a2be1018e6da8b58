"""Refusals stated for the future ("Polen werde dem Pakt nicht zustimmen", "Verhandlungen werde es
nicht geben") are made when they are said: a REJECT entry whose negation is the event drops the
future "werden" (not "würde", not a condition). "es gibt" takes the reporting clause's speaker
whatever the speaker's gender; a dative object with "kein" negates the predicate as an accusative
one does; the adjective an entry is about ("angedroht") is no modality on its own noun. Coded
through the real NLP and actor stages."""

from __future__ import annotations

import pytest


def _events(pipe, text, typ):
    return [
        (e.source.code.split("/")[0] if e.source else None, e.negated or e.hypothetical)
        for e in pipe.code_text(text).events
        if e.type == typ
    ]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Der Außenminister sagte, Norwegen werde dem Abkommen nicht zustimmen.", "NOR"),
        ("Der Präsident erklärte, Serbien werde keinen Sanktionen zustimmen.", "SRB"),
        (
            "Eine Zusammenarbeit mit den Separatisten werde es nicht geben, sagte der Präsident "
            "Moldaus.",
            "MDA",
        ),
    ],
)
def test_future_refusal_is_plain(pipe, text, source):
    assert (source, False) in _events(pipe, text, "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        "Ungarn würde den neuen Sanktionen nicht zustimmen.",
        "Sollte Moskau einer Waffenruhe nicht zustimmen, werde die EU die Sanktionen verschärfen, "
        "sagte die Außenbeauftragte.",
    ],
)
def test_conditional_refusal_stays_flagged(pipe, text):
    evs = _events(pipe, text, "REJECT")
    assert evs and all(flag for _, flag in evs)


def test_absent_agreement_is_no_refusal(pipe):
    text = "Eine Einigung mit Kiew gebe es bislang nicht, sagte der Sprecher des Kremls."
    assert not [e for e in _events(pipe, text, "REJECT") if not e[1]]


def test_threatened_measure_is_a_plain_threat(pipe):
    text = "Die von Washington angedrohten Strafzölle gegen Kanada belasten die Autoindustrie."
    assert ("USA", False) in _events(pipe, text, "THREATEN")
    assert not [e for e in _events(pipe, text, "SANCTION") if not e[1]]


# session 15 (lex15): "es gibt nicht" rules out only when said of the future; talks that did not
# take place, and a summit one will not attend, are negated CONSULTs (both blind annotators of
# the session-13 sets), not refusals. The speaker of a clause set beside a reported one, or of a
# verb of saying conjoined to another, is found.
@pytest.mark.parametrize(
    "text",
    [
        "Zwischen der Regierung in Chisinau und den Separatisten hat es seit Jahren keine "
        "Gespräche gegeben.",
        "Der Präsident Brasiliens werde an dem Gipfel in Kasan nicht teilnehmen, teilte sein "
        "Büro mit.",
    ],
)
def test_no_talks_and_non_attendance_are_no_refusal(pipe, text):
    assert not [e for e in _events(pipe, text, "REJECT") if not e[1]]


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Der ukrainische Präsident sagte, Kiew sei zu Gesprächen bereit, Verhandlungen mit "
            "Moskau unter Drohungen werde es aber nicht geben.",
            "UKR",
        ),
        (
            "Der serbische Präsident kündigte Reformen an und erklärte, Zugeständnisse an "
            "Pristina werde es nicht geben.",
            "SRB",
        ),
    ],
)
def test_ruling_out_takes_the_speaker(pipe, text, source):
    assert (source, False) in _events(pipe, text, "REJECT")
