"""Train the fast STTS tagger and lemma table of the default German pipeline.

    PYTHONPATH=src python scripts/train_tagger.py [configs/tagger_de.yaml]
    PYTHONPATH=src python scripts/train_tagger.py --holdout-half 1 --out /tmp/tagger_cv1.json.gz

Gold: UD German-GSD dev (STTS from the XPOS column). Silver: GermEval 2014 test, MobIE train and
SmartData train text tagged and lemmatised by HanTa. GSD test and GermEval dev stay held out.
`--holdout-half K` leaves the GSD dev sentences with index % 2 == K out of training, for error
analysis on them (scripts/cv_tagger.py). Deterministic for a given config (seeded shuffling).
`--silver-cache FILE` keeps HanTa's silver tagging between runs (it takes a few minutes)."""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_corpora import conll_zip, shared_dir, smartdata  # noqa: E402

from lagebild.evaluation.ner import read_ner  # noqa: E402
from lagebild.evaluation.parse import read_conllu  # noqa: E402
from lagebild.nlp import perceptron  # noqa: E402
from lagebild.nlp.perceptron import Perceptron  # noqa: E402
from lagebild.nlp.tagger import HantaTagger  # noqa: E402


def gold_gsd(path: Path):
    for s in read_conllu(path):
        tags = [""] * len(s.tokens)
        lemmas = [""] * len(s.tokens)
        upos = [""] * len(s.tokens)
        for wi, w in enumerate(s.words):
            ti = s.word_token[wi]
            if s.first_of_token[wi]:
                tags[ti] = w.get("xpos") or ""
                lemmas[ti] = w["lemma"]
                upos[ti] = w["upos"]
            else:
                tags[ti] = "APPRART" if tags[ti] == "APPR" else tags[ti]
        yield s.tokens, tags, lemmas, upos


def align_names(gold) -> int:
    """GSD's XPOS column is automatic, its UPOS manual: where they disagree on name against
    common noun (XPOS NN with UPOS PROPN: "Wikingerdorf", "Seenplatte", "Herbalife"; XPOS NE
    with UPOS NOUN), the gold STTS tag follows the UPOS (NE / NN), so that the tagger learns the
    annotation it is scored on. Words the UPOS conventions already map (`tagger.ud_upos`:
    weekdays, months, unknown acronyms, one-word gazetteer names) keep NN. Returns the number
    of tags changed (in place)."""
    from lagebild.nlp.tagger import _CALENDAR, _acronym, _gazetteer_name

    changed = 0
    for words, tags, _, upos in gold:
        for i, (w, t, u) in enumerate(zip(words, tags, upos, strict=True)):
            if t == "NN" and u == "PROPN":
                if w in _CALENDAR or _acronym(w) or _gazetteer_name(w):
                    continue
                tags[i] = "NE"
                changed += 1
            elif t == "NE" and u == "NOUN":
                tags[i] = "NN"
                changed += 1
    return changed


def clean_silver(words: list[str], tags: list[str]) -> int:
    """HanTa reads Twitter handles and hashtags of the tweets in the silver text (MobIE,
    SmartData) as verbs ("@faznet", "#München": VVFIN) and the retweet mark "RT" as a
    participle. Handles and "RT" become XY, hashtags NE when capitalised (mostly places and
    names: "#Halle"), else XY. Returns the number of tags changed (in place)."""
    changed = 0
    for i, w in enumerate(words):
        new = None
        if len(w) > 1 and w[0] == "@":
            new = "XY"
        elif len(w) > 1 and w[0] == "#":
            new = "NE" if w[1:2].isupper() else "XY"
        elif w == "RT" and (i == 0 or words[i - 1] in (":", "|")):
            new = "XY"
        if new and tags[i] != new:
            tags[i] = new
            changed += 1
    return changed


def silver_remap(gold, min_count: int = 2, share: float = 0.7) -> dict[tuple[str, str], str]:
    """Where HanTa's tag for a word systematically differs from the gold GSD tag on the gold
    training sentences ("wirklich": HanTa ADJD, GSD ADV), the silver data follows GSD:
    (word lowercased, HanTa tag) -> gold tag, for pairs seen at least `min_count` times with
    the same gold tag in at least `share` of them."""
    hanta = HantaTagger()
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for words, tags, _, _ in gold:
        for w, (ht, _), gt in zip(words, hanta.tag(words), tags, strict=True):
            if gt:
                counts[(w.lower(), ht)][gt] += 1
    out = {}
    for key, c in counts.items():
        g, k = c.most_common(1)[0]
        n = sum(c.values())
        if g != key[1] and n >= min_count and k / n >= share:
            out[key] = g
    return out


def upos_exceptions(gold, min_count: int = 2, share: float = 0.7) -> dict[str, str]:
    """(word, STTS) -> UPOS where UD German-GSD's gold UPOS differs from the convention rules
    (tagger.ud_upos without context) for most of at least `min_count` occurrences."""
    from types import SimpleNamespace

    from lagebild.nlp.tagger import STTS_TO_UPOS, ud_upos

    counts: dict[str, Counter] = defaultdict(Counter)
    for words, tags, _, upos in gold:
        for w, t, u in zip(words, tags, upos, strict=True):
            if t and not t.startswith(("V", "$")):
                tok = SimpleNamespace(text=w, tag=t, pos=STTS_TO_UPOS.get(t, "X"), lemma=w, dep="")
                ud_upos([tok])
                counts[f"{w.lower()}\t{t}"][u if u != tok.pos else "="] += 1
    table = {}
    for key, c in counts.items():
        u, k = c.most_common(1)[0]
        n = sum(c.values())
        if n >= min_count and k / n >= share and u != "=":
            table[key] = u
    return dict(sorted(table.items()))


