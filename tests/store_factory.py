"""Hand-built analysed documents for the store, CLI and API tests (no NLP needed)."""

from __future__ import annotations

from datetime import date

from lagebild.models import ActorSlot, Document, EventMention, Location, Sentence

BODY = (
    "Die US-Streitkräfte haben erneut ein Boot vor der Küste Venezuelas angegriffen. "
    "Russland und Venezuela vereinbarten in Moskau eine strategische Partnerschaft. "
    "Beobachter in Caracas rechnen mit weiteren Spannungen in der Region, "
    "während die Regierung in Washington neue Einsätze ankündigte."
)


def make_doc(
    source: str = "examples/a.txt",
    text: str = BODY,
    url: str | None = None,
    day: date = date(2025, 10, 28),
    events: bool = True,
    title: str = "Während Trump in Venezuela operiert: Umstrittener Deal von Putin",
) -> Document:
    doc = Document(
        source=source,
        format="dump",
        url=url,
        date=day,
        title=title,
        teaser="Kurz gesagt.",
        text=text,
        credits=["IMAGO/ABACAPRESS", "imago/Xinhua"],
        captions=["Ein Boot vor der Küste."],
        language="de",
    )
    doc.finalize_ids()
    first_end = text.find(".") + 1
    second_end = text.find(".", first_end) + 1
    doc.sentences = [
        Sentence(idx=0, section="body", start=0, end=first_end, text=text[:first_end]),
        Sentence(
            idx=1,
            section="body",
            start=first_end + 1,
            end=second_end,
            text=text[first_end + 1 : second_end],
        ),
    ]
    if events:
        s0, s1 = doc.sentences
        trig = text.find("angegriffen")
        doc.events = [
            EventMention(
                type="ASSAULT",
                cameo="190",
                goldstein=-10.0,
                quad_class=4,
                source=ActorSlot(code="USA/MIL", name="US-Streitkräfte"),
                target=ActorSlot(code="VEN"),
                sentence_idx=0,
                sentence=s0.text,
                start=trig,
                end=trig + len("angegriffen"),
                location=Location(name="Venezuela", country="VEN", precision="country"),
                tone=-5.0,
                confidence=0.9,
            ),
            EventMention(
                type="AGREE",
                cameo="057",
                goldstein=8.0,
                quad_class=1,
                source=ActorSlot(code="RUS/GOV", name="Russland"),
                target=ActorSlot(code="VEN/GOV", name="Venezuela"),
                symmetric=True,
                sentence_idx=1,
                sentence=s1.text,
                location=Location(name="Moskau", country="RUS", precision="city"),
                confidence=0.8,
            ),
        ]
    return doc


class FakePipeline:
    """Stands in for NLP + actors + coding in store/CLI tests: one sentence per '. ', an
    ASSAULT where a sentence says 'angegriffen', an AGREE where it says 'vereinbarten'."""

    def __init__(self, fail_on: str | None = None):
        self.fail_on = fail_on
        self.calls = 0

    def process(self, doc: Document) -> Document:
        self.calls += 1
        if self.fail_on and self.fail_on in doc.text:
            raise RuntimeError("analysis failed on purpose")
        doc.sentences, doc.events = [], []
        pos = 0
        for i, part in enumerate(s for s in doc.text.split(". ") if s):
            start = doc.text.find(part, pos)
            end = start + len(part)
            pos = end
            doc.sentences.append(Sentence(idx=i, section="body", start=start, end=end, text=part))
            if "angegriffen" in part:
                t = doc.text.find("angegriffen", start)
                doc.events.append(
                    EventMention(
                        type="ASSAULT",
                        cameo="190",
                        goldstein=-10.0,
                        quad_class=4,
                        source=ActorSlot(code="USA/MIL"),
                        target=ActorSlot(code="VEN"),
                        sentence_idx=i,
                        sentence=part,
                        start=t,
                        end=t + len("angegriffen"),
                        location=Location(name="Venezuela", country="VEN", precision="country"),
                    )
                )
            if "vereinbarten" in part:
                doc.events.append(
                    EventMention(
                        type="AGREE",
                        quad_class=1,
                        source=ActorSlot(code="RUS/GOV"),
                        target=ActorSlot(code="VEN/GOV"),
                        symmetric=True,
                        sentence_idx=i,
                        sentence=part,
                    )
                )
        return doc


def fake_read(inputs, format=None):
    """Stands in for lagebild.ingest.read: each file's text as one RawDocument; a line
    'url: …' at the top sets the URL; empty files are failures."""
    from pathlib import Path

    from lagebild.models import RawDocument

    class IngestError:
        def __init__(self, source, reason):
            self.source, self.reason = source, reason

    for inp in inputs:
        p = Path(inp)
        files = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
        for f in files:
            if not f.exists():
                yield IngestError(str(f), "no such file")
                continue
            text = f.read_text(encoding="utf-8")
            if not text.strip():
                yield IngestError(str(f), "empty file")
                continue
            url = None
            if text.startswith("url: "):
                first, _, text = text.partition("\n")
                url = first[5:].strip()
            yield RawDocument(
                source=url or str(f), format="text", text=text, url=url, date=date(2025, 10, 28)
            )
