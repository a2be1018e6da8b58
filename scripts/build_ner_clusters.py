"""Word clusters for the entity tagger, learned from unlabelled German text (no labels read).

    PYTHONPATH=src python scripts/build_ner_clusters.py [configs/ner_de.yaml]

Text: the corpora listed under `cluster_text` in the config (../shared/data: GermEval 2014
test, SmartData train, MobIE train+dev, Europeana newspapers, UD German-GSD dev; the entity
evaluation files GermEval dev, SmartData test and MobIE test are left out so that their
figures stay held out). Each word seen `cluster_min_count` times or more gets a vector of its
left and right neighbours (the most frequent words, lower-cased), weighted by positive PMI and
reduced by a truncated SVD; k-means (seeded) at several granularities gives one cluster id per
granularity. Output: `src/lagebild/data/nlp/clusters_de.tsv.gz` (word TAB id per granularity),
read by lagebild.nlp.ner.word_clusters."""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import yaml
from scipy.cluster.vq import kmeans2
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import svds

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_corpora import conll_zip, shared_dir  # noqa: E402
from train_ner import europeana, smartdata_sentences  # noqa: E402

from lagebild.evaluation.ner import read_ner  # noqa: E402


def sentences(cfg: dict):
    root = shared_dir()
    for spec in cfg.get("germeval", []):
        for w, _ in read_ner(root / spec):
            yield w
    for spec in cfg.get("smartdata", []):
        for w, _ in smartdata_sentences(spec):
            yield w
    for spec in cfg.get("conll_zip", []):
        for w, _ in conll_zip(spec):
            yield w
    for spec in cfg.get("europeana", []):
        for w, _ in europeana(root / spec):
            yield w
    for spec in cfg.get("conllu", []):
        words: list[str] = []
        for line in (root / spec).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if words:
                    yield words
                words = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    words.append(cols[1])


def main() -> None:
    cfg_all = yaml.safe_load(
        Path(sys.argv[1] if len(sys.argv) > 1 else "configs/ner_de.yaml").read_text()
    )
    cfg = cfg_all["cluster_text"]
    seed = cfg_all["seed"]
    sents = list(sentences(cfg))
    counts = Counter(w for s in sents for w in s)
    ctx_counts = Counter(w.lower() for s in sents for w in s)
    print(f"{len(sents)} sentences, {sum(counts.values())} tokens, {len(counts)} types")
    vocab = sorted(
        (w for w, c in counts.items() if c >= cfg["min_count"]), key=lambda w: -counts[w]
    )
    vid = {w: i for i, w in enumerate(vocab)}
    ctx = [w for w, _ in ctx_counts.most_common(cfg["contexts"])]
    cid = {w: i for i, w in enumerate(ctx)}
    nc = len(ctx)
    rows, cols = [], []
    for s in sents:
        low = ["<s>", *(w.lower() for w in s), "</s>"]
        for k, w in enumerate(s):
            r = vid.get(w)
            if r is None:
                continue
            for off, base in ((-1, 0), (1, nc), (-2, 2 * nc), (2, 3 * nc)):
                c = cid.get(low[k + 1 + off]) if 0 <= k + 1 + off < len(low) else None
                if c is not None:
                    rows.append(r)
                    cols.append(base + c)
    m = coo_matrix(
        (np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(vocab), 4 * nc)
    ).tocsr()
    m.sum_duplicates()
    total = m.sum()
    pw = np.asarray(m.sum(axis=1)).ravel() / total
    pc = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    pc /= pc.sum()
    m = m.tocoo()
    pmi = np.log(m.data / total / (pw[m.row] * pc[m.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()
    rng = np.random.default_rng(seed)
    v0 = rng.standard_normal(min(ppmi.shape))
    u, s, _ = svds(ppmi, k=cfg["dims"], v0=v0)
    vec = u * np.sqrt(s)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    ids = []
    for k in cfg["clusters"]:
        _, lab = kmeans2(vec, k, iter=25, minit="++", seed=seed)
        ids.append(lab)
        print(f"k={k}: {len(set(lab.tolist()))} clusters used")
    out = Path(cfg_all["clusters_output"])
    with gzip.GzipFile(out, "wb", mtime=0) as fh:
        fh.write(
            (
                f"# word clusters for lagebild.nlp.ner, built by scripts/build_ner_clusters.py "
                f"(k={','.join(map(str, cfg['clusters']))}, seed {seed})\n"
            ).encode()
        )
        for i, w in enumerate(vocab):
            fh.write(("\t".join([w, *(str(lab[i]) for lab in ids)]) + "\n").encode("utf-8"))
    print(f"saved {out} ({out.stat().st_size / 1e6:.2f} MB, {len(vocab)} words)")


if __name__ == "__main__":
    main()
