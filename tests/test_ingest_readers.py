"""Readers, format choice and input kinds (files, folders, globs, stdin, URLs)."""

import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from lagebild.clean import clean
from lagebild.ingest import IngestError, read
from lagebild.registry import readers

DUMP = (
    "date 2026-02-03 Der Teaser steht in der ersten Zeile.\n\nDer Titel\n\n"
    "Eine Bildunterschrift über Gespräche in Genf. Foto: Lena Vogt/dpa "
    "Die zweite Bildunterschrift nennt Sanktionen. Foto: IMAGO/Xinhua\n\nWeitere Nachrichten:\n"
)
HTML = """<!DOCTYPE html><html lang="de"><head><title>Gipfel in Rom | Zeitung</title>
<meta property="article:published_time" content="2026-02-05T10:00:00+01:00"></head>
<body><nav><a href="/">Start</a></nav><article><h1>Gipfel in Rom</h1>
<p>Die Regierungschefs der Europäischen Union haben sich am Donnerstag in Rom getroffen und über die
Lage in der Ukraine beraten. Sie einigten sich auf ein weiteres Hilfspaket.</p>
<p>Ungarn kritisierte den Beschluss, stimmte am Ende aber zu. Die Gespräche sollen im März
fortgesetzt werden, teilte der Ratspräsident mit.</p></article><footer>Impressum</footer></body></html>"""


def items(*inputs, **kw):
    kw.setdefault("fetch", False)
    return list(read([str(i) for i in inputs], **kw))


def test_builtin_readers_registered():
    assert {"dump", "text", "jsonl", "html", "rss", "warc"} <= set(readers.names())


def test_dump_sniffed_whatever_the_extension(tmp_path):
    for name in ("a.txt", "b.dat", "c"):
        (tmp_path / name).write_text(DUMP, encoding="utf-8")
        [raw] = items(tmp_path / name)
        assert raw.format == "dump"
    doc = clean(raw)
    assert doc.teaser == "Der Teaser steht in der ersten Zeile."
    assert doc.title == "Der Titel"
    assert doc.credits == ["Lena Vogt/dpa", "IMAGO/Xinhua"]


def test_plain_text_and_forced_format(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Titel\n\nText über ein Treffen in Berlin.", encoding="utf-8")
    assert items(p)[0].format == "text"
    assert items(p, format="jsonl")[0].reason.startswith("invalid JSON")
    with pytest.raises(ValueError, match="unknown format"):
        items(p, format="pdf")


def test_jsonl_records_have_line_sources(tmp_path):
    p = tmp_path / "a.jsonl"
    lines = [
        {
            "title": "Eins",
            "text": "Erster Text.",
            "date": "2026-01-05T10:00:00Z",
            "url": "https://x.example/1",
            "lang": "de",
            "id": "a1",
        },
        {"title": "Zwei", "body": "Zweiter Text.", "date": "05.01.2026", "description": "Lead"},
        {"html": HTML, "url": "https://x.example/3"},
    ]
    p.write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n", encoding="utf-8"
    )
    a, b, c = items(p)
    assert (
        a.source.endswith("a.jsonl#1")
        and b.source.endswith("a.jsonl#2")
        and c.source.endswith("#3")
    )
    assert (a.title, a.text, a.url, a.language, a.meta["id"]) == (
        "Eins",
        "Erster Text.",
        "https://x.example/1",
        "de",
        "a1",
    )
    assert a.date.isoformat() == b.date.isoformat() == "2026-01-05"
    assert b.teaser == "Lead" and b.text == "Zweiter Text."
    assert c.format == "html"
    assert clean(c).title == "Gipfel in Rom"


