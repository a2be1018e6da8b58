"""The `spacy:<model-or-path>` backend: TIGER trees of spaCy's German models reshaped to the UD
relations the coder reads, and the coder working from them (`lagebild code --nlp spacy:PATH`).

No spaCy German model can be installed here (they are not on PyPI), so the model in these
tests is a blank German pipeline with one component that writes hand-made TIGER analyses, the
way de_core_news_* annotates: PPs headed by the preposition, verb complexes by the finite
auxiliary, coordination chained through the conjunction."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span
from typer.testing import CliRunner

from lagebild.nlp.spacy_backend import _to_ud, load_spacy_model

# word, TIGER tag, UPOS, lemma, head index, TIGER label, entity label
TIGER = {
    "Russland hat die Ukraine angegriffen.": [
        ("Russland", "NE", "PROPN", "Russland", 1, "sb", "LOC"),
        ("hat", "VAFIN", "AUX", "haben", 1, "ROOT", ""),
        ("die", "ART", "DET", "der", 3, "nk", ""),
        ("Ukraine", "NE", "PROPN", "Ukraine", 4, "oa", "LOC"),
        ("angegriffen", "VVPP", "VERB", "angreifen", 1, "oc", ""),
        (".", "$.", "PUNCT", ".", 1, "punct", ""),
    ],
    "Die Stadt Charkiw wurde am Montag von russischen Truppen beschossen.": [
        ("Die", "ART", "DET", "der", 1, "nk", ""),
        ("Stadt", "NN", "NOUN", "Stadt", 3, "sb", ""),
        ("Charkiw", "NE", "PROPN", "Charkiw", 1, "nk", "LOC"),
        ("wurde", "VAFIN", "AUX", "werden", 3, "ROOT", ""),
        ("am", "APPRART", "ADP", "an", 9, "mo", ""),
        ("Montag", "NN", "NOUN", "Montag", 4, "nk", ""),
        ("von", "APPR", "ADP", "von", 9, "sbp", ""),
        ("russischen", "ADJA", "ADJ", "russisch", 8, "nk", ""),
        ("Truppen", "NN", "NOUN", "Truppe", 6, "nk", ""),
        ("beschossen", "VVPP", "VERB", "beschießen", 3, "oc", ""),
        (".", "$.", "PUNCT", ".", 3, "punct", ""),
    ],
    "Russland und Venezuela haben in Moskau ein Abkommen unterzeichnet.": [
        ("Russland", "NE", "PROPN", "Russland", 3, "sb", "LOC"),
        ("und", "KON", "CCONJ", "und", 0, "cd", ""),
        ("Venezuela", "NE", "PROPN", "Venezuela", 1, "cj", "LOC"),
        ("haben", "VAFIN", "AUX", "haben", 3, "ROOT", ""),
        ("in", "APPR", "ADP", "in", 8, "mo", ""),
        ("Moskau", "NE", "PROPN", "Moskau", 4, "nk", "LOC"),
        ("ein", "ART", "DET", "ein", 7, "nk", ""),
        ("Abkommen", "NN", "NOUN", "Abkommen", 8, "oa", ""),
        ("unterzeichnet", "VVPP", "VERB", "unterzeichnen", 3, "oc", ""),
        (".", "$.", "PUNCT", ".", 3, "punct", ""),
    ],
    "Die Lage ist ernst.": [
        ("Die", "ART", "DET", "der", 1, "nk", ""),
        ("Lage", "NN", "NOUN", "Lage", 2, "sb", ""),
        ("ist", "VAFIN", "AUX", "sein", 2, "ROOT", ""),
        ("ernst", "ADJD", "ADJ", "ernst", 2, "pd", ""),
        (".", "$.", "PUNCT", ".", 2, "punct", ""),
    ],
}


def tiger_doc(vocab, text: str) -> Doc:
    rows = TIGER[text]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] != "." for i in range(len(rows))]
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        lemmas=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        deps=[r[5] for r in rows],
        ents=[f"B-{r[6]}" if r[6] else "O" for r in rows],
    )


@Language.component("lagebild_test_tiger_annotator")
def tiger_annotator(doc: Doc) -> Doc:
    """Writes the hand-made TIGER analysis of a known text onto the model's own Doc."""
    ref = tiger_doc(doc.vocab, doc.text)
    assert [t.text for t in doc] == [t.text for t in ref], "tokenisation differs"
    for t, r in zip(doc, ref, strict=True):
        t.tag_, t.pos_, t.lemma_ = r.tag_, r.pos_, r.lemma_
    arr = ref.to_array([HEAD, DEP])
    doc.from_array([HEAD, DEP], arr)
    doc.ents = [Span(doc, e.start, e.end, e.label_) for e in ref.ents]
    return doc


def rels(doc: Doc) -> dict[str, tuple[str, str]]:
    return {t.text: (t.dep_, t.head.text) for t in doc}


