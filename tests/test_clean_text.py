"""Clean: normalisation, structure of each format, language, dates, warnings."""

import unicodedata
from datetime import date

import pytest

from lagebild.clean import CleanError, clean
from lagebild.clean.normalize import fix_mojibake, normalize
from lagebild.ingest import IngestError, read
from lagebild.models import RawDocument


def raw(text, fmt="text", **kw):
    return RawDocument(source="test", format=fmt, text=text, **kw)


def test_normalize_keeps_quotes_and_fixes_spaces():
    text = "„Wir\u00a0bleiben“,  sagte\u200b er.\t»Gut«\u00adund ‚so‘.\r\n\r\n\r\nNeu"
    out = normalize(text)
    assert out == "„Wir bleiben“, sagte er. »Gut«und ‚so‘.\n\nNeu"


def test_normalize_nfc():
    decomposed = "Bu\u0308rger"  # u + combining diaeresis
    assert normalize(decomposed) == unicodedata.normalize("NFC", "Bürger")


def test_mojibake_repaired():
    broken = "Die BÃ¼rger wÃ¤hlten am Sonntag, sagte der MinisterprÃ¤sident."
    fixed, changed = fix_mojibake(broken)
    assert changed and fixed == "Die Bürger wählten am Sonntag, sagte der Ministerpräsident."
    assert fix_mojibake("Die Bürger wählten.") == ("Die Bürger wählten.", False)


def test_dump_without_date_header_warns():
    doc = clean(raw("Titel der Meldung\n\nDer Text der Meldung ist hier. Er ist kurz.", "dump"))
    assert doc.date is None
    assert "no date found" in doc.meta["warnings"]
    assert any("dump header" in w for w in doc.meta["warnings"])


def test_text_title_from_first_short_paragraph():
    doc = clean(
        raw(
            "Polen schließt Grenzübergang\n\nDie polnische Regierung hat am Montag einen Grenzübergang zu Belarus geschlossen. Minsk protestierte."
        )
    )
    assert doc.title == "Polen schließt Grenzübergang"
    assert doc.text.startswith("Die polnische Regierung")
    assert doc.language == "de"


def test_text_without_title():
    doc = clean(raw("Die polnische Regierung hat am Montag einen Grenzübergang geschlossen."))
    assert doc.title is None
    assert doc.text.startswith("Die polnische Regierung")


def test_trailer_near_end_and_inline_read_more():
    text = (
        "Titel\n\nErster Absatz mit Inhalt.\n\nLesen Sie auch: Ein anderer Artikel\n\n"
        "Zweiter Absatz mit Inhalt.\n\nDritter Absatz.\n\nVierter Absatz.\n\n"
        "Mehr zum Thema:\n\nLink eins\n\nLink zwei"
    )
    doc = clean(raw(text))
    assert doc.text.split("\n\n") == [
        "Erster Absatz mit Inhalt.",
        "Zweiter Absatz mit Inhalt.",
        "Dritter Absatz.",
        "Vierter Absatz.",
    ]
    assert doc.boilerplate[0] == "Lesen Sie auch: Ein anderer Artikel"
    assert doc.boilerplate[1:] == ["Mehr zum Thema:", "Link eins", "Link zwei"]


def test_given_fields_win_and_repeated_lead_dropped():
    doc = clean(
        raw(
            "Der Kanzler reist nach Paris.\n\nDort trifft er den Präsidenten.",
            "jsonl",
            title="Kanzler in Paris",
            teaser="Der Kanzler reist nach Paris.",
            date=date(2026, 1, 2),
            language="de",
        )
    )
    assert doc.title == "Kanzler in Paris"
    assert doc.text == "Dort trifft er den Präsidenten."
    assert doc.date == date(2026, 1, 2)


def test_english_detected():
    doc = clean(
        raw(
            "The United Nations Security Council condemned the attack on Monday and called for a ceasefire."
        )
    )
    assert doc.language == "en"


def test_short_text_language_unknown_warns():
    doc = clean(raw("Ja.", date=date(2026, 1, 1)))
    assert doc.language is None
    assert any("language not detected" in w for w in doc.meta["warnings"])


@pytest.mark.parametrize(
    "text, reason", [("", "empty"), ("   \n\n ", "empty"), ("\x00\x01\x02abc" * 100, "binary")]
)
def test_fatal_clean_errors(text, reason):
    with pytest.raises(CleanError) as exc:
        clean(raw(text))
    assert reason in exc.value.reason
    assert "\n" not in exc.value.reason


def test_html_without_article():
    page = "<html><head><title>Start</title></head><body><nav><a href='/'>Start</a> <a href='/x'>Politik</a></nav><footer>Impressum</footer></body></html>"
    with pytest.raises(CleanError, match="without an article"):
        clean(raw(page, "html"))


def test_same_content_same_source_same_id_other_source_other_id():
    a = clean(raw("Ein Text über Sanktionen gegen Russland, beschlossen am Montag in Brüssel."))
    b = clean(raw("Ein Text über Sanktionen gegen Russland, beschlossen am Montag in Brüssel."))
    c = clean(RawDocument(source="other", format="text", text=a.text))
    assert a.id == b.id and a.content_hash == c.content_hash and a.id != c.id


