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


def test_tagger_features_of_a_token():
    # the feature set the shipped model was trained with (changing it needs a retraining):
    # the dictionary-based groups (lex, word clusters, name lists) are left out here
    words = SENTENCES[0]
    f = P.tagger_features(words, 2, "NE", "ART", [])
    dictionary = ("lex", "c=", "c0=", "c1=", "c2=", "nm=", "+1", "cmp=")
    got = Counter(x for x in f if not x.startswith(dictionary))
    want = ["b", "w=lehnte", "s1=e", "s2=te", "s3=nte", "s4=hnte", "s5=ehnte", "p1=l", "p3=leh"]
    want += ["sh=x", "cap=FalseFalse", "w-1=iran", "w-1s3=ran", "w-2=der", "w+1=das"]
    want += ["w+1s3=das", "w+1cap=False", "sh+1=x", "w+2=angebot", "w-1w=iran|lehnte"]
    want += ["t1=NE", "t12=NE|ART", "t1w=NE|lehnte", "t1w+1=NE|das", "t1s3=NE|nte"]
    assert got == Counter(want)
    assert len(f) <= P._MAX_FEATURES
    # sentence edges
    first = P.tagger_features(["Hallo"], 0, "<s>", "<s>", [])
    assert {"cap=TrueTrue", "w-1=<s>", "w-2=<s>", "w+1=</s>", "w+2=</s>"} <= set(first)
    assert "w-1w=<s>|hallo" in first and "t1w+1=<s>|</s>" in first


@pytest.mark.parametrize("words", SENTENCES)
def test_word_roles_cover_the_tagger_features(words):
    # the fast path sums the word-role groups per word form: together with the edges, the
    # position, the bigram and the tag features they are all features of every token
    for i in range(len(words)):
        full = Counter(P.tagger_features(words, i, "NN", "ART", []))
        parts = Counter()
        for k, role in enumerate(P._WORD_ROLES):
            j = i + (0, -1, -2, 1, 2)[k]
            if 0 <= j < len(words):
                parts.update(role(words[j]))
        parts.update(P._START_PREV if i == 0 else [])
        parts.update(P._START_PREV2 if i < 2 else [])
        parts.update(P._END_NEXT if i == len(words) - 1 else [])
        parts.update(P._END_NEXT2 if i >= len(words) - 2 else [])
        assert full - parts == Counter(
            [
                P._cap_feat(words[i], i == 0),
                P._bigram_feat(words[i - 1].lower() if i else "<s>", words[i].lower()),
                *P._tag_feats("NN", "ART", words[i].lower(), (words + ["</s>"])[i + 1].lower()),
            ]
        )
        assert not parts - full


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


def _dict_perceptron(sents, features, epochs, seed):
    """Reference: the plain dictionary-of-dictionaries averaged perceptron the dense trainer
    replaced (same shuffling, scoring over the classes with weights, ties to the last class)."""
    import random
    from collections import defaultdict

    rng = random.Random(seed)
    weights: dict = {}
    totals: dict = defaultdict(float)
    stamps: dict = defaultdict(int)
    classes = sorted({t for _, tags in sents for t in tags})
    n = 0
    order = list(range(len(sents)))
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            words, tags = sents[k]
            p1 = p2 = "<s>"
            for i in range(len(words)):
                feats = features(words, i, p1, p2, [])
                scores: dict = defaultdict(float)
                for f in feats:
                    for c, v in weights.get(f, {}).items():
                        scores[c] += v
                guess = (
                    max(scores.items(), key=lambda kv: (kv[1], kv[0]))[0] if scores else classes[0]
                )
                n += 1
                if guess != tags[i]:
                    for f in feats:
                        ws = weights.setdefault(f, {})
                        for c, d in ((tags[i], 1.0), (guess, -1.0)):
                            totals[(f, c)] += (n - stamps[(f, c)]) * ws.get(c, 0.0)
                            stamps[(f, c)] = n
                            ws[c] = ws.get(c, 0.0) + d
                rng.random()
                p2, p1 = p1, guess
    out = {}
    for f, ws in weights.items():
        avg = {c: round((totals[(f, c)] + (n - stamps[(f, c)]) * w) / n, 3) for c, w in ws.items()}
        avg = {c: v for c, v in avg.items() if v}
        if avg:
            out[f] = avg
    return out


def test_dense_training_gives_the_dictionary_perceptron_weights():
    import random

    def feats(words, i, p1, p2, extra):  # few features: ties at zero, classes without weights
        return ["w=" + words[i]] + (["t1=" + p1] if words[i][0] == "a" else [])

    # noisy tags: exact ties, also at zero, where a class without any weight among the
    # features (score 0) must not win (both break if the dense scoring drops the class mask
    # or the tie rule)
    rng = random.Random(3)
    sents = []
    for _ in range(30):
        words = ["".join(rng.choice("abc") for _ in range(2)) for _ in range(rng.randint(1, 6))]
        sents.append((words, [rng.choice(["A", "B", "C", "D"]) for _ in words]))
    p = P.Perceptron(features=feats)
    p.train(sents, epochs=4, seed=7, log=lambda _: None)
    assert p.weights == _dict_perceptron(sents, feats, 4, 7)
