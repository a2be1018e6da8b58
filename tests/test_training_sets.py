"""evaluation.training.training_sets: which annotated sets the training scripts may learn from."""

from lagebild.evaluation.training import training_sets

SETS = {name: [] for name in ("lead-check", "lead-check9a", "lead-check12a", "lead-check12b")}


def test_no_pattern_keeps_every_set():
    assert training_sets(SETS, "") == set(SETS)


def test_patterns_leave_the_matching_sets_out():
    assert training_sets(SETS, "lead-check12?") == {"lead-check", "lead-check9a"}
    assert training_sets(SETS, "lead-check12a,lead-check9*") == {"lead-check", "lead-check12b"}
