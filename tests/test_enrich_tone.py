"""Tone on GDELT's scale from the project's own German lexicon."""

from __future__ import annotations

from lagebild.enrich.tone import LEXICON, get_lexicon, tone


def test_lexicon_is_ours_and_documented():
    assert LEXICON.is_file()
    source = (LEXICON.parent / "SOURCE.md").read_text(encoding="utf-8")
    assert "Apache-2.0" in source and "SentiWS" in source  # and why SentiWS is not used


def test_violence_is_negative_agreement_positive():
    assert tone("Bei dem Angriff wurden zwölf Menschen getötet und viele verletzt.") < -10
    assert tone("Beide Länder einigten sich auf eine enge Partnerschaft und Zusammenarbeit.") > 10


def test_compounds_and_inflections_match():
    lex = get_lexicon()
    assert lex.weight("Drohnenangriffen") < 0
    assert lex.weight("Friedensgespräche") != 0 or lex.weight("Friedens") > 0
    assert lex.weight("Freitag") == 0  # 'frei' matches only itself and its endings
    assert lex.weight("Streitkräfte") == 0  # armed forces, not a dispute


def test_negation_flips():
    assert tone("Es gab keine Einigung.") < 0 < tone("Es gab eine Einigung.")


def test_scale_and_empty_text():
    t = tone("Krieg Krieg Krieg")
    assert t == -100.0
    assert tone("") is None and tone("123 456") is None
    neutral = tone("Der Ausschuss tagt am Mittwoch im Rathaus.")
    assert neutral == 0.0


def test_lemmas_from_the_analyzer_are_used():
    import spacy

    from lagebild.enrich.tone import span_scores

    doc = spacy.blank("de")("Die Armee griff das Dorf an.")
    pos, neg, n = span_scores(doc)
    assert neg == 0 and n == 6
    doc[2].lemma_ = "angreifen"
    pos, neg, n = span_scores(doc)
    assert neg == 1.0 and pos == 0


def test_english_lexicon_for_english_documents():
    from lagebild.enrich import enrich
    from lagebild.models import Document

    assert tone("Twelve people were killed in the attack.", "en") < -10
    assert tone("Both sides agreed on a peaceful partnership.", "en") > 10
    doc = Document(source="t", format="text", text="Rebels attacked and killed ten.", language="en")
    enrich(doc, {})
    assert doc.tone < 0
