"""ASSAULT constructions (issue #5), on sentences of our own: a missile fired at a ship is an
attack, not a show of force; coordinated nationality adjectives name one doer each; a fight of
two named sides is between them, not against the place; doers the text calls unknown
("Unbekannte") leave a null source."""

from __future__ import annotations

from tests.parses import plain_codes


def _plain(pipe, text):
    return plain_codes(pipe, text)


def test_missile_fired_at_a_ship_in_a_sea_is_an_attack(pipe):
    evs = _plain(
        pipe, "Die Huthi-Rebellen haben zwei Raketen auf einen Tanker im Golf von Aden abgefeuert."
    )
    assert any(t == "ASSAULT" and s and s.startswith("YEM") for t, s, _ in evs)
    assert not any(t == "MOBILIZE" for t, _, _ in evs)


def test_missiles_fired_into_the_sea_stay_a_show_of_force(pipe):
    evs = _plain(pipe, "Nordkorea feuerte am Dienstag zwei ballistische Raketen ins Ostmeer.")
    assert [t for t, _, _ in evs] == ["MOBILIZE"]


def test_coordinated_adjectives_name_two_attackers(pipe):
    evs = _plain(
        pipe,
        "Im Irak verurteilten Demonstranten die französischen und britischen Luftangriffe auf Syrien.",
    )
    doers = {s.split("/")[0] for t, s, _ in evs if t == "ASSAULT" and s}
    assert {"FRA", "GBR"} <= doers


def test_fight_of_two_named_sides_is_between_them(pipe):
    evs = _plain(
        pipe,
        "Nahe Bachmut lieferten sich russische und ukrainische Soldaten am Montag schwere Gefechte.",
    )
    fights = [(s, t) for ty, s, t in evs if ty == "ASSAULT"]
    assert len(fights) == 1
    assert {c.split("/")[0] for c in fights[0]} == {"RUS", "UKR"}


def test_unknown_doers_leave_a_null_source(pipe):
    evs = _plain(
        pipe,
        "Unbekannte haben in Dresden das Parteibüro eines SPD-Bundestagsabgeordneten mit Farbe und "
        "Steinen beworfen.",
    )
    assert [(t, s) for t, s, _ in evs if t == "ASSAULT"] == [("ASSAULT", None)]


def test_passive_with_unknown_agent_leaves_a_null_source(pipe):
    evs = _plain(pipe, "In Honduras wurde ein Umweltaktivist von Unbekannten erschossen.")
    assert [(t, s) for t, s, _ in evs if t == "ASSAULT"] == [("ASSAULT", None)]


def test_named_doer_is_no_unknown(pipe):
    evs = _plain(pipe, "Russische Soldaten haben in Cherson einen Zivilisten erschossen.")
    assert any(t == "ASSAULT" and s and s.startswith("RUS") for t, s, _ in evs)


# AID (issue #5)


def test_genitive_of_a_pp_noun_is_no_subject(pipe):
    # "der Region" after "Dörfer" opens their genitive; the organisation before the verb is
    # the subject (syntax.genitive_read_as_subject)
    evs = _plain(
        pipe,
        "Das Welternährungsprogramm hat Lebensmittel für 50.000 Menschen in Dörfer der Region "
        "Cherson gebracht.",
    )
    assert ("AID", "IGO:WFP", "UKR/CVL") in evs


def test_relief_goods_in_sacks_are_aid(pipe):
    evs = _plain(
        pipe, "Das Rote Kreuz verteilte in Chartum Reissäcke an Hunderte sudanesische Familien."
    )
    assert any(t == "AID" and s == "NGO:ICRC" for t, s, _ in evs)


def test_military_aircraft_handed_over_are_arms_aid(pipe):
    evs = _plain(pipe, "Norwegen hat Polen zwei Aufklärungsflugzeuge übergeben.")
    assert any(
        t == "AID" and s.startswith("NOR") and tg and tg.startswith("POL") for t, s, tg in evs
    )
