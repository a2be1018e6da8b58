"""Error classes of the session-13 corpus review (issue #5, docs/coding-review.md "Corpus review,
session 13"), each fixed as a construction; sentences of our own, several per class:

1. a demand with no addressee on its verb is addressed to the subject of its content clause
   ("forderte, dass Israel …", "verlangt, Russland müsse …"; rule `demand-addressee`), not to a
   passive subject (the patient of a measure) and not to the demander;
2. a town named to say where, near it ("nördlich von Paris", "in der Nähe von Lyon"), is no
   target of the learned chooser (rule `not-target`; an attack keeps its scene's country);
3. a personal pronoun of the source's own code is the source, never its target ("drohte, dass
   sie … nicht dulden werde"; rule `pronoun-no-self`);
4. a "Zusammenstoß" of trains, buses or cars is an accident (class `@vehicle`); "beschwören"
   with an object alone invokes ("beschwor die Einheit"), it pleads only with a content clause;
5. a call for a boycott of a country's goods is no support of that country (rule
   `measure-patient` for a boycott's genitive)."""

from __future__ import annotations

import pytest


def _cc(slot) -> str | None:
    return slot.code.split("/")[0] if slot is not None else None


def _plain(doc, typ: str) -> list:
    return [e for e in doc.events if e.type == typ and not (e.negated or e.hypothetical)]


# ---------------------------------------------------------------- 1. the demand's addressee
@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Die EU verlangt, Russland müsse seine Truppen sofort abziehen.", "IGO:EU", "RUS"),
        (
            "Bundeskanzler Scholz forderte, dass Israel die Blockade des Gazastreifens aufhebt.",
            "DEU",
            "ISR",
        ),
        (
            "Das Weiße Haus verlangte am Montag, dass China die Manöver vor Taiwan beendet.",
            "USA",
            "CHN",
        ),
        (
            "Der NATO-Generalsekretär forderte, dass die Türkei den Beitritt Schwedens billigt.",
            "IGO:NATO",
            "TUR",
        ),
    ],
)
def test_demand_is_addressed_to_the_content_clause_subject(pipe, text, source, target):
    evs = _plain(pipe.code_text(text), "REQUEST")
    got = [
        (e.source.code if source.startswith("IGO") else _cc(e.source), _cc(e.target)) for e in evs
    ]
    assert (source, target) in got


def test_demand_passive_subject_is_no_addressee(pipe):
    # the one sanctions are to be imposed on is the measure's patient, not the one asked
    evs = _plain(
        pipe.code_text("Die Ukraine fordert, dass neue Sanktionen gegen Russland verhängt werden."),
        "REQUEST",
    )
    assert evs and all(_cc(e.target) != "RUS" for e in evs)


# ---------------------------------------------------------------- 2. a place near which it happened
@pytest.mark.parametrize(
    "text, typ, place",
    [
        ("Südlich von Madrid blockierten Landwirte mit Traktoren eine Autobahn.", "PROTEST", "ESP"),
        ("Nördlich von Lyon besetzten Demonstranten ein Rathaus.", "PROTEST", "FRA"),
        ("In der Nähe von Porto blockierten Fischer den Hafen.", "PROTEST", "PRT"),
    ],
)
def test_vicinity_place_is_no_target(pipe, text, typ, place):
    evs = _plain(pipe.code_text(text), typ)
    assert evs and all(_cc(e.target) != place for e in evs)


def test_vicinity_place_keeps_a_named_target(pipe):
    evs = _plain(
        pipe.code_text("Nördlich von Paris protestierten Bauern gegen die EU-Agrarpolitik."),
        "PROTEST",
    )
    assert evs and any(e.target is not None and e.target.code == "IGO:EU" for e in evs)


# ---------------------------------------------------------------- 3. a pronoun for the source
@pytest.mark.parametrize(
    "text, typ, source",
    [
        (
            "Die türkische Regierung drohte, dass sie eine Sperrung der Grenze nicht hinnehmen werde.",
            "THREATEN",
            "TUR/GOV",
        ),
        (
            "Die Regierung in Kiew drohte, dass sie die Gaslieferungen stoppen werde.",
            "THREATEN",
            "UKR/GOV",
        ),
        ("Die Hamas drohte, sie werde die Geiseln nicht freilassen.", "THREATEN", "PSE/REB"),
    ],
)
def test_pronoun_of_the_source_is_no_target(pipe, text, typ, source):
    evs = _plain(pipe.code_text(text), typ)
    assert evs and all(e.source.code == source for e in evs)
    assert all(e.target is None or e.target.code != source for e in evs)


# ---------------------------------------------------------------- 4. accidents, figures of speech
@pytest.mark.parametrize(
    "text",
    [
        "Beim Zusammenstoß zweier Regionalzüge in Norditalien starben am Dienstag zwölf Menschen.",
        "Bei einem Zusammenstoß zweier Busse in Kenia starben zwölf Menschen.",
        "Nach dem Zusammenstoß eines Regionalzuges mit einem Lastwagen starben in Polen zwei Menschen.",
        "Beim Zusammenstoß zweier Kleinflugzeuge über Bayern kamen vier Menschen ums Leben.",
    ],
)
def test_collision_of_vehicles_is_no_clash(pipe, text):
    assert not [e for e in pipe.code_text(text).events if e.type == "ASSAULT"]


def test_clash_of_parties_stays(pipe):
    evs = pipe.code_text(
        "Bei Zusammenstößen zwischen Polizei und Demonstranten in Nairobi wurden 20 Menschen verletzt."
    ).events
    assert [e for e in evs if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Präsident Frankreichs beschwor vor Tausenden Anhängern die Einheit des Landes.",
        "Der israelische Regierungschef hat den Frieden mit Ägypten beschworen.",
    ],
)
def test_invoking_is_no_plea(pipe, text):
    assert not _plain(pipe.code_text(text), "REQUEST")


def test_pleading_with_a_content_clause_stays(pipe):
    evs = _plain(
        pipe.code_text("Die Kanzlerin beschwor die Regierung in Kiew, die Reformen fortzusetzen."),
        "REQUEST",
    )
    assert [(_cc(e.source), _cc(e.target)) for e in evs] == [("DEU", "UKR")]


# ---------------------------------------------------------------- 5. a boycott's goods
@pytest.mark.parametrize(
    "text, patient",
    [
        ("Die Grünen unterstützen einen Boykott israelischer Produkte.", "ISR"),
        ("Die Linke befürwortet einen Boykott chinesischer Waren.", "CHN"),
        ("Die AfD lehnt einen Boykott russischer Waren ab.", "RUS"),
    ],
)
def test_boycott_of_goods_is_not_aimed_at_the_stance_target(pipe, text, patient):
    evs = [e for e in pipe.code_text(text).events if e.type in ("SUPPORT", "REJECT")]
    assert evs and all(_cc(e.target) != patient for e in evs)


def test_boycott_by_a_country_stays_its_doer(pipe):
    # "das Embargo der USA": the genitive actor imposes it, supporting it backs the USA
    evs = _plain(pipe.code_text("Die CDU unterstützt das Embargo der USA."), "SUPPORT")
    assert [_cc(e.target) for e in evs] == ["USA"]
