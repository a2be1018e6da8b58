"""A small averaged-perceptron sequence tagger (greedy, left to right), pure Python.

Used for STTS tags (trained by scripts/train_tagger.py on gold UD German-GSD dev sentences plus
silver-tagged news text) and for named entities (scripts/train_ner.py). Models are gzipped JSON:
{"classes", "weights": {feature: {class: weight}}, "tagdict": {word: tag}, "meta"}."""

from __future__ import annotations

import gzip
import json
import random
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
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


def tagger_features(words: list[str], i: int, p1: str, p2: str, extra: list) -> list[str]:
    w = words[i]
    lw = w.lower()
    n = len(words)
    prev = words[i - 1].lower() if i > 0 else "<s>"
    prev2 = words[i - 2].lower() if i > 1 else "<s>"
    nxt = words[i + 1].lower() if i + 1 < n else "</s>"
    nxt2 = words[i + 2].lower() if i + 2 < n else "</s>"
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
        "cap=" + str(w[:1].isupper()) + str(i == 0),
        "t1=" + p1,
        "t12=" + p1 + "|" + p2,
        "t1w=" + p1 + "|" + lw,
        "w-1=" + prev,
        "w-2=" + prev2,
        "w+1=" + nxt,
        "w+2=" + nxt2,
        "w+1s3=" + nxt[-3:],
        "w-1s3=" + prev[-3:],
        "w+1cap=" + str(i + 1 < n and words[i + 1][:1].isupper()),
        "t1w+1=" + p1 + "|" + nxt,
    ]
    if "-" in w:
        f.append("hy")
    f.append("lex=" + _lex_class(w))
    f.append("s5=" + lw[-5:])
    f.append("t1s3=" + p1 + "|" + lw[-3:])
    f.append("w-1w=" + prev + "|" + lw)
    if i + 1 < n:
        f.append("lex+1=" + _lex_class(words[i + 1]))
        f.append("sh+1=" + shape(words[i + 1]))
    if i > 0:
        f.append("lex-1=" + _lex_class(words[i - 1]))
    f.extend(_word_info(w))
    if i + 1 < n:
        f.extend("+1" + x for x in _word_info(words[i + 1])[1:2])
    if extra:
        f.extend(extra[i])
    return f


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
        """One dense numpy matrix (feature x class) for fast prediction."""
        import numpy

        self._index = {c: i for i, c in enumerate(self.classes)}
        names = list(self.weights)
        matrix = numpy.zeros((len(names), len(self.classes)), dtype="float32")
        for r, f in enumerate(names):
            for c, v in self.weights[f].items():
                matrix[r, self._index[c]] = v
        self._matrix = matrix
        self._rows: dict[str, int] = {f: r for r, f in enumerate(names)}

    def predict_fast(self, feats: list[str]) -> str:
        idx = [r for r in map(self._rows.get, feats) if r is not None]
        if not idx:
            return self.classes[0]
        return self.classes[int(self._matrix[idx].sum(axis=0).argmax())]

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

    # ------------------------------------------------------------ training
    def _update(self, truth: str, guess: str, feats: list[str]) -> None:
        self._i += 1
        if truth == guess:
            return
        for f in feats:
            ws = self.weights.setdefault(f, {})
            for c, d in ((truth, 1.0), (guess, -1.0)):
                key = (f, c)
                w = ws.get(c, 0.0)
                self._totals[key] += (self._i - self._tstamps[key]) * w
                self._tstamps[key] = self._i
                ws[c] = w + d

    def _average(self) -> None:
        for f, ws in self.weights.items():
            new = {}
            for c, w in ws.items():
                key = (f, c)
                total = self._totals[key] + (self._i - self._tstamps[key]) * w
                avg = round(total / max(self._i, 1), 3)
                if avg:
                    new[c] = avg
            self.weights[f] = new
        self.weights = {f: ws for f, ws in self.weights.items() if ws}

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
                        t = self.predict_one(feats)
                        self._update(tags[i], t, feats)
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
