"""fold's ASCII fast path gives what the full folding gives (issue #5, KB load time)."""

import unicodedata

import pytest

from lagebild.actors.normalize import _QUOTES, fold, form_key


def _reference(text: str) -> str:
    text = text.translate(_QUOTES).replace("ß", "ss").replace("ẞ", "ss").lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


@pytest.mark.parametrize(
    "text",
    [
        "Wladimir Putin",
        "O`Brien",
        "NATO-Gipfel",
        "Selenskyj’s",
        "Straße",
        "GROẞ",
        "Erdoğan",
        "Ñańez",
        "ﬁnanz",
        "Ｔｅｓｔ",
        "Düsseldorfer",
        "a\u0301b",
        "",
        "U.S.",
        "RFE/RL",
    ],
)
def test_fold_matches_reference(text):
    assert fold.__wrapped__(text) == _reference(text)


def test_all_ascii_and_latin1_characters():
    for i in range(0x250):
        c = chr(i)
        assert fold.__wrapped__(c + "X") == _reference(c + "X"), hex(i)


def test_form_key_abbreviations_keep_their_dot():
    assert form_key("U.S. Army") == ("u.s.", "army")
    assert form_key("König Karl XII.") == ("konig", "karl", "xii.")
    assert form_key("Berlin.") == ("berlin", ".")


def test_libyaml_reads_the_actor_files_as_the_python_loader_does():
    """kb, places and ner read data/actors with libyaml's loader when PyYAML has it."""
    from pathlib import Path

    import yaml

    if not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML built without libyaml")
    base = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "data" / "actors"
    for name in ("people.yaml", "regions_de.yaml", "countries_de.yaml", "organisations.yaml"):
        text = (base / name).read_text(encoding="utf-8")
        assert yaml.load(text, Loader=yaml.CSafeLoader) == yaml.safe_load(text), name


def test_build_kb_gives_the_collector_back_as_it_found_it():
    import gc

    from lagebild.actors.kb import build_kb

    assert gc.isenabled()
    kb = build_kb()
    assert gc.isenabled() and kb.forms
    gc.disable()
    try:
        build_kb()
        assert not gc.isenabled()
    finally:
        gc.enable()
