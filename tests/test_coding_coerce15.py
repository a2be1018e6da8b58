"""Session 15 (coerce15): border, coast and legal coercion, and expulsions coded once.

Sentences are our own, not from the pool or the dev gold."""

from __future__ import annotations

from tests.parses import plain_codes


def _events(pipe, text):
    return plain_codes(pipe, text)


def test_migrants_picked_up_by_a_group_noun(pipe):
    evs = _events(
        pipe,
        "Die mexikanische Nationalgarde hat nahe Tapachula eine Gruppe von 150 Migranten "
        "aus Honduras aufgegriffen.",
    )
    assert [e[:2] for e in evs if e[0] == "COERCE"] == [("COERCE", "MEX/MIL")]


def test_intercepting_drones_is_no_coercion(pipe):
    evs = _events(
        pipe, "Die Luftwaffe fing zwei Drohnen ab, die über einem Flüchtlingslager kreisten."
    )
    assert not [e for e in evs if e[0] == "COERCE"]


def test_migrants_taken_to_a_camp(pipe):
    evs = _events(
        pipe,
        "Die griechischen Behörden brachten die Asylbewerber aus Syrien in ein Lager auf Samos.",
    )
    assert ("COERCE", "GRC/GOV", "SYR/REF") in evs


def test_aid_taken_to_a_camp_is_no_coercion(pipe):
    evs = _events(pipe, "Das Rote Kreuz brachte Decken und Zelte in ein Lager bei Idlib.")
    assert not [e for e in evs if e[0] == "COERCE"]


def test_coast_guard_drives_off_foreign_vessels(pipe):
    evs = _events(
        pipe,
        "Die philippinische Küstenwache vertrieb zwei chinesische Fischerboote aus der Lagune.",
    )
    assert ("COERCE", "PHL/COP", "CHN") in evs


def test_immunity_lifted(pipe):
    evs = _events(pipe, "Das ukrainische Parlament hob die Immunität eines Abgeordneten auf.")
    assert [e[:2] for e in evs] == [("COERCE", "UKR/LEG")]


def test_sanctions_lifted_stay_a_concession(pipe):
    evs = _events(pipe, "Die Europäische Union hob die Sanktionen gegen Syrien auf.")
    assert not [e for e in evs if e[0] == "COERCE"]


def test_release_from_custody_is_no_order_of_custody(pipe):
    evs = _events(
        pipe, "Ein Gericht in Tiflis ordnete die Freilassung des Journalisten aus der Haft an."
    )
    assert not [e for e in evs if e[0] == "COERCE"]
    assert [e[0] for e in evs] == ["CONCEDE"]


def test_order_of_custody_still_coerces(pipe):
    evs = _events(
        pipe, "Ein Gericht in Istanbul ordnete Untersuchungshaft für den Bürgermeister an."
    )
    assert [e[:2] for e in evs] == [("COERCE", "TUR/JUD")]


def test_order_to_leave_is_part_of_the_expulsion(pipe):
    # rule `leave-order`
    evs = _events(
        pipe,
        "Litauen hat einen belarussischen Konsul zur unerwünschten Person erklärt und ihn "
        "aufgefordert, das Land binnen drei Tagen zu verlassen.",
    )
    assert [e[0] for e in evs] == ["SANCTION"]
    evs = _events(
        pipe, "Rumänien hat zwei russische Diplomaten ausgewiesen und zur Ausreise aufgefordert."
    )
    assert [e[0] for e in evs] == ["SANCTION"]


def test_a_request_beside_an_expulsion_stays(pipe):
    evs = _events(
        pipe,
        "Litauen hat einen belarussischen Konsul ausgewiesen und Minsk aufgefordert, die "
        "Inhaftierten freizulassen.",
    )
    assert "REQUEST" in [e[0] for e in evs]
