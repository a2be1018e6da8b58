"""Evaluate the analyzer on a CoNLL-U file with gold tokenisation: UPOS, lemma, Case, UAS/LAS and
labelled F1 of the relations the event coder reads; plus sentence-boundary F1 on the running text
made by joining the sentences. Multiword tokens ("im" = "in dem") are scored on their first word."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

ROLES = ("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent")


@dataclass
class GoldSentence:
    text: str
    tokens: list[str]  # surface tokens (multiword tokens as one)
    spaces: list[bool]
    words: list[dict] = field(default_factory=list)  # id, form, lemma, upos, feats, head, deprel
    word_token: list[int] = field(default_factory=list)  # word index -> token index
    first_of_token: list[bool] = field(default_factory=list)


def read_conllu(path: str | Path) -> Iterator[GoldSentence]:
    lines: list[str] = []
    text = ""
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("# text = "):
                text = line[9:]
            elif line.startswith("#"):
                continue
            elif not line.strip():
                if lines:
                    yield _sentence(lines, text)
                lines, text = [], ""
            else:
                lines.append(line)
    if lines:
        yield _sentence(lines, text)


def _sentence(lines: list[str], text: str) -> GoldSentence:
    s = GoldSentence(text, [], [])
    mwt_end = 0
    for line in lines:
        c = line.split("\t")
        if "." in c[0]:
            continue
        space = "SpaceAfter=No" not in c[9]
        if "-" in c[0]:
            a, b = (int(x) for x in c[0].split("-"))
            s.tokens.append(c[1])
            s.spaces.append(space)
            mwt_end = b
            mwt_start = a
            continue
        wid = int(c[0])
        in_mwt = wid <= mwt_end
        if not in_mwt:
            s.tokens.append(c[1])
            s.spaces.append(space)
        feats = dict(x.split("=", 1) for x in c[5].split("|") if "=" in x)
        s.words.append(
            {
                "id": wid,
                "form": c[1],
                "lemma": c[2],
                "upos": c[3],
                "feats": feats,
                "head": int(c[6]) if c[6].isdigit() else 0,
                "deprel": c[7],
                "xpos": c[4],
            }
        )
        s.word_token.append(len(s.tokens) - 1)
        s.first_of_token.append(not in_mwt or wid == mwt_start)
    return s


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": tp + fn}


class GoldTagger:
    """Stands in for the tagger: returns the gold STTS tag and lemma of each token (a multiword
    token such as "im" gets APPRART and the lemma of its first word)."""

    def __init__(self, tagged: list[tuple[str, str]]):
        self.tagged = tagged

    def tag(self, words: list[str]) -> list[tuple[str, str]]:
        if len(words) != len(self.tagged):
            raise ValueError("gold tags do not match the tokens")
        return list(self.tagged)


def gold_token_tags(gs: GoldSentence) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for wi, w in enumerate(gs.words):
        if not gs.first_of_token[wi]:
            continue
        ti = gs.word_token[wi]
        mwt = wi + 1 < len(gs.words) and gs.word_token[wi + 1] == ti
        xpos = w.get("xpos") or "XY"
        if mwt and xpos == "APPR":
            xpos = "APPRART"
        out.append((xpos, w["lemma"]))
    return out


def analyse_tokens(nlp, tokens: list[str], spaces: list[bool], gold_tags=None) -> Doc:
    """Run the pipeline on given tokens as one sentence (gold tokenisation). With `gold_tags`
    (one (STTS, lemma) per token) the default backend's tagger is replaced by those tags."""
    doc = Doc(nlp.vocab, words=tokens, spaces=spaces)
    for i, t in enumerate(doc):
        t.is_sent_start = i == 0
    for name, proc in nlp.pipeline:
        if name in ("lagebild_sentences", "senter", "sentencizer"):
            continue
        if name == "lagebild_tagparse" and gold_tags is not None:
            from lagebild.nlp.pipeline import tagparse

            doc = tagparse(doc, GoldTagger(gold_tags))
            continue
        doc = proc(doc)
    return doc


def parse_records(path: str | Path, analyzer, gold_tags: bool = False) -> Iterator[tuple]:
    """Yield (gold sentence, doc, words) per sentence; words: one dict per scored word with
    the gold and predicted head (first-word ids) and relation."""
    nlp = analyzer.nlp
    if gold_tags and "lagebild_tagparse" not in nlp.pipe_names:
        raise ValueError("--gold-tags needs the default backend")
    for gs in read_conllu(path):
        tags = gold_token_tags(gs) if gold_tags else None
        doc = analyse_tokens(nlp, gs.tokens, gs.spaces, gold_tags=tags)
        tok_word: dict[int, int] = {}
        for wi, ti in enumerate(gs.word_token):
            tok_word.setdefault(ti, gs.words[wi]["id"])
        id_to_first = {w["id"]: tok_word[gs.word_token[wi]] for wi, w in enumerate(gs.words)}
        recs = []
        for wi, w in enumerate(gs.words):
            if not gs.first_of_token[wi]:
                continue
            t = doc[gs.word_token[wi]]
            gh = id_to_first.get(w["head"], 0) if w["head"] else 0
            ph = 0 if t.head.i == t.i else tok_word[t.head.i]
            pdep = "root" if t.dep_ == "ROOT" else t.dep_
            recs.append({"id": w["id"], "gold": w, "tok": t, "gh": gh, "ph": ph, "pdep": pdep})
        yield gs, doc, recs


