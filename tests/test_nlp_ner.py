"""Entity layer: dictionary, features of the statistical tagger, the shipped model."""

from __future__ import annotations

import pytest

from lagebild.nlp import ner


@pytest.fixture(scope="module")
def nlp():
    from lagebild.nlp import load_analyzer

    return load_analyzer().nlp


def test_iob_to_spans():
    assert ner.iob_to_spans(["B-PER", "I-PER", "O", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
    ]


def test_first_names_include_knowledge_base_and_hyphenated():
    names = ner.first_names()
    assert "Annalena" in names  # caption-credit list / actor knowledge base
    assert ner._is_first_name("Hans-Jürgen", frozenset({"Hans", "Jürgen"}))
    assert not ner._is_first_name("Baden-Württemberg", names)


def test_token_extras_features():
    words = ["Außenministerin", "Annalena", "Baerbock", "reiste", "nach", "Russland", "."]
    tags = ["NN", "NE", "NE", "VVFIN", "APPR", "NE", "$."]
    ex = ner.token_extras(words, tags)
    assert len(ex) == len(words)
    assert "fn" in ex[1] and "fn-1" in ex[2] and "percue" in ex[1]
    assert "gz=B-LOC" in ex[5]
    feats = ner.ner_features(words, 2, "B-PER", "O", ex)
    assert "w=Baerbock" in feats and "t1=B-PER" in feats


def test_clusters_table_is_compact_and_loads():
    table = ner.word_clusters()
    if not table:
        pytest.skip("no cluster table shipped")
    assert len(table) > 1000
    assert all(len(v) == 3 for v in list(table.values())[:100])


def test_model_entities(nlp):
    doc = nlp("Bundeskanzler Olaf Scholz traf in Paris den Chef der Deutschen Bank.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Olaf Scholz", "PER") in ents
    assert ("Paris", "LOC") in ents
    assert any(label == "ORG" and "Deutschen Bank" in text for text, label in ents)


def test_model_meta():
    m = ner.ner_model()
    assert m is not None
    assert m.meta.get("features") == "ner2"
    assert m.meta.get("seed") is not None


def test_second_pass_features_see_both_sides():
    words = ["Müller", "traf", "Müller", "."]
    first = ["B-PER", "O", "O", "O"]
    ex = ner.second_pass_extras(words, [[] for _ in words], first)
    assert "q+2=O" in ex[0] and "q-1=<s>" in ex[0]
    assert "qsame=PER" in ex[2]  # the same word labelled elsewhere in the sentence
    assert "q-1|0|+1=O|O|O" in ex[2]


def test_knowledge_base_names_feed_the_tagger_not_the_dictionary_layer():
    kgaz, _ = ner.kb_gazetteer()
    assert kgaz.get(("Internationalen", "Atomenergiebehörde")) == "ORG"  # inflected
    assert ("UN-Experten",) not in kgaz  # a group of people, not the organisation
    assert ("RT",) not in ner.gazetteer()  # ambiguous short names stay out of the rule layer
    assert ner._country_adjective("aserbaidschanischen")
