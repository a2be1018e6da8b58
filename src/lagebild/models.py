"""The one document model that flows through every stage.

ingest  -> RawDocument            (bytes/str as read, with where it came from)
clean   -> Document               (title, teaser, body, captions, credits, language, date)
nlp     -> Document.sentences     (+ spaCy Doc objects kept in memory, never stored)
actors  -> Document.entities      (entity mentions with actor codes)
coding  -> Document.events        (event mentions, with evidence)
enrich  -> location / tone filled in on events and the document
store   -> rows in documents, sentences, entity_mentions, event_mentions, events

Offsets: every sentence, entity and event mention names the `section` it lies in
("title", "teaser" or "body") and character offsets into that section's text
(`Document.section_text(section)`).
"""

from __future__ import annotations

import hashlib
from datetime import date as Date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Section = Literal["title", "teaser", "body"]
SECTIONS: tuple[Section, ...] = ("title", "teaser", "body")

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class RawDocument(BaseModel):
    """What a reader yields: one article as found, before cleaning."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    source: str  # URL, file path (+ '#n' for the n-th record of a multi-record file) or 'stdin'
    format: str  # name of the reader that produced it ('dump', 'text', 'jsonl', 'html', ...)
    text: str | None = None  # decoded text (plain text, HTML markup, ...)
    url: str | None = None
    title: str | None = None
    teaser: str | None = None
    date: Date | None = None
    language: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)


class Location(BaseModel):
    name: str | None = None
    country: str | None = None  # ISO alpha-3
    adm1: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    precision: Literal["country", "region", "city", "point"] | None = None


class Sentence(BaseModel):
    idx: int  # position in the document, over all sections
    section: Section
    start: int
    end: int
    text: str
    tone: float | None = None


class ActorRef(BaseModel):
    """A resolved actor: CONVENTIONS.md codes ('RUS', 'USA/MIL', 'IGO:UN', 'NGO:HRW')."""

    code: str
    name: str | None = None  # canonical name ('Wladimir Putin', 'Russland')
    kb_id: str | None = None  # knowledge-base entry id (Wikidata QID where known)
    role: str | None = None  # the dated role that was used ('president', ...)

    @property
    def country(self) -> str | None:
        if self.code.startswith(("IGO:", "NGO:")):
            return None
        return self.code.split("/")[0]

    @property
    def sector(self) -> str | None:
        return self.code.split("/")[1] if "/" in self.code else None


class EntityMention(BaseModel):
    sentence_idx: int
    section: Section
    start: int
    end: int
    text: str
    label: str  # PER, LOC, ORG, MISC (spaCy/GermEval style)
    actor: ActorRef | None = None
    resolved_by: str | None = None  # 'kb', 'composition', 'coref', ...


class ActorSlot(BaseModel):
    """Source or target of an event mention, as the text gives it."""

    code: str
    name: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    # the rule that implied or guessed this actor where the syntax does not give it its role
    # ("state-agent", "nearest-actor", "rolemodel"), else None: the coder sorts the events
    # with less sure actors first. Kept out of every dump (JSON, the store, exports).
    implied: str | None = Field(default=None, exclude=True)


class Evidence(BaseModel):
    entry: str | None = None  # predicate-lexicon entry id
    rule: str | None = None  # role/modality rule that fired
    trigger: str | None = None  # the trigger words as found
    notes: list[str] = Field(default_factory=list)
    # what `rule` names, as fields for the coder's learned models (kept out of every dump): the
    # candidate's kind (verb / light / noun) and the text after "source=" and "target=" (the
    # rule that found each: "subj", "talks-trip:in", "rolemodel p=0.83", "-" for none)
    kind: str | None = Field(default=None, exclude=True)
    source_rule: str | None = Field(default=None, exclude=True)
    target_rule: str | None = Field(default=None, exclude=True)


class EventMention(BaseModel):
    """One extraction: an event as one sentence reports it."""

    type: str  # PLOVER type
    mode: str | None = None
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    source: ActorSlot | None = None
    target: ActorSlot | None = None
    symmetric: bool = False
    negated: bool = False
    hypothetical: bool = False
    hedged: bool = False
    reported_by: ActorSlot | None = None
    confidence: float = 1.0
    sentence_idx: int
    section: Section = "body"
    sentence: str
    start: int | None = None  # offsets of the trigger within the section text
    end: int | None = None
    date: Date | None = None
    location: Location | None = None
    tone: float | None = None
    evidence: Evidence = Field(default_factory=Evidence)

    def gold_dict(self) -> dict[str, Any]:
        """The CONVENTIONS.md event format (plus extras)."""
        return {
            "type": self.type,
            "source": self.source.code if self.source else None,
            "target": self.target.code if self.target else None,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "symmetric": self.symmetric,
            "location": self.location.country if self.location else None,
            "mode": self.mode,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "confidence": round(self.confidence, 3),
            "reported_by": self.reported_by.code if self.reported_by else None,
            "hedged": self.hedged,
            "evidence": self.evidence.model_dump(exclude_defaults=True),
        }


class Document(BaseModel):
    """A cleaned article; the unit that flows through every stage."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    id: str = ""  # sha1(source + content_hash)[:16], set by `finalize_ids`
    source: str
    format: str
    url: str | None = None
    date: Date | None = None
    title: str | None = None
    teaser: str | None = None
    text: str = ""  # the clean body (captions included as clean text)
    captions: list[str] = Field(default_factory=list)
    credits: list[str] = Field(default_factory=list)
    boilerplate: list[str] = Field(default_factory=list)  # trailers, nav text split out
    language: str | None = None
    content_hash: str = ""
    story_id: str | None = None  # near-duplicate group (de-duplication)
    tone: float | None = None
    meta: dict[str, Any] = Field(default_factory=dict)

    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[EntityMention] = Field(default_factory=list)
    events: list[EventMention] = Field(default_factory=list)

    def section_text(self, section: Section) -> str:
        if section == "title":
            return self.title or ""
        if section == "teaser":
            return self.teaser or ""
        return self.text

    def finalize_ids(self) -> Document:
        """Content hash over what the reader found; id over source + content."""
        content = "\n\n".join(x for x in (self.title, self.teaser, self.text) if x)
        self.content_hash = sha1(content)
        self.id = sha1(self.source + "\n" + self.content_hash)[:16]
        return self
