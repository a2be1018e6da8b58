"""The pipeline: the stages in order, each a small module with one entry point.

    raw  = ingest.read(...)                 -> Iterator[RawDocument | IngestError]
    doc  = clean.clean(raw)                 -> Document (title/teaser/body/credits/language)
    docs = analyzer.analyze(doc)            -> {section: spacy.Doc}; fills doc.sentences
    resolver.annotate(doc, docs)            -> fills doc.entities; sets span._.actor on docs
    coder.code(doc, docs)                   -> fills doc.events (EventMention, with evidence)
    enrich.enrich(doc, docs)                -> location, tone, dates on events and document
    store.add(doc)                          -> one transaction per document

Every stage is loaded lazily, once, and shared across documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date
from functools import cached_property
from pathlib import Path
from typing import Any

from lagebild.models import Document


@dataclass
class Pipeline:
    nlp_backend: str = "default"
    lang: str = "de"
    actor_files: list[Path] = field(default_factory=list)
    lexicon_files: list[Path] = field(default_factory=list)

    @cached_property
    def analyzer(self) -> Any:
        from lagebild.nlp import load_analyzer

        return load_analyzer(self.nlp_backend, self.lang)

    @cached_property
    def resolver(self) -> Any:
        from lagebild.actors import load_resolver

        return load_resolver(extra=self.actor_files)

    @cached_property
    def coder(self) -> Any:
        from lagebild.coding import load_coder

        return load_coder(extra=self.lexicon_files)

    def process(self, doc: Document) -> Document:
        """Run NLP, actors, coding and enrichment on a cleaned document (in place)."""
        from lagebild.enrich import enrich

        docs = self.analyzer.analyze(doc)
        self.resolver.annotate(doc, docs)
        self.coder.code(doc, docs)
        enrich(doc, docs)
        return doc

    def code_text(self, text: str, date: Date | None = None, lang: str | None = None) -> Document:
        """Code one piece of text (a sentence or a paragraph): the `lagebild code` contract."""
        doc = Document(
            source="text", format="text", text=text, date=date, language=lang or self.lang
        )
        doc.finalize_ids()
        return self.process(doc)