def test_all_examples_clean(examples_dir):
    items = list(read([str(examples_dir)], fetch=False))
    errors = [i for i in items if isinstance(i, IngestError)]
    assert not errors
    docs = [clean(i) for i in items]
    assert len(docs) == 9
    assert {d.format for d in docs} == {"dump", "html", "rss", "jsonl"}
    for d in docs:
        assert d.title and d.date and d.language == "de", d.source
        assert len(d.text) > 200, d.source
        assert "Foto:" not in d.text and "Weitere Nachrichten" not in d.text
        assert not d.meta.get("warnings"), (d.source, d.meta.get("warnings"))
    dumps = [d for d in docs if d.format == "dump"]
    assert all(len(d.credits) == 6 and len(d.captions) == 6 for d in dumps)
    html = next(d for d in docs if d.format == "html")
    assert not html.text.startswith("Iran und IAEA")  # title not repeated in the body
    assert "Impressum" not in html.text and "Startseite" not in html.text


AGENCY_COPY = """Merz trifft Macron

Von Anna Weber und Jan Berg, Paris

Paris/Berlin (dpa/AFP) - Bundeskanzler Friedrich Merz hat am Montag den französischen Präsidenten in Paris getroffen. Beide vereinbarten eine engere Zusammenarbeit.

Die Opposition kritisierte das Treffen. (dpa/mst)

Mit Material von AFP

© dpa-infocom, dpa:251028-930-123456/1"""


def test_agency_frame_split_off():
    doc = clean(raw(AGENCY_COPY))
    assert doc.title == "Merz trifft Macron"
    assert doc.text.startswith("Bundeskanzler Friedrich Merz hat am Montag")
    assert doc.text.endswith("Die Opposition kritisierte das Treffen.")
    assert doc.meta["dateline"] == {"place": "Paris/Berlin", "agency": "dpa/AFP"}
    assert doc.meta["byline"] == "Von Anna Weber und Jan Berg, Paris"
    assert doc.boilerplate == [
        "(dpa/mst)",
        "Mit Material von AFP",
        "© dpa-infocom, dpa:251028-930-123456/1",
    ]
    assert doc.credits == []


def test_ordinary_paragraphs_are_not_agency_frame():
    text = "Titel\n\nBerlin hat am Montag (Ortszeit) beschlossen, die Hilfe aufzustocken.\n\nDas sagte der Sprecher (CDU)."
    doc = clean(raw(text))
    assert (
        doc.text
        == "Berlin hat am Montag (Ortszeit) beschlossen, die Hilfe aufzustocken.\n\nDas sagte der Sprecher (CDU)."
    )
    assert "dateline" not in doc.meta and doc.boilerplate == []


def test_credit_at_end_of_teaser():
    doc = clean(
        raw(
            "date 2026-01-01 Der Teaser endet mit einem Bild. Foto: Lena Vogt/dpa\n\nTitel\n\nText.",
            "dump",
        )
    )
    assert doc.teaser == "Der Teaser endet mit einem Bild."
    assert doc.credits == ["Lena Vogt/dpa"]


def test_html_figure_captions_and_credits():
    body = (
        "<p>"
        + "Der Kanzler traf den Präsidenten in Paris zu Gesprächen über die Ukraine. " * 4
        + "</p>"
    )
    page = (
        "<html><head><title>Merz in Paris</title></head><body><article><h1>Merz in Paris</h1>"
        f"{body}<figure><img src='a.jpg'><figcaption>Merz und Macron im Élysée. "
        "<span class='credit'>Foto: Kay Nietfeld/dpa</span></figcaption></figure>"
        f"{body}<figure><img src='b.jpg'><figcaption>Die Pressekonferenz. Foto: IMAGO/Xinhua"
        "</figcaption></figure></article></body></html>"
    )
    doc = clean(raw(page, "html"))
    assert doc.credits == ["Kay Nietfeld/dpa", "IMAGO/Xinhua"]
    assert doc.captions == ["Merz und Macron im Élysée.", "Die Pressekonferenz."]
    assert "Foto" not in doc.text and "Nietfeld" not in doc.text


def test_random_junk_never_crashes_clean():
    """Any text in any format gives a Document or a CleanError, never another exception."""
    import random

    rng = random.Random(7)
    pieces = [
        "Foto:", "Foto: ", "dpa", "IMAGO/", "/", ";", "|", "(", ")", "„", "“", "\n", "\n\n", " ",
        "date 2025-10-28", "Weitere Nachrichten:", "Die", "Russland", "©", "Bild:", "via",
        "Getty Images", "-", ".", "Lena", "von", "x" * 50, "\u00ad", "\u200b", "Ã¤Ã¶", "<p>",
        "</p>", "<html>", "Von Anna Weber", "Berlin (dpa) - ", "(dpa/mst)", "@", "[M]", "(Archiv)",
    ]  # fmt: skip
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        fmt = rng.choice(["dump", "text", "jsonl", "html", "rss"])
        try:
            doc = clean(raw(text, fmt))
        except CleanError as exc:
            assert exc.reason and "\n" not in exc.reason
            continue
        assert "\n" not in (doc.title or "") and all("\n" not in c for c in doc.credits)
        assert doc.id and "\u00ad" not in doc.text
