"""Rule `measure-charge` (coding/roles.py): an accusation in a relative clause on the patient of
a measure gives the measure's reason; a bare institution as its subject is the measure-taker's,
not the patient's (whose country the actor stage gave it as the nearest actor of its sector)."""

from __future__ import annotations

import pytest


def _accusations(pipe, text):
    doc = pipe.code_text(text)
    return [
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
        if e.type == "ACCUSE" and not (e.negated or e.hypothetical)
    ]


def _country(code):
    return code.split("/")[0] if code else None


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "Polen wies zwei russische Diplomaten aus, denen die Behörden Spionage vorwerfen.",
            "POL",
            "RUS",
        ),
        (  # the relative clause hung on the genitive of the patient, the measure a noun
            "Litauen reagierte mit der Ausweisung von drei Diplomaten der belarussischen "
            "Botschaft, denen das Außenministerium Spionage vorwarf.",
            "LTU",
            "BLR",
        ),
        (  # an organisation takes the measure: the charge is its own
            "Der Internationale Strafgerichtshof erließ Haftbefehle gegen zwei russische "
            "Generäle, denen die Anklage Angriffe auf Zivilisten vorwirft.",
            "IGO:ICC",
            "RUS",
        ),
    ],
)
def test_bare_institution_charging_a_measures_patient_is_the_measure_takers(
    pipe, text, source, target
):
    accs = _accusations(pipe, text)
    assert [(_country(s), _country(t)) for s, t in accs] == [(source, target)]


def test_domestic_measure_keeps_the_institutions_country(pipe):
    # police and prosecutors of one country: the institution is the patient's country's
    accs = _accusations(
        pipe,
        "Die russische Polizei nahm zwei Aktivisten fest, denen die Staatsanwaltschaft "
        "Spionage vorwirft.",
    )
    assert [(_country(s), _country(t)) for s, t in accs] == [("RUS", "RUS")]


def test_institution_named_with_its_country_keeps_it(pipe):
    accs = _accusations(
        pipe,
        "Polen wies zwei russische Diplomaten aus, denen die litauischen Behörden Spionage "
        "vorwerfen.",
    )
    assert [_country(s) for s, _ in accs] == ["LTU"]
