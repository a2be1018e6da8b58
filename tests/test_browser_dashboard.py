"""The dashboard in a real browser: Playwright driving Debian's chromium (never a downloaded one).

Skips with a reason where chromium or the playwright package is missing; `.ci/run` installs
both, so in CI these run. Screenshots go to test-artifacts/ (gitignored).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("LAGEBILD_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _missing(reason: str) -> None:
    if os.environ.get("LAGEBILD_REQUIRE_BROWSER"):  # set by .ci/run: CI must run these
        pytest.fail(f"browser tests required but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        _missing(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright import sync_api
    except ImportError:
        _missing("the playwright package is not installed (pip install playwright)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    pytest.importorskip("fastapi")
    uvicorn = pytest.importorskip("uvicorn")
    from lagebild.serve import create_app
    from lagebild.serve.app import _open_store
    from lagebild.serve.sample import sample_documents

    db = tmp_path_factory.mktemp("browser") / "sample.duckdb"
    store = _open_store(db)
    for doc in sample_documents():
        store.add(doc)
    store.close()
    app = create_app(db)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    end = time.time() + 20
    while not srv.started:
        assert time.time() < end, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    app.state.store.close()


@pytest.fixture()
def page(browser, server):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.problems = []  # console errors, page errors, dialogs, requests leaving the machine
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on(
        "console",
        lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
    )
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))

    def request(req):
        host = urlsplit(req.url).hostname
        if req.url.startswith(("http:", "https:")) and host != "127.0.0.1":
            pg.problems.append(f"request off the machine: {req.url}")

    pg.on("request", request)
    yield pg
    context.close()
    assert pg.problems == []


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"dashboard-{name}.png"), full_page=True)


def test_timeline_to_event_to_sentence(page, server):
    page.goto(server + "/")
    bars = page.locator("svg.timeline rect.bar")
    bars.first.wait_for()
    assert bars.count() == 12  # a segment per day × type; negated/hypothetical not counted
    shot(page, "1-timeline")
    # the ASSAULT segment of 4 November: the drone attack on Charkiw
    page.locator('rect.bar[data-date="2026-11-04"][data-key="ASSAULT"]').click()
    rows = page.locator("tr.event-row")
    rows.first.wait_for()
    assert rows.count() == 1
    query = parse_qs(urlsplit(page.url).query)
    assert query["view"] == ["events"] and query["type"] == ["ASSAULT"]
    assert query["since"] == ["2026-11-04"] and query["until"] == ["2026-11-04"]
    rows.first.click()
    detail = page.locator(".event-detail")
    detail.wait_for()
    assert "RUS/MIL" in detail.inner_text()
    quote = page.locator("blockquote.sentence-link").first
    assert quote.inner_text() == "Russische Truppen griffen Charkiw erneut mit Drohnen an."
    assert quote.locator("mark.predicate").inner_text() == "griffen"
    assert "Russische Truppen" in quote.locator("mark.actor").all_inner_texts()
    shot(page, "2-event")
    quote.click()
    focus = page.locator("article.document span.sent.focus")
    focus.wait_for()
    assert focus.inner_text().startswith("Russische Truppen griffen Charkiw")
    assert "view=document" in page.url
    article = page.locator("article.document")
    assert article.locator("mark.predicate").count() == 4
    assert article.locator("span.sent.coded").count() == 4
    shot(page, "3-document")
    # back in history: the event table with its filters, from the URL
    page.go_back()
    page.locator(".event-detail").wait_for()
    assert page.locator("tr.event-row").count() == 1


def test_network_map_and_filters_in_the_url(page, server):
    page.goto(server + "/?view=network")
    page.locator("svg.network g.node").first.wait_for()
    expect = pytest.importorskip("playwright.sync_api").expect
    # RUS/GOV appears only in a hypothetical threat: in the graph only with flagged=include
    expect(page.locator("svg.network g.node")).to_have_count(16)
    page.select_option("select[name=flagged]", "include")
    expect(page.locator("svg.network g.node")).to_have_count(17)
    assert "flagged=include" in page.url
    page.wait_for_selector("svg.network[data-settled]", timeout=15000)
    shot(page, "4-network")
    # filter by type: the select writes the filter into the URL and the graph follows it
    page.select_option("select[name=type]", "CONSULT")
    expect(page.locator("svg.network g.node")).to_have_count(3)
    assert "type=CONSULT" in page.url
    page.reload()
    expect(page.locator("svg.network g.node")).to_have_count(3)
    assert page.locator("select[name=type]").input_value() == "CONSULT"
    page.locator('svg.network g.node[data-id="EGY/GOV"]').click()
    page.locator("tr.event-row").first.wait_for()
    assert "actor=EGY%2FGOV" in page.url or "actor=EGY/GOV" in page.url
    assert page.locator("tr.event-row").count() == 1

    page.goto(server + "/?view=map")
    page.locator("svg.map circle.point").first.wait_for()
    # the offline base map: Natural Earth countries from static/, no tile server
    assert page.locator("svg.map .countries path").count() > 150
    assert page.locator("svg.map circle.point").count() == 7
    shot(page, "5-map")
    page.locator('circle.point[data-name="Caracas"]').click()
    page.locator("tr.event-row").first.wait_for()
    assert page.locator("tr.event-row").count() == 2


def test_news_text_is_rendered_as_text_and_labels_switch(page, server):
    page.goto(server + "/?view=documents")
    page.locator("tr.doc-row").first.wait_for()
    assert page.locator("a.tab.active").inner_text() == "Dokumente"
    page.locator("tr.doc-row", has_text="Sudan").click()
    teaser = page.locator("article.document .section-teaser")
    teaser.wait_for()
    # markup in the news text shows as characters and never becomes an element
    assert "<script>alert(1)</script>" in teaser.inner_text()
    assert page.locator("article.document script").count() == 0
    assert page.locator('a.tab[data-view="timeline"]').inner_text() == "Zeitleiste"
    page.locator('#lang button[data-lang="en"]').click()
    expect = pytest.importorskip("playwright.sync_api").expect
    expect(page.locator('a.tab[data-view="timeline"]')).to_have_text("Timeline")
    expect(page.locator("article.document .section-teaser")).to_have_count(1)
    assert "lang=en" in page.url
    shot(page, "6-document-en")
