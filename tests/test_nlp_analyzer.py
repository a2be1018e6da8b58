"""The default German analyzer: the UD relations the event coder reads, on simple-to-medium
news sentences (written for these tests, not taken from any gold set)."""

from __future__ import annotations

import pytest

from lagebild.models import Document
from lagebild.nlp import load_analyzer


@pytest.fixture(scope="module")
def nlp():
    return load_analyzer().nlp


def rel(doc, word):
    """(dep, head text) of the first token with this text."""
    for t in doc:
        if t.text == word:
            return t.dep_, t.head.text
    raise AssertionError(f"{word!r} not in {[t.text for t in doc]}")


def test_perfect_tense_v2(nlp):
    doc = nlp(
        "Russische Truppen haben in der Nacht die ukrainische Hafenstadt Odessa mit Drohnen angegriffen."
    )
    assert rel(doc, "Truppen") == ("nsubj", "angegriffen")
    assert rel(doc, "haben") == ("aux", "angegriffen")
    assert rel(doc, "Hafenstadt") == ("obj", "angegriffen")
    assert rel(doc, "Drohnen") == ("obl", "angegriffen")
    assert rel(doc, "mit") == ("case", "Drohnen")
    assert doc[-2].lemma_ == "angreifen"
    assert doc[1].morph.get("Case") == ["Nom"]
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["angegriffen"]


def test_separable_verb_and_genitive(nlp):
    doc = nlp("Der Iran lehnte das Angebot der Internationalen Atomenergiebehörde ab.")
    assert rel(doc, "Iran") == ("nsubj", "lehnte")
    assert rel(doc, "Angebot") == ("obj", "lehnte")
    assert rel(doc, "Atomenergiebehörde") == ("nmod", "Angebot")
    assert rel(doc, "ab") == ("compound:prt", "lehnte")
    assert doc[2].lemma_ == "ablehnen"
    assert doc[7].morph.get("Case") == ["Gen"]


def test_present_with_pp(nlp):
    doc = nlp("Die Europäische Union verhängt neue Sanktionen gegen den Iran.")
    assert rel(doc, "Union") == ("nsubj", "verhängt")
    assert rel(doc, "Sanktionen") == ("obj", "verhängt")
    assert rel(doc, "Iran")[0] in ("obl", "nmod")
    assert rel(doc, "gegen") == ("case", "Iran")


def test_passive_with_prefield_pp(nlp):
    doc = nlp(
        "Bei einem Luftangriff der saudisch geführten Koalition im Jemen wurden mindestens 20 Zivilisten getötet."
    )
    assert rel(doc, "Zivilisten") == ("nsubj:pass", "getötet")
    assert rel(doc, "wurden") == ("aux:pass", "getötet")
    assert rel(doc, "Koalition") == ("nmod", "Luftangriff")
    assert rel(doc, "Luftangriff") == ("obl", "getötet")


def test_passive_agent(nlp):
    doc = nlp("Die Stadt wurde von russischen Truppen eingenommen.")
    assert rel(doc, "Stadt") == ("nsubj:pass", "eingenommen")
    assert rel(doc, "Truppen") == ("obl:agent", "eingenommen")
    assert "Pass" in doc[-2].morph.get("Voice")


def test_coordination_and_zu_infinitive(nlp):
    doc = nlp("Indien und Pakistan vereinbarten, den Grenzhandel wieder aufzunehmen.")
    assert rel(doc, "Indien") == ("nsubj", "vereinbarten")
    assert rel(doc, "Pakistan") == ("conj", "Indien")
    assert rel(doc, "und") == ("cc", "Pakistan")
    assert rel(doc, "aufzunehmen") == ("xcomp", "vereinbarten")
    assert rel(doc, "Grenzhandel") == ("obj", "aufzunehmen")


def test_negated_zu_perfect(nlp):
    doc = nlp("Russland bestreitet, Chemiewaffen eingesetzt zu haben.")
    assert rel(doc, "Russland") == ("nsubj", "bestreitet")
    assert rel(doc, "eingesetzt") == ("xcomp", "bestreitet")
    assert rel(doc, "Chemiewaffen") == ("obj", "eingesetzt")
    assert rel(doc, "haben") == ("aux", "eingesetzt")


def test_dative_object_and_particle(nlp):
    doc = nlp(
        "Die Vereinten Nationen warfen der Militärjunta in Myanmar schwere Menschenrechtsverletzungen vor."
    )
    assert rel(doc, "Nationen") == ("nsubj", "warfen")
    assert rel(doc, "Militärjunta") == ("iobj", "warfen")
    assert rel(doc, "Menschenrechtsverletzungen") == ("obj", "warfen")
    assert doc[3].lemma_ == "vorwerfen"


def test_relative_clause_and_split_prefield(nlp):
    doc = nlp("Die Soldaten, die in der Stadt stationiert waren, zogen sich am Montag zurück.")
    assert rel(doc, "Soldaten") == ("nsubj", "zogen")
    assert rel(doc, "stationiert") == ("acl:relcl", "Soldaten")
    assert doc[10].lemma_ == "zurückziehen"


def test_subordinate_clause_and_negation(nlp):
    doc = nlp("Die USA wollen keine Truppen schicken, weil der Konflikt nicht eskalieren soll.")
    assert rel(doc, "USA") == ("nsubj", "schicken")
    assert rel(doc, "wollen") == ("aux", "schicken")
    assert rel(doc, "Truppen") == ("obj", "schicken")
    assert rel(doc, "keine") == ("det", "Truppen")
    assert rel(doc, "eskalieren") == ("advcl", "schicken")
    assert rel(doc, "weil") == ("mark", "eskalieren")
    assert rel(doc, "nicht") == ("advmod", "eskalieren")
    assert rel(doc, "Konflikt") == ("nsubj", "eskalieren")