def silver_sentences(cfg: dict) -> list[list[str]]:
    import spacy

    from lagebild.nlp.sentences import split_sentences

    root = shared_dir()
    sents: list[list[str]] = []
    sents += [t for t, _ in read_ner(root / cfg["corpora"]["germeval_test"])]
    sents += [t for t, _ in conll_zip(cfg["corpora"]["mobie_train"])]
    tok = spacy.blank("de")
    for d in smartdata(cfg["corpora"]["smartdata_train"]):
        text = (d.get("text") or {}).get("string") or ""
        doc = split_sentences(tok.make_doc(text))
        for s in doc.sents:
            words = [t.text for t in s if not t.is_space]
            if words:
                sents.append(words)
    return sents


def silver_tagged(cfg: dict, cache: Path | None) -> list[tuple[list[str], list[tuple[str, str]]]]:
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    hanta = HantaTagger()
    t0 = time.time()
    out = [(words, hanta.tag(words)) for words in silver_sentences(cfg)]
    print(f"HanTa silver tagging {time.time() - t0:.0f}s")
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("config", nargs="?", default="configs/tagger_de.yaml")
    ap.add_argument("--holdout-half", type=int, choices=(0, 1), default=None)
    ap.add_argument("--out", default=None)
    ap.add_argument("--silver-cache", default=None)
    ap.add_argument("--seed", type=int, default=None, help="overrides the config's seed")
    ap.add_argument("--features", default=None, help="comma-separated; overrides the config's")
    args = ap.parse_args(argv)
    cfg = yaml.safe_load(Path(args.config).read_text())
    if args.seed is not None:
        cfg["seed"] = args.seed
    if args.features is not None:
        cfg["features"] = [f for f in args.features.split(",") if f]
    flags = sorted(cfg.get("features") or [])
    perceptron.set_feature_flags(flags)
    print(f"seed {cfg['seed']}, feature groups: {flags or 'base'}")
    root = shared_dir()
    silver = silver_tagged(cfg, Path(args.silver_cache) if args.silver_cache else None)
    data: list[tuple[list[str], list[str]]] = []
    lemma_counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for words, tagged in silver:
        data.append((words, [t for t, _ in tagged]))
        for w, (t, lem) in zip(words, tagged, strict=True):
            lemma_counts[(w, t)][lem] += 1
    ntok = sum(len(w) for w, _ in data)
    print(f"silver: {len(data)} sentences, {ntok} tokens")
    gold = list(gold_gsd(root / cfg["gold"]["gsd_dev"]))
    if args.holdout_half is not None:
        gold = [g for i, g in enumerate(gold) if i % 2 != args.holdout_half]
    if cfg.get("align_names"):
        print(f"gold name/noun tags aligned with GSD's UPOS: {align_names(gold)}")
    remap = silver_remap(gold, **cfg.get("silver_remap", {}))
    print(f"silver remap: {len(remap)} (word, HanTa tag) pairs follow GSD's convention")
    fixed = 0
    for words, tags in data:
        for i, w in enumerate(words):
            new = remap.get((w.lower(), tags[i]))
            if new:
                tags[i] = new
                fixed += 1
    print(f"silver remap changed {fixed} tags")
    if cfg.get("clean_silver"):
        print(f"silver handles/hashtags retagged: {sum(clean_silver(w, t) for w, t in data)}")
    for words, tags, lemmas, _ in gold:
        for w, t, lem in zip(words, tags, lemmas, strict=True):
            lemma_counts[(w, t)][lem] += 5  # gold lemmas outweigh silver ones
    data += [(w, t) for w, t, _, _ in gold] * cfg["gold_weight"]
    p = Perceptron()
    p.make_tagdict(data, freq=cfg["tagdict_min_freq"])
    p.train(data, epochs=cfg["epochs"], seed=cfg["seed"])
    p.prune(cfg["prune"])
    # lemma table: (word, tag) -> lemma where it differs from the word itself
    lemmas = {}
    for (w, t), c in lemma_counts.items():
        lem = c.most_common(1)[0][0]
        if lem != w and t and not t.startswith("$"):
            lemmas[f"{w}\t{t}"] = lem
    p.meta = {
        "trained_on": ["UD German-GSD dev (gold)", *cfg["corpora"].keys()],
        "silver_tagger": "HanTa",
        "seed": cfg["seed"],
        "epochs": cfg["epochs"],
        "feature_flags": flags,
        "lemmas": lemmas,
        "upos": upos_exceptions(gold),
    }
    if args.holdout_half is not None:
        p.meta["holdout_half"] = args.holdout_half
    out = Path(args.out or cfg["output"])
    out.parent.mkdir(parents=True, exist_ok=True)
    p.save(out)
    print(
        f"saved {out} ({out.stat().st_size / 1e6:.1f} MB, {len(p.weights)} features, {len(lemmas)} lemmas)"
    )


if __name__ == "__main__":
    main()
