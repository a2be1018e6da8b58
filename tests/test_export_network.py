"""The actor network as GEXF and GraphML, weighted by event counts and signed by quad class."""

from __future__ import annotations

import networkx as nx
import pytest
from export_store import build_store

import lagebild.export  # noqa: F401
from lagebild.export.common import Tables
from lagebild.export.network import actor_network
from lagebild.registry import exporters


@pytest.fixture(scope="module")
def store():
    s = build_store()
    yield s
    s.close()


def test_network_weights_and_signs(store):
    g = actor_network(Tables.from_store(store))
    assert ("TUR", "SYR") not in g.edges  # hypothetical and negated: left out
    agree = g.edges["RUS", "VEN"]
    assert agree["weight"] == 2 and agree["q1"] == 2 and agree["sign"] == 1
    assert agree["mentions"] == 3  # two sources for one event, one for the other
    attack = g.edges["USA/MIL", "VEN"]
    assert attack["sign"] == -1 and attack["signed_weight"] == -2 and attack["goldstein"] == -10.0
    assert g.nodes["USA/MIL"]["country"] == "USA" and g.nodes["USA/MIL"]["sector"] == "MIL"
    assert g.nodes["USA/MIL"]["label"] == "US-Marine"
    assert g.nodes["IGO:UN"]["country"] == ""


@pytest.mark.parametrize("fmt, reader", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_files_read_back(store, tmp_path, fmt, reader):
    out = tmp_path / f"actors.{fmt}"
    summary = exporters.get(fmt)(store, out)
    assert summary.endswith("edges")
    g = reader(out)
    assert g.is_directed()
    assert int(g.edges["USA/MIL", "VEN"]["weight"]) == 2
    assert int(g.edges["USA/MIL", "VEN"]["sign"]) == -1
    assert set(g.nodes) >= {"USA/MIL", "VEN", "RUS", "IGO:UN", "TUR/COP", "TUR/CVL"}
