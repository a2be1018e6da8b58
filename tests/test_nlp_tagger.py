"""The default German tagger and its UD German-GSD UPOS conventions, on news sentences written
for these tests (not taken from any gold set)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from lagebild.nlp import load_analyzer
from lagebild.nlp.tagger import ud_upos


@pytest.fixture(scope="module")
def nlp():
    return load_analyzer().nlp


def pos(doc, word):
    for t in doc:
        if t.text == word:
            return t.pos_
    raise AssertionError(f"{word!r} not in {[t.text for t in doc]}")


def tok(text, tag, upos, dep="", lemma=None):
    return SimpleNamespace(text=text, tag=tag, pos=upos, dep=dep, lemma=lemma or text.lower())


def test_conventions_without_context():
    toks = [
        tok("alles", "PIS", "PRON"),
        tok("man", "PIS", "PRON"),
        tok("anderen", "ADJA", "ADJ"),
        tok("ein", "PTKVZ", "ADP"),
        tok("an", "PTKVZ", "ADP"),
        tok("als", "KOKOM", "ADP"),
        tok("wie", "KOKOM", "ADP"),
        tok("Montag", "NN", "NOUN"),
        tok("Regierung", "NN", "NOUN"),
    ]
    ud_upos(toks)
    assert [t.pos for t in toks] == [
        "DET",
        "PRON",
        "DET",
        "ADV",
        "ADP",
        "ADP",
        "CCONJ",
        "PROPN",
        "NOUN",
    ]


def test_auxiliaries_only_as_aux_or_copula_sein():
    toks = [
        tok("hat", "VAFIN", "AUX", "ROOT", "haben"),
        tok("hat", "VAFIN", "AUX", "aux", "haben"),
        tok("ist", "VAFIN", "AUX", "cop", "sein"),
        tok("bleibt", "VVFIN", "AUX", "cop", "bleiben"),
        tok("lassen", "VVINF", "AUX", "aux", "lassen"),
    ]
    ud_upos(toks)
    assert [t.pos for t in toks] == ["VERB", "AUX", "AUX", "VERB", "VERB"]


def test_learned_exception_table_wins():
    t = tok("ca", "NE", "PROPN")
    ud_upos([t], {"ca\tNE": "ADV"})
    assert t.pos == "ADV"


def test_news_sentence_upos(nlp):
    doc = nlp(
        "Am Montag hat die Regierung alles abgelehnt, was die Opposition als Kompromiss vorschlug."
    )
    assert pos(doc, "Montag") == "PROPN"
    assert pos(doc, "hat") == "AUX"
    assert pos(doc, "alles") == "DET"
    assert pos(doc, "abgelehnt") == "VERB"
    assert pos(doc, "als") == "ADP"


def test_full_verb_haben_and_particles(nlp):
    doc = nlp("Die Regierung hatte keine Mehrheit. Der Minister räumte den Fehler ein.")
    assert pos(doc, "hatte") == "VERB"
    assert pos(doc, "ein") == "ADV"
    assert [t.lemma_ for t in doc if t.text == "räumte"] == ["einräumen"]


def test_fast_prediction_matches_exact_scoring():
    from lagebild.nlp.perceptron import Perceptron

    data = [
        (
            ["Die", "Regierung", "lehnte", "den", "Plan", "ab", "."],
            ["ART", "NN", "VVFIN", "ART", "NN", "PTKVZ", "$."],
        ),
        (
            ["Der", "Minister", "kritisierte", "die", "Opposition", "."],
            ["ART", "NN", "VVFIN", "ART", "NN", "$."],
        ),
    ]
    p = Perceptron()
    p.train(data, epochs=3, seed=1, log=lambda _: None)
    words = ["Die", "Opposition", "lehnte", "den", "Minister", "ab", "."]
    exact = p.tag(words)  # dictionary scoring (not compiled)
    p.compile()
    assert p.tag(words) == exact


def test_weak_past_verb_not_adjective():
    from lagebild.nlp.tagger import verb_repair

    words = ["Indien", "und", "Pakistan", "vereinbarten", ",", "den", "Handel", "aufzunehmen"]
    tags = ["NE", "KON", "NE", "ADJA", "$,", "ART", "NN", "VVIZU"]
    assert verb_repair(words, list(tags))[3] == "VVFIN"
    # attributive: a noun follows
    words = ["Die", "vereinbarten", "Ziele", "gelten", "."]
    assert verb_repair(words, ["ART", "ADJA", "NN", "VVFIN", "$."])[1] == "ADJA"


def test_quantity_words_open_the_noun_phrase():
    from lagebild.nlp.tagger import quantity_repair

    words = ["Tausende", "Menschen", "demonstrierten", "."]
    assert quantity_repair(words, ["NN", "NN", "VVFIN", "$."])[0] == "ADJA"
    words = ["Tausende", "von", "Menschen", "demonstrierten", "."]
    assert quantity_repair(words, ["NN", "APPR", "NN", "VVFIN", "$."])[0] == "NN"
    words = ["kamen", "mehr", "als", "50", "Menschen"]
    assert quantity_repair(words, ["VVFIN", "ADV", "KOKOM", "CARD", "NN"])[1] == "PIAT"


def test_quantity_subjects_parse(nlp):
    doc = nlp("Hunderte Menschen protestierten vor dem Parlament.")
    menschen = next(t for t in doc if t.text == "Menschen")
    assert (menschen.dep_, menschen.head.text) == ("nsubj", "protestierten")
