"""Backend "spacy:<model-or-path>": any installed spaCy model, its annotations mapped to the
UD conventions the default pipeline produces (UPOS and morphology come from the model; TIGER
dependency labels of spaCy's German models are mapped to UD; entities LOC/PER/ORG/MISC kept)."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# spaCy's German models use TIGER labels; map them to the UD relations the coder reads
TIGER_TO_UD = {
    "sb": "nsubj",
    "sbp": "obl:agent",
    "oa": "obj",
    "oa2": "obj",
    "da": "iobj",
    "og": "obj",
    "op": "obl",
    "mo": "advmod",
    "mnr": "nmod",
    "ag": "nmod",
    "pg": "nmod",
    "nk": "det",
    "nmc": "nummod",
    "oc": "xcomp",
    "rc": "acl:relcl",
    "cp": "mark",
    "cd": "cc",
    "cj": "conj",
    "svp": "compound:prt",
    "pd": "xcomp",
    "pnc": "flat",
    "app": "appos",
    "punct": "punct",
    "ng": "advmod",
    "ROOT": "ROOT",
    "ac": "case",
    "pm": "mark",
    "ph": "expl",
    "ep": "expl",
    "re": "ccomp",
    "cc": "advcl",
    "par": "parataxis",
    "ju": "cc",
    "dm": "discourse",
    "avc": "advmod",
    "adc": "advmod",
    "cvc": "obl",
    "dh": "dep",
    "uc": "flat",
    "vo": "vocative",
    "rs": "dep",
    "cm": "case",
    "dep": "dep",
}


def _to_ud(doc: Doc) -> Doc:
    for t in doc:
        dep = t.dep_
        if dep not in TIGER_TO_UD:
            continue
        ud = TIGER_TO_UD[dep]
        if dep == "nk":
            ud = {"DET": "det", "ADJ": "amod", "NUM": "nummod", "ADP": "case"}.get(t.pos_, "nmod")
            if t.tag_ == "PPOSAT":
                ud = "det:poss"
        elif dep == "oc" and t.head.pos_ == "AUX" or dep == "oc" and t.tag_ == "VVIZU":
            ud = "xcomp"
        elif dep == "oc" and any(c.dep_ == "cp" for c in t.children):
            ud = "ccomp"
        elif dep == "mo" and t.pos_ in ("NOUN", "PROPN", "PRON"):
            ud = "obl"
        elif (
            dep == "sb"
            and any(c.lemma_ == "werden" and c.tag_.startswith("VA") for c in t.head.children)
            and t.head.tag_ == "VVPP"
        ):
            ud = "nsubj:pass"
        elif dep == "mo" and t.tag_ == "PTKNEG":
            ud = "advmod"
        t.dep_ = ud
    return doc


@Language.component("lagebild_tiger_to_ud")
def tiger_to_ud(doc: Doc) -> Doc:
    if doc.has_annotation("DEP") and any(t.dep_ in ("sb", "oa", "da") for t in doc):
        return _to_ud(doc)
    return doc


def load_spacy_model(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ValueError(f"spaCy model {model!r} is not installed or not a model path") from exc
    if "lagebild_tiger_to_ud" not in nlp.pipe_names:
        nlp.add_pipe("lagebild_tiger_to_ud", last=True)
    return nlp
