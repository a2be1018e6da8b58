"""Issue 2 acceptance on the seed article (skips where ../shared is absent)."""

from lagebild.clean import clean
from lagebild.ingest import IngestError, read

SEED_CREDITS = [
    "IMAGO/ABACAPRESS; ZUMA Press; Anadolu Agency",
    "imago/Xinhua",
    "IMAGO/Bestimage",
    "IMAGO/APAimages",
    "IMAGO/SNA",
    "IMAGO/ZUMA Press",
    "IMAGO/Anadolu Agency",
    "IMAGO/Anadolu Agency",
]


def test_seed_article(seed_file):
    items = list(read([str(seed_file)]))
    assert len(items) == 1 and not isinstance(items[0], IngestError)
    raw = items[0]
    assert raw.format == "dump"
    doc = clean(raw)
    assert doc.date.isoformat() == "2025-10-28"
    assert doc.title == "Während Trump in Venezuela operiert: Umstrittener Deal von Putin"
    first_line = seed_file.read_text(encoding="utf-8").splitlines()[0]
    assert doc.teaser == first_line.split("2025-10-28", 1)[1].strip()
    assert doc.credits == SEED_CREDITS
    assert "Foto:" not in doc.text
    assert "Weitere Nachrichten" not in doc.text
    assert doc.boilerplate == ["Weitere Nachrichten:"]
    assert len(doc.captions) == 8
    assert doc.text.startswith("Donald Trump operiert mit seinem Militär in Venezuela.")
    assert doc.text.endswith("um militärische Präsenz und Solidarität zu demonstrieren.")
    assert "„multipolare Weltordnung“" in doc.text  # typographic quotes kept
    assert not any(c in doc.text for c in ("IMAGO", "Xinhua", "Anadolu"))
    assert doc.language == "de"
    assert doc.id and doc.content_hash
    assert not doc.meta.get("warnings")


def test_seed_read_twice_is_the_same_document(seed_file):
    a = clean(next(iter(read([str(seed_file)]))))
    b = clean(next(iter(read([str(seed_file.parent / "*.txt")]))))
    assert a.id == b.id
