"""`lagebild ingest --no-fetch / --timeout` and the same options of the Python API, against a
local HTTP server (no network)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from lagebild import api, ingest_runner
from lagebild.cli import app
from lagebild.ingest import IngestError, read

ARTICLE = """<!DOCTYPE html><html lang="de"><head><title>Gipfel in Rom</title></head><body>
<article><h1>Gipfel in Rom</h1><p>Die Regierungschefs der Europäischen Union haben sich am
Donnerstag in Rom getroffen und über die Lage in der Ukraine beraten. Sie einigten sich auf ein
weiteres Hilfspaket, teilte der Ratspräsident am Abend mit.</p><p>Ungarn kritisierte den
Beschluss, stimmte am Ende aber zu. Die Gespräche sollen im März fortgesetzt werden.</p>
</article></body></html>"""
FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test</title>
<entry><title>Gipfel in Rom</title><link href="{base}/artikel/1"/>
<updated>2026-02-01T10:00:00Z</updated>
<summary>Die Zusammenfassung im Feed: Die EU-Regierungschefs beraten in Rom.</summary></entry>
</feed>"""


# The slow page answers after SLOW_SECONDS; a reader with a 0.3 s timeout must give up long before.
# The margin is wide so that a loaded machine (CI, parallel jobs) cannot make the test fail.
SLOW_SECONDS = 8.0


class _Handler(BaseHTTPRequestHandler):
    hits: list[str] = []
    pages: dict[str, tuple[str, bytes]] = {}

    def do_GET(self):  # noqa: N802
        self.hits.append(self.path)
        if self.path.startswith("/langsam"):
            time.sleep(SLOW_SECONDS)
        page = self.pages.get(self.path)
        if page is None:
            self.send_response(404)
            self.end_headers()
            return
        ctype, data = page
        try:
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:  # the client gave up (timeout test)
            pass

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.daemon_threads = True
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    _Handler.hits = []
    _Handler.pages = {
        "/artikel/1": ("text/html; charset=utf-8", ARTICLE.encode()),
        "/langsam": ("text/plain", b"Titel\n\nEin langsamer Text."),
        "/feed.xml": ("application/atom+xml", FEED.format(base=base).encode()),
    }
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield base
    srv.shutdown()
    srv.server_close()


@pytest.fixture()
def feed_file(server, tmp_path):
    p = tmp_path / "feed.atom"
    p.write_text(FEED.format(base=server), encoding="utf-8")
    return p


def test_read_options_only_name_what_differs():
    assert ingest_runner.read_options() == {}
    assert ingest_runner.read_options(fetch=False, timeout=3) == {
        "fetch_articles": "never",
        "timeout": 3.0,
    }
    with pytest.raises(ValueError):
        ingest_runner.read_options(timeout=0)


def test_reader_fetches_the_linked_article_unless_told_not_to(server, feed_file):
    [fetched] = list(read([str(feed_file)], delay=0))
    assert fetched.format == "html" and "/artikel/1" in _Handler.hits
    _Handler.hits.clear()
    [kept] = list(read([str(feed_file)], delay=0, fetch_articles="never"))
    assert kept.format == "rss" and kept.text.startswith("Die Zusammenfassung im Feed")
    assert _Handler.hits == []


def test_reader_timeout(server):
    t0 = time.monotonic()
    [err] = list(read([f"{server}/langsam"], timeout=0.3, delay=0))
    assert isinstance(err, IngestError) and "timed out" in err.reason
    assert time.monotonic() - t0 < SLOW_SECONDS / 2


def test_api_no_fetch_keeps_the_feed_text(server, feed_file, tmp_path):
    summary = api.ingest(feed_file, db=tmp_path / "a.duckdb", analyze=False, fetch=False)
    assert summary.added == 1 and summary.failed == 0
    assert _Handler.hits == []  # neither the article nor robots.txt was asked for
    docs = api.documents(db=tmp_path / "a.duckdb")
    assert docs.iloc[0]["text"].startswith("Die Zusammenfassung im Feed")


def test_api_timeout_is_a_failure_and_the_batch_goes_on(server, feed_file, tmp_path):
    summary = api.ingest(
        [f"{server}/langsam", feed_file],
        db=tmp_path / "b.duckdb",
        analyze=False,
        fetch=False,
        timeout=0.3,
    )
    assert summary.failed == 1 and summary.added == 1
    assert "timed out" in summary.failures[0][2]


def test_cli_no_fetch_and_timeout(server, feed_file, tmp_path):
    db = tmp_path / "c.duckdb"
    runner = CliRunner()
    res = runner.invoke(
        app, ["ingest", str(feed_file), "--db", str(db), "--no-analyze", "--no-fetch", "-q"]
    )
    assert res.exit_code == 0, res.output
    assert _Handler.hits == []
    res = runner.invoke(
        app,
        ["ingest", f"{server}/langsam", "--db", str(db), "--no-analyze", "--timeout", "0.3"],
    )
    assert "timed out" in res.output and "1 failed" in " ".join(res.output.split())
    res = runner.invoke(app, ["ingest", str(feed_file), "--db", str(db), "--timeout", "0"])
    assert res.exit_code != 0
