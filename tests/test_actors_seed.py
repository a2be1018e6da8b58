"""Every actor of the seed article resolves correctly (needs ../shared/seeds)."""

from __future__ import annotations

import re
from datetime import date

import spacy

from lagebild.actors import load_resolver
from lagebild.models import Document

EXPECTED = [
    ("title", "Trump", "USA/GOV"),
    ("title", "Venezuela", "VEN"),
    ("title", "Putin", "RUS/GOV"),
    ("teaser", "Donald Trump", "USA/GOV"),
    ("teaser", "sein Land", "USA"),
    ("teaser", "er", "USA/GOV"),
    ("teaser", "seinem Militär", "USA/MIL"),
    ("teaser", "Drogenschmuggler", "VEN/CRM"),
    ("teaser", "Banden", "VEN/CRM"),
    ("teaser", "Kreml-Chef Putin", "RUS/GOV"),
    ("teaser", "Washington", "USA/GOV"),
    ("body", "Trumps Streitkräfte", "USA/MIL"),
    ("body", "Venezuelas", "VEN"),
    ("body", "die Vereinigten Staaten", "USA"),
    ("body", "Venezuelas Präsident Nicolás Maduro", "VEN/GOV"),
    ("body", "Präsident Maduro", "VEN/GOV"),
    ("body", "der Nachrichtenagentur Tass", "RUS/MED"),
    ("body", "Russland", "RUS"),
    ("body", "der russische Parlamentschef Wjatscheslaw Wolodin", "RUS/LEG"),
    ("body", "Maduros", "VEN/GOV"),
    ("body", "UN-Sicherheitsrat", "IGO:UN"),
    ("body", "Moskau", "RUS/GOV"),
    ("body", "Russische Kriegsschiffe", "RUS/MIL"),
    ("body", "Bomber", "RUS/MIL"),
]


def read_seed(path) -> Document:
    paras = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    m = re.match(r"date (\d{4}-\d\d-\d\d)\s+(.*)", paras[0], re.S)
    day = date.fromisoformat(m.group(1)) if m else None
    teaser = m.group(2) if m else paras[0]
    return Document(source=str(path), format="text", date=day, teaser=teaser, title=paras[1],
                    text=paras[2])  # fmt: skip


def test_seed_actors(seed_file):
    document = read_seed(seed_file)
    nlp = spacy.blank("de")
    docs = {s: nlp(document.section_text(s)) for s in ("title", "teaser", "body")}
    load_resolver().annotate(document, docs)
    got = {(e.section, e.text): e.actor.code for e in document.entities}
    wrong = [(s, t, c, got.get((s, t))) for s, t, c in EXPECTED if got.get((s, t)) != c]
    assert not wrong, wrong
    # every entity points at its own text
    for e in document.entities:
        assert document.section_text(e.section)[e.start : e.end] == e.text
