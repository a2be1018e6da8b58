"""REST API tests: FastAPI's TestClient on a store built from hand-made documents."""

from __future__ import annotations

import http.server
import shutil
import threading
import time
from pathlib import Path

import pytest
import yaml

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from lagebild.models import Document, RawDocument  # noqa: E402
from lagebild.serve import create_app  # noqa: E402
from lagebild.serve.app import _open_store  # noqa: E402
from lagebild.serve.sample import sample_documents  # noqa: E402

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def build_store(path: Path) -> Path:
    store = _open_store(path)
    try:
        for doc in sample_documents():
            assert store.add(doc) == "added"
    finally:
        store.close()
    return path


def text_processor(raw: RawDocument) -> Document:
    """Stands in for the NLP pipeline: a cleaned document without events."""
    doc = Document(
        source=raw.source,
        format=raw.format,
        url=raw.url,
        title=raw.title,
        text=raw.text or "",
        date=raw.date,
        language=raw.language or "de",
    )
    return doc.finalize_ids()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("store") / "sample.duckdb")


@pytest.fixture()
def db(template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the sample store for each test (tests may write)."""
    path = tmp_path / "sample.duckdb"
    shutil.copyfile(template, path)
    return path


@pytest.fixture()
def client(db: Path):
    app = create_app(db, token=TOKEN, processor=text_processor)
    with TestClient(app) as c:
        yield c


def wait_job(client: TestClient, job_id: str, timeout: float = 10.0) -> dict:
    end = time.time() + timeout
    while time.time() < end:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.02)
    raise AssertionError(f"job {job_id} did not finish")


# ------------------------------------------------------------------------------- reading
def test_events_list_paging_and_sorting(client):
    r = client.get("/api/events", params={"limit": 5})
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 16
    assert len(page["items"]) == 5
    dates = [e["date"] for e in page["items"]]
    assert dates == sorted(dates, reverse=True)
    rest = client.get("/api/events", params={"limit": 50, "offset": 5}).json()
    ids = {e["id"] for e in page["items"]} | {e["id"] for e in rest["items"]}
    assert len(ids) == 16
    asc = client.get("/api/events", params={"sort": "goldstein"}).json()["items"]
    values = [e["goldstein"] for e in asc]
    assert values == sorted(values)


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"type": "ASSAULT"}, 3),
        ({"type": ["ASSAULT", "CONSULT"]}, 5),
        ({"actor": "RUS/MIL"}, 3),  # two assaults by, one accusation against
        ({"country": "RUS"}, 6),
        ({"country": "VEN"}, 2),
        ({"actor": ["VEN/COP", "IGO:UN"]}, 2),
        ({"sector": "REB"}, 4),
        ({"quad_class": 4}, 5),
        ({"quad_class": [1, 2]}, 7),
        ({"since": "2026-11-04"}, 7),
        ({"since": "2026-11-03", "until": "2026-11-03"}, 6),
        ({"place": "Charkiw"}, 2),
        ({"place": "UKR"}, 4),
        ({"q": "Drohnen"}, 1),
        ({"q": "hamas"}, 1),  # case-insensitive
        ({"q": "100%"}, 0),  # LIKE wildcards match literally
        ({"q": "_"}, 0),
        ({"place": "charkiw"}, 0),  # place names match exactly
        ({"flagged": "exclude"}, 13),
        ({"flagged": "only"}, 3),
        ({"type": "ASSAULT", "country": "RUS", "since": "2026-11-04"}, 1),
    ],
)
def test_event_filters(client, params, expected):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    assert r.json()["total"] == expected, params


@pytest.mark.parametrize(
    "params, needle",
    [
        ({"type": "FOO"}, "type"),
        ({"type": "assault"}, "type"),
        ({"quad_class": 7}, "quad_class"),
        ({"quad_class": "x"}, "quad_class"),
        ({"since": "2026-13-01"}, "since"),
        ({"since": "2026-11-05", "until": "2026-11-01"}, "after"),
        ({"sort": "sentence; drop table events"}, "sort"),
        ({"limit": 0}, "limit"),
        ({"limit": 100000}, "limit"),
        ({"offset": -1}, "offset"),
        ({"country": "RUSSIA"}, "country"),
        ({"country": "rus"}, "country"),
        ({"until": "0"}, "until"),
        ({"actor": "RUS' OR 1=1"}, "actor"),
        ({"flagged": "maybe"}, "flagged"),
        ({"min_confidence": 2}, "min_confidence"),
    ],
)
def test_malformed_filters_get_422_with_message(client, params, needle):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    body = r.json()
    assert needle.lower() in body["message"].lower(), body
    assert body["detail"]


def test_event_detail_with_mentions_and_sentence(client):
    item = client.get("/api/events", params={"q": "Drohnen"}).json()["items"][0]
    r = client.get(f"/api/events/{item['id']}")
    assert r.status_code == 200
    event = r.json()
    assert event["type"] == "ASSAULT" and event["source"] == "RUS/MIL"
    (m,) = event["mentions"]
    assert m["sentence"] == "Russische Truppen griffen Charkiw erneut mit Drohnen an."
    assert m["document_title"] == "Erneut Angriffe auf Charkiw"
    # the trigger's section offsets minus the sentence start point into the sentence
    base = m["sentence_start"]
    assert m["sentence"][m["start"] - base : m["end"] - base] == "griffen"
    codes = {e["actor_code"] for e in m["entities"]}
    assert {"RUS/MIL", "UKR"} <= codes
    for e in m["entities"]:
        assert m["sentence"][e["start"] - base : e["end"] - base] == e["text"]


def test_unknown_ids_are_404(client):
    assert client.get("/api/events/doesnotexist").status_code == 404
    assert client.get("/api/documents/doesnotexist").status_code == 404
    assert client.get("/api/jobs/job-999").status_code == 404


def test_actors_with_counts(client):
    page = client.get("/api/actors", params={"limit": 100}).json()
    by = {a["code"]: a for a in page["items"]}
    assert by["RUS/MIL"]["as_source"] == 2 and by["RUS/MIL"]["as_target"] == 1
    assert by["RUS/MIL"]["total"] == 3 and by["RUS/MIL"]["sector"] == "MIL"
    assert by["IGO:EU"]["country"] is None
    totals = [a["total"] for a in page["items"]]
    assert totals == sorted(totals, reverse=True)
    assert "RUS/GOV" not in by  # only in a hypothetical threat: not counted by default
    flagged = client.get("/api/actors", params={"flagged": "include"}).json()["items"]
    assert {a["code"]: a["total"] for a in flagged}["RUS/GOV"] == 1
    found = client.get("/api/actors", params={"search": "hamas"}).json()
    assert [a["code"] for a in found["items"]] == ["PSE/REB"]
    assumed = client.get("/api/actors", params={"type": "ASSAULT"}).json()
    assert {a["code"] for a in assumed["items"]} == {"RUS/MIL", "UKR", "SDN/REB", "SDN/MIL"}


def test_network_nodes_and_weighted_edges(client):
    net = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert edges[("RUS/MIL", "UKR")]["weight"] == 2
    assert edges[("RUS/MIL", "UKR")]["goldstein"] == -10.0
    ids = {n["id"] for n in net["nodes"]}
    assert {e[0] for e in edges} | {e[1] for e in edges} == ids
    by_country = client.get("/api/network", params={"group": "country"}).json()
    edges = {(e["source"], e["target"]): e["weight"] for e in by_country["edges"]}
    assert edges[("RUS", "UKR")] == 3  # two assaults + the rejection
    only = client.get("/api/network", params={"type": "CONSULT"}).json()
    assert {(e["source"], e["target"]) for e in only["edges"]} == {
        ("ISR/GOV", "PSE/REB"),
        ("EGY/GOV", "ISR/GOV"),
    }


def test_timeline_counts_per_day(client):
    tl = client.get("/api/timeline").json()
    assert tl["interval"] == "day"
    counts = {(r["date"], r["key"]): r["n"] for r in tl["rows"]}
    assert counts[("2026-11-03", "CONSULT")] == 2
    assert sum(counts.values()) == 13  # counts leave out the 3 negated/hypothetical events
    everything = client.get("/api/timeline", params={"flagged": "include"}).json()["rows"]
    assert sum(r["n"] for r in everything) == 16
    quad = client.get("/api/timeline", params={"by": "quad_class"}).json()
    per_quad: dict = {}
    for r in quad["rows"]:
        per_quad[r["key"]] = per_quad.get(r["key"], 0) + r["n"]
    assert per_quad == {1: 5, 3: 3, 4: 5}
    weekly = client.get("/api/timeline", params={"interval": "week"}).json()
    assert sum(r["n"] for r in weekly["rows"]) == 13


def test_map_points(client):
    points = client.get("/api/map").json()["points"]
    by = {p["name"]: p for p in points}
    assert by["Charkiw"]["n"] == 2 and by["Charkiw"]["country"] == "UKR"
    assert sum(p["n"] for p in points) == 12  # two plain events have no place, 2 are flagged
    everything = client.get("/api/map", params={"flagged": "include"}).json()["points"]
    assert sum(p["n"] for p in everything) == 14
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in points)


def test_documents_list_and_detail(client):
    page = client.get("/api/documents").json()
    assert page["total"] == 5
    first = page["items"][0]
    assert first["title"] == "Kämpfe im Sudan halten an"
    assert first["num_event_mentions"] == 3
    doc = client.get(f"/api/documents/{first['id']}").json()
    assert "<script>" in doc["teaser"]  # stored and served as text; the dashboard renders text
    body = [s for s in doc["sentences"] if s["section"] == "body"]
    assert all(doc["text"][s["start"] : s["end"]] == s["text"] for s in body)
    assert all(doc["text"][e["start"] : e["end"]] == e["text"] for e in doc["entities"])
    assert len(doc["events"]) == 3
    assert client.get("/api/documents", params={"q": "Waffenruhe"}).json()["total"] == 1


def test_stats(client):
    s = client.get("/api/stats").json()
    assert s["counts"]["documents"] == 5 and s["counts"]["events"] == 16
    assert s["first_date"] == "2026-11-02" and s["last_date"] == "2026-11-05"
    assert s["events_by_type"]["ASSAULT"] == 3
    assert s["writable"] is True


def test_openapi_and_dashboard(client):
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/actors",
        "/api/network",
        "/api/timeline",
        "/api/map",
        "/api/documents",
        "/api/stats",
    ):
        assert path in spec["paths"], path
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/world-110m.json").status_code == 200


# ------------------------------------------------------------------------------- writing
def test_writing_needs_the_token(client):
    body = {"text": "Die Regierung traf sich mit der Opposition."}
    assert client.post("/api/documents", json=body).status_code == 401
    bad = {"Authorization": "Bearer nope"}
    assert client.post("/api/documents", json=body, headers=bad).status_code == 401
    assert client.post("/api/actors", json={"code": "DEU/GOV", "name": "x"}).status_code == 401
    assert client.get("/api/stats").json()["counts"]["documents"] == 5


def test_server_without_token_is_read_only(db):
    with TestClient(create_app(db, processor=text_processor)) as c:
        r = c.post("/api/documents", json={"text": "x"}, headers=AUTH)
        assert r.status_code == 403
        assert "LAGEBILD_TOKEN" in r.json()["detail"]


def test_ingest_text_through_the_queue(client):
    body = {"text": "Neuer Text über Verhandlungen.", "title": "Neu", "date": "2026-11-06"}
    r = client.post("/api/documents", json=body, headers=AUTH)
    assert r.status_code == 202, r.text
    job = wait_job(client, r.json()["id"])
    assert job["status"] == "done" and job["result"] == "added"
    assert client.get("/api/stats").json()["counts"]["documents"] == 6
    doc = client.get(f"/api/documents/{job['document_id']}").json()
    assert doc["title"] == "Neu"
    # the same again changes nothing; the token also works as X-Lagebild-Token
    r = client.post("/api/documents", json=body, headers={"X-Lagebild-Token": TOKEN})
    assert wait_job(client, r.json()["id"])["result"] == "unchanged"


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": ""},
        {"text": "   "},
        {"text": "a", "url": "https://example.org/"},
        {"url": "ftp://example.org/x"},
        {"url": "https://example.org/", "title": "x"},
        {"text": "a", "date": "yesterday"},
        {"text": "a", "lang": "xx"},
        {"text": "a", "unknown": 1},
        {"text": 5},
    ],
)
def test_ingest_input_validation(client, body):
    r = client.post("/api/documents", json=body, headers=AUTH)
    assert r.status_code == 422, r.text


def test_body_size_limit(db):
    with TestClient(
        create_app(db, token=TOKEN, processor=text_processor, max_body_bytes=2000)
    ) as c:
        r = c.post("/api/documents", json={"text": "x" * 5000}, headers=AUTH)
        assert r.status_code == 413
        assert "too large" in r.json()["detail"]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/x",
        "http://localhost/",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://0.0.0.0/",
    ],
)
def test_private_urls_are_refused(client, url):
    r = client.post("/api/documents", json={"url": url}, headers=AUTH)
    assert r.status_code == 422
    assert "allow-private-urls" in r.json()["detail"] or "resolve" in r.json()["detail"]


class _Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
            return
        body = b"<html><body><p>Ein Artikel aus dem Netz.</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_private_url_fetched_only_with_the_allowance(db):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/moved"
    seen = []

    def proc(raw):
        seen.append(raw)
        return text_processor(raw)

    try:
        with TestClient(create_app(db, token=TOKEN, processor=proc)) as c:
            assert c.post("/api/documents", json={"url": url}, headers=AUTH).status_code == 422
        app = create_app(db, token=TOKEN, allow_private_urls=True, processor=proc)
        with TestClient(app) as c:
            r = c.post("/api/documents", json={"url": url}, headers=AUTH)
            assert r.status_code == 202
            job = wait_job(c, r.json()["id"])
            assert job["status"] == "done", job
    finally:
        server.shutdown()
    (raw,) = seen
    assert raw.format == "html" and raw.url.endswith("/article")
    assert "Ein Artikel aus dem Netz." in raw.text


def test_failed_ingest_is_reported_and_worker_goes_on(client, db):
    def boom(raw):
        if "kaputt" in (raw.text or ""):
            raise ValueError("cannot parse this")
        return text_processor(raw)

    with TestClient(create_app(db, token=TOKEN, processor=boom)) as c:
        bad = wait_job(
            c, c.post("/api/documents", json={"text": "kaputt"}, headers=AUTH).json()["id"]
        )
        assert bad["status"] == "failed" and "cannot parse this" in bad["error"]
        good = wait_job(
            c, c.post("/api/documents", json={"text": "gut"}, headers=AUTH).json()["id"]
        )
        assert good["status"] == "done"


def test_add_actor_entry(client, db):
    r = client.post(
        "/api/actors",
        json={"code": "deu/gov", "name": "Bundesregierung"},
        headers=AUTH,
    )
    assert r.status_code == 422 and "code" in r.json()["message"]
    person = {
        "kind": "person",
        "code": "DEU/GOV",
        "name": "Erika Beispiel",
        "aliases": ["Beispiel"],
        "role": "chancellor",
        "valid_from": "2026-01-01",
        "kb_id": "Q1",
    }
    r = client.post("/api/actors", json=person, headers=AUTH)
    assert r.status_code == 201, r.text
    path = Path(r.json()["file"])
    org = {"code": "NGO:BEISPIELHILFE", "name": "Beispielhilfe", "aliases": ["BH e.V."]}
    assert client.post("/api/actors", json=org, headers=AUTH).status_code == 201
    again = client.post("/api/actors", json={**person, "aliases": ["E. Beispiel"]}, headers=AUTH)
    assert again.json()["entries"] == 2  # the same person replaces the entry
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["people"] == [
        {
            "name": "Erika Beispiel",
            "aliases": ["E. Beispiel"],
            "country": "DEU",
            "roles": [{"code": "DEU/GOV", "role": "chancellor", "start": "2026-01-01"}],
            "qid": "Q1",
        }
    ]
    assert data["organisations"] == [
        {"code": "NGO:BEISPIELHILFE", "names": ["Beispielhilfe", "BH e.V."]}
    ]
    try:  # the actors stage reads the file
        from lagebild.actors import build_kb
    except ImportError:
        return
    kb = build_kb([path])
    assert any(a.name == "Erika Beispiel" for a in kb.actors.values())
    assert any(a.code == "NGO:BEISPIELHILFE" for a in kb.actors.values())


# ---------------------------------------------------------------------------- concurrency
def test_api_answers_while_an_ingest_runs(db):
    started, release = threading.Event(), threading.Event()

    def slow(raw):
        started.set()
        assert release.wait(10)
        return text_processor(raw)

    with TestClient(create_app(db, token=TOKEN, processor=slow)) as c:
        job = c.post("/api/documents", json={"text": "langsam"}, headers=AUTH).json()
        assert started.wait(5)
        t0 = time.time()
        for path in ("/api/events", "/api/timeline", "/api/network", "/api/stats", "/"):
            assert c.get(path).status_code == 200
        assert time.time() - t0 < 5
        stats = c.get("/api/stats").json()
        assert stats["ingest"]["busy"] is True and stats["counts"]["documents"] == 5
        release.set()
        assert wait_job(c, job["id"])["status"] == "done"
        assert c.get("/api/stats").json()["counts"]["documents"] == 6


def test_readers_see_committed_state_during_a_write_transaction(db):
    # this test writes around the ingest worker, so the answer cache (which only the worker's
    # writes invalidate) is off
    app = create_app(db, token=TOKEN, processor=text_processor, cache_size=0)
    with TestClient(app) as c:
        writer = app.state.reader.cursor()  # another connection to the same database
        writer.execute("BEGIN TRANSACTION")
        writer.execute("DELETE FROM events WHERE type = 'ASSAULT'")
        # the open write transaction does not block readers; they see the committed state
        assert c.get("/api/events").json()["total"] == 16
        writer.execute("COMMIT")
        assert c.get("/api/events").json()["total"] == 13
        writer.close()


@pytest.mark.slow
def test_ingest_through_the_real_pipeline(tmp_path):
    """POST a German text: it runs through clean, NLP, actors, coding and enrich, and its
    event shows up in the API with the sentence it came from."""
    for stage in ("lagebild.clean", "lagebild.nlp", "lagebild.actors", "lagebild.coding"):
        pytest.importorskip(stage, reason=f"{stage} is not installed")
    with TestClient(create_app(tmp_path / "real.duckdb", token=TOKEN)) as c:
        text = (
            "Russische Truppen haben am Montag die ukrainische Stadt Charkiw mit Raketen "
            "angegriffen. Die Bundesregierung verurteilte den Angriff scharf."
        )
        body = {"text": text, "title": "Angriff auf Charkiw", "date": "2026-11-20", "lang": "de"}
        job = wait_job(c, c.post("/api/documents", json=body, headers=AUTH).json()["id"], 120)
        assert job["status"] == "done", job
        events = c.get("/api/events", params={"type": "ASSAULT"}).json()["items"]
        assert [(e["source"], e["target"]) for e in events] == [("RUS/MIL", "UKR")]
        detail = c.get(f"/api/events/{events[0]['id']}").json()
        assert detail["mentions"][0]["sentence"].startswith("Russische Truppen haben am Montag")


def test_answers_are_cached_until_the_next_write(client):
    first = client.get("/api/events", params={"type": "ASSAULT"})
    again = client.get("/api/events", params={"type": "ASSAULT"})
    assert first.headers["x-cache"] == "miss" and again.headers["x-cache"] == "hit"
    assert first.json() == again.json()
    assert "script-src 'self'" in again.headers["content-security-policy"]
    before = client.get("/api/documents").json()["total"]
    job = client.post("/api/documents", json={"text": "Noch ein Text."}, headers=AUTH).json()
    assert wait_job(client, job["id"])["status"] == "done"
    after = client.get("/api/documents")
    assert after.headers["x-cache"] == "miss" and after.json()["total"] == before + 1
