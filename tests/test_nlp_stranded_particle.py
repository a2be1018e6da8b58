"""A separable particle the clause segmenter gave to the wrong word goes back to the finite verb
whose bracket it closes (parser `_stranded_particles`; news-style sentences written for this test,
not taken from any gold set)."""

from __future__ import annotations

import pytest

from lagebild.nlp import load_analyzer


@pytest.fixture(scope="module")
def nlp():
    return load_analyzer().nlp


def tok(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "text, verb, prt, lemma, other, other_lemma",
    [
        # after an infinitive clause inside the bracket, on a participle that makes a verb
        # with it too ("abschließen"): a participle never carries a separate particle
        (
            "Die Gewerkschaften lehnten das Angebot, die Löhne um zwei Prozent zu erhöhen, "
            "geschlossen ab.",
            "lehnten",
            "ab",
            "ablehnen",
            "geschlossen",
            "schließen",
        ),
        # after an infinitive clause, on the verb of the next conjunct
        (
            "Der Premierminister wies die Forderung, Neuwahlen auszurufen, am Montag entschieden "
            "zurück und erklärte, die Koalition sei stabil.",
            "wies",
            "zurück",
            "zurückweisen",
            "erklärte",
            "erklären",
        ),
        # on a participle the tagger read as a finite verb
        (
            "Die Regierung in Manila wies die Kritik der Opposition als „einseitig und politisch "
            "motiviert“ zurück.",
            "wies",
            "zurück",
            "zurückweisen",
            "motiviert",
            "motivieren",
        ),
    ],
)
def test_particle_goes_back_to_its_verb(nlp, text, verb, prt, lemma, other, other_lemma):
    doc = nlp(text)
    p = tok(doc, prt)
    assert p.dep_ == "compound:prt" and p.head.text == verb, (p.dep_, p.head.text)
    assert tok(doc, verb).lemma_ == lemma
    if other is not None:
        assert tok(doc, other).lemma_ == other_lemma


def test_copula_predicative_stays(nlp):
    # "bereit" with "sei" is no particle of the verb of saying
    doc = nlp("Der Außenminister erklärte, sein Land sei zu neuen Gesprächen bereit.")
    assert tok(doc, "erklärte").lemma_ == "erklären"


def test_particle_of_its_own_verb_stays(nlp):
    doc = nlp("Die Armee griff am Morgen mehrere Stellungen der Rebellen an.")
    assert tok(doc, "an").head.text == "griff"
    assert tok(doc, "griff").lemma_ == "angreifen"
