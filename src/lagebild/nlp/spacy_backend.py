"""Backend "spacy:<model-or-path>": any installed spaCy model, its annotations brought to the
UD conventions the default pipeline produces, so that the coder reads the same relations
either way.

UPOS, lemmas and morphology come from the model. spaCy's German models (de_core_news_*) are
trained on TIGER, whose dependency trees differ from UD in shape, not only in labels; the
`lagebild_tiger_to_ud` component (added after the model's own components) rebuilds them:

- prepositional phrases: TIGER heads them by the preposition ("gegen" -mo-> verb, "Russland"
  -nk-> "gegen"); UD by the noun ("Russland" -obl-> verb, "gegen" -case-> "Russland"), with
  `obl:agent` for the passive agent (TIGER `sbp`) and `nmod` inside noun phrases;
- verb complexes: TIGER heads them by the finite auxiliary or modal, the participle or
  infinitive below it as `oc`; UD by the content verb, auxiliaries as `aux` (`aux:pass` for
  "werden" with a participle, whose subject becomes `nsubj:pass`); the auxiliary's subject,
  objects and modifiers move to the content verb;
- copula "sein" with a predicative (`pd`): the predicative heads the clause, "sein" is `cop`;
- coordination: TIGER chains "A" -cd-> "und" -cj-> "B"; UD attaches every conjunct to the
  first (`conj`) and the conjunction to the conjunct after it (`cc`);
- the remaining labels are mapped one to one (`sb` nsubj, `oa` obj, `da` iobj, `svp`
  compound:prt, `rc` acl:relcl, `ng` advmod, ...).
A model that already speaks UD (no TIGER subject/object labels in the Doc) is left alone."""

from __future__ import annotations

import numpy
import spacy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc

# TIGER labels of spaCy's German models → the UD relations the coder reads (after the tree
# has been reshaped; labels whose UD relation depends on the token are decided in `_label`)
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
    "nk": "nmod",
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

# a preposition's phrase label in TIGER → the UD relation of the noun that heads it in UD
_PP_RELATION = {"sbp": "obl:agent", "mnr": "nmod", "pg": "nmod", "ag": "nmod"}
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET", "X"}
_NONFINITE = {"VVPP", "VVINF", "VAPP", "VAINF", "VMPP", "VMINF"}
_AUX_TAGS = {"VAFIN", "VAINF", "VAPP", "VAIMP", "VMFIN", "VMINF", "VMPP"}
_VERBAL = {"VERB", "AUX"}


class _Tree:
    """Heads and labels of one Doc as plain lists, reshaped in place, written back at once."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.head = [t.head.i for t in doc]
        self.dep = [t.dep_ for t in doc]
        self.ud = [""] * len(doc)  # the UD label once a step has decided it

    def children(self, i: int) -> list[int]:
        return [j for j, h in enumerate(self.head) if h == i and j != i]

    def take_place(self, new: int, old: int) -> None:
        """`new` takes `old`'s place in the tree (its head and label; a root stays a root)."""
        if self.head[old] == old:
            self.head[new] = new
            self.dep[new] = "ROOT"
        else:
            self.head[new] = self.head[old]
            self.dep[new] = self.dep[old]
        self.ud[new] = self.ud[old]

    def move_children(self, src: int, dst: int) -> None:
        for j in self.children(src):
            if j != dst:
                self.head[j] = dst


def _prepositional_phrases(tree: _Tree) -> None:
    doc = tree.doc
    for p in range(len(doc)):
        t = doc[p]
        if t.pos_ != "ADP" or tree.dep[p] in ("ac", "svp", "cm", "pm"):
            continue
        nk = [j for j in tree.children(p) if tree.dep[j] == "nk" and doc[j].pos_ in _NOMINAL]
        if not nk:
            continue
        # the noun of the phrase: the last nominal (the first one after a postposition)
        n = nk[0] if t.tag_ == "APPO" else nk[-1]
        for j in nk:
            if doc[j].pos_ in ("NOUN", "PROPN", "PRON", "NUM") and (t.tag_ != "APPO" or j == nk[0]):
                n = j
        label = tree.dep[p]
        tree.take_place(n, p)
        tree.move_children(p, n)
        tree.head[p] = n
        tree.dep[p] = "ac"
        tree.ud[p] = "case"
        if label in _PP_RELATION:
            tree.ud[n] = _PP_RELATION[label]
        else:  # mo, op, cvc, ...: by what the phrase hangs on
            head_pos = doc[tree.head[n]].pos_ if tree.head[n] != n else ""
            tree.ud[n] = "nmod" if head_pos in ("NOUN", "PROPN", "PRON") else "obl"


