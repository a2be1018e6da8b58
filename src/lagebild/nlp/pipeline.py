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
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, MORPH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as UPOS_IDS
from spacy.tokens import Doc

from lagebild.nlp import lexicon, morph
from lagebild.nlp.ner import set_entities
from lagebild.nlp.parser import Tok, parse
from lagebild.nlp.sentences import split_sentences
from lagebild.nlp.tagger import STTS_TO_UPOS, ud_upos, ud_upos_entities

ROOT_LABEL = "ROOT"  # spaCy's convention for the root; UD's 'root' in CoNLL-U output


@cache
def get_tagger(name: str = "perceptron"):
    from lagebild.nlp.tagger import HantaTagger, PerceptronTagger

    if name == "hanta":
        return HantaTagger()
    if name == "perceptron":
        return PerceptronTagger()
    raise ValueError(f"unknown tagger {name!r} (perceptron, hanta)")


@Language.component("lagebild_sentences")
def sentences_component(doc: Doc) -> Doc:
    return split_sentences(doc)


@Language.factory("lagebild_tagparse", default_config={"tagger": "perceptron"})
def make_tagparse(nlp: Language, name: str, tagger: str):
    def component(doc: Doc) -> Doc:
        return tagparse(doc, get_tagger(tagger))

    return component


def tagparse(doc: Doc, tagger) -> Doc:
    n = len(doc)
    if n == 0:
        return doc
    strings = doc.vocab.strings
    morphology = doc.vocab.morphology
    texts = [t.text for t in doc]
    flags = doc.to_array([SENT_START, IS_SPACE, SPACY]).tolist()  # plain ints: cheaper to index
    heads = numpy.arange(n, dtype="int64")
    deps = ["dep"] * n
    tags = ["_SP"] * n
    poss = ["SPACE"] * n
    lemmas = list(texts)
    morphs = [""] * n
    bounds = [i for i in range(n) if i == 0 or flags[i][0] == 1] + [n]
    spans = list(zip(bounds, bounds[1:], strict=False))
    sent_idx = [[k for k in range(a, b) if not flags[k][1]] for a, b in spans]
    tag_many = getattr(tagger, "tag_many", None)
    sent_words = [[texts[k] for k in idx] for idx in sent_idx]
    if tag_many is not None:  # all sentences of the document at once (faster)
        sent_tags = tag_many(sent_words)
    else:
        sent_tags = [tagger.tag(words) if words else [] for words in sent_words]
    for (a, b), idx, words, tagged in zip(spans, sent_idx, sent_words, sent_tags, strict=True):
        if not idx:
            deps[a] = ROOT_LABEL
            for k in range(a + 1, b):
                heads[k] = a
            continue
        toks = [
            Tok(j, w, stts, STTS_TO_UPOS.get(stts, "X"), lemma)
            for j, (w, (stts, lemma)) in enumerate(zip(words, tagged, strict=True))
        ]
        for t in toks:
            t.space = bool(flags[idx[t.i]][2])
        fix_lemmas(toks)
        units = parse(toks) or []
        ud_upos(toks, getattr(tagger, "upos_table", None))
        set_features(toks, units)
        for t in toks:
            k = idx[t.i]
            tags[k] = t.tag
            poss[k] = t.pos
            lemmas[k] = t.lemma
            if t.feats:
                morphs[k] = "|".join(f"{x}={y}" for x, y in sorted(t.feats.items()) if y)
            if t.head < 0:
                heads[k] = k
                deps[k] = ROOT_LABEL
            else:
                heads[k] = idx[t.head]
                deps[k] = t.dep
        # whitespace tokens hang on the previous word of the sentence (or the first)
        for k in range(a, b):
            if flags[k][1]:
                prev = [x for x in idx if x < k]
                heads[k] = prev[-1] if prev else idx[0]
    arr = numpy.zeros((n, 6), dtype="uint64")
    arr[:, 0] = [strings.add(x) for x in tags]
    arr[:, 1] = [UPOS_IDS.get(x, UPOS_IDS["X"]) for x in poss]
    arr[:, 2] = [strings.add(x) for x in lemmas]
    arr[:, 3] = [morphology.add(m) if m else 0 for m in morphs]
    arr[:, 4] = (heads - numpy.arange(n)).astype("uint64")
    arr[:, 5] = [strings.add(d) for d in deps]
    doc.from_array([TAG, POS, LEMMA, MORPH, HEAD, DEP], arr)
    return doc


@Language.component("lagebild_ner")
def ner_component(doc: Doc) -> Doc:
    doc = set_entities(doc)
    ud_upos_entities(doc)  # parts of place names are PROPN (UD German-GSD)
    return doc


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
                    t.lemma = lexicon.verb_lemma(t.text, t.tag) or ana[0][0]
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
        if u.attached and toks[u.head].dep == "conj":
            continue  # conjuncts take the case of the first conjunct (set with it)
        prep = toks[u.prep[-1]].text.lower() if u.kind == "PP" and u.prep else ""
        an = u.an
        h = toks[u.head]
        if h.dep == "appos" and h.tag != "NE" and 0 <= h.head < len(toks):
            # an apposition agrees with its head noun where its forms allow it (names in
            # apposition are left to their own forms: GSD dev gives them Nom more often)
            hc = toks[h.head].feats.get("Case")
            if hc:
                an = morph.restrict_case(an, _CASE_LETTER[hc]) or an
        a = _pick(an, pp=u.kind == "PP", acc_first=prep in _ACC_FIRST_PREPS)
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
    morph.object_pronoun_case(toks)
    for t in toks:
        if t.tag == "PTKNEG":
            t.feats["Polarity"] = "Neg"
        elif t.tag in ("ADJA", "ADJD"):
            t.feats.setdefault("Degree", "Pos")


# two-way prepositions whose object is more often accusative than dative when the forms do not
# tell (verbs' prepositional objects: "reagieren auf", "setzen auf", "berichten über"); counted
# on UD German-GSD dev: auf Acc 80 / Dat 45, über Acc 37 / Dat 6
_ACC_FIRST_PREPS = frozenset(("auf", "über"))
_CASE_LETTER = {v: k for k, v in lexicon.UD_CASE.items()}


def _pick(an: frozenset[str], pp: bool = False, acc_first: bool = False) -> str:
    order = {"N": 0, "A": 1, "D": 2, "G": 3, "S": 0, "P": 1}
    if pp:
        order = {"D": 0, "A": 1, "G": 2, "N": 3, "S": 0, "P": 1}
        if acc_first:
            order = {"A": 0, "D": 1, "G": 2, "N": 3, "S": 0, "P": 1}
    return min(an, key=lambda a: (order[a[0]], order[a[1]], a[2] == "x", a[2]))


@cache
def build_default_nlp(tagger: str = "perceptron") -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_sentences")
    nlp.add_pipe("lagebild_tagparse", config={"tagger": tagger})
    nlp.add_pipe("lagebild_ner")
    return nlp
