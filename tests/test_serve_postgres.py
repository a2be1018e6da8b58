"""`lagebild serve --db postgresql://…`: the REST API on a PostgreSQL store gives the same
answers as on the DuckDB store holding the same documents, and writes through its queue."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402
from test_serve_api import AUTH, TOKEN, build_store, text_processor  # noqa: E402

from lagebild.serve import create_app  # noqa: E402

READS = [
    ("/api/events", {}),
    ("/api/events", {"limit": 5, "offset": 3}),
    ("/api/events", {"sort": "goldstein"}),
    ("/api/events", {"sort": "-num_mentions", "limit": 7}),
    ("/api/events", {"sort": "type"}),
    ("/api/events", {"type": ["ASSAULT", "CONSULT"]}),
    ("/api/events", {"actor": ["VEN/COP", "IGO:UN"]}),
    ("/api/events", {"country": "RUS", "sector": "MIL"}),
    ("/api/events", {"sector": "REB"}),
    ("/api/events", {"quad_class": [1, 2], "since": "2026-11-03"}),
    ("/api/events", {"place": "UKR"}),
    ("/api/events", {"q": "hamas"}),
    ("/api/events", {"q": "100%"}),
    ("/api/events", {"flagged": "only"}),
    ("/api/events", {"flagged": "exclude", "min_confidence": 0.5}),
    ("/api/actors", {"limit": 100}),
    ("/api/actors", {"search": "hamas"}),
    ("/api/actors", {"type": "ASSAULT", "flagged": "include"}),
    ("/api/network", {}),
    ("/api/network", {"group": "country"}),
    ("/api/network", {"type": "CONSULT"}),
    ("/api/timeline", {}),
    ("/api/timeline", {"by": "quad_class", "flagged": "include"}),
    ("/api/timeline", {"interval": "week"}),
    ("/api/timeline", {"interval": "auto"}),
    ("/api/map", {}),
    ("/api/map", {"flagged": "include"}),
    ("/api/documents", {}),
    ("/api/documents", {"q": "Waffenruhe"}),
    ("/api/documents", {"since": "2026-11-04", "limit": 2}),
    ("/api/stats", {}),
]


@pytest.fixture(scope="module")
def clients(pg_cluster, tmp_path_factory):
    duck = build_store(tmp_path_factory.mktemp("serve") / "sample.duckdb")
    pg = pg_cluster.new_store_url()
    build_store(pg)
    apps = [
        create_app(db, token=TOKEN, processor=text_processor, cache_size=0) for db in (duck, pg)
    ]
    assert [x.state.store.backend for x in apps] == ["duckdb", "postgres"]
    with TestClient(apps[0]) as a, TestClient(apps[1]) as b:
        assert a.get("/api/events").json()["total"] == 16
        yield a, b


@pytest.mark.parametrize("path, params", READS)
def test_same_answers_on_both_backends(clients, path, params):
    duck, pg = clients
    a, b = duck.get(path, params=params), pg.get(path, params=params)
    assert a.status_code == b.status_code == 200, (a.text, b.text)
    a, b = a.json(), b.json()
    if path == "/api/events":
        # events whose sort key ties come in storage order on DuckDB (cheap on a million
        # rows), by id on PostgreSQL: the same keys in the same order, the same events
        key = params.get("sort", "-date").lstrip("-")
        assert [e[key] for e in a.pop("items")] == [e[key] for e in b["items"]]
        if params.get("offset", 0) == 0 and a["total"] <= a["limit"]:
            full = duck.get(path, params=params).json()["items"]
            assert sorted(full, key=lambda e: e["id"]) == sorted(b["items"], key=lambda e: e["id"])
        b.pop("items")
    assert a == b


def test_event_and_document_details_match(clients):
    duck, pg = clients
    events = duck.get("/api/events", params={"limit": 100}).json()["items"]
    for e in events:
        assert duck.get(f"/api/events/{e['id']}").json() == pg.get(f"/api/events/{e['id']}").json()
    clock = ("added_at", "updated_at")
    for d in duck.get("/api/documents", params={"limit": 100}).json()["items"]:
        a = duck.get(f"/api/documents/{d['id']}").json()
        b = pg.get(f"/api/documents/{d['id']}").json()
        assert {k: v for k, v in a.items() if k not in clock} == {
            k: v for k, v in b.items() if k not in clock
        }
    assert pg.get("/api/events/nope").status_code == 404


def test_ingest_through_the_queue_on_postgres(pg_cluster):
    url = pg_cluster.new_store_url()
    with TestClient(create_app(url, token=TOKEN, processor=text_processor)) as client:
        before = client.get("/api/documents").json()["total"]
        r = client.post(
            "/api/documents",
            json={"text": "Ein neuer Text über etwas ganz anderes.", "title": "Neu"},
            headers=AUTH,
        )
        assert r.status_code == 202, r.text
        job_id = r.json()["id"]
        end = time.time() + 10
        while time.time() < end:
            job = client.get(f"/api/jobs/{job_id}").json()
            if job["status"] in ("done", "failed"):
                break
            time.sleep(0.05)
        assert job["status"] == "done", job
        again = client.get("/api/documents")
        assert again.json()["total"] == before + 1 and again.headers["x-cache"] == "miss"


def test_cached_answers_end_with_a_write_from_another_process(pg_cluster):
    """Other processes may write to a PostgreSQL store: a cached answer holds only until any
    write commits (the key is the database's snapshot, not the server's own counter)."""
    from store_factory import make_doc

    from lagebild.store import open_store

    url = pg_cluster.new_store_url()
    build_store(url)
    with TestClient(create_app(url, processor=text_processor)) as client:
        first = client.get("/api/events")
        again = client.get("/api/events")
        assert first.headers["x-cache"] == "miss" and again.headers["x-cache"] == "hit"
        assert again.json() == first.json()
        with open_store(url) as other:  # e.g. `lagebild ingest --db URL` elsewhere
            other.add(make_doc())
        after = client.get("/api/events")
        assert after.headers["x-cache"] == "miss"
        assert after.json()["total"] == first.json()["total"] + 2
        assert client.get("/api/events").headers["x-cache"] == "hit"


def test_serve_cli_refuses_an_unreachable_server_in_one_line():
    from typer.testing import CliRunner

    from lagebild.cli import app

    bad = "postgresql://ann:geheim@/x?host=/nonexistent-dir&connect_timeout=2"
    r = CliRunner().invoke(app, ["serve", "--db", bad])
    assert r.exit_code == 1
    assert "geheim" not in r.stderr and "cannot connect" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
