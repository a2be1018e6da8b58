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


@pytest.mark.parametrize(
    "text, expected",
    [
        # years, times, scores and words with digits at the end of a sentence
        ("Das geschah im November 2001. Besonders schlimm war es.", 2),
        ("Er kam um 17:35. Dann ging er.", 2),
        ("Müller traf nach 14 Minuten zum 1:0. Danach wurde es ruhig.", 2),
        ("Die Wahl ist 2026. Die Parteien rüsten sich.", 2),
        # ordinals after articles and prepositions, before months and counted nouns
        ("Er feierte seinen 80. Geburtstag in Bonn.", 1),
        ("Der Verein steigt in die 2. Bundesliga ab.", 1),
        ("Zum 1. FC Köln wechselte er im Sommer.", 1),
        ("Im 19. Jahrhundert wuchs die Stadt.", 1),
        ("Das Team landete auf Rang 5. Trainer Müller war enttäuscht.", 2),
        ("Alle bekommen ein volles 13. Monatsgehalt.", 1),
        # abbreviations
        ("Die Firma verlor rund 126 Mill. Euro im Jahr.", 1),
        ("Das Werk kostet 5 Mio. Die Stadt zahlt die Hälfte.", 2),
        ("J. F. Kennedy wurde 1963 erschossen.", 1),
        ("Prof. Dr. Meier und St. Petersburg sind gemeint, vgl. Nr. 5.", 1),
        ("Gegründet wurde Google Inc. Danach kam der Börsengang.", 2),
        ("Er bekommt Hartz IV. Das reicht nicht.", 2),
        # a question inside brackets
        ("Man habe schon 500 (verunsicherte?) Kunden abgeworben.", 1),
    ],
)
def test_numbers_ordinals_abbreviations(tok, text, expected):
    assert len(sents(tok, text)) == expected, sents(tok, text)


def test_a_final_period_on_a_number_is_split_off(tok):
    doc = split_sentences(tok.make_doc("Das geschah 2001. Dann kam er."))
    assert [t.text for t in doc][:4] == ["Das", "geschah", "2001", "."]
    assert [s.text for s in doc.sents] == ["Das geschah 2001.", "Dann kam er."]


def test_quotes_that_open_the_next_sentence(tok):
    text = "Er schwieg. «Wir hatten uns mehr erhofft.» Das sagte er. »Nein«, rief sie."
    assert sents(tok, text) == [
        "Er schwieg.",
        "«Wir hatten uns mehr erhofft.»",
        "Das sagte er.",
        "»Nein«, rief sie.",
    ]


def test_bullets_and_lines(tok):
    text = "Die Lage am Morgen:\n· Kiew meldet Angriffe\n· Moskau schweigt\nMehr dazu später."
    assert sents(tok, text) == [
        "Die Lage am Morgen:",
        "· Kiew meldet Angriffe",
        "· Moskau schweigt",
        "Mehr dazu später.",
    ]


def test_page_layout(tok):
    # a hard-wrapped line of running text is no boundary; a short caption stub is
    text = (
        "Die Firma war im Geschäftsjahr 2015 erneut sehr erfolgreich in den\n"
        "europäischen Märkten. Bild von\nCoburg - Der Umsatz stieg.\n+\nMehr dazu"
    )
    assert sents(tok, text) == [
        "Die Firma war im Geschäftsjahr 2015 erneut sehr erfolgreich in den\neuropäischen Märkten.",
        "Bild von",
        "Coburg - Der Umsatz stieg.\n+",  # a line of punctuation only joins the line before
        "Mehr dazu",
    ]


def test_glued_periods_and_omissions(tok):
    text = (
        "Mehr bei BahnMarkt.EU und Bertel.O.Steen ab 02...45 Uhr. Er sagte es. (...) Dann ging er."
    )
    assert sents(tok, text) == [
        "Mehr bei BahnMarkt.EU und Bertel.O.Steen ab 02...45 Uhr.",
        "Er sagte es. (...)",
        "Dann ging er.",
    ]
    assert sents(tok, "Die Umleitung führt über die Benzstraße.Foto: Stadt") == [
        "Die Umleitung führt über die Benzstraße.",
        "Foto: Stadt",
    ]


def test_an_initial_before_a_pronoun_ends_the_sentence(tok):
    assert len(sents(tok, "Wir sind alle unter Schock, sagt Manuela J. Sie arbeitet dort.")) == 2
    assert len(sents(tok, "Das sagte J. F. Kennedy in Berlin.")) == 1
