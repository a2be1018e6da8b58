"""GDELT 2.0 event and mentions exports load with the published column lists and types."""

from __future__ import annotations

import csv

import pandas as pd
import pytest
from export_store import build_store

import lagebild.export  # noqa: F401  (registers the exporters)
from lagebild.export.common import cameo_actor, numeric_id
from lagebild.export.gdelt import read_gdelt_events, read_gdelt_mentions
from lagebild.export.gdelt_columns import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS
from lagebild.registry import exporters

# The GDELT 2.0 event codebook's columns, by position (1-based), spot-checked independently
# of the package's list.
CODEBOOK_SPOTS = {
    1: "GlobalEventID",
    2: "Day",
    5: "FractionDate",
    6: "Actor1Code",
    16: "Actor2Code",
    26: "IsRootEvent",
    27: "EventCode",
    30: "QuadClass",
    31: "GoldsteinScale",
    32: "NumMentions",
    35: "AvgTone",
    36: "Actor1Geo_Type",
    40: "Actor1Geo_ADM2Code",
    43: "Actor1Geo_FeatureID",
    52: "ActionGeo_Type",
    57: "ActionGeo_Lat",
    58: "ActionGeo_Long",
    60: "DATEADDED",
    61: "SOURCEURL",
}


@pytest.fixture(scope="module")
def store():
    s = build_store()
    yield s
    s.close()


def test_column_list_matches_the_codebook():
    names = [c for c, _ in GDELT_EVENT_COLUMNS]
    assert len(names) == 61 and len(set(names)) == 61
    for pos, name in CODEBOOK_SPOTS.items():
        assert names[pos - 1] == name
    assert {t for _, t in GDELT_EVENT_COLUMNS} == {"INTEGER", "FLOAT", "STRING"}
    assert len(GDELT_MENTION_COLUMNS) == 16


def test_gdelt_export_loads_with_the_published_columns(store, tmp_path):
    out = tmp_path / "events.tsv"
    summary = exporters.get("gdelt")(store, out)
    assert summary == "8 events"  # the two hypothetical events are left out
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 8
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert not lines[0].startswith("GlobalEventID")  # no header

    df = read_gdelt_events(out)
    assert list(df.columns) == [c for c, _ in GDELT_EVENT_COLUMNS]
    for name, kind in GDELT_EVENT_COLUMNS:
        expected = {"INTEGER": "Int64", "FLOAT": "float64", "STRING": "string"}[kind]
        assert str(df[name].dtype) == expected, name
    assert df["GlobalEventID"].is_unique and (df["GlobalEventID"] > 0).all()

    assault = df[df["EventCode"] == "190"].sort_values("Day").iloc[0]
    assert assault["Day"] == 20251028 and assault["MonthYear"] == 202510 and assault["Year"] == 2025
    assert assault["Actor1Code"] == "USAMIL" and assault["Actor1CountryCode"] == "USA"
    assert assault["Actor1Type1Code"] == "MIL" and assault["Actor1Name"] == "US-MARINE"
    assert assault["Actor2Code"] == "VEN" and assault["Actor2Name"] == "VENEZUELA"
    assert assault["EventBaseCode"] == "190" and assault["EventRootCode"] == "19"
    assert assault["QuadClass"] == 4 and assault["GoldsteinScale"] == -10.0
    assert (
        assault["NumMentions"] == 2 and assault["NumSources"] == 2 and assault["NumArticles"] == 2
    )
    assert assault["ActionGeo_CountryCode"] == "VE"  # FIPS, as GDELT
    assert assault["ActionGeo_Type"] == 5 and "coast" in assault["ActionGeo_FullName"]
    assert 9 < assault["ActionGeo_Lat"] < 13 and -73 < assault["ActionGeo_Long"] < -60
    assert assault["SOURCEURL"].startswith("https://")
    assert len(str(assault["DATEADDED"])) == 14

    coerce = df[df["EventCode"] == "173"].iloc[0]
    assert coerce["ActionGeo_Type"] == 4 and coerce["ActionGeo_FullName"] == "Istanbul, Turkey"
    assert coerce["ActionGeo_FeatureID"] == "745044" and coerce["ActionGeo_ADM1Code"] == "TU34"

    un = df[df["EventCode"] == "051"].iloc[0]
    assert un["Actor1Code"] == "IGOUNO" and un["Actor1KnownGroupCode"] == "UNO"
    assert un["Actor1Type1Code"] == "IGO" and pd.isna(un["Actor1Geo_Lat"])


def test_gdelt_with_flagged_events_and_plain_csv_reader(store, tmp_path):
    out = tmp_path / "all.tsv"
    exporters.get("gdelt")(store, out, include_flagged=True)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 10 and {len(r) for r in rows} == {61}


def test_mentions_table(store, tmp_path):
    out = tmp_path / "mentions.tsv"
    exporters.get("gdelt-mentions")(store, out)
    df = read_gdelt_mentions(out)
    assert list(df.columns) == [c for c, _ in GDELT_MENTION_COLUMNS]
    assert len(df) == 12  # 4 plain events in each of 3 documents
    events = read_gdelt_events(_events(store, tmp_path))
    assert set(df["GlobalEventID"]) == set(events["GlobalEventID"])
    web = df[df["MentionType"] == 1]
    assert set(web["MentionSourceName"]) == {"news.example.org", "other.example.com"}
    assert (df["SentenceID"] >= 1).all() and df["Confidence"].between(10, 100).all()
    # offsets into the whole document (title + blank line + body), as GDELT counts them
    from export_store import BODY

    title = "Lage in Venezuela"
    assault_id = events.loc[events["EventCode"] == "190", "GlobalEventID"].iloc[0]
    offsets = set(df.loc[df["GlobalEventID"] == assault_id, "ActionCharOffset"])
    assert offsets == {len(title) + 2 + BODY.find("zerstört")}


def _events(store, tmp_path):
    p = tmp_path / "e.tsv"
    exporters.get("gdelt")(store, p)
    return p


def test_actor_codes_and_ids():
    assert cameo_actor("USA/MIL").code == "USAMIL"
    assert cameo_actor("VEN").type1 == ""
    assert cameo_actor("IGO:EU").code == "IGOEEC"
    assert cameo_actor("NGO:AMNESTY").code == "NGOAMN"
    assert cameo_actor(None) is None
    assert numeric_id("eb3a33ce59db9d88") == numeric_id("eb3a33ce59db9d88") < 2**63
    assert numeric_id("not-hex") > 0