def test_html_page(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    [raw] = items(p)
    doc = clean(raw)
    assert raw.format == "html"
    assert doc.title == "Gipfel in Rom"
    assert doc.date.isoformat() == "2026-02-05"
    assert doc.text.startswith("Die Regierungschefs")
    assert "Impressum" not in doc.text and "Start" not in doc.text.split()[0]


FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test</title>
<entry><title>Erste Meldung</title><link href="{base}/artikel/1"/><updated>2026-02-01T10:00:00Z</updated>
<summary>Kurz: Gespräche in Genf.</summary></entry>
<entry><title>Zweite Meldung</title><link href="{base}/fehlt"/><updated>2026-02-02T10:00:00Z</updated>
<summary>Die zweite Meldung steht nur in der Zusammenfassung des Feeds.</summary></entry>
<entry><title>Dritte Meldung</title><updated>2026-02-03T10:00:00Z</updated>
<content type="html">&lt;p&gt;Voller Text der dritten Meldung.&lt;/p&gt;&lt;p&gt;Zweiter Absatz.&lt;/p&gt;</content></entry>
</feed>"""


class _Handler(BaseHTTPRequestHandler):
    pages = {}

    def do_GET(self):  # noqa: N802
        body = self.pages.get(self.path)
        if body is None:
            self.send_response(404)
            self.end_headers()
            return
        ctype, data = body
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    _Handler.pages = {
        "/artikel/1": ("text/html; charset=utf-8", HTML.encode()),
        "/feed.xml": ("application/atom+xml", FEED.format(base=base).encode()),
        "/text": ("text/plain", "Titel\n\nEin Text aus dem Netz über ein Treffen.".encode()),
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /privat/\n"),
        "/privat/1": ("text/html", HTML.encode()),
    }
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield base
    srv.shutdown()
    srv.server_close()


def test_url_inputs_and_feed_fetching(server):
    out = items(f"{server}/text", f"{server}/feed.xml", f"{server}/nix", fetch=True, delay=0)
    assert out[0].format == "text" and out[0].url == f"{server}/text"
    first, second, third, missing = out[1:]
    # entry 1 has only a summary: its article is fetched and read as HTML
    assert first.format == "html" and first.source == f"{server}/artikel/1"
    assert first.title == "Erste Meldung" and first.date.isoformat() == "2026-02-01"
    assert clean(first).text.startswith("Die Regierungschefs")
    # entry 2's link is a 404: the feed summary is used, with a warning
    assert second.format == "rss" and "Zusammenfassung" in second.text
    assert "HTTP 404" in second.meta["warnings"][0]
    # entry 3 carries its full text and no link
    assert (
        third.format == "rss"
        and third.text == "Voller Text der dritten Meldung.\n\nZweiter Absatz."
    )
    assert isinstance(missing, IngestError) and "404" in missing.reason


def test_feed_without_fetching(server, tmp_path):
    p = tmp_path / "feed.atom"
    p.write_text(FEED.format(base=server), encoding="utf-8")
    out = items(p, fetch=False)
    assert [o.format for o in out] == ["rss", "rss", "rss"]
    assert out[0].text == "Kurz: Gespräche in Genf."


def test_warc(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, ctype, body in [
            ("https://x.example/a", "text/html; charset=utf-8", HTML.encode()),
            ("https://x.example/logo.png", "image/png", b"\x89PNG...."),
            (
                "https://x.example/b",
                "text/html",
                b"<html><body><nav>Nur Navigation</nav></body></html>",
            ),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(rec)
    out = items(path)
    assert [o.format for o in out] == ["html", "html"]
    assert out[0].url == "https://x.example/a" and out[0].source.endswith("crawl.warc.gz#1")
    assert clean(out[0]).title == "Gipfel in Rom"


def test_folder_glob_and_stdin(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(DUMP, encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "README.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article either", encoding="utf-8")
    found = items(tmp_path)
    assert sorted(r.format for r in found) == ["dump", "html"]
    assert [r.format for r in items(tmp_path / "**" / "*.txt")] == ["dump"]
    out = list(read(["-"], stdin=io.BytesIO(DUMP.encode()), fetch=False))
    assert out[0].source == "stdin" and out[0].format == "dump"


def test_examples_have_each_format(examples_dir):
    formats = [r.format for r in items(examples_dir)]
    assert sorted(set(formats)) == ["dump", "html", "jsonl", "rss"]
    assert 6 <= len(formats) <= 10


def test_dump_file_with_several_articles_streams(tmp_path):
    second = DUMP.replace("2026-02-03", "2026-02-04").replace("Der Titel", "Zweiter Titel")
    third = " date 2026-02-05\nDer Teaser steht in der zweiten Zeile.\n\nDritter Titel\n\nText. Foto: AP\n"
    p = tmp_path / "many.txt"
    p.write_text(DUMP + "\n" + second + third, encoding="utf-8")
    out = items(p)
    assert [o.source.rsplit("#", 1)[1] for o in out] == ["1", "2", "3"]
    docs = [clean(o) for o in out]
    assert [d.title for d in docs] == ["Der Titel", "Zweiter Titel", "Dritter Titel"]
    assert [d.date.day for d in docs] == [3, 4, 5]
    assert docs[2].teaser == "Der Teaser steht in der zweiten Zeile."
    assert docs[2].credits == ["AP"] and docs[2].text == "Text."


def test_dump_article_above_limit_skipped_rest_read(tmp_path):
    big = DUMP.replace("Der Titel", "Groß\n\n" + "Ein langer Satz. " * 5000)
    p = tmp_path / "many.txt"
    p.write_text(DUMP + big + DUMP, encoding="utf-8")
    out = items(p, max_bytes=20_000)
    assert isinstance(out[1], IngestError) and "larger than" in out[1].reason
    assert [o.format for o in (out[0], out[2])] == ["dump", "dump"]


def test_stdin_streams_jsonl(tmp_path):
    p = tmp_path / "in.jsonl"
    with open(p, "w", encoding="utf-8") as fh:
        for n in range(2000):
            fh.write(json.dumps({"title": f"T{n}", "text": "Ein Text. " * 200}) + "\n")
    import tracemalloc

    with open(p, "rb") as stdin:
        tracemalloc.start()
        try:
            count = sum(1 for _ in read(["-"], stdin=stdin, fetch=False))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert count == 2000
    assert peak < p.stat().st_size / 4  # not read whole


def test_jsonl_field_aliases(tmp_path):
    p = tmp_path / "a.jsonl"
    rec = {
        "headline": "H",
        "article": "Body text.",
        "published": "2026-01-02",
        "link": "https://x.example/a",
    }
    p.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    [raw] = items(p)
    assert (raw.title, raw.text, raw.date.isoformat(), raw.url) == (
        "H",
        "Body text.",
        "2026-01-02",
        "https://x.example/a",
    )


def test_feed_links_honour_robots_txt(server, tmp_path):
    p = tmp_path / "feed.rss"
    p.write_text(
        f"""<rss version="2.0"><channel><title>T</title>
<item><title>Privat</title><link>{server}/privat/1</link><description>Nur die Zusammenfassung.</description></item>
</channel></rss>""",
        encoding="utf-8",
    )
    [entry] = items(p, fetch=True, delay=0)
    assert entry.format == "rss" and entry.text == "Nur die Zusammenfassung."
    assert "robots.txt" in entry.meta["warnings"][0]
    [page] = items(f"{server}/privat/1", fetch=True, delay=0)  # a URL the user names is read
    assert page.format == "html"


def test_json_array_and_object(tmp_path):
    arr = tmp_path / "a.json"
    arr.write_text(
        json.dumps(
            [{"title": "A", "text": "Text A."}, "kaputt", {"headline": "B", "body": "Text B."}],
            indent=2,
        ),
        encoding="utf-8",
    )
    wrapped = tmp_path / "b.json"
    wrapped.write_text(
        json.dumps({"articles": [{"title": "C", "text": "Text C."}]}, indent=2), encoding="utf-8"
    )
    single = tmp_path / "c.json"
    single.write_text(json.dumps({"title": "D", "text": "Text D."}, indent=2), encoding="utf-8")
    out = items(arr, wrapped, single)
    assert [getattr(o, "title", None) for o in out] == ["A", None, "B", "C", "D"]
    assert isinstance(out[1], IngestError) and out[1].source.endswith("a.json#2")
    assert out[3].source.endswith("b.json#1") and out[4].source.endswith("c.json")
    piped = list(read(["-"], stdin=io.BytesIO(arr.read_bytes()), fetch=False))
    assert [getattr(o, "title", None) for o in piped] == ["A", None, "B"]


def test_unknown_format_fails_at_once():
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        read(["whatever"], format="pdf")
