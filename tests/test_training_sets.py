"""evaluation.training: which annotated sets the training scripts may learn from, their folds
and halves."""

from lagebild.evaluation.training import (
    add_counts,
    f1,
    folds,
    halves,
    out_of_fold,
    session_of,
    trainable,
    training_sets,
)

SETS = {name: [] for name in ("lead-check", "lead-check9a", "lead-check12a", "lead-check12b")}


def test_no_pattern_keeps_every_set():
    assert training_sets(SETS, "") == set(SETS)


def test_patterns_leave_the_matching_sets_out():
    assert training_sets(SETS, "lead-check12?") == {"lead-check", "lead-check9a"}
    assert training_sets(SETS, "lead-check12a,lead-check9*") == {"lead-check", "lead-check12b"}


def test_trainable_drops_the_rows_of_excluded_sets(capsys):
    sets = {"a": [{"id": "a1"}, {"id": "a2"}], "b": [{"id": "b1"}]}
    rows = [{"set": "a", "y": 1}, {"set": "b", "y": 0}, {"set": "a", "y": 0}]
    n, (kept, other) = trainable(sets, "b", rows, rows[:1] + rows[1:2])
    assert n == 2 and kept == [rows[0], rows[2]] and other == [rows[0]]
    assert "training only on 1 of 2 sets (2 sentences, 2 rows)" in capsys.readouterr().out
    n, (same,) = trainable(sets, "", rows)
    assert n == 3 and same == rows


def test_folds_hold_out_each_set_once():
    sets = {"a": [{"id": "a1"}, {"id": "a2"}], "b": [{"id": "b1"}]}
    assert [(name, ids) for name, _, ids in folds(sets)] == [("a", ["a1", "a2"]), ("b", ["b1"])]
    rows = [{"set": "a"}, {"set": "b"}]
    assert out_of_fold(rows, "a") == [{"set": "b"}]


def test_session_folds_hold_out_a_sessions_sets_together():
    sets = {
        "lead-check": [{"id": "x"}],
        "lead-check9a": [{"id": "a"}],
        "lead-check12a": [{"id": "b"}],
        "lead-check12b": [{"id": "c"}],
        "lead-check3": [{"id": "d"}],
    }
    got = [(name, ids) for name, _, ids in folds(sets, "session")]
    assert got == [
        ("lead-check", ["x"]),
        ("lead-check9", ["a"]),
        ("lead-check12", ["b", "c"]),
        ("lead-check3", ["d"]),
    ]
    rows = [{"set": "lead-check12a"}, {"set": "lead-check12b"}, {"set": "lead-check9a"}]
    assert out_of_fold(rows, "lead-check12", "session") == [{"set": "lead-check9a"}]
    assert out_of_fold(rows, "lead-check12a") == rows[1:]


def test_forward_folds_score_the_newest_sessions_trained_on_the_earlier_ones():
    sets = {
        "lead-check": [{"id": "x"}],
        "lead-check12a": [{"id": "b"}],
        "lead-check12b": [{"id": "c"}],
        "lead-check3": [{"id": "d"}],
        "lead-check9a": [{"id": "a"}],
        "lead-check10a": [{"id": "e"}],
    }
    assert [session_of(n) for n in sets] == [1, 12, 12, 3, 9, 10]
    # the newest sessions in session order (not file-name order: 10 after 9, 12 after 10)
    got = [(name, ids) for name, _, ids in folds(sets, "forward", 3)]
    assert got == [("lead-check9", ["a"]), ("lead-check10", ["e"]), ("lead-check12", ["b", "c"])]
    assert [name for name, _, _ in folds(sets, "forward", 0)] == []
    rows = [{"set": n} for n in sets]
    # trained on the sessions before the held-out one only: never on it, never on a later one
    assert out_of_fold(rows, "lead-check10", "forward") == [
        {"set": "lead-check"},
        {"set": "lead-check3"},
        {"set": "lead-check9a"},
    ]
    assert out_of_fold(rows, "lead-check3", "forward") == [{"set": "lead-check"}]


def test_counts_f1_and_halves():
    total = [1, 2, 3]
    add_counts(total, (10, 0, 5))
    assert total == [11, 2, 8]
    assert f1(0, 3, 4) == 0.0 and f1(2, 1, 1) == 2 * 2 / (4 + 2)
    assert halves("abcde", 0) == (["b", "d"], ["a", "c", "e"])
    assert halves("abcde", 1) == (["a", "c", "e"], ["b", "d"])


def test_recode_replaces_the_events_and_keeps_each_rule():
    from types import SimpleNamespace

    from lagebild.evaluation.training import recode

    def event(rule):
        return SimpleNamespace(
            gold_dict=lambda: {"type": "CONSULT"}, evidence=SimpleNamespace(rule=rule)
        )

    class Coder:
        def code(self, doc, docs):
            doc.events.append(event(f"verb: source=subj target=obj ({docs})"))

    doc = SimpleNamespace(events=[event("stale")])
    line = recode(Coder(), {"s1": (doc, "d")}, "s1")
    assert line == {
        "id": "s1",
        "events": [{"type": "CONSULT", "rule": "verb: source=subj target=obj (d)"}],
    }


def test_write_weights_writes_what_the_coder_loads(tmp_path, capsys):
    import json

    from lagebild.evaluation.training import write_weights

    path = tmp_path / "m.json"
    write_weights(path, {"bias": 0.5, "weights": {"a": 1.0, "b": -2.0}})
    assert json.loads(path.read_text(encoding="utf-8"))["weights"] == {"a": 1.0, "b": -2.0}
    assert "(2 weights)" in capsys.readouterr().out


def test_pool_parser_has_the_shared_options_and_text():
    from lagebild.evaluation.training import POOL_OPTIONS, pool_parser

    ap = pool_parser("Train a thing.\n\nMore.", "gold files", "lead-check12?")
    args = ap.parse_args(["--cv", "--exclude-train", "lead-check12?"])
    assert args.cv and not args.write and args.exclude_train == "lead-check12?"
    assert args.folds == "set" and ap.parse_args(["--folds", "session"]).folds == "session"
    assert ap.description == "Train a thing." and ap.epilog == POOL_OPTIONS


def test_shipped_value_reads_a_setting_of_the_weights_file(tmp_path):
    from lagebild.evaluation.training import shipped_value

    p = tmp_path / "m.json"
    p.write_text('{"threshold": 0.4, "source": {"threshold": 0.8}, "weights": {}}')
    assert shipped_value(p, "threshold", default=0.5) == 0.4
    assert shipped_value(p, "source", "threshold", default=0.5) == 0.8
    assert shipped_value(p, "source", "threshold_null", default=1.01) == 1.01
    assert shipped_value(p, "threshold", "x", default=1) == 1  # not a dict on the way
    assert shipped_value(tmp_path / "absent.json", "low", default=-1.0) == -1.0
