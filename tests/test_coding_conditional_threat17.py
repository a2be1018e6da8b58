"""Conditional threats (issue #5, debt 3), session 17.

- An act announced in the infinitive of "ankündigen" with a condition another actor must meet
  ("kündigte an, die Zölle anzuheben, falls …") is a threat, as one with "werde" is (rule
  `conditional-threat`): a plain THREATEN next to the hypothetical act.
- "drohen" whose subject is a thing ("droht ein Stillstand der Behörden", "drohe ein
  Handelskrieg, schrieb die Zeitung") says what may happen, not who threatens (scope `risk`),
  also when an actor is only the thing's genitive or a reporter's clause follows.

Sentences written for these tests, coded through the real NLP and actor stages."""

from __future__ import annotations

import pytest


def _plain(pipe, text):
    return [
        (e.type, e.source.code.split("/")[0] if e.source else None,
         e.target.code.split("/")[0] if e.target else None)
        for e in pipe.code_text(text).events
        if not (e.negated or e.hypothetical)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die Türkei kündigte an, Sanktionen gegen Schweden zu verhängen, falls Stockholm die "
         "Auslieferung der Aktivisten weiter ablehne.", ("THREATEN", "TUR", "SWE")),
        ("Der chinesische Handelsminister kündigte an, die Zölle auf australischen Wein zu "
         "verdoppeln, sollte Canberra an den neuen Exportkontrollen festhalten.",
         ("THREATEN", "CHN", "AUS")),
    ],
)  # fmt: skip
def test_an_announced_act_under_a_condition_is_a_threat(pipe, text, expected):
    assert expected in _plain(pipe, text)


def test_an_unconditional_announcement_is_no_threat(pipe):
    text = "Die Türkei kündigte an, Sanktionen gegen Schweden zu verhängen."
    assert "THREATEN" not in [t for t, _, _ in _plain(pipe, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Sollte das Parlament den Haushalt nicht bis Montag beschließen, droht ein Stillstand "
        "der rumänischen Behörden.",
        "Sollte Peking die Ausfuhren seltener Erden weiter beschränken, drohe ein Handelskrieg "
        "zwischen China und Japan, schrieb die Zeitung „Asahi Shimbun“.",
    ],
)
def test_a_thing_that_looms_is_no_threat(pipe, text):
    assert "THREATEN" not in [t for t, _, _ in _plain(pipe, text)]
