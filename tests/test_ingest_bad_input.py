"""Bad input: each case gives a one-line reason and the rest of the batch goes on."""

import json
import socket
import tracemalloc

import pytest

from lagebild.clean import CleanError, clean
from lagebild.ingest import IngestError, read

GOOD = "Titel\n\nDie Regierung hat am Montag neue Sanktionen gegen das Nachbarland beschlossen."


def run(*inputs, **kw):
    """Read and clean like `lagebild ingest` does: (documents, [(source, reason)])."""
    kw.setdefault("fetch", False)
    docs, errors = [], []
    for item in read([str(i) for i in inputs], **kw):
        if isinstance(item, IngestError):
            errors.append((item.source, item.reason))
            continue
        try:
            docs.append(clean(item))
        except CleanError as exc:
            errors.append((item.source, exc.reason))
    for _, reason in errors:
        assert reason and "\n" not in reason and len(reason) <= 300
    return docs, errors


@pytest.fixture()
def good(tmp_path):
    p = tmp_path / "zz_good.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def one_error(errors, fragment):
    assert len(errors) == 1, errors
    assert fragment in errors[0][1], errors[0]


def test_empty_file(tmp_path, good):
    for name in ("empty.txt", "blank.txt", "empty.jsonl", "empty.html"):
        (tmp_path / name).write_text("" if "empty" in name else " \n\n \n")
        docs, errors = run(tmp_path / name, good)
        one_error(errors, "empty")
        assert len(docs) == 1


@pytest.mark.parametrize(
    "name, data, kind",
    [
        ("a.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        ("a.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        ("a.bin", bytes(range(256)) * 40, "binary"),
        ("a.jsonl", b"\x00\x01\x02\x03" * 100, "binary"),
        ("a.txt.gz", b"\x1f\x8b\x08\x00" + b"\x00" * 50, "compressed"),
    ],
)
def test_binary_file(tmp_path, good, name, data, kind):
    (tmp_path / name).write_bytes(data)
    docs, errors = run(tmp_path / name, good)
    one_error(errors, kind)
    assert [d.title for d in docs] == ["Titel"]


TEXT = "Der Außenminister äußerte sich über die Größe der Übung – „gefährlich“, sagte er. Grüße aus Köln."


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings(tmp_path, good, encoding):
    text = (
        TEXT if encoding == "cp1252" else TEXT.replace("–", "-").replace("„", '"').replace("“", '"')
    )
    p = tmp_path / "legacy.txt"
    p.write_bytes(text.encode(encoding))
    docs, errors = run(p, good)
    assert not errors
    assert docs[0].text == text
    assert any("not UTF-8: decoded as cp1252" in w for w in docs[0].meta["warnings"])


def test_invalid_utf8_bytes_in_utf8_text(tmp_path, good):
    p = tmp_path / "broken.txt"
    p.write_bytes(TEXT.encode("utf-8")[:40] + b"\xff\xfe" + TEXT.encode("utf-8")[40:])
    docs, errors = run(p, good)
    assert not errors
    assert "Außenminister äußerte" in docs[0].text and "Köln" in docs[0].text
    assert any("invalid UTF-8" in w for w in docs[0].meta["warnings"])


def test_jsonl_record_in_cp1252(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(
        json.dumps({"title": "A", "text": TEXT}, ensure_ascii=False).encode("cp1252") + b"\n"
    )
    docs, errors = run(p)
    assert not errors and docs[0].text == TEXT


def test_big_jsonl_streams_with_bounded_memory(tmp_path):
    p = tmp_path / "big.jsonl"
    body = ("Die Regierung hat am Montag neue Sanktionen beschlossen. " * 180)[:10_000]
    line = (json.dumps({"title": "T", "date": "2026-01-01", "text": body}) + "\n").encode()
    n = 50 * 1024 * 1024 // len(line) + 1
    with open(p, "wb") as fh:
        for _ in range(n):
            fh.write(line)
    assert p.stat().st_size > 50 * 1024 * 1024
    tracemalloc.start()
    try:
        count = sum(1 for item in read([str(p)], fetch=False) if not isinstance(item, IngestError))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == n
    assert peak < 5 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB while streaming a 50 MB file"


def test_big_single_document_refused(tmp_path, good):
    p = tmp_path / "huge.txt"
    p.write_bytes(b"Ein Satz. " * 300_000)  # 3 MB
    docs, errors = run(p, good, max_bytes=1024 * 1024)
    one_error(errors, "too large")
    assert len(docs) == 1


def test_overlong_jsonl_line_skipped(tmp_path):
    p = tmp_path / "long.jsonl"
    p.write_text(
        json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"title": "B", "text": GOOD}) + "\n",
        encoding="utf-8",
    )
    docs, errors = run(p, max_line_bytes=1000)
    one_error(errors, "line longer")
    assert errors[0][0].endswith("#1") and len(docs) == 1


