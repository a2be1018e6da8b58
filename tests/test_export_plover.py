"""PLOVER JSON Lines validate against the schema written from the PLOVER manual."""

from __future__ import annotations

import json

import pytest
from export_store import build_store

import lagebild.export  # noqa: F401
from lagebild.export.plover import SCHEMA_PATH, plover_schema
from lagebild.registry import exporters

jsonschema = pytest.importorskip("jsonschema")


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    store = build_store()
    out = tmp_path_factory.mktemp("plover") / "events.jsonl"
    assert exporters.get("plover")(store, out) == "10 events"
    store.close()
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_schema_ships_in_the_package_and_is_valid():
    assert SCHEMA_PATH.is_file()
    schema = plover_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert set(schema["required"]) == {"id", "date", "source", "event"}


def test_export_validates(records):
    validator = jsonschema.Draft202012Validator(plover_schema())
    for rec in records:
        errors = sorted(validator.iter_errors(rec), key=str)
        assert not errors, errors[0].message


def test_schema_rejects_broken_records(records):
    validator = jsonschema.Draft202012Validator(plover_schema())
    bad = dict(records[0], event=["SHOUT"])
    assert not validator.is_valid(bad)
    missing = {k: v for k, v in records[0].items() if k != "source"}
    assert not validator.is_valid(missing)
    assert not validator.is_valid(dict(records[0], date="28.10.2025"))


def test_fields(records):
    assault = next(r for r in records if r["event"] == ["ASSAULT"])
    assert assault["source"][0] == {
        "lagebild_code": "USA/MIL",
        "code": "USA",
        "sector": "MIL",
        "identifier_text": "US-Marine",
    }
    assert assault["actor"] == assault["source"]
    assert assault["recipient"][0]["code"] == "VEN"
    loc = assault["event_loc"]
    assert loc["cc3"] == "VEN" and loc["country code"] == "VE" and loc["precision"] == "region"
    assert assault["event_text"] and "Küste" in assault["event_text"][0]
    assert assault["quad_code"] == 4 and assault["event_scale"] == -10.0
    assert assault["text_info"]["section"] == "body" and assault["text_info"]["start"] >= 0
    assert assault["cite_info"]["url"].startswith("https://")
    un = next(r for r in records if r["event"] == ["SUPPORT"])
    assert un["source"][0]["code"] == "IGO" and un["source"][0]["identifier_text"] == "UN"
    flagged = [r for r in records if r["event"] == ["MOBILIZE"]]
    assert flagged and all(r["negated"] and r["hypothetical"] for r in flagged)
