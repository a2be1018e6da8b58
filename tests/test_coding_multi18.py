"""Session 18 (multi18): sentences that pack several events. Sentences written for these tests
(none is from a gold set).

- rules `reaction-cause` and `reaction-answer` (coding/noun_roles.py `_reaction_target`): what a
  reaction verb answers ("reagierte auf die Strafzölle der USA") was done to its subject; the
  answer ("mit Gegenzöllen") is aimed at the doer of what it answers; an "auf" phrase right
  after the answer, with the answered act named before, is the answer's own target;
- `repair_participle_list` (coding/repair.py): participles listed under one perfect auxiliary
  ("hat X festgenommen, verhört und Y abgeschoben") share its subject;
- the tagger (nlp/tagger.py `verb_repair`): after a fronted subordinate clause closed by its
  finite verb comes the main clause's finite verb ("Nachdem …, verhängten Südkorea und Japan
  …"); a capitalised "Sowohl" opening a sentence is a conjunction."""

from __future__ import annotations

import pytest
from parses import country_pairs

REACTIONS = [
    (
        "Kanada reagierte auf die Strafzölle der USA mit Gegenzöllen.",
        "SANCTION",
        [("USA", "CAN"), ("CAN", "USA")],
    ),
    (
        "Die Europäische Union antwortete auf die Angriffe Russlands auf die Ukraine mit neuen "
        "Sanktionen.",
        "SANCTION",
        [("IGO:EU", "RUS")],
    ),
    (
        "Die Europäische Union antwortete auf die Angriffe Russlands auf die Ukraine mit neuen "
        "Sanktionen.",
        "ASSAULT",
        [("RUS", "UKR")],
    ),
    (
        "Israel reagierte mit Luftangriffen auf den Raketenbeschuss der Hamas.",
        "ASSAULT",
        [("ISR", "PSE"), ("PSE", "ISR")],
    ),
    (
        "Die Türkei reagierte auf den Anschlag in Ankara mit Luftangriffen auf Stellungen der "
        "PKK im Nordirak.",
        "ASSAULT",
        [("TUR", "TUR")],
    ),
]


@pytest.mark.parametrize(("text", "typ", "pairs"), REACTIONS)
def test_reaction_parties(pipe, text, typ, pairs):
    assert sorted(country_pairs(pipe, text, typ)) == sorted(pairs)


def test_reaction_answer_keeps_its_own_target(pipe):
    # the answer names its target: not the doer of what it answers
    text = "Peking reagierte auf die Zölle der USA mit Sanktionen gegen drei japanische Firmen."
    assert ("CHN", "JPN") in country_pairs(pipe, text, "SANCTION")
    assert ("CHN", "USA") not in country_pairs(pipe, text, "SANCTION")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Die georgische Polizei hat Dutzende Demonstranten festgenommen, stundenlang verhört "
            "und zwei ukrainische Aktivisten abgeschoben.",
            [("GEO", "UKR")],
        ),
        (
            "Die ägyptischen Behörden haben einen britischen Reporter festgenommen, verhört und "
            "abgeschoben.",
            [("EGY", "GBR")],
        ),
    ],
)
def test_participle_list_shares_the_subject(pipe, text, pairs):
    got = country_pairs(pipe, text, "COERCE")
    assert all(p in got for p in pairs)


def test_participle_after_comma_with_own_auxiliary_is_a_clause():
    from lagebild.coding.repair import repair_participle_list
    from lagebild.pipeline import Pipeline

    try:
        an = Pipeline().analyzer
    except Exception as exc:  # pragma: no cover - a stage that cannot load here
        pytest.skip(str(exc))
    from lagebild.models import Document

    text = "Die Polizei hat Dutzende Demonstranten festgenommen, Hunderte wurden verletzt."
    doc = Document(source="text", format="text", text=text, language="de")
    doc.finalize_ids()
    sent = next(iter(next(iter(an.analyze(doc).values())).sents))
    assert repair_participle_list(sent) is None


@pytest.mark.parametrize(
    ("text", "typ", "pairs"),
    [
        (
            "Nachdem Nordkorea erneut eine Rakete ins Japanische Meer abgefeuert hatte, "
            "verhängten Südkorea und Japan Sanktionen gegen nordkoreanische Banken.",
            "SANCTION",
            [("KOR", "PRK"), ("JPN", "PRK")],
        ),
        (
            "Sowohl Frankreich als auch Deutschland verurteilten den Angriff Russlands.",
            "ACCUSE",
            [("FRA", "RUS"), ("DEU", "RUS")],
        ),
    ],
)
def test_main_clause_after_fronted_clause(pipe, text, typ, pairs):
    got = country_pairs(pipe, text, typ)
    assert all(p in got for p in pairs)


def test_fronted_clause_verb_tag():
    from lagebild.nlp.tagger import verb_repair

    words = "Nachdem Nordkorea Raketen abgefeuert hatte , verhängten Südkorea und Japan Sanktionen".split()
    tags = "KOUS NE NN VVPP VAFIN $, ADJA NE KON NE NN".split()
    assert verb_repair(words, list(tags))[6] == "VVFIN"
    # no subordinate clause before: an attributive participle stays one
    words = "Er nannte die verhängten Sanktionen , verhängten Zölle".split()
    tags = "PPER VVFIN ART ADJA NN $, ADJA NN".split()
    assert verb_repair(words, list(tags))[6] == "ADJA"


@pytest.mark.parametrize(
    ("text", "typ", "n"),
    [
        # the arson and the abductions are parts of the raid: one ASSAULT
        (
            "Kämpfer der Al-Shabaab-Miliz haben im Süden Somalias ein Dorf überfallen, mehrere "
            "Häuser in Brand gesteckt und Dutzende Bewohner verschleppt.",
            "ASSAULT",
            1,
        ),
        # tear gas beside the arrests: one COERCE
        (
            "Die Polizei in Nairobi nahm Dutzende Demonstranten fest und setzte Tränengas ein.",
            "COERCE",
            1,
        ),
        # a second ban of a named party stays an act of its own
        (
            "Die Regierung in Budapest hat die Partei verboten und das Netzwerk Samidoun aufgelöst.",
            "COERCE",
            2,
        ),
    ],
)
def test_conjunct_part(pipe, text, typ, n):
    assert len(country_pairs(pipe, text, typ)) == n
