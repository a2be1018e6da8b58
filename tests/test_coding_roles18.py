"""Who is source and who is target (session 18, helper roles18, issue #5). Sentences of our own.

- rule `act-patient`: a stance on an act named by its noun targets the act's doer, not whom it
  was done to ("verurteilte die Festnahme zweier Journalisten im Iran" → IRN, not USA);
- rule `blamed` without "für" ("…; die Armee machte Dissidenten verantwortlich") and for the act
  someone is said to be behind ("X stehe hinter der Serie von Sabotageakten");
- rule `fronted-stance-object`: a claim, demand, offer or decision before the finite verb of a
  stance verb is its object ("Das Angebot der USA lehnte Teheran ab")."""

from __future__ import annotations

import pytest

from tests.parses import plain_countries

ACT_PATIENT = [
    (
        "Das Weiße Haus verurteilte die Festnahme zweier amerikanischer Journalisten im Iran.",
        ("ACCUSE", "USA", "IRN"),
        ("ACCUSE", "USA", "USA"),
    ),
    (
        "Die Bundesregierung kritisierte die Verhaftung eines deutschen Staatsbürgers in der Türkei.",
        ("ACCUSE", "DEU", "TUR"),
        ("ACCUSE", "DEU", "DEU"),
    ),
    (
        "Die Europäische Union begrüßte die Begnadigung von 40 politischen Gefangenen in "
        "Aserbaidschan.",
        ("SUPPORT", "IGO:EU", "AZE"),
        None,
    ),
    (
        "Der kolumbianische Präsident begrüßte die Freilassung von zwölf entführten Polizisten "
        "durch die ELN.",
        ("SUPPORT", "COL", "COL"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), ACT_PATIENT)
def test_stance_on_an_act_targets_its_doer(pipe, text, want, not_want):
    evs = plain_countries(pipe, text)
    assert want in evs
    if not_want is not None:
        assert not_want not in evs


def test_stance_on_a_transfer_keeps_its_recipient(pipe):
    # a recipient is no patient: rule `beneficiary` stays
    evs = plain_countries(
        pipe, "Der Nato-Generalsekretär begrüßte die Lieferung von Waffen an die Ukraine."
    )
    assert not any(t == "SUPPORT" and g == "USA" for t, _, g in evs)


BLAMED = [
    (
        "Bei einem Bombenanschlag auf einen Markt im Norden Nigerias wurden mindestens zwölf "
        "Menschen getötet; die Polizei machte die Terrormiliz Boko Haram verantwortlich.",
        ("ASSAULT", "NGA", "NGA"),
    ),
    (
        "Nach einem Drohnenangriff auf ein Kraftwerk im Süden Russlands machte Moskau die "
        "ukrainische Armee verantwortlich.",
        ("ASSAULT", "UKR", "RUS"),
    ),
    (
        "Der polnische Ministerpräsident sagte, Russland stehe hinter der Serie von Sabotageakten "
        "auf polnische Bahnanlagen.",
        ("ASSAULT", "RUS", "POL"),
    ),
]


@pytest.mark.parametrize(("text", "want"), BLAMED)
def test_the_one_blamed_did_the_act(pipe, text, want):
    assert want in plain_countries(pipe, text)


FRONTED = [
    ("Das Angebot der USA lehnte Teheran am Sonntag ab.", ("REJECT", "IRN", "USA")),
    (
        "Die Forderung der EU nach Neuwahlen wies die Regierung in Tiflis zurück.",
        ("REJECT", "GEO", "IGO:EU"),
    ),
    (
        "Die Entscheidung Washingtons begrüßte die israelische Regierung ausdrücklich.",
        ("SUPPORT", "ISR", "USA"),
    ),
    ("Die Ankündigung Nordkoreas verurteilte Südkorea scharf.", ("ACCUSE", "KOR", "PRK")),
    (
        "Die Kritik Washingtons an den chinesischen Militärmanövern rund um Taiwan wies Peking "
        "als Einmischung zurück.",
        ("REJECT", "CHN", "USA"),
    ),
]


@pytest.mark.parametrize(("text", "want"), FRONTED)
def test_fronted_stance_object(pipe, text, want):
    evs = plain_countries(pipe, text)
    assert want in evs
    typ, src, tgt = want
    assert (typ, tgt, src) not in evs


def test_a_document_before_the_verb_stays_the_speaker(pipe):
    # "Die Resolution" is no claim, demand or offer: it condemns
    evs = plain_countries(pipe, "Die Resolution der Vereinten Nationen verurteilt Russland.")
    assert ("ACCUSE", "RUS", "IGO:UN") not in evs
