"""The analyzer: one spaCy Language plus `analyze(document)`."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.models import SECTIONS, Document, Sentence
from lagebild.registry import nlp_backends


class Analyzer:
    """Wraps a spaCy Language whose Docs follow UD conventions (see docs/nlp.md)."""

    def __init__(self, nlp: Language, name: str = "default", lang: str = "de"):
        self.nlp = nlp
        self.name = name
        self.lang = lang

    def __call__(self, text: str) -> Doc:
        return self.nlp(text)

    def analyze(self, document: Document) -> dict[str, Doc]:
        docs: dict[str, Doc] = {}
        sentences: list[Sentence] = []
        for section in SECTIONS:
            text = document.section_text(section)
            if not text or not text.strip():
                continue
            doc = self.nlp(text)
            docs[section] = doc
            for sent in doc.sents:
                words = [t for t in sent if not t.is_space]
                if not words:
                    continue
                start, end = words[0].idx, words[-1].idx + len(words[-1].text)
                sentences.append(
                    Sentence(
                        idx=len(sentences),
                        section=section,
                        start=start,
                        end=end,
                        text=text[start:end],
                    )
                )
        document.sentences = sentences
        return docs

    def pipe(self, texts: Any, **kw: Any):
        return self.nlp.pipe(texts, **kw)


@nlp_backends.register("default")
def default_backend(lang: str = "de", model: str | None = None) -> Analyzer:
    if lang != "de":
        raise ValueError(f"the default backend analyses German only, not {lang!r}")
    from lagebild.nlp.pipeline import build_default_nlp

    # "default" = fast perceptron tagger; "default:hanta" = HanTa's HMM tagger (slower)
    tagger = model or "perceptron"
    name = "default" if tagger == "perceptron" else f"default:{tagger}"
    return Analyzer(build_default_nlp(tagger), name, lang)


@nlp_backends.register("spacy")
def spacy_backend(lang: str = "de", model: str | None = None) -> Analyzer:
    from lagebild.nlp.spacy_backend import load_spacy_model

    if not model:
        raise ValueError("the spacy backend needs a model: 'spacy:<model-or-path>'")
    return Analyzer(load_spacy_model(model), f"spacy:{model}", lang)


_CACHE: dict[tuple[str, str], Analyzer] = {}


def load_analyzer(backend: str = "default", lang: str = "de") -> Analyzer:
    """Load (once) the analyzer for `backend` ('default' or 'spacy:<model-or-path>')."""
    key = (backend, lang)
    if key not in _CACHE:
        name, _, model = backend.partition(":")
        factory = nlp_backends.get(name)
        _CACHE[key] = factory(lang=lang, model=model or None)
    return _CACHE[key]
