"""Participants of nominal events told as background (issue #5): an attack named in a PP of time
whose doer is the clause subject (rule `frame-doer`), "an X beteiligt sein" (rule `participant`),
fights between two named sides and fights with one side named (rule `one-sided-fight`), a body's
"Widerstand" (reject.widerstand_n), an event placed in the past by its adjective (rule
`past-adjective`), a step up of a measure used as means (rule instrument), the Syrian province
Suwaida. Sentences written for these tests."""

from __future__ import annotations


def _events(doc, typ: str) -> set:
    return {
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
        if e.type == typ and not (e.negated or e.hypothetical)
    }


def _countries(pairs: set) -> set:
    return {tuple(x.split("/")[0] if x else None for x in p) for p in pairs}


def test_retreat_after_an_offensive_names_its_doer(pipe):
    doc = pipe.code_text(
        "Die türkische Armee zog sich nach einer mehrtägigen Offensive aus dem Norden des Irak "
        "zurück."
    )
    assert ("TUR/MIL", "IRQ") in _events(doc, "ASSAULT")


def test_a_hit_in_the_attack_names_its_doer(pipe):
    doc = pipe.code_text(
        "Die israelische Armee bestritt, bei dem Angriff auf Chan Junis eine Schule getroffen "
        "zu haben."
    )
    assert ("ISR", "PSE") in _countries(_events(doc, "ASSAULT"))


def test_who_reacts_to_an_attack_or_was_hit_is_no_doer(pipe):
    doc = pipe.code_text(
        "Nach dem Angriff auf eine Moschee in Kabul nahm die afghanische Polizei zwei "
        "Verdächtige fest."
    )
    assert not [p for p in _events(doc, "ASSAULT") if p[0] == "AFG/COP"]
    doc = pipe.code_text(
        "Nach einem Angriff auf ihre Stellungen zogen sich die malischen Truppen zurück."
    )
    assert not [p for p in _events(doc, "ASSAULT") if (p[0] or "").startswith("MLI")]


def test_an_attack_as_condition_has_no_doer(pipe):
    doc = pipe.code_text(
        "Indien werde bei weiteren Angriffen aus Pakistan zurückschlagen, sagte der Minister."
    )
    assert not [p for p in _events(doc, "ASSAULT") if (p[0] or "").startswith("IND")]


def test_who_was_involved_in_an_attack_did_it(pipe):
    doc = pipe.code_text(
        "Nach Angaben der Ermittler war der iranische Geheimdienst an dem Anschlag auf die "
        "Synagoge in Buenos Aires beteiligt."
    )
    assert ("IRN/SPY", "ARG") in _events(doc, "ASSAULT")


def test_fight_between_two_named_sides_is_theirs_not_the_places(pipe):
    doc = pipe.code_text(
        "Nahe der Stadt Cherson lieferten sich russische und ukrainische Einheiten schwere "
        "Gefechte."
    )
    pairs = _countries(_events(doc, "ASSAULT"))
    assert {frozenset(p) for p in pairs} == {frozenset(("RUS", "UKR"))}


def test_fight_with_one_side_named_does_not_hit_its_own_country(pipe):
    doc = pipe.code_text(
        "Nach wochenlangen Kämpfen zogen sich ukrainische Einheiten aus der Stadt Huljajpole "
        "zurück."
    )
    assert ("UKR", "UKR") not in _countries(_events(doc, "ASSAULT"))


def test_resistance_of_states_is_their_rejection(pipe):
    doc = pipe.code_text("Die Reform scheiterte am Widerstand Polens und Ungarns.")
    assert {p[0] for p in _events(doc, "REJECT")} == {"POL", "HUN"}
    doc = pipe.code_text(
        "Der bewaffnete Widerstand der Rebellen gegen die Regierung in Bamako dauert an."
    )
    assert not _events(doc, "REJECT")


def test_event_placed_in_the_past_by_its_adjective_happened(pipe):
    doc = pipe.code_text(
        "Die Außenminister konnten sich nicht auf eine Verurteilung des jüngsten Raketentests "
        "Nordkoreas einigen."
    )
    assert "PRK" in {(p[0] or "")[:3] for p in _events(doc, "MOBILIZE")}


def test_step_up_of_a_measure_used_as_means_is_the_subjects(pipe):
    doc = pipe.code_text("Die USA reagierten mit einer Verschärfung des Embargos gegen Kuba.")
    assert ("USA", "CUB") in _countries(_events(doc, "SANCTION"))
    doc = pipe.code_text(
        "Moskau warf der EU vor, mit der Verlängerung der Sanktionen gegen Russland die Lage "
        "weiter zu verschärfen."
    )
    assert ("IGO:EU", "RUS") in _countries(_events(doc, "SANCTION"))


def test_fights_in_the_syrian_province_suwaida_are_syrian(pipe):
    doc = pipe.code_text(
        "Bei Gefechten zwischen Regierungstruppen und Rebellen in der Provinz Suweida wurden "
        "zehn Menschen getötet."
    )
    assert ("SYR", "SYR") in _countries(_events(doc, "ASSAULT"))
