"""The fast STTS tagging path (integer scores summed per word form, perceptron.py) must give
exactly the tags of the feature-by-feature float32 scoring it replaces."""

from __future__ import annotations

from collections import Counter

import pytest

from lagebild.nlp import perceptron as P

SENTENCES = [
    ["Der", "Iran", "lehnte", "das", "Angebot", "der", "Atomenergiebehörde", "ab", "."],
    ["Die", "EU-Kommission", "verhängte", "am", "28.", "Oktober", "neue", "Sanktionen", "."],
    ["Hallo"],
    ["Ja", "!"],
    ["„", "Wir", "werden", "nicht", "nachgeben", "“", ",", "sagte", "Scholz", "in", "Berlin"],
    ["Tausende", "Menschen", "demonstrierten", "gegen", "die", "Xqzrlwerke-Pläne", "."],
]


def _by_word(words, i, p1, p2):
    """The features of token i assembled from the per-word groups of the fast path."""
    n = len(words)
    w, lw = words[i], words[i].lower()
    prev = words[i - 1].lower() if i else "<s>"
    nxt = words[i + 1].lower() if i + 1 < n else "</s>"
    f = P._own_feats(w) + [f"cap={w[:1].isupper()}{i == 0}"]
    f += P._as_prev_feats(words[i - 1]) if i else P._START_PREV
    f += ["w-2=" + words[i - 2].lower()] if i > 1 else P._START_PREV2
    f += P._as_next_feats(words[i + 1]) if i + 1 < n else P._END_NEXT
    f += ["w+2=" + words[i + 2].lower()] if i + 2 < n else P._END_NEXT2
    f += ["w-1w=" + prev + "|" + lw]
    f += ["t1=" + p1, "t12=" + p1 + "|" + p2, "t1w=" + p1 + "|" + lw]
    f += ["t1w+1=" + p1 + "|" + nxt, "t1s3=" + p1 + "|" + lw[-3:]]
    return f


@pytest.mark.parametrize("words", SENTENCES)
def test_word_groups_are_the_tagger_features(words):
    for i in range(len(words)):
        full = P.tagger_features(words, i, "NN", "ART", [])
        assert Counter(_by_word(words, i, "NN", "ART")) == Counter(full)
        assert len(full) <= P._MAX_FEATURES


@pytest.fixture(scope="module")
def model():
    from lagebild.nlp.pipeline import get_tagger

    return get_tagger().model


def _slow_tags(m, words):
    p1, p2, out = "<s>", "<s>", []
    for i, w in enumerate(words):
        t = m.tagdict.get(w) or m.predict_fast(P.tagger_features(words, i, p1, p2, []))
        out.append(t)
        p2, p1 = p1, t
    return out


@pytest.mark.parametrize("words", SENTENCES)
def test_shipped_model_fast_tags_equal_float_scoring(model, words):
    assert model._int is not None  # the shipped weights have 3 decimals: integer path
    assert model.tag(words) == _slow_tags(model, words)
    assert model.tag(words) == _slow_tags(model, words)  # again, from the word cache


def test_close_scores_fall_back_to_float_scoring(monkeypatch):
    m = P.Perceptron(["A", "B", "C"])
    m.weights = {"b": {"A": 0.5, "B": 0.5}, "w=haus": {"B": 0.02, "C": 2.0}, "p1=x": {"C": 1.0}}
    m.compile()
    calls = []
    orig = m.predict_fast
    monkeypatch.setattr(m, "predict_fast", lambda f: calls.append(1) or orig(f))
    # "Haus", "Xylo": C wins clearly; "Maus": A and B tie exactly -> the float path (the
    # first class wins there)
    assert m.tag(["Haus", "Xylo", "Maus"]) == ["C", "C", "A"]
    assert len(calls) == 1


def test_float_weights_keep_the_float_path():
    m = P.Perceptron(["A", "B"])
    m.weights = {"b": {"A": 0.1234, "B": 0.1}}
    m.compile()
    assert m._int is None
    assert m.tag(["Wort"]) == ["A"]


def test_tagging_many_sentences_at_once_equals_one_by_one(model):
    # the sentences of a document advance in step (different lengths, an empty one)
    sents = [*SENTENCES, [], SENTENCES[0][:2]]
    assert model.tag_many(sents) == [_slow_tags(model, s) for s in sents]


def test_tagger_tag_many_equals_tag():
    from lagebild.nlp.pipeline import get_tagger

    tagger = get_tagger()
    assert tagger.tag_many(SENTENCES) == [tagger.tag(s) for s in SENTENCES]
