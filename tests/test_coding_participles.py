"""Past participles read back to their verbs (coding/multi.py `participle_lemmas`), and the
reaction nouns whose "auf"/"für" phrase names the event reacted to; no NLP stage needed."""

from __future__ import annotations

import pytest

from lagebild.coding.multi import participle_lemmas


@pytest.mark.parametrize(
    "word,verb",
    [
        ("verhängten", "verhängen"),  # prefixed weak verb
        ("gekapertes", "kapern"),  # ge-…-t, stem in -er
        ("festgenommenen", "festnehmen"),  # particle verb, strong
        ("besetzten", "besetzen"),
        ("angekündigte", "ankündigen"),  # particle + ge
        ("annektierte", "annektieren"),  # -ieren without ge
    ],
)
def test_participle_lemmas(word, verb):
    assert verb in participle_lemmas(word)


def test_no_participle():
    # neither -t nor -en once the adjective ending is off
    assert participle_lemmas("schnelle") == []
    assert participle_lemmas("große") == []
