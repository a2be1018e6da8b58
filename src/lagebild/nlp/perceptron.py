"""A small averaged-perceptron sequence tagger (greedy, left to right), pure Python.

Used for STTS tags (trained by scripts/train_tagger.py on gold UD German-GSD dev sentences plus
silver-tagged news text) and for named entities (scripts/train_ner.py). Models are gzipped JSON:
{"classes", "weights": {feature: {class: weight}}, "tagdict": {word: tag}, "meta"}.

Fast prediction of the STTS tagger (`Perceptron.tag` with `tagger_features`): the averaged
weights are rounded to 3 decimals, so the model is held as integers (weight x 1000) and a
score is an exact integer sum that does not depend on the order of the features. That allows
summing the features of each word once per word form (`_word_roles`: the word's own features
and the features it contributes as the previous, next, ... word of a neighbour; a bounded cache
across documents) and adding them up for a whole document with a few numpy calls; only the
features on the previous tags are looked up token by token, and the sentences of a document
advance in step (`tag_many`: one numpy call per word position for all of them). The tags are
exactly those of the original float32 scoring (`Perceptron.predict_fast`, kept): where the two
best integer scores are closer than the float32 rounding error could bridge (`_MARGIN`), the
token is scored the original way.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import repeat
from pathlib import Path

Features = Callable[[list[str], int, str, str, list], list[str]]


def shape(w: str) -> str:
    out = []
    for ch in w[:6]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=200_000)
def _lex_class(w: str) -> str:
    """What the noun and verb lexicons say about a word form (coarse)."""
    from lagebild.nlp import lexicon

    out = []
    codes = {c for _, cs in lexicon.verb_analyses(w) for c in cs}
    if any(len(c) == 3 and c[0] in "IT12" for c in codes):
        out.append("F")
    if "PP" in codes:
        out.append("P")
    if "INF" in codes:
        out.append("I")
    if "IZU" in codes:
        out.append("Z")
    if w in lexicon.nouns() or (w[:1].islower() and w[:1].upper() + w[1:] in lexicon.nouns()):
        out.append("N")
    if "adj" in FEATURE_FLAGS:
        out.append(lexicon.adjective_class(w))
    return "".join(out) or "-"


@lru_cache(maxsize=200_000)
def _word_info(w: str) -> tuple[str, ...]:
    """Dictionary knowledge about one word form for the STTS tagger: its word clusters
    (data/nlp/clusters_de.tsv.gz), whether it is a known name (HanTa's proper-noun lexicon, the
    entity gazetteer, given names) and, for capitalised words the noun lexicon does not list,
    whether it splits into a known compound noun."""
    from lagebild.nlp import lexicon, ner

    out = []
    cl = ner.word_clusters().get(w) or ner.word_clusters().get(w.lower())
    if cl:
        out += [f"c{k}={c}" for k, c in enumerate(cl)]
    else:
        out.append("c=none")
    if w[:1].isupper():
        name = []
        if w.lower() in ner.hanta_names():
            name.append("H")
        if (w,) in ner.gazetteer():
            name.append("G")
        if w in ner.first_names():
            name.append("F")
        out.append("nm=" + "".join(name))
        if w not in lexicon.nouns():
            out.append("cmp=" + str(bool(lexicon.noun_analyses(w)[1])))
    return tuple(out)


# ---------------------------------------------------------------- STTS tagger features
# One definition, used by training (`tagger_features`, token by token) and by the fast tagging
# path (`Perceptron.tag_many`, which sums each group once per word form): the features of a
# token are those of the word itself, those its neighbours give it (one and two places before
# and after it, or the sentence edges), its capitalisation and position, the word bigram, and
# the features on the previous tags.


def _own_feats(w: str) -> list[str]:
    """The features of the word itself (except "cap", which depends on the position)."""
    lw = w.lower()
    f = [
        "b",
        "w=" + lw,
        "s1=" + lw[-1:],
        "s2=" + lw[-2:],
        "s3=" + lw[-3:],
        "s4=" + lw[-4:],
        "p1=" + lw[:1],
        "p3=" + lw[:3],
        "sh=" + shape(w),
    ]
    if "-" in w:
        f.append("hy")
    f.append("lex=" + _lex_class(w))
    f.append("s5=" + lw[-5:])
    f.extend(_word_info(w))
    return f


# Optional feature groups of the STTS tagger, switched on by the model's meta data
# ("feature_flags", set by scripts/train_tagger.py from the config's `features`):
# - "nclus": the word clusters of the neighbours (one and two places before and after).
# - "lex2": what the lexicons say about the words two places before and after.
# - "adj": the lexicon class of a word says whether it is an adjective lemma or a declined
#   adjective (LanguageTool's adjective list, `lexicon.adjective_class`).
FEATURE_FLAGS: set[str] = set()


def set_feature_flags(flags) -> None:
    """Switch the optional feature groups on (the loaded model says which it was trained
    with); empties the caches that depend on them."""
    flags = set(flags or ())
    if flags != FEATURE_FLAGS:
        FEATURE_FLAGS.clear()
        FEATURE_FLAGS.update(flags)
        _lex_class.cache_clear()


@lru_cache(maxsize=200_000)
def _clusters(w: str) -> tuple[str, ...]:
    from lagebild.nlp import ner

    table = ner.word_clusters()
    return table.get(w) or table.get(w.lower()) or ()


def _as_prev_feats(w: str) -> list[str]:
    """The features a word gives the word after it."""
    p = w.lower()
    f = ["w-1=" + p, "w-1s3=" + p[-3:], "lex-1=" + _lex_class(w)]
    if "nclus" in FEATURE_FLAGS:
        cl = _clusters(w)
        f += [f"-1c{k}={c}" for k, c in enumerate(cl)] if cl else ["-1c=none"]
    return f


def _two_away_feats(w: str, side: str) -> list[str]:
    """The features a word gives the word two places after it (side "-") or before it ("+")."""
    f = [f"w{side}2=" + w.lower()]
    if "nclus" in FEATURE_FLAGS:
        cl = _clusters(w)
        f.append(f"{side}2c1=" + cl[1] if len(cl) > 1 else f"{side}2c=none")
    if "lex2" in FEATURE_FLAGS:
        f.append(f"lex{side}2=" + _lex_class(w))
    return f


def _as_prev2_feats(w: str) -> list[str]:
    """The features a word gives the word two places after it."""
    return _two_away_feats(w, "-")


def _as_next_feats(w: str) -> list[str]:
    """The features a word gives the word before it."""
    x = w.lower()
    f = [
        "w+1=" + x,
        "w+1s3=" + x[-3:],
        "w+1cap=" + str(w[:1].isupper()),
        "lex+1=" + _lex_class(w),
        "sh+1=" + shape(w),
    ]
    f.extend("+1" + x for x in _word_info(w)[1:2])
    if "nclus" in FEATURE_FLAGS:
        cl = _clusters(w)
        f += [f"+1c{k}={c}" for k, c in enumerate(cl) if k != 1] if cl else ["+1c=none"]
    return f


def _as_next2_feats(w: str) -> list[str]:
    """The features a word gives the word two places before it."""
    return _two_away_feats(w, "+")


# what the sentence edges give the first two and the last two words
_START_PREV = ["w-1=<s>", "w-1s3=<s>"]
_START_PREV2 = ["w-2=<s>"]
_END_NEXT = ["w+1=</s>", "w+1s3=/s>", "w+1cap=False"]
_END_NEXT2 = ["w+2=</s>"]

# (own, as previous, as second previous, as next, as second next): the order of the rows of
# `Perceptron._compute_roles`
_WORD_ROLES = (_own_feats, _as_prev_feats, _as_prev2_feats, _as_next_feats, _as_next2_feats)


def _cap_feat(w: str, first: bool) -> str:
    return "cap=" + str(w[:1].isupper()) + str(first)


def _bigram_feat(prev: str, lw: str) -> str:
    """The word bigram (`prev`: the previous word lowercased, or "<s>")."""
    return "w-1w=" + prev + "|" + lw


def _tag_feats(p1: str, p2: str, lw: str, nxt: str) -> tuple[str, str, str, str, str]:
    """The features on the previous tags (`lw`: the word lowercased, `nxt`: the next one or
    "</s>")."""
    return (
        "t1=" + p1,
        "t12=" + p1 + "|" + p2,
        "t1w=" + p1 + "|" + lw,
        "t1w+1=" + p1 + "|" + nxt,
        "t1s3=" + p1 + "|" + lw[-3:],
    )


def tagger_features(words: list[str], i: int, p1: str, p2: str, extra: list) -> list[str]:
    """All features of token i given the two previous tags (training and the exact scoring
    of close calls; the fast path sums the same groups per word form)."""
    w = words[i]
    lw = w.lower()
    n = len(words)
    f = _own_feats(w)
    f.append(_cap_feat(w, i == 0))
    f += _as_prev_feats(words[i - 1]) if i > 0 else _START_PREV
    f += _as_prev2_feats(words[i - 2]) if i > 1 else _START_PREV2
    f += _as_next_feats(words[i + 1]) if i + 1 < n else _END_NEXT
    f += _as_next2_feats(words[i + 2]) if i + 2 < n else _END_NEXT2
    f.append(_bigram_feat(words[i - 1].lower() if i > 0 else "<s>", lw))
    f += _tag_feats(p1, p2, lw, words[i + 1].lower() if i + 1 < n else "</s>")
    if extra:
        f.extend(extra[i])
    return f


# float32 rounding bound: scores are sums of at most ~40 weights of at most 32.52 in absolute
# value; each float32 addition errs by at most half an ulp of the partial sum (< 2**-13 for sums
# below 2**11 = 40 x 51.2) and each weight by its own float32 rounding (< 2**-19), so a class's
# float32 score is within 40 x (2**-13 + 2**-19) < 0.0051 of its exact sum, and two classes whose
# exact sums differ by more than 0.0102 are ordered the same way. _MARGIN (in thousandths) is
# set far above that; `compile` checks the weight bound the argument assumes.
_MARGIN = 50
_MAX_WEIGHT = 51.2
_MAX_FEATURES = 40


class Perceptron:
    def __init__(self, classes: Iterable[str] = (), features: Features = tagger_features):
        self.classes = sorted(set(classes))
        self.weights: dict[str, dict[str, float]] = {}
        self.tagdict: dict[str, str] = {}
        self.features = features
        self.meta: dict = {}
        self._totals: dict = defaultdict(float)
        self._tstamps: dict = defaultdict(int)
        self._i = 0
        self._rows: dict = {}

    # ------------------------------------------------------------ prediction
    def compile(self) -> None:
        """One dense numpy matrix (feature x class) for fast prediction: the weights x 1000 as
        integers where all weights have at most 3 decimals (trained models: `_average` rounds
        them), else float32."""
        import numpy

        self._index = {c: i for i, c in enumerate(self.classes)}
        names = list(self.weights)
        nc = len(self.classes)
        index = self._index
        flat = numpy.zeros(len(names) * nc, dtype="float64")
        pos = [r * nc + index[c] for r, f in enumerate(names) for c in self.weights[f]]
        flat[pos] = [v for f in names for v in self.weights[f].values()]
        matrix = flat.reshape(len(names), nc)
        ints = numpy.round(matrix * 1000.0)
        self._int = None
        if (
            numpy.array_equal(ints / 1000.0, matrix)
            and float(numpy.abs(matrix).max(initial=0.0)) <= _MAX_WEIGHT
        ):
            # int16 where the weights fit (half the memory to read per feature row)
            small = float(numpy.abs(ints).max(initial=0.0)) <= 32767
            self._int = ints.astype("int16" if small else "int32")
            self._matrix = None
        else:
            self._matrix = matrix.astype("float32")
        self._rows: dict[str, int] = {f: r for r, f in enumerate(names)}
        self._roles: dict[str, object] = {}
        self._tag_pairs: dict[tuple[str, str], object] = {}
        if self._int is not None:  # a zero row at the end for `_compute_roles`
            self._zero_row = len(names)
            self._int = numpy.vstack([self._int, numpy.zeros((1, nc), dtype=self._int.dtype)])

    def _float_rows(self, idx: list[int]):
        """The float32 weights of some features (as the JSON model gave them)."""
        if self._matrix is not None:
            return self._matrix[idx]
        return (self._int[idx] / 1000.0).astype("float32")

    def predict_fast(self, feats: list[str]) -> str:
        idx = [r for r in map(self._rows.get, feats) if r is not None]
        if not idx:
            return self.classes[0]
        return self.classes[int(self._float_rows(idx).sum(axis=0).argmax())]

    def predict_one(self, feats: list[str]) -> str:
        scores: dict[str, float] = defaultdict(float)
        weights = self.weights
        for f in feats:
            ws = weights.get(f)
            if ws:
                for c, v in ws.items():
                    scores[c] += v
        if not scores:
            return self.classes[0]
        return max(scores.items(), key=lambda kv: (kv[1], kv[0]))[0]

    def tag(self, words: list[str], extra: list | None = None) -> list[str]:
        if (
            self.features is tagger_features
            and not extra
            and words
            and getattr(self, "_int", None) is not None
        ):
            return self._tag_words(words)
        p1, p2 = "<s>", "<s>"
        out = []
        td = self.tagdict
        for i, w in enumerate(words):
            t = td.get(w)
            if t is None:
                feats = self.features(words, i, p1, p2, extra or [])
                t = self.predict_fast(feats) if self._rows else self.predict_one(feats)
            out.append(t)
            p2, p1 = p1, t
        return out

    # ------------------------------------------------------------ fast STTS tagging
    _ROLES_CACHE = 60_000  # word forms (about 1.2 kB each); the cache is emptied when full

    def _sum_rows(self, feats: list[str]):
        import numpy

        idx = [r for r in map(self._rows.get, feats) if r is not None]
        if not idx:
            return numpy.zeros(len(self.classes), dtype="int32")
        return self._int[idx].sum(axis=0, dtype="int32")

    def _word_roles(self, words: list[str]) -> list:
        """(5, classes) integer scores of each word form of `words`: the word's own features,
        and the features it gives the next word, the word after that, the word before it and
        the word before that. New word forms are scored with one numpy call per sentence and
        kept in a bounded cache (the rows are returned, so a cache emptied meanwhile by
        another thread does not matter)."""
        cache = self._roles
        got = [cache.get(w) for w in words]
        missing = [w for w, r in zip(words, got, strict=True) if r is None]
        if not missing:
            return got
        computed = self._compute_roles(list(dict.fromkeys(missing)))
        return [computed[w] if r is None else r for w, r in zip(words, got, strict=True)]

    def _compute_roles(self, new: list[str]) -> dict:
        import numpy

        roles = self._roles
        get = self._rows.get
        zero = self._zero_row
        mat = self._int
        groups = [[role(w) for w in new] for role in _WORD_ROLES]
        sums = []
        for group in groups:
            # one row of feature indices per word, padded with the zero row (unknown features
            # read it too): one gather and one sum for all words
            width = max(map(len, group))
            idx: list[int] = []
            for feats in group:
                idx += map(get, feats, repeat(zero, len(feats)))
                idx += repeat(zero, width - len(feats))
            sums.append(mat[idx].reshape(len(new), width, -1).sum(axis=1, dtype="int32"))
        sums = numpy.stack(sums, axis=1)  # (words, 5, classes)
        if len(roles) + len(new) > self._ROLES_CACHE:
            roles.clear()
        computed = dict(zip(new, sums, strict=True))
        roles.update(computed)
        return computed

    def _edges(self):
        import numpy

        e = getattr(self, "_edge_rows", None)
        if e is None:
            e = self._edge_rows = {
                "prev": self._sum_rows(_START_PREV),
                "prev2": self._sum_rows(_START_PREV2),
                "next": self._sum_rows(_END_NEXT),
                "next2": self._sum_rows(_END_NEXT2),
                # row 2 x capitalised + first word
                "cap_rows": numpy.stack(
                    [
                        self._sum_rows([_cap_feat(w, first)])
                        for w in ("x", "X")
                        for first in (False, True)
                    ]
                ),
            }
        return e

    def _tag_words(self, words: list[str]) -> list[str]:
        return self.tag_many([words])[0]

    def tag_many(self, sents: list[list[str]]) -> list[list[str]]:
        """Greedy tagging of several sentences at once with integer scores (the same tags as
        the float32 path, see the module docstring): the sentences advance in step, so each
        step scores the next word of every sentence with a few numpy calls."""
        if not (self.features is tagger_features and getattr(self, "_int", None) is not None):
            return [self.tag(s) for s in sents]
        import numpy

        words = [w for s in sents for w in s]
        if not words:
            return [[] for _ in sents]
        n = len(words)
        e = self._edges()
        rows = self._rows
        mat = self._int
        zero = self._zero_row
        roles = numpy.stack(self._word_roles(words))  # (n, 5, classes)
        lows = [w.lower() for w in words]
        starts: list[int] = []
        pos = 0
        for s in sents:
            starts.append(pos)
            pos += len(s)
        # features that do not depend on the tags: the word itself, its neighbours, its
        # capitalisation and position, the word bigram
        first = numpy.zeros(n, dtype=bool)
        last = numpy.zeros(n, dtype=bool)
        second = numpy.zeros(n, dtype=bool)
        penult = numpy.zeros(n, dtype=bool)
        for a, s in zip(starts, sents, strict=True):
            if s:
                first[a] = True
                last[a + len(s) - 1] = True
                if len(s) > 1:
                    second[a + 1] = True
                    penult[a + len(s) - 2] = True
        static = roles[:, 0].copy()
        p1 = numpy.empty_like(static)
        p1[0] = 0
        p1[1:] = roles[:-1, 1]
        p1[first] = e["prev"]
        p2 = numpy.zeros_like(static)
        p2[2:] = roles[:-2, 2]
        p2[first | second] = e["prev2"]
        n1 = numpy.empty_like(static)
        n1[-1] = 0
        n1[:-1] = roles[1:, 3]
        n1[last] = e["next"]
        n2 = numpy.zeros_like(static)
        n2[:-2] = roles[2:, 4]
        n2[last | penult] = e["next2"]
        static += p1
        static += p2
        static += n1
        static += n2
        fl = first.tolist()
        cap = e["cap_rows"][[2 * w[:1].isupper() + f for w, f in zip(words, fl, strict=True)]]
        static += cap
        bigram = [
            rows.get(_bigram_feat("<s>" if fl[i] else lows[i - 1], lows[i]), zero) for i in range(n)
        ]
        static += mat[bigram]

        td = self.tagdict
        classes = self.classes
        lasts = last.tolist()
        out: list[list[str]] = [[] for _ in sents]
        prev = [("<s>", "<s>") for _ in sents]
        active = [k for k, s in enumerate(sents) if s]
        j = 0
        while active:
            todo: list[int] = []
            idx: list[int] = []
            for k in active:
                i = starts[k] + j
                t = td.get(words[i])
                if t is not None:
                    out[k].append(t)
                    prev[k] = (t, prev[k][0])
                    continue
                a, b = prev[k]
                todo.append(k)
                feats = _tag_feats(a, b, lows[i], "</s>" if lasts[i] else lows[i + 1])
                idx += map(rows.get, feats, repeat(zero, 5))
            if todo:
                at = [starts[k] + j for k in todo]
                sc = static[at] + mat[idx].reshape(len(todo), 5, -1).sum(axis=1, dtype="int32")
                best = sc.argmax(axis=1)
                top = sc[numpy.arange(len(todo)), best]
                close = ((sc >= (top - _MARGIN)[:, None]).sum(axis=1) > 1).tolist()
                for k, c, hard in zip(todo, best.tolist(), close, strict=True):
                    if hard:
                        # too close to call with certainty: score as the float32 path does
                        a, b = prev[k]
                        t = self.predict_fast(tagger_features(sents[k], j, a, b, []))
                    else:
                        t = classes[c]
                    out[k].append(t)
                    prev[k] = (t, prev[k][0])
            j += 1
            active = [k for k in active if len(sents[k]) > j]
        return out

    # ------------------------------------------------------------ training
    # The weights being trained are a dense matrix (one row per feature, created at the
    # feature's first update, and a mask of the classes the feature has a weight for), so a
    # prediction is one gather and sum instead of a dictionary walk per feature. The weights
    # are whole numbers while training, so every sum is exact and the result does not depend
    # on the order of the features; the scoring (classes without any weight among the
    # features cannot win, ties go to the last class in sorted order) and the averaging are
    # those of a dictionary-of-dictionaries perceptron.

    def _start_training(self) -> None:
        import numpy

        self._trows = {}
        self._w = numpy.zeros((4096, len(self.classes)))
        self._has = numpy.zeros((4096, len(self.classes)), dtype=bool)
        self._totals = defaultdict(float)
        self._tstamps = defaultdict(int)
        self._i = 0

    def _train_predict(self, feats: list[str]) -> int:
        import numpy

        idx = [r for r in map(self._trows.get, feats) if r is not None]
        if not idx:
            return 0
        scores = self._w[idx].sum(axis=0)
        scores[~self._has[idx].any(axis=0)] = -numpy.inf
        return len(scores) - 1 - int(scores[::-1].argmax())

    def _row(self, f: str) -> int:
        import numpy

        r = self._trows.get(f)
        if r is None:
            r = self._trows[f] = len(self._trows)
            if r == len(self._w):
                self._w = numpy.concatenate([self._w, numpy.zeros_like(self._w)])
                self._has = numpy.concatenate([self._has, numpy.zeros_like(self._has)])
        return r

    def _update(self, truth: int, guess: int, feats: list[str]) -> None:
        self._i += 1
        if truth == guess:
            return
        i = self._i
        w, has, totals, tstamps = self._w, self._has, self._totals, self._tstamps
        for f in feats:
            r = self._row(f)
            if w is not self._w:  # grown
                w, has = self._w, self._has
            for c, d in ((truth, 1.0), (guess, -1.0)):
                key = (r, c)
                v = float(w[r, c])
                totals[key] += (i - tstamps[key]) * v
                tstamps[key] = i
                w[r, c] = v + d
                has[r, c] = True

    def _average(self) -> None:
        """The averaged weights, rounded to 3 decimals, as {feature: {class: weight}}."""
        i = self._i
        n = max(i, 1)
        totals, tstamps = self._totals, self._tstamps
        weights = {}
        for f, r in self._trows.items():
            row = self._w[r].tolist()
            new = {}
            for c in self._has[r].nonzero()[0].tolist():
                key = (r, c)
                avg = round((totals[key] + (i - tstamps[key]) * row[c]) / n, 3)
                if avg:
                    new[self.classes[c]] = avg
            if new:
                weights[f] = new
        self.weights = weights
        del self._trows, self._w, self._has
        self._totals = defaultdict(float)
        self._tstamps = defaultdict(int)

    def make_tagdict(
        self, sents: list[tuple[list[str], list[str]]], freq: int = 20, ratio: float = 0.99
    ) -> None:
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for words, tags in sents:
            for w, t in zip(words, tags, strict=True):
                counts[w][t] += 1
        for w, tc in counts.items():
            tag, mode = max(tc.items(), key=lambda kv: kv[1])
            n = sum(tc.values())
            if n >= freq and mode / n >= ratio:
                self.tagdict[w] = tag

    def train(
        self,
        sents: list[tuple[list[str], list[str]]],
        epochs: int = 5,
        seed: int = 13,
        extras: list | None = None,
        log: Callable[[str], None] = print,
    ) -> None:
        rng = random.Random(seed)
        self.classes = sorted({t for _, tags in sents for t in tags})
        classes = self.classes
        index = {c: i for i, c in enumerate(classes)}
        self._start_training()
        order = list(range(len(sents)))
        for ep in range(epochs):
            rng.shuffle(order)
            correct = total = 0
            for k in order:
                words, tags = sents[k]
                extra = extras[k] if extras else []
                p1, p2 = "<s>", "<s>"
                for i, w in enumerate(words):
                    t = self.tagdict.get(w)
                    if t is None:
                        feats = self.features(words, i, p1, p2, extra)
                        guess = self._train_predict(feats)
                        self._update(index[tags[i]], guess, feats)
                        t = classes[guess]
                    correct += t == tags[i]
                    total += 1
                    p2, p1 = p1, tags[i] if rng.random() < 0.0 else t
            log(f"epoch {ep + 1}: train accuracy {correct / max(total, 1):.4f}")
        self._average()

    def prune(self, threshold: float = 0.01) -> None:
        self.weights = {
            f: {c: w for c, w in ws.items() if abs(w) >= threshold}
            for f, ws in self.weights.items()
        }
        self.weights = {f: ws for f, ws in self.weights.items() if ws}

    # ------------------------------------------------------------ io
    def save(self, path: str | Path) -> None:
        data = {
            "classes": self.classes,
            "weights": self.weights,
            "tagdict": self.tagdict,
            "meta": self.meta,
        }
        with gzip.GzipFile(path, "wb", mtime=0) as fh:
            fh.write(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))

    @classmethod
    def load(cls, path, features: Features = tagger_features) -> Perceptron:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        p = cls(data["classes"], features)
        p.weights = data["weights"]
        p.tagdict = data.get("tagdict", {})
        p.meta = data.get("meta", {})
        p.compile()
        return p