def _verb_complexes(tree: _Tree) -> None:
    doc = tree.doc
    changed = True
    while changed:
        changed = False
        for a in range(len(doc)):
            if doc[a].tag_ not in _AUX_TAGS and doc[a].pos_ != "AUX":
                continue
            verbs = [
                j
                for j in tree.children(a)
                if tree.dep[j] == "oc"
                and doc[j].tag_ in _NONFINITE
                and not any(tree.dep[k] == "cp" for k in tree.children(j))
            ]
            if not verbs:
                continue
            v = verbs[0]
            tree.take_place(v, a)
            tree.move_children(a, v)
            tree.head[a] = v
            passive = doc[a].lemma_ == "werden" and doc[v].tag_ == "VVPP"
            tree.dep[a] = "aux"
            tree.ud[a] = "aux:pass" if passive else "aux"
            changed = True
    # copula: "sein" with a predicative and no verb below it
    for a in range(len(doc)):
        if doc[a].lemma_ != "sein":
            continue
        kids = tree.children(a)
        preds = [j for j in kids if tree.dep[j] == "pd"]
        if not preds or any(tree.dep[j] == "oc" for j in kids):
            continue
        p = preds[0]
        tree.take_place(p, a)
        tree.move_children(a, p)
        tree.head[a] = p
        tree.dep[a] = "cop"
        tree.ud[a] = "cop"


def _coordination(tree: _Tree) -> None:
    def first_conjunct(i: int) -> int:
        while tree.dep[i] in ("cj", "cd") and tree.head[i] != i:
            i = tree.head[i]
        return i

    conj = [j for j in range(len(tree.doc)) if tree.dep[j] == "cj" and tree.head[j] != j]
    firsts = {j: first_conjunct(tree.head[j]) for j in conj}
    for j in conj:
        h = tree.head[j]
        if tree.dep[h] == "cd":  # "A" -cd-> "und" -cj-> "B": "und" goes to "B"
            tree.head[h] = j
            tree.ud[h] = "cc"
        tree.head[j] = firsts[j]
        tree.ud[j] = "conj"


def _label(tree: _Tree, i: int) -> str:
    doc = tree.doc
    t = doc[i]
    dep = tree.dep[i]
    if tree.ud[i]:
        return tree.ud[i]
    if dep not in TIGER_TO_UD:
        return dep
    kids = tree.children(i)
    head = tree.head[i]
    if dep == "nk":
        if t.tag_ == "PPOSAT":
            return "det:poss"
        return {"DET": "det", "ADJ": "amod", "NUM": "nummod", "ADP": "case"}.get(t.pos_, "nmod")
    if dep == "sb":
        passive = any(tree.ud[k] == "aux:pass" for k in tree.children(head))
        return "nsubj:pass" if passive else "nsubj"
    if dep == "oc":
        if any(tree.dep[k] == "cp" for k in kids) or t.tag_ in ("VVFIN", "VAFIN", "VMFIN"):
            return "ccomp"
        return "xcomp"
    if dep == "mo":
        if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return "obl"
        if t.pos_ in _VERBAL:
            return "advcl"
    return TIGER_TO_UD[dep]


def _to_ud(doc: Doc) -> Doc:
    tree = _Tree(doc)
    _prepositional_phrases(tree)
    _verb_complexes(tree)
    _coordination(tree)
    labels = [_label(tree, i) for i in range(len(doc))]
    arr = numpy.zeros((len(doc), 2), dtype="uint64")
    for i in range(len(doc)):
        arr[i, 0] = numpy.array(tree.head[i] - i, dtype="int64").astype("uint64")
        arr[i, 1] = doc.vocab.strings.add(labels[i])
    doc.from_array([HEAD, DEP], arr)  # sentences stay: no arc crosses a sentence boundary
    return doc


@Language.component("lagebild_tiger_to_ud")
def tiger_to_ud(doc: Doc) -> Doc:
    if doc.has_annotation("DEP") and any(t.dep_ in ("sb", "oa", "da", "oc", "nk") for t in doc):
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
