"""The actor network for Gephi and other graph tools: GEXF and GraphML.

Nodes are actor codes ('USA/MIL', 'VEN', 'IGO:UN') with label (a name where the store has one),
country and sector. A directed edge source -> target sums the plain events between them
(negated and hypothetical ones are left out): `weight` = number of events, `mentions` = their
mentions, `q1`..`q4` = events per quad class, `cooperation` = q1 + q2, `conflict` = q3 + q4,
`sign` = +1 when cooperation outweighs conflict, -1 when conflict does, 0 on a tie,
`signed_weight` = cooperation − conflict, `goldstein` = mean Goldstein score. Symmetric events
(meetings, agreements, battles) add to the edge in the direction the store gives them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from lagebild.export.common import Tables, is_missing


def actor_network(tables: Tables, include_flagged: bool = False) -> nx.DiGraph:
    if not include_flagged:
        tables = tables.plain()
    g = nx.DiGraph()
    gold: dict[tuple[str, str], list[float]] = {}
    for ev in tables.events.to_dict("records"):
        s, t = ev.get("source"), ev.get("target")
        if is_missing(s) or is_missing(t) or not s or not t:
            continue
        for code, name in ((s, ev.get("source_name")), (t, ev.get("target_name"))):
            if code not in g:
                country, _, sector = str(code).partition("/")
                if ":" in country:
                    country, sector = "", ""
                g.add_node(
                    code,
                    label=str(name) if not is_missing(name) and name else str(code),
                    country=country,
                    sector=sector,
                    events=0,
                )
            g.nodes[code]["events"] += 1
        if not g.has_edge(s, t):
            g.add_edge(
                s, t, weight=0, mentions=0, q1=0, q2=0, q3=0, q4=0, cooperation=0, conflict=0
            )
        e = g.edges[s, t]
        e["weight"] += 1
        e["mentions"] += int(ev.get("num_mentions") or 1)
        q = ev.get("quad_class")
        if not is_missing(q) and int(q) in (1, 2, 3, 4):
            e[f"q{int(q)}"] += 1
            if int(q) <= 2:
                e["cooperation"] += 1
            else:
                e["conflict"] += 1
        if not is_missing(ev.get("goldstein")):
            gold.setdefault((s, t), []).append(float(ev["goldstein"]))
    for s, t, e in g.edges(data=True):
        diff = e["cooperation"] - e["conflict"]
        e["signed_weight"] = diff
        e["sign"] = (diff > 0) - (diff < 0)
        vals = gold.get((s, t))
        e["goldstein"] = round(sum(vals) / len(vals), 3) if vals else 0.0
    return g


def export_gexf(store: Any, output: Path, include_flagged: bool = False, **_: Any) -> str:
    g = actor_network(Tables.from_store(store), include_flagged)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(g, output)
    return f"{g.number_of_nodes()} actors, {g.number_of_edges()} edges"


def export_graphml(store: Any, output: Path, include_flagged: bool = False, **_: Any) -> str:
    g = actor_network(Tables.from_store(store), include_flagged)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(g, output)
    return f"{g.number_of_nodes()} actors, {g.number_of_edges()} edges"
