"""Sentence splitting on news text: abbreviations, dates, quotes, captions."""

from __future__ import annotations

import pytest
import spacy

from lagebild.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def tok():
    return spacy.blank("de")


def sents(tok, text):
    return [s.text.strip() for s in split_sentences(tok.make_doc(text)).sents if s.text.strip()]


def test_dates_and_abbreviations(tok):
    text = "Am 28. Oktober 2024 griff die Armee an. Dr. Müller sagte, es gebe z. B. keine Hilfe."
    assert sents(tok, text) == [
        "Am 28. Oktober 2024 griff die Armee an.",
        "Dr. Müller sagte, es gebe z. B. keine Hilfe.",
    ]


def test_quotes_stay_with_their_sentence(tok):
    text = "„Wir werden nicht aufgeben.“ Das sagte der Präsident. Er fragte: „Warum?“ Niemand antwortete."
    assert sents(tok, text) == [
        "„Wir werden nicht aufgeben.“",
        "Das sagte der Präsident.",
        "Er fragte: „Warum?“",
        "Niemand antwortete.",
    ]


def test_captions_and_headlines_without_final_punctuation(tok):
    text = "Explosion in Kiew\nMindestens drei Menschen starben. Die Polizei ermittelt.\nFoto: dpa"
    assert sents(tok, text) == [
        "Explosion in Kiew",
        "Mindestens drei Menschen starben.",
        "Die Polizei ermittelt.",
        "Foto: dpa",
    ]


def test_ordinal_at_sentence_end(tok):
    text = "Das Team landete auf Platz 1. Im nächsten Jahr will es den Titel verteidigen."
    assert len(sents(tok, text)) == 2


def test_ordinal_in_sentence(tok):
    text = "Bis zum 3. März sollen die Truppen abziehen, teilte das Ministerium am 1. Februar mit."
    assert len(sents(tok, text)) == 1


def test_question_exclamation_and_lowercase_continuation(tok):
    text = "Was nun? Die Antwort ist unklar! Seit dem 2. und 3. Mai wird verhandelt."
    assert sents(tok, text) == [
        "Was nun?",
        "Die Antwort ist unklar!",
        "Seit dem 2. und 3. Mai wird verhandelt.",
    ]