def test_broken_jsonl_records(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text(
        "{not json}\n[1, 2]\n"
        + json.dumps({"title": "no text"})
        + "\n"
        + json.dumps({"text": GOOD, "date": "irgendwann"})
        + "\n",
        encoding="utf-8",
    )
    docs, errors = run(p)
    assert [e[0].rsplit("#", 1)[1] for e in errors] == ["1", "2", "3"]
    assert (
        "invalid JSON" in errors[0][1]
        and "JSON object" in errors[1][1]
        and "no text" in errors[2][1]
    )
    assert len(docs) == 1
    assert any("unparsable date" in w for w in docs[0].meta["warnings"])


def test_html_without_article(tmp_path, good):
    p = tmp_path / "nav.html"
    p.write_text(
        "<html><head><title>Portal</title></head><body><nav><ul><li><a href='/'>Start</a></li>"
        "<li><a href='/p'>Politik</a></li></ul></nav><footer>Impressum · Datenschutz</footer></body></html>",
        encoding="utf-8",
    )
    docs, errors = run(p, good)
    one_error(errors, "without an article")


def test_feed_with_broken_entries(tmp_path, good):
    p = tmp_path / "feed.xml"
    p.write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Gut</title><description>Die Regierung hat ein Abkommen mit dem Nachbarland unterzeichnet.</description>
<pubDate>Mon, 02 Feb 2026 10:00:00 +0000</pubDate></item>
<item><title>Leer</title></item>
<item><title>Ohne Datum</title><description>Die Opposition hat gegen die Regierung demonstriert.</description></item>
<item><title>Kaputt &amp; offen<description>nie geschlossen
</channel></rss>""",
        encoding="utf-8",
    )
    docs, errors = run(p, good)
    assert [d.title for d in docs] == ["Gut", "Ohne Datum", "Titel"]
    assert any("without text" in reason for _, reason in errors)
    assert any("no date found" in w for w in docs[1].meta["warnings"])


def test_not_a_feed(tmp_path):
    p = tmp_path / "data.xml"
    p.write_text("<?xml version='1.0'?><root><a>1</a></root>", encoding="utf-8")
    _, errors = run(p)
    one_error(errors, "neither an RSS nor an Atom feed")


def test_unreachable_url(good):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    docs, errors = run(f"http://127.0.0.1:{port}/artikel", good, fetch=True, timeout=2)
    one_error(errors, "unreachable URL")
    assert errors[0][0] == f"http://127.0.0.1:{port}/artikel"
    assert len(docs) == 1


def test_url_with_fetching_off(good):
    docs, errors = run("https://example.org/x", good, fetch=False)
    one_error(errors, "fetching is switched off")


def test_missing_paths_and_patterns(tmp_path, good):
    docs, errors = run(tmp_path / "nope.txt", tmp_path / "*.nothing", good)
    assert [r for _, r in errors] == ["no such file or directory", "no files match this pattern"]
    assert len(docs) == 1


def test_document_without_date(tmp_path):
    p = tmp_path / "nodate.txt"
    p.write_text(GOOD, encoding="utf-8")
    docs, errors = run(p)
    assert not errors and docs[0].date is None
    assert "no date found" in docs[0].meta["warnings"]


def test_big_single_dump_refused(tmp_path, good):
    p = tmp_path / "huge-dump.txt"
    p.write_text(
        "date 2026-01-01 Teaser\n\nTitel\n\n" + "Ein Satz. Foto: dpa " * 100_000, encoding="utf-8"
    )
    docs, errors = run(p, good, max_bytes=1024 * 1024)
    one_error(errors, "too large for a single-document format")
    assert len(docs) == 1


def test_declared_charset_of_html_page(tmp_path):
    body = "Der Präsident traf in Łódź und Gdańsk die Bürgermeister der Städte. " * 5
    page = (
        '<html><head><meta charset="iso-8859-2"><title>Polen</title></head><body><article>'
        f"<h1>Polen</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )
    p = tmp_path / "pl.html"
    p.write_bytes(page.encode("iso-8859-2"))
    docs, errors = run(p)
    assert not errors
    assert "Łódź und Gdańsk" in docs[0].text
    assert any("declared iso8859-2" in w for w in docs[0].meta["warnings"])


@pytest.mark.parametrize("bom", ["utf-8-sig", "utf-16"])
def test_bom_and_utf16_dump_with_crlf(tmp_path, bom):
    text = "date 2026-01-02 Der Teaser.\r\n\r\nTitel\r\n\r\nText über Gespräche. Foto: AP\r\n"
    p = tmp_path / "bom.txt"
    p.write_bytes(text.encode(bom))
    docs, errors = run(p)
    assert not errors
    assert (docs[0].format, docs[0].title, docs[0].teaser, docs[0].credits) == (
        "dump",
        "Titel",
        "Der Teaser.",
        ["AP"],
    )
