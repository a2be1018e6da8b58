"""The story's two sides and acts between two states (issue #5):

- "beide Seiten" with no pair of its own sentence stands for the latest pair the document named
  as the parties of one act they did with each other (actors/sides.py `two_sided`), not for the
  nearest actors before, who may only comment on the story;
- a mediation whose sentence names no party mediates between those two sides (`story-mediator`),
  never with the mediator's own country;
- recalling one's own envoy is aimed at the state where the envoy serves, never at oneself
  (`envoy-host`).

Whole-pipeline tests on short texts of several sentences (one document each)."""

from __future__ import annotations

import pytest


def _cc(slot) -> str | None:
    return slot.code.split("/")[0] if slot is not None else None


def _plain(doc, typ: str, sentence: str) -> list:
    return [
        e
        for e in doc.events
        if e.type == typ and sentence in e.sentence and not (e.negated or e.hypothetical)
    ]


# ---------------------------------------------------------------- beide Seiten: the story's sides
@pytest.mark.parametrize(
    "text, appeal, sides",
    [
        (  # a coordinated pair that agreed; then two others comment on it
            "Armenien und Aserbaidschan haben sich in Genf auf einen Grenzverlauf geeinigt. "
            "Die Türkei lobte die Einigung. "
            "Der Iran warnte vor einer Einmischung der USA im Südkaukasus. "
            "Die Europäische Union rief beide Seiten dazu auf, die Einigung rasch umzusetzen.",
            "Europäische Union rief",
            {"ARM", "AZE"},
        ),
        (  # "A einigte sich mit B"; a third state's demand of one of them comes after
            "Äthiopien hat sich mit Somalia auf eine gemeinsame Kommission geeinigt. "
            "Ägypten forderte Äthiopien auf, die Souveränität Somalias zu achten. "
            "Kenia begrüßte die Gespräche. "
            "Die Afrikanische Union forderte beide Seiten auf, die Kommission bald einzuberufen.",
            "Afrikanische Union forderte",
            {"ETH", "SOM"},
        ),
        (  # an exchange: the two who exchanged are the sides
            "Indien und Pakistan haben am Montag Gefangene ausgetauscht. "
            "China begrüßte den Austausch. "
            "Die Vereinten Nationen riefen beide Seiten auf, weitere Gefangene freizulassen.",
            "Vereinten Nationen riefen",
            {"IND", "PAK"},
        ),
        (  # a one-sided dispute names no pair that acted together: the actors just before
            "Niger warf Benin vor, Terroristen Unterschlupf zu gewähren. "
            "Benin wies die Vorwürfe zurück. "
            "Die Ecowas rief beide Seiten zum Dialog auf.",
            "Ecowas",
            {"NER", "BEN"},
        ),
        (  # a pair of the sentence outranks the story pair
            "Armenien und Aserbaidschan haben sich in Genf auf einen Grenzverlauf geeinigt. "
            "Nach Gefechten zwischen Thailand und Kambodscha riefen die Vereinten Nationen beide "
            "Seiten zur Zurückhaltung auf.",
            "Vereinten Nationen",
            {"THA", "KHM"},
        ),
    ],
)
def test_both_sides_are_the_story_pair(pipe, text, appeal, sides):
    doc = pipe.code_text(text)
    req = _plain(doc, "REQUEST", appeal)
    assert {_cc(e.target) for e in req} == sides


