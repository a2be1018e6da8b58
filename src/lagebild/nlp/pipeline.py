"""The default offline German pipeline as spaCy components:

    tokenizer (spaCy's German rules) -> lagebild_sentences -> lagebild_tagparse -> lagebild_ner

`lagebild_tagparse` tags each sentence (STTS + lemma), maps to UD UPOS, runs the rule-based
clause parser and writes UPOS, XPOS, lemma, morphology (Case, Number, Gender, Person, Tense, Mood,
VerbForm, Voice, ...) and the dependency tree into the Doc.
"""

from __future__ import annotations

from functools import cache

import numpy
import spacy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.nlp import lexicon, morph
from lagebild.nlp.ner import set_entities
from lagebild.nlp.parser import Tok, parse
from lagebild.nlp.sentences import split_sentences
from lagebild.nlp.tagger import STTS_TO_UPOS

ROOT_LABEL = "ROOT"  # spaCy's convention for the root; UD's 'root' in CoNLL-U output


@cache
def get_tagger():
    from lagebild.nlp.tagger import HantaTagger

    return HantaTagger()


@Language.component("lagebild_sentences")
def sentences_component(doc: Doc) -> Doc:
    return split_sentences(doc)


@Language.component("lagebild_tagparse")
def tagparse_component(doc: Doc) -> Doc:
    tagger = get_tagger()
    n = len(doc)
    heads = numpy.zeros(n, dtype="int64")
    deps = [""] * n
    strings = doc.vocab.strings
    morphs: list[str] = [""] * n
    for sent in doc.sents:
        idx = [t.i for t in sent if not t.is_space]
        words = [doc[k].text for k in idx]
        tags = tagger.tag(words)
        toks = []
        for j, (k, (stts, lemma)) in enumerate(zip(idx, tags, strict=True)):
            toks.append(Tok(j, doc[k].text, stts, STTS_TO_UPOS.get(stts, "X"), lemma))
        fix_lemmas(toks)
        units = parse(toks) or []
        set_features(toks, units)
        for t in toks:
            k = idx[t.i]
            tok = doc[k]
            tok.tag_ = t.tag
            tok.pos_ = t.pos
            tok.lemma_ = t.lemma
            morphs[k] = "|".join(f"{a}={b}" for a, b in sorted(t.feats.items()) if b)
            if t.head < 0:
                heads[k] = k
                deps[k] = ROOT_LABEL
            else:
                heads[k] = idx[t.head]
                deps[k] = t.dep
        # whitespace tokens hang on the previous token of the sentence (or the next)
        for tok in sent:
            if tok.is_space:
                tok.pos_ = "SPACE"
                tok.tag_ = "_SP"
                tok.lemma_ = tok.text
                anchor = idx[0] if idx else sent.start
                prev = [k for k in idx if k < tok.i]
                anchor = prev[-1] if prev else anchor
                heads[tok.i] = anchor if anchor != tok.i else tok.i
                deps[tok.i] = "dep" if anchor != tok.i else ROOT_LABEL
    for k, m in enumerate(morphs):
        if m:
            doc[k].set_morph(m)
    arr = numpy.zeros((n, 2), dtype="uint64")
    arr[:, 0] = (heads - numpy.arange(n)).astype("uint64")
    arr[:, 1] = [strings.add(d) for d in deps]
    sent_starts = [t.is_sent_start for t in doc]
    doc.from_array([HEAD, DEP], arr)
    # from_array derives sentence starts from the trees; they match by construction
    del sent_starts
    return doc


@Language.component("lagebild_ner")
def ner_component(doc: Doc) -> Doc:
    return set_entities(doc)


def fix_lemmas(toks: list[Tok]) -> None:
    for t in toks:
        if t.tag in ("ART",):
            t.lemma = "ein" if t.text.lower().startswith("ein") else "der"
        elif t.tag in ("PPER", "PRF"):
            t.lemma = _PRON_LEMMA.get(t.text.lower(), t.text.lower())
        elif t.tag.startswith("V"):
            ana = lexicon.verb_analyses(t.text)
            if ana and not any(lem == t.lemma for lem, _ in ana):
                if len(ana) == 1 or not t.lemma:
                    t.lemma = ana[0][0]
        elif t.tag == "NE":
            t.lemma = t.text
        elif t.pos == "PUNCT":
            t.lemma = t.text


_PRON_LEMMA = {
    "mich": "ich",
    "mir": "ich",
    "dich": "du",
    "dir": "du",
    "ihn": "er",
    "ihm": "er",
    "ihnen": "sie",
    "uns": "wir",
    "euch": "ihr",
    "sich": "sich",
}


def set_features(toks: list[Tok], units: list) -> None:
    for u in units:
        if u.kind not in ("NP", "PP", "TMP") or not u.an:
            continue
        a = _pick(u.an, pp=u.kind == "PP")
        for k in u.toks:
            t = toks[k]
            if k in u.prep:
                continue
            if t.tag in (
                "ART",
                "PDAT",
                "PIAT",
                "PIDAT",
                "PPOSAT",
                "ADJA",
                "NN",
                "NE",
                "PDS",
                "PIS",
                "PPER",
                "PRF",
                "PRELS",
                "PWS",
                "CARD",
            ):
                if t.tag == "CARD" and k != u.head:
                    continue
                if t.tag == "NE" and t.dep == "nmod" and k != u.head:
                    t.feats["Case"] = "Gen"
                    continue
                if t.dep in ("appos", "flat") and k > u.head:
                    pass
                t.feats["Case"] = lexicon.UD_CASE[a[0]]
                t.feats["Number"] = lexicon.UD_NUMBER[a[1]]
                if a[2] in lexicon.UD_GENDER and a[1] == "S":
                    t.feats["Gender"] = lexicon.UD_GENDER[a[2]]
        for k in u.toks:
            t = toks[k]
            if t.tag == "ART":
                t.feats["PronType"] = "Art"
                t.feats["Definite"] = "Ind" if t.text.lower().startswith("ein") else "Def"
            elif t.tag in ("PPER", "PRF"):
                t.feats["PronType"] = "Prs"
                t.feats["Person"] = morph.pronoun(t.text)[1]
                if t.tag == "PRF":
                    t.feats["Reflex"] = "Yes"
            elif t.tag == "PIAT" and t.text.lower().startswith("kein"):
                t.feats["PronType"] = "Neg"
            elif t.tag == "PPOSAT":
                t.feats["Poss"] = "Yes"
                t.feats["PronType"] = "Prs"
    for t in toks:
        if t.tag == "PTKNEG":
            t.feats["Polarity"] = "Neg"
        elif t.tag in ("ADJA", "ADJD"):
            t.feats.setdefault("Degree", "Pos")


def _pick(an: frozenset[str], pp: bool = False) -> str:
    order = {"N": 0, "A": 1, "D": 2, "G": 3, "S": 0, "P": 1}
    if pp:
        order = {"D": 0, "A": 1, "G": 2, "N": 3, "S": 0, "P": 1}
    return min(an, key=lambda a: (order[a[0]], order[a[1]], a[2] == "x", a[2]))


@cache
def build_default_nlp() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_sentences")
    nlp.add_pipe("lagebild_tagparse")
    nlp.add_pipe("lagebild_ner")
    return nlp
