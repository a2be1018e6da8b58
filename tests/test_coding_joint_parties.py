"""Joint actions and meetings of two named sides (issue #5), coded through the whole pipeline
with sentences written for these tests:

- rule `amod-conj` with a capitalised first adjective the parser read as a noun of its own
  ("Kolumbianische und ecuadorianische Marineeinheiten"): both countries are parties;
- rule `joint-action` on drill verbs ("probten gemeinsam die Abwehr …");
- rule `defence-industry` (coding/scope.py): joint production of arms or state firms of two
  countries is cooperation, not business news; a joint car battery is still business;
- rule `joint-meeting`: a visit done "gemeinsam" by two sides with no one visited is their
  meeting;
- "Delegationen aus X und Y" are the two governments."""

from __future__ import annotations


def _pairs(pipe, text: str, typ: str) -> set[frozenset]:
    doc = pipe.code_text(text)
    return {
        frozenset((e.source.code.split("/")[0], e.target.code.split("/")[0]))
        for e in doc.events
        if e.type == typ
        and e.source is not None
        and e.target is not None
        and not (e.negated or e.hypothetical)
    }


def _types(pipe, text: str) -> list[tuple]:
    doc = pipe.code_text(text)
    return [
        (e.type, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
    ]


def test_capitalised_first_adjective_is_a_party(pipe):
    pairs = _pairs(
        pipe,
        "Rumänische und bulgarische Marineeinheiten hielten am Dienstag ein gemeinsames "
        "Manöver im Schwarzen Meer ab.",
        "COOPERATE",
    )
    assert frozenset(("ROU", "BGR")) in pairs
    pairs = _pairs(
        pipe, "Ägyptische und sudanesische Soldaten übten in der Wüste gemeinsam.", "COOPERATE"
    )
    assert frozenset(("EGY", "SDN")) in pairs


def test_joint_drill_is_cooperation(pipe):
    pairs = _pairs(
        pipe,
        "Estnische und lettische Soldaten probten am Montag gemeinsam die Abwehr eines Angriffs "
        "auf einen Hafen.",
        "COOPERATE",
    )
    assert frozenset(("EST", "LVA")) in pairs


def test_joint_arms_production_of_two_countries_is_in_scope(pipe):
    pairs = _pairs(
        pipe,
        "Deutsche und französische Rüstungsfirmen fertigen seit dem Winter gemeinsam Granaten.",
        "COOPERATE",
    )
    assert frozenset(("DEU", "FRA")) in pairs
    pairs = _pairs(
        pipe,
        "Der Konzern Saab produziert gemeinsam mit einem polnischen Staatsunternehmen "
        "Panzerabwehrwaffen.",
        "COOPERATE",
    )
    assert frozenset(("SWE", "POL")) in pairs


def test_joint_product_of_ordinary_firms_stays_business(pipe):
    got = _types(
        pipe,
        "Ein deutscher Autokonzern und ein französischer Hersteller entwickeln gemeinsam "
        "Batterien.",
    )
    assert not [t for t in got if t[0] == "COOPERATE"]


def test_joint_visit_is_a_meeting_of_the_visitors(pipe):
    got = _types(
        pipe,
        "Der spanische Außenminister und sein portugiesischer Amtskollege besuchten am Montag "
        "gemeinsam ein Flüchtlingslager an der Grenze.",
    )
    consult = [t for t in got if t[0] == "CONSULT"]
    assert consult
    assert all(t[2] is not None for t in consult)  # no visit of each side alone
    assert {frozenset((t[1][:3], t[2][:3])) for t in consult} == {frozenset(("ESP", "PRT"))}


def test_separate_visits_stay_each_sides_own(pipe):
    got = _types(
        pipe,
        "Der spanische Außenminister und sein portugiesischer Amtskollege besuchten getrennt "
        "ein Flüchtlingslager an der Grenze.",
    )
    assert not [t for t in got if t[0] == "CONSULT" and t[2] is not None]


def test_delegations_from_two_countries_negotiate_with_each_other(pipe):
    pairs = _pairs(
        pipe,
        "Delegationen aus Armenien und Aserbaidschan haben in Genf direkt miteinander verhandelt.",
        "CONSULT",
    )
    assert frozenset(("ARM", "AZE")) in pairs


def test_doers_of_a_joint_exercise_with_a_partner_worked_together_too(pipe):
    pairs = _pairs(
        pipe,
        "Norwegen und Dänemark hielten am Montag gemeinsam mit britischen Truppen ein "
        "Wintermanöver in Lappland ab.",
        "COOPERATE",
    )
    assert {frozenset(p) for p in (("NOR", "GBR"), ("DNK", "GBR"), ("NOR", "DNK"))} <= pairs


def test_an_agreement_with_a_partner_pairs_no_doers(pipe):
    pairs = _pairs(
        pipe, "Norwegen und Dänemark unterzeichneten mit Großbritannien ein Abkommen.", "AGREE"
    )
    assert frozenset(("NOR", "DNK")) not in pairs


def test_mediator_talks_with_both_governments_named_in_one_span(pipe):
    pairs = _pairs(
        pipe,
        "Vertreter der Regierungen in Khartum und Dschuba unterzeichneten in Kairo unter "
        "Vermittlung Ägyptens ein Abkommen.",
        "CONSULT",
    )
    assert {frozenset(("EGY", "SDN")), frozenset(("EGY", "SSD"))} <= pairs


def test_request_to_two_organisations(pipe):
    got = _types(
        pipe,
        "Die Regierung Jamaikas bat die Karibische Gemeinschaft und die Vereinten Nationen um "
        "Unterstützung.",
    )
    assert {("REQUEST", "JAM/GOV", "IGO:CARICOM"), ("REQUEST", "JAM/GOV", "IGO:UN")} <= set(got)