def evaluate_parse(path: str | Path, analyzer, gold_tags: bool = False) -> dict:
    """Scores; with `gold_tags` the parser runs on gold STTS tags and lemmas (parser errors
    without tagging errors; the default backend only)."""
    nlp = analyzer.nlp
    c = Counter()
    role_counts = {r: Counter() for r in ROLES}
    oblarg = Counter()
    gold_sents = list(read_conllu(path))
    tags_of = {}
    if gold_tags:
        if "lagebild_tagparse" not in nlp.pipe_names:
            raise ValueError("--gold-tags needs the default backend")
        tags_of = {id(gs): gold_token_tags(gs) for gs in gold_sents}
    for gs in gold_sents:
        doc = analyse_tokens(nlp, gs.tokens, gs.spaces, gold_tags=tags_of.get(id(gs)))
        # token index -> first word index (1-based ids of words)
        tok_word: dict[int, int] = {}
        for wi, ti in enumerate(gs.word_token):
            tok_word.setdefault(ti, gs.words[wi]["id"])
        id_to_first = {}
        for wi, w in enumerate(gs.words):
            id_to_first[w["id"]] = tok_word[gs.word_token[wi]]
        gold_arcs = set()
        pred_arcs = set()
        for wi, w in enumerate(gs.words):
            if not gs.first_of_token[wi]:
                continue
            t = doc[gs.word_token[wi]]
            c["words"] += 1
            c["upos"] += t.pos_ == w["upos"]
            c["lemma"] += t.lemma_ == w["lemma"]
            if "Case" in w["feats"]:
                c["case_n"] += 1
                c["case"] += t.morph.get("Case") == [w["feats"]["Case"]]
            gh = id_to_first.get(w["head"], 0) if w["head"] else 0
            ph = 0 if t.head.i == t.i else tok_word[t.head.i]
            pdep = "root" if t.dep_ == "ROOT" else t.dep_
            if gh == ph:
                c["uas"] += 1
                if pdep == w["deprel"]:
                    c["las"] += 1
            if w["deprel"] in ROLES:
                gold_arcs.add((w["id"], gh, w["deprel"]))
            if pdep in ROLES:
                pred_arcs.add((w["id"], ph, pdep))
            # GSD labels dative objects obl:arg (no case marker): compare with our iobj
            if w["deprel"] == "obl:arg" and w["feats"].get("Case") == "Dat":
                oblarg["gold"] += 1
                oblarg["tp"] += pdep == "iobj" and gh == ph
            if pdep == "iobj":
                oblarg["pred"] += 1
        for r in ROLES:
            g = {a for a in gold_arcs if a[2] == r}
            p = {a for a in pred_arcs if a[2] == r}
            role_counts[r]["tp"] += len(g & p)
            role_counts[r]["fp"] += len(p - g)
            role_counts[r]["fn"] += len(g - p)
    words = max(c["words"], 1)
    roles = {}
    for r in ROLES:
        rc = role_counts[r]
        roles[r] = _prf(rc["tp"], rc["fp"], rc["fn"])
    tp = sum(role_counts[r]["tp"] for r in ROLES)
    fp = sum(role_counts[r]["fp"] for r in ROLES)
    fn = sum(role_counts[r]["fn"] for r in ROLES)
    sb = sentence_boundaries(gold_sents, nlp)
    return {
        "sentences": len(gold_sents),
        "words": c["words"],
        "upos": round(c["upos"] / words, 4),
        "lemma": round(c["lemma"] / words, 4),
        "case": round(c["case"] / max(c["case_n"], 1), 4),
        "uas": round(c["uas"] / words, 4),
        "las": round(c["las"] / words, 4),
        "roles": roles,
        "roles_micro": _prf(tp, fp, fn),
        "iobj_vs_gold_dative_obl_arg": _prf(
            oblarg["tp"], oblarg["pred"] - oblarg["tp"], oblarg["gold"] - oblarg["tp"]
        ),
        "sentence_boundaries": sb,
    }


def sentence_boundaries(gold_sents: list[GoldSentence], nlp, chunk: int = 20) -> dict:
    """Join `chunk` consecutive gold sentences with a space, split again, compare sentence
    start offsets (F1)."""
    tp = fp = fn = 0
    for k in range(0, len(gold_sents), chunk):
        group = [g for g in gold_sents[k : k + chunk] if g.text]
        text = ""
        gold_starts = set()
        for g in group:
            if text:
                text += " "
            gold_starts.add(len(text))
            text += g.text
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            doc = proc(doc)
            if name in ("lagebild_sentences", "senter", "sentencizer", "parser"):
                break
        pred = {s[0].idx for s in doc.sents if len(s)}
        tp += len(gold_starts & pred)
        fp += len(pred - gold_starts)
        fn += len(gold_starts - pred)
    return _prf(tp, fp, fn)