def test_reported_speech_konjunktiv(nlp):
    doc = nlp("Der Minister sagte, Russland habe die Waffen nicht geliefert.")
    assert rel(doc, "geliefert") == ("ccomp", "sagte")
    assert rel(doc, "Russland") == ("nsubj", "geliefert")
    habe = doc[5]
    assert habe.morph.get("Mood") == ["Sub"]


def test_konjunktiv_two(nlp):
    doc = nlp("Ein Angriff würde einen Krieg auslösen.")
    assert doc[2].morph.get("Mood") == ["Sub"]
    assert rel(doc, "Angriff") == ("nsubj", "auslösen")
    assert rel(doc, "Krieg") == ("obj", "auslösen")


def test_object_first(nlp):
    doc = nlp("Den Angriff verurteilte die Bundesregierung scharf.")
    assert rel(doc, "Angriff") == ("obj", "verurteilte")
    assert rel(doc, "Bundesregierung") == ("nsubj", "verurteilte")


def test_each_sentence_is_one_tree(nlp):
    text = "„Wir werden nicht aufgeben“, sagte Selenskyj am 28. Oktober in Kiew. Die Lage bleibt angespannt."
    doc = nlp(text)
    sents = list(doc.sents)
    assert len(sents) == 2
    for s in sents:
        roots = [t for t in s if t.head == t]
        assert len(roots) == 1
    assert rel(doc, "Selenskyj") == ("nsubj", "sagte")


def test_entities(nlp):
    doc = nlp(
        "Die russische Armee griff die Ukraine an, sagte Präsident Wolodymyr Selenskyj in Kiew."
    )
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Ukraine", "LOC") in ents
    assert ("Kiew", "LOC") in ents
    assert ("russische", "MISC") in ents
    assert ("Wolodymyr Selenskyj", "PER") in ents


def test_analyze_document_sections():
    analyzer = load_analyzer()
    doc = Document(
        source="t",
        format="text",
        title="Angriff auf Odessa",
        teaser="Russland greift an.",
        text="Am 28. Oktober griff Russland die Stadt an. Dr. Müller sagte, die Lage sei ernst.\nFoto: dpa",
    )
    docs = analyzer.analyze(doc)
    assert set(docs) == {"title", "teaser", "body"}
    texts = [(s.section, s.text) for s in doc.sentences]
    assert texts == [
        ("title", "Angriff auf Odessa"),
        ("teaser", "Russland greift an."),
        ("body", "Am 28. Oktober griff Russland die Stadt an."),
        ("body", "Dr. Müller sagte, die Lage sei ernst."),
        ("body", "Foto: dpa"),
    ]
    assert [s.idx for s in doc.sentences] == [0, 1, 2, 3, 4]
    for s in doc.sentences:
        assert doc.section_text(s.section)[s.start : s.end] == s.text


def test_load_analyzer_is_cached_and_registered():
    from lagebild.registry import nlp_backends

    assert load_analyzer() is load_analyzer("default", "de")
    assert "default" in nlp_backends and "spacy" in nlp_backends
    with pytest.raises(KeyError):
        load_analyzer("nosuchbackend")


def test_relative_pronoun_agrees_with_antecedent(nlp):
    doc = nlp("Die Soldaten, die Russland in die Region geschickt hat, sollen abziehen.")
    assert rel(doc, "Soldaten") == ("nsubj", "abziehen")
    assert rel(doc, "geschickt") == ("acl:relcl", "Soldaten")
    assert rel(doc, "Russland") == ("nsubj", "geschickt")
    assert doc[3].dep_ == "obj" and doc[3].pos_ == "PRON"


def test_relative_clause_with_dative_pronoun(nlp):
    doc = nlp("Der Politiker, dem die Regierung Korruption vorwirft, wurde festgenommen.")
    assert rel(doc, "Politiker") == ("nsubj:pass", "festgenommen")
    assert rel(doc, "dem") == ("iobj", "vorwirft")
    assert rel(doc, "Regierung") == ("nsubj", "vorwirft")
    assert rel(doc, "Korruption") == ("obj", "vorwirft")


def test_numbers_with_mehr_als(nlp):
    doc = nlp("Bei dem Angriff kamen mehr als 50 Menschen ums Leben.")
    assert rel(doc, "Menschen") == ("nsubj", "kamen")
    assert rel(doc, "50") == ("nummod", "Menschen")


def test_conjoined_clause_shares_subject(nlp):
    doc = nlp("Die Armee griff die Stadt an und nahm mehrere Dörfer ein.")
    assert rel(doc, "nahm") == ("conj", "griff")
    assert rel(doc, "Dörfer") == ("obj", "nahm")
    assert doc[7].lemma_ == "einnehmen"


def test_comma_less_infinitive(nlp):
    doc = nlp("Die Regierung schickte Truppen um die Grenze zu sichern.")
    assert rel(doc, "Truppen") == ("obj", "schickte")
    assert rel(doc, "sichern") == ("advcl", "schickte")
    assert rel(doc, "um") == ("mark", "sichern")
    assert rel(doc, "Grenze") == ("obj", "sichern")
