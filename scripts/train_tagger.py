"""Train the fast STTS tagger and lemma table of the default German pipeline.

    PYTHONPATH=src python scripts/train_tagger.py [configs/tagger_de.yaml]

Gold: UD German-GSD dev (STTS from the XPOS column). Silver: GermEval 2014 test, MobIE train and
SmartData train text tagged and lemmatised by HanTa. GSD test and GermEval dev stay held out.
Deterministic for a given config (seeded shuffling)."""

from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_corpora import conll_zip, shared_dir, smartdata  # noqa: E402

from lagebild.evaluation.ner import read_ner  # noqa: E402
from lagebild.evaluation.parse import read_conllu  # noqa: E402
from lagebild.nlp.perceptron import Perceptron  # noqa: E402
from lagebild.nlp.tagger import HantaTagger  # noqa: E402


def gold_gsd(path: Path):
    for s in read_conllu(path):
        tags = [""] * len(s.tokens)
        lemmas = [""] * len(s.tokens)
        for wi, w in enumerate(s.words):
            ti = s.word_token[wi]
            if s.first_of_token[wi]:
                tags[ti] = w.get("xpos") or ""
                lemmas[ti] = w["lemma"]
            else:
                tags[ti] = "APPRART" if tags[ti] == "APPR" else tags[ti]
        yield s.tokens, tags, lemmas


def main() -> None:
    cfg = yaml.safe_load(
        Path(sys.argv[1] if len(sys.argv) > 1 else "configs/tagger_de.yaml").read_text()
    )
    root = shared_dir()
    hanta = HantaTagger()
    silver_sents: list[list[str]] = []
    silver_sents += [t for t, _ in read_ner(root / cfg["corpora"]["germeval_test"])]
    silver_sents += [t for t, _ in conll_zip(cfg["corpora"]["mobie_train"])]
    import spacy

    from lagebild.nlp.sentences import split_sentences

    tok = spacy.blank("de")
    for d in smartdata(cfg["corpora"]["smartdata_train"]):
        text = (d.get("text") or {}).get("string") or ""
        doc = split_sentences(tok.make_doc(text))
        for s in doc.sents:
            words = [t.text for t in s if not t.is_space]
            if words:
                silver_sents.append(words)
    t0 = time.time()
    data: list[tuple[list[str], list[str]]] = []
    lemma_counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for words in silver_sents:
        tagged = hanta.tag(words)
        tags = [t for t, _ in tagged]
        data.append((words, tags))
        for w, (t, lem) in zip(words, tagged, strict=True):
            lemma_counts[(w, t)][lem] += 1
    ntok = sum(len(w) for w, _ in data)
    print(f"silver: {len(data)} sentences, {ntok} tokens, HanTa {time.time() - t0:.0f}s")
    gold = list(gold_gsd(root / cfg["gold"]["gsd_dev"]))
    for words, tags, lemmas in gold:
        for w, t, lem in zip(words, tags, lemmas, strict=True):
            lemma_counts[(w, t)][lem] += 5  # gold lemmas outweigh silver ones
    data += [(w, t) for w, t, _ in gold] * cfg["gold_weight"]
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
        "lemmas": lemmas,
    }
    out = Path(cfg["output"])
    out.parent.mkdir(parents=True, exist_ok=True)
    p.save(out)
    print(
        f"saved {out} ({out.stat().st_size / 1e6:.1f} MB, {len(p.weights)} features, {len(lemmas)} lemmas)"
    )


if __name__ == "__main__":
    main()