# what `_to_ud` must make of each TIGER analysis: word -> (UD relation, head word)
EXPECTED = {
    # perfect tense: the content verb heads the clause, the auxiliary's subject moves to it
    "Russland hat die Ukraine angegriffen.": {
        "angegriffen": ("ROOT", "angegriffen"),
        "hat": ("aux", "angegriffen"),
        "Russland": ("nsubj", "angegriffen"),
        "Ukraine": ("obj", "angegriffen"),
        "die": ("det", "Ukraine"),
    },
    # passive with agent; prepositional phrases headed by their noun
    "Die Stadt Charkiw wurde am Montag von russischen Truppen beschossen.": {
        "beschossen": ("ROOT", "beschossen"),
        "wurde": ("aux:pass", "beschossen"),
        "Stadt": ("nsubj:pass", "beschossen"),
        "Truppen": ("obl:agent", "beschossen"),
        "von": ("case", "Truppen"),
        "russischen": ("amod", "Truppen"),
        "Montag": ("obl", "beschossen"),
        "am": ("case", "Montag"),
        ".": ("punct", "beschossen"),
    },
    # coordination: conjuncts on the first, the conjunction on the conjunct after it
    "Russland und Venezuela haben in Moskau ein Abkommen unterzeichnet.": {
        "Russland": ("nsubj", "unterzeichnet"),
        "Venezuela": ("conj", "Russland"),
        "und": ("cc", "Venezuela"),
        "Moskau": ("obl", "unterzeichnet"),
        "Abkommen": ("obj", "unterzeichnet"),
    },
    # copula "sein": the predicative heads the clause
    "Die Lage ist ernst.": {
        "ernst": ("ROOT", "ernst"),
        "ist": ("cop", "ernst"),
        "Lage": ("nsubj", "ernst"),
    },
}


@pytest.mark.parametrize("text", list(EXPECTED))
def test_tiger_trees_are_reshaped_to_ud(text):
    got = rels(_to_ud(tiger_doc(spacy.blank("de").vocab, text)))
    assert {w: got[w] for w in EXPECTED[text]} == EXPECTED[text]


def test_a_doc_already_in_ud_is_left_alone(tmp_path):
    nlp = spacy.blank("de")
    doc = Doc(
        nlp.vocab,
        words=["Russland", "greift", "an"],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "compound:prt"],
    )
    from lagebild.nlp.spacy_backend import tiger_to_ud

    assert rels(tiger_to_ud(doc))["Russland"] == ("nsubj", "greift")


@pytest.fixture
def tiger_model(tmp_path):
    nlp = spacy.blank("de")
    nlp.add_pipe("lagebild_test_tiger_annotator")
    path = tmp_path / "tiger_model"
    nlp.to_disk(path)
    return path


def test_backend_loads_a_model_path_and_adds_the_converter(tiger_model):
    nlp = load_spacy_model(str(tiger_model))
    assert nlp.pipe_names[-1] == "lagebild_tiger_to_ud"
    r = rels(nlp("Russland hat die Ukraine angegriffen."))
    assert r["Russland"] == ("nsubj", "angegriffen")


def test_unknown_model_is_a_clear_error():
    with pytest.raises(ValueError, match="not installed or not a model path"):
        load_spacy_model("de_no_such_model_xyz")


def test_code_command_codes_events_from_a_spacy_model(tiger_model, tmp_path):
    from lagebild.cli import app

    lines = tmp_path / "in.jsonl"
    texts = {
        "a": "Russland hat die Ukraine angegriffen.",
        "b": "Die Stadt Charkiw wurde am Montag von russischen Truppen beschossen.",
        "c": "Russland und Venezuela haben in Moskau ein Abkommen unterzeichnet.",
        "d": "Die Lage ist ernst.",
    }
    lines.write_text(
        "".join(
            json.dumps({"id": k, "text": v, "date": "2025-10-28"}) + "\n" for k, v in texts.items()
        )
    )
    res = CliRunner().invoke(app, ["code", str(lines), "--nlp", f"spacy:{tiger_model}"])
    assert res.exit_code == 0, res.output
    out = {d["id"]: d["events"] for d in map(json.loads, res.stdout.splitlines())}
    got = {k: {(e["type"], e["source"], e.get("target")) for e in v} for k, v in out.items()}
    assert ("ASSAULT", "RUS", "UKR") in {(t, s and s[:3], g and g[:3]) for t, s, g in got["a"]}
    assert ("ASSAULT", "RUS") in {(t, s and s[:3]) for t, s, _ in got["b"]}
    agree = {(t, s and s[:3], g and g[:3]) for t, s, g in got["c"] if t == "AGREE"}
    assert agree & {("AGREE", "RUS", "VEN"), ("AGREE", "VEN", "RUS")}
    assert got["d"] == set()


def test_code_command_rejects_a_missing_spacy_model(tmp_path):
    from lagebild.cli import app

    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({"id": 1, "text": "Russland greift an."}) + "\n")
    res = CliRunner().invoke(app, ["code", str(lines), "--nlp", "spacy:de_no_such_model_xyz"])
    assert res.exit_code == 2
    assert "not installed" in res.output


def test_ingest_rejects_a_missing_spacy_model_before_reading(tmp_path):
    from lagebild.cli import app

    src = tmp_path / "a.txt"
    src.write_text("Russland hat die Ukraine angegriffen.\n")
    db = tmp_path / "x.duckdb"
    res = CliRunner().invoke(
        app, ["ingest", str(src), "--db", str(db), "--nlp", "spacy:de_no_such_model_xyz", "-q"]
    )
    assert res.exit_code == 2
    assert "not installed" in res.output
    assert not db.exists()


def test_ingest_with_a_spacy_model_stores_its_events(tiger_model, tmp_path):
    from lagebild.api import events, ingest

    src = tmp_path / "a.txt"
    src.write_text("Russland hat die Ukraine angegriffen.\n")
    db = tmp_path / "x.duckdb"
    summary = ingest(src, db=db, nlp=f"spacy:{tiger_model}")
    assert summary.added == 1
    ev = events(db=db)
    assert ("ASSAULT", "RUS", "UKR") in {
        (r.type, str(r.source)[:3], str(r.target)[:3]) for r in ev.itertuples()
    }
