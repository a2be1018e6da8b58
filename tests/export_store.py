"""A small store of hand-made, enriched documents for the exporter tests."""

from __future__ import annotations

from datetime import date

from lagebild.enrich import enrich
from lagebild.models import ActorSlot, Document, EventMention, Sentence
from lagebild.store import open_store

BODY = (
    "Die US-Marine hat vor der Küste Venezuelas ein Boot zerstört. "
    "Russland und Venezuela unterzeichneten in Moskau ein Abkommen. "
    "Die Polizei nahm in Istanbul Demonstranten fest. "
    "Die Türkei will keine Truppen nach Syrien schicken."
)


def make_document(source: str, url: str | None, day: date, body: str = BODY) -> Document:
    doc = Document(
        source=source,
        format="text",
        url=url,
        date=day,
        title="Lage in Venezuela",
        text=body,
        language="de",
    )
    doc.finalize_ids()
    pos = 0
    for part in body.split(". "):
        start = body.find(part, pos)
        end = start + len(part) + (1 if not part.endswith(".") else 0)
        pos = end
        doc.sentences.append(
            Sentence(
                idx=len(doc.sentences), section="body", start=start, end=end, text=body[start:end]
            )
        )

    def ev(trigger, type_, cameo, goldstein, quad, source, target=None, **kw):
        s = next(s for s in doc.sentences if trigger in s.text)
        start = body.find(trigger, s.start)
        doc.events.append(
            EventMention(
                type=type_,
                cameo=cameo,
                goldstein=goldstein,
                quad_class=quad,
                source=ActorSlot(code=source, name=kw.pop("source_name", None)),
                target=ActorSlot(code=target) if target else None,
                sentence_idx=s.idx,
                section="body",
                sentence=s.text,
                start=start,
                end=start + len(trigger),
                confidence=0.9,
                **kw,
            )
        )

    ev("zerstört", "ASSAULT", "190", -10.0, 4, "USA/MIL", "VEN", source_name="US-Marine")
    ev("unterzeichneten", "AGREE", "057", 8.0, 1, "RUS", "VEN", symmetric=True)
    ev("nahm", "COERCE", "173", -5.0, 4, "TUR/COP", "TUR/CVL")
    ev("schicken", "MOBILIZE", "150", -7.2, 4, "TUR", "SYR", hypothetical=True, negated=True)
    ev("unterzeichneten", "SUPPORT", "051", 3.4, 1, "IGO:UN", "VEN")
    return doc


def build_store(path=":memory:"):
    store = open_store(path)
    for source, url, day in [
        ("https://news.example.org/a", "https://news.example.org/a", date(2025, 10, 28)),
        ("https://other.example.com/b", "https://other.example.com/b", date(2025, 10, 28)),
        ("/data/c.txt", None, date(2025, 10, 30)),
    ]:
        doc = make_document(source, url, day)
        if source.endswith("c.txt"):
            doc.text = doc.text.replace("Boot", "Schiff")
            doc.finalize_ids()
        enrich(doc, {})
        store.add(doc)
    return store