# ---------------------------------------------------------------- mediation from the context
@pytest.mark.parametrize(
    "text, mediation, mediator, sides",
    [
        (
            "Israel und die Hamas haben eine Feuerpause vereinbart. "
            "Die Vereinbarung war von Ägypten vermittelt worden.",
            "Ägypten vermittelt",
            "EGY",
            {"ISR", "PSE"},
        ),
        (  # two who deliver something together are no sides of each other
            "Israel und die Hamas haben eine Feuerpause vereinbart. "
            "Deutschland und Frankreich liefern Hilfsgüter. "
            "Die Vereinbarung war von Ägypten vermittelt worden.",
            "Ägypten vermittelt",
            "EGY",
            {"ISR", "PSE"},
        ),
        (
            "Indien und Pakistan haben am Montag Gefangene ausgetauscht. "
            "Unter Vermittlung Saudi-Arabiens kamen 40 Fischer frei.",
            "Vermittlung Saudi-Arabiens",
            "SAU",
            {"IND", "PAK"},
        ),
    ],
)
def test_mediation_between_the_story_sides(pipe, text, mediation, mediator, sides):
    doc = pipe.code_text(text)
    con = [e for e in doc.events if e.type == "CONSULT" and mediation in e.sentence]
    assert {_cc(e.source) for e in con} == {mediator}
    assert {_cc(e.target) for e in con} == sides


def test_mediator_is_no_party_of_its_own_mediation(pipe):
    # the people set free are no party; with no parties named, no target of the mediator's own
    doc = pipe.code_text("Unter Vermittlung Norwegens kamen 20 Gefangene frei.")
    con = [e for e in doc.events if e.type == "CONSULT"]
    assert con and all(_cc(e.target) != "NOR" for e in con)


def test_mediation_between_named_parties_unchanged(pipe):
    doc = pipe.code_text(
        "Indien und Pakistan haben am Montag Gefangene ausgetauscht. "
        "Die Schweiz vermittelte zwischen Serbien und Montenegro."
    )
    con = [e for e in doc.events if e.type == "CONSULT" and "Schweiz" in e.sentence]
    assert {_cc(e.target) for e in con} == {"SRB", "MNE"}


@pytest.mark.parametrize(
    "text, released",
    [
        # people of no named country set free after a mediation are the releaser's own
        (
            "Kuba hat nach Vermittlung des Vatikans zwanzig politische Gefangene freigelassen.",
            "CUB",
        ),
        (
            "Eritrea hat nach Vermittlung Katars mehrere inhaftierte Journalisten freigelassen.",
            "ERI",
        ),
        (
            "Nicaragua hat nach Vermittlung der USA dreißig inhaftierte Studenten freigelassen.",
            "NIC",
        ),
        # people of the mediator's country named as such stay the mediator's
        (
            "Russland hat nach Vermittlung der USA zwei amerikanische Journalisten freigelassen.",
            "USA",
        ),
        ("Russland hat nach Vermittlung der USA einen US-Bürger freigelassen.", "USA"),
    ],
)
def test_mediated_release_frees_the_releasers_people(pipe, text, released):
    doc = pipe.code_text(text)
    con = _plain(doc, "CONCEDE", text[:10])
    assert con
    assert {_cc(e.target) for e in con} == {released}


# ---------------------------------------------------------------- one's own envoy recalled
@pytest.mark.parametrize(
    "text, recall, source, host",
    [
        (  # the other state from the sentence before
            "Die Regierung in Caracas warf Guyana vor, die Grenze verletzt zu haben. "
            "Venezuela rief daraufhin seinen Botschafter zu Konsultationen zurück.",
            "Venezuela rief",
            "VEN",
            "GUY",
        ),
        (  # the other state of the same sentence
            "Nach den Luftangriffen Israels rief Jordanien seinen Botschafter zurück.",
            "Jordanien",
            "JOR",
            "ISR",
        ),
        (  # where the envoy serves, named with "aus"
            "Ruanda hat seinen Botschafter aus Kinshasa zurückgerufen.",
            "Ruanda",
            "RWA",
            "COD",
        ),
    ],
)
def test_recalled_envoy_targets_the_host(pipe, text, recall, source, host):
    doc = pipe.code_text(text)
    san = _plain(doc, "SANCTION", recall)
    assert san
    assert {_cc(e.source) for e in san} == {source}
    assert {_cc(e.target) for e in san} == {host}


def test_recalled_envoy_never_targets_the_recaller(pipe):
    doc = pipe.code_text("Peru rief seinen Botschafter zu Konsultationen zurück.")
    san = _plain(doc, "SANCTION", "Peru")
    assert san
    assert all(e.target is None for e in san)
