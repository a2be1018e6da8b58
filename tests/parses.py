"""Hand-built UD parses for the coder's tests, which test its logic in isolation from the NLP
and actor stages: `build` makes a Doc from a token table (with the actor spans set), `events`
codes it, `plain` lists its plain events; and the tables that several test modules share. The
`coder` they code with is a fixture of conftest.py."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from lagebild.models import ActorRef, Document

_NLP = spacy.blank("de")
if not Span.has_extension("actor"):
    Span.set_extension("actor", default=None)


def build(spec: str) -> Doc:
    """One token a line: WORD UPOS LEMMA DEP HEAD [FEATS|_] [ACT:CODE] (HEAD 1-based, 0 = root).
    Consecutive tokens with the same ACT code form one actor span."""
    rows = [line.split() for line in spec.strip().splitlines() if line.strip()]
    words, pos, lemmas, deps, heads, morphs, acts = [], [], [], [], [], [], []
    for i, r in enumerate(rows):
        words.append(r[0])
        pos.append(r[1])
        lemmas.append(r[2])
        deps.append(r[3])
        h = int(r[4])
        heads.append(h - 1 if h else i)
        rest = r[5:]
        feats = next((x for x in rest if not x.startswith("ACT:")), "_")
        morphs.append("" if feats == "_" else feats)
        acts.append(next((x[4:] for x in rest if x.startswith("ACT:")), None))
    doc = Doc(
        _NLP.vocab,
        words=words,
        pos=pos,
        lemmas=lemmas,
        deps=[d if d != "ROOT" else "ROOT" for d in deps],
        heads=heads,
        morphs=morphs,
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    spans, i = [], 0
    while i < len(acts):
        if acts[i]:
            j = i
            while j + 1 < len(acts) and acts[j + 1] == acts[i]:
                j += 1
            sp = Span(doc, i, j + 1)
            sp._.actor = ActorRef(code=acts[i])
            spans.append(sp)
            i = j + 1
        else:
            i += 1
    doc.spans["actors"] = spans
    return doc


def events(coder, doc, d=None):
    document = Document(source="t", format="text", text=doc.text, date=d)
    return [e.gold_dict() | {"_e": e} for e in coder.code_sentence(doc, document)]


def plain_codes(pipe, text: str) -> list[tuple]:
    """(type, source code, target code) of the plain events the pipeline codes in `text`."""
    return [
        (e.type, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in pipe.code_text(text).events
        if not e.hypothetical and not e.negated
    ]


def plain_countries(pipe, text: str) -> list[tuple]:
    """(type, source country, target country) of the plain events the pipeline codes in `text`."""
    return [
        (e.type,
         e.source.code.split("/")[0] if e.source else None,
         e.target.code.split("/")[0] if e.target else None)
        for e in pipe.code_text(text).events
        if not (e.negated or e.hypothetical)
    ]  # fmt: skip


def country_pairs(pipe, text: str, typ: str) -> list[tuple]:
    """(source country, target country) of the plain events of type `typ` in `text`."""
    return [(src, tgt) for t, src, tgt in plain_countries(pipe, text) if t == typ]


def plain(evs):
    return [
        (e["type"], e["source"], e["target"])
        for e in evs
        if not (e["negated"] or e["hypothetical"])
    ]


# "Russische Truppen griffen Odessa an."
ATTACK = """
Russische ADJ russisch amod 2 _ ACT:RUS/MIL
Truppen NOUN Truppe nsubj 3 Case=Nom ACT:RUS/MIL
griffen VERB greifen ROOT 0 Tense=Past|Mood=Ind
Odessa PROPN Odessa obj 3 Case=Acc ACT:UKR
an ADP an compound:prt 3
. PUNCT . punct 3
"""

# "Pakistan drohte mit Konsequenzen, Afghanistan schwieg." - the threat's addressee stands in the
# second clause, where no role rule looks
THREAT = """
Pakistan PROPN Pakistan nsubj 2 _ ACT:PAK
drohte VERB drohen ROOT 0
mit ADP mit case 4
Konsequenzen NOUN Konsequenz obl 2
, PUNCT , punct 7
Afghanistan PROPN Afghanistan nsubj 7 _ ACT:AFG
schwieg VERB schweigen parataxis 2
. PUNCT . punct 2
"""

# the same with an attribution before the trigger: "Laut Tass drohte Pakistan mit Konsequenzen,
# Afghanistan schwieg." - Tass (RUS/MED) is nearer to the trigger but is the reporter
REPORTED = """
Laut ADP laut case 2
Tass PROPN Tass obl 4 _ ACT:RUS/MED
Pakistan PROPN Pakistan nsubj 4 _ ACT:PAK
drohte VERB drohen ROOT 0
mit ADP mit case 6
Konsequenzen NOUN Konsequenz obl 4
, PUNCT , punct 9
Afghanistan PROPN Afghanistan nsubj 9 _ ACT:AFG
schwieg VERB schweigen parataxis 4
. PUNCT . punct 4
"""


def actor_codes(analyzer, text: str, mention: str, day=None) -> list[str]:
    """The actor codes the actor stage gives the entity spans reading `mention` in `text`
    (article date `day`, 2025-10-15 by default)."""
    from datetime import date

    from lagebild.actors import load_resolver

    doc = Document(source="t", format="text", text=text, date=day or date(2025, 10, 15))
    docs = analyzer.analyze(doc)
    load_resolver().annotate(doc, docs)
    return [e.actor.code for e in doc.entities if e.text == mention and e.actor]


def code_table(sentences: dict[str, str], day: str = "2025-10-28") -> dict[str, list[dict]]:
    """Code a table of test sentences (id -> text) with the library API: id -> the events as
    dicts (`lagebild code` output); the test is skipped where a stage cannot load."""
    import pytest

    from lagebild.api import code

    try:
        preds = code(
            [{"id": k, "text": v, "lang": "de", "date": day} for k, v in sentences.items()]
        )
    except Exception as exc:  # pragma: no cover - a stage missing on this machine
        pytest.skip(f"pipeline not available: {exc}")
    return {p["id"]: p["events"] for p in preds}
