"""`lagebild eval events` scores exactly as the reference scorer (shared/tools/score_events.py)."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.evaluation.events import reference_line, score

GOLD = [
    {
        "id": "g1",
        "text": "A",
        "events": [
            {"type": "AGREE", "source": "RUS", "target": "VEN", "symmetric": True},
            {"type": "ASSAULT", "source": "USA/MIL", "target": None},
        ],
    },
    {
        "id": "g2",
        "text": "B",
        "events": [
            {"type": "AID", "source": "DEU", "target": "UKR", "negated": True},
            {"type": "REJECT", "source": "DEU/GOV", "target": "UKR"},
        ],
    },
    {
        "id": "g3",
        "text": "C",
        "events": [
            {"type": "SUPPORT", "source": "RUS", "target": "VEN/GOV"},
            {"type": "ACCUSE", "source": "IGO:UNO", "target": "PRK", "optional": True},
        ],
    },
    {"id": "g4", "text": "D", "events": []},
    {
        "id": "g5",
        "text": "E",
        "events": [{"type": "PROTEST", "source": "SRB/CVL", "target": "SRB"}],
    },
]
PRED = [
    {
        "id": "g1",
        "events": [
            {"type": "AGREE", "source": "VEN", "target": "RUS/GOV"},  # symmetric: either order
            {"type": "ASSAULT", "source": "USA/GOV", "target": "VEN"},  # null gold target: any
            {"type": "ASSAULT", "source": "USA", "target": "VEN", "hypothetical": True},  # neutral
        ],
    },
    {
        "id": "g2",
        "events": [
            {"type": "AID", "source": "DEU", "target": "UKR"},  # plain, gold negated: false
            {"type": "REJECT", "source": "DEU", "target": None},  # target missing: wrong
        ],
    },
    {
        "id": "g3",
        "events": [
            {"type": "SUPPORT", "source": "RUS", "target": "VEN"},
            {"type": "ACCUSE", "source": "IGO:UN", "target": "PRK"},  # optional: neutral
        ],
    },
    {"id": "g4", "events": [{"type": "COERCE", "source": "DEU", "target": None}]},
    # g5: no prediction line at all
]


def test_score_counts_by_hand():
    sc = score(GOLD, PRED)
    assert (sc.tp, sc.fp, sc.fn) == (3, 3, 2)
    assert sc.missing == 1
    f = sc.figures()
    assert f["per_type"]["AGREE"]["tp"] == 1 and f["per_type"]["AID"]["fp"] == 1
    assert f["per_type"]["PROTEST"]["fn"] == 1
    assert sc.sector_n == 1 and sc.sector_ok == 0  # USA/MIL matched by USA/GOV
    assert {m["id"] for m in sc.misses} == {"g2", "g5"}
    assert [x["why"] for x in sc.false if x["id"] == "g2"] == ["flagged-in-gold", "spurious"]


def test_agrees_with_reference_scorer(shared_dir, tmp_path):
    ref = shared_dir / "tools" / "score_events.py"
    g, p = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    g.write_text("".join(json.dumps(x) + "\n" for x in GOLD), encoding="utf-8")
    p.write_text("".join(json.dumps(x) + "\n" for x in PRED), encoding="utf-8")
    out = (
        subprocess.run(
            [sys.executable, str(ref), str(g), str(p)], capture_output=True, text=True, check=True
        )
        .stdout.strip()
        .splitlines()
    )
    sc = score(GOLD, PRED)
    assert out[-1] == reference_line(sc)
    assert out[0].endswith(f"events tp {sc.tp} fp {sc.fp} fn {sc.fn}")


def test_cli_with_predictions(tmp_path):
    g, p = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    g.write_text("".join(json.dumps(x) + "\n" for x in GOLD), encoding="utf-8")
    p.write_text("".join(json.dumps(x) + "\n" for x in PRED), encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", "events", str(g), "--pred", str(p)])
    assert res.exit_code == 0, res.output
    last = json.loads(res.output.strip().splitlines()[-1])
    assert (last["tp"], last["fp"], last["fn"]) == (3, 3, 2)
    assert "missed (2)" in res.output and "flagged-in-gold" in res.output
    assert "strict F1 0.545" in res.output


def test_cli_missing_file(tmp_path):
    res = CliRunner().invoke(app, ["eval", "events", str(tmp_path / "nope.jsonl")])
    assert res.exit_code == 2
