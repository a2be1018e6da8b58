"""Part-of-speech tagging and lemmatisation: STTS tags and lemmas from HanTa (LGPL-3, used as
a library), mapped to UD UPOS; lemma fixes from the verb/noun lexicons and simplemma."""

from __future__ import annotations

from functools import cache, lru_cache

HANTA_TO_STTS = {
    "ADJ(A)": "ADJA",
    "ADJ(D)": "ADJD",
    "NNA": "NN",
    "NNI": "NN",
    "VA(FIN)": "VAFIN",
    "VA(INF)": "VAINF",
    "VA(PP)": "VAPP",
    "VA(IMP)": "VAIMP",
    "VM(FIN)": "VMFIN",
    "VM(INF)": "VMINF",
    "VM(PP)": "VMPP",
    "VV(FIN)": "VVFIN",
    "VV(IMP)": "VVIMP",
    "VV(INF)": "VVINF",
    "VV(IZU)": "VVIZU",
    "VV(PP)": "VVPP",
    "PROAV": "PAV",
}

STTS_TO_UPOS = {
    "ADJA": "ADJ",
    "ADJD": "ADJ",
    "ADV": "ADV",
    "APPR": "ADP",
    "APPRART": "ADP",
    "APPO": "ADP",
    "APZR": "ADP",
    "ART": "DET",
    "CARD": "NUM",
    "FM": "X",
    "ITJ": "INTJ",
    "KOKOM": "ADP",
    "KON": "CCONJ",
    "KOUI": "ADP",
    "KOUS": "SCONJ",
    "NN": "NOUN",
    "NE": "PROPN",
    "PDS": "PRON",
    "PDAT": "DET",
    "PIS": "PRON",
    "PIAT": "DET",
    "PIDAT": "DET",
    "PPER": "PRON",
    "PPOSS": "PRON",
    "PPOSAT": "DET",
    "PRELS": "PRON",
    "PRELAT": "DET",
    "PRF": "PRON",
    "PWS": "PRON",
    "PWAT": "DET",
    "PWAV": "ADV",
    "PAV": "ADV",
    "PTKZU": "PART",
    "PTKNEG": "PART",
    "PTKVZ": "ADP",
    "PTKANT": "PART",
    "PTKA": "ADV",
    "TRUNC": "X",
    "VVFIN": "VERB",
    "VVIMP": "VERB",
    "VVINF": "VERB",
    "VVIZU": "VERB",
    "VVPP": "VERB",
    "VAFIN": "AUX",
    "VAIMP": "AUX",
    "VAINF": "AUX",
    "VAPP": "AUX",
    "VMFIN": "AUX",
    "VMINF": "AUX",
    "VMPP": "AUX",
    "XY": "X",
    "$,": "PUNCT",
    "$.": "PUNCT",
    "$(": "PUNCT",
}

QUOTES_BRACKETS = set("„“”\"»«‚‘’'()[]{}–—-/")

APPRART = {
    "am": ("an", "dem"),
    "ans": ("an", "das"),
    "aufs": ("auf", "das"),
    "beim": ("bei", "dem"),
    "im": ("in", "dem"),
    "ins": ("in", "das"),
    "vom": ("von", "dem"),
    "zum": ("zu", "dem"),
    "zur": ("zu", "der"),
    "übers": ("über", "das"),
    "ums": ("um", "das"),
    "unterm": ("unter", "dem"),
    "überm": ("über", "dem"),
    "hinterm": ("hinter", "dem"),
    "vorm": ("vor", "dem"),
    "durchs": ("durch", "das"),
}


@cache
def hanta():
    from HanTa import HanoverTagger as ht

    return ht.HanoverTagger("morphmodel_ger.pgz")


class HantaTagger:
    """Tags one sentence (list of words) -> list of (STTS, lemma)."""

    name = "hanta"

    def __init__(self, cache_size: int = 300_000) -> None:
        self._tagger = hanta()
        # HanTa's word analyses do not depend on the context: memoise them per word form
        # (the sentence-level Viterbi still runs every time)
        t = self._tagger
        t._tag_word = lru_cache(maxsize=cache_size)(t._tag_word)
        t._analyze = lru_cache(maxsize=cache_size)(t._analyze)

    def tag(self, words: list[str]) -> list[tuple[str, str]]:
        if not words:
            return []
        out = self._tagger.tag_sent(words, taglevel=1)
        res = []
        for w, (_, lemma, tag) in zip(words, out, strict=True):
            stts = HANTA_TO_STTS.get(tag, tag)
            if stts not in STTS_TO_UPOS:
                stts = "XY"
            if w in QUOTES_BRACKETS:
                stts, lemma = "$(", w
            if w.lower() in APPRART and stts == "APPR":
                stts = "APPRART"
            res.append((stts, lemma))
        return res
