"""The word is right but which PLOVER type is the act? The object or the actor decides:
expelling an embassy's staff is a cut in relations (SANCTION), expelling a private person a
deportation (COERCE); a state that protests accuses (ACCUSE), its people in the street protest
(PROTEST); investigating someone is verbal conflict (CAMEO 09: ACCUSE), not an arrest."""

from __future__ import annotations

import pytest


def _plain(pipe, text):
    return [
        (e.type, e.source.code.split("/")[0] if e.source else None)
        for e in pipe.code_text(text).events
        if not (e.negated or e.hypothetical)
    ]


@pytest.mark.parametrize(
    "text, typ, src",
    [
        ("Estland wies zwei Mitarbeiter der russischen Botschaft in Tallinn aus.", "SANCTION", "EST"),
        ("Litauen hat drei Angestellte des belarussischen Konsulats in Vilnius ausgewiesen.",
         "SANCTION", "LTU"),
        ("Niger wies die französischen Militärberater aus.", "SANCTION", "NER"),
        # the embassy is in a relative clause, not in the object: a deportation
        ("Deutschland wies einen russischen Staatsbürger aus, der vor der Botschaft randaliert "
         "hatte.", "COERCE", "DEU"),
        ("Österreich hat zwei Mitarbeiter einer Baufirma nach Serbien ausgewiesen.", "COERCE", "AUT"),
    ],
)  # fmt: skip
def test_expelling_state_staff_is_a_sanction(pipe, text, typ, src):
    _assert_one_of(pipe, text, typ, src, {"SANCTION", "COERCE"})


def _assert_one_of(pipe, text, typ, src, rivals):
    """The act is coded with type typ by src, and no rival type is coded beside it."""
    evs = _plain(pipe, text)
    assert (typ, src) in evs
    assert {t for t, _ in evs} & rivals == {typ}


@pytest.mark.parametrize(
    "text, typ, src",
    [
        ("Frankreich protestierte gegen die Festnahme seines Staatsbürgers in Algerien.",
         "ACCUSE", "FRA"),
        ("Mexiko hat bei den USA gegen die Razzien protestiert.", "ACCUSE", "MEX"),
        ("Tausende Iraner protestierten in Teheran gegen die Regierung.", "PROTEST", "IRN"),
        ("Die Iraner protestierten gegen die Regierung.", "PROTEST", "IRN"),
    ],
)  # fmt: skip
def test_a_state_protesting_accuses(pipe, text, typ, src):
    _assert_one_of(pipe, text, typ, src, {"ACCUSE", "PROTEST"})


@pytest.mark.parametrize(
    "text, src",
    [
        ("Die Staatsanwaltschaft in Madrid leitete Ermittlungen gegen den Bruder des spanischen "
         "Regierungschefs ein.", "ESP"),
        ("Die Staatsanwaltschaft in Wien ermittelt gegen einen früheren Minister.", "AUT"),
    ],
)  # fmt: skip
def test_investigating_someone_is_an_accusation(pipe, text, src):
    evs = _plain(pipe, text)
    assert ("ACCUSE", src) in evs
    assert "COERCE" not in {t for t, _ in evs}


@pytest.mark.parametrize(
    "text, typ",
    [
        # ruling out an act (also with the organisation it concerns) rejects it
        ("Einen Austritt Polens aus der Nato schloss der polnische Präsident aus.", "REJECT"),
        ("Der serbische Präsident schloss einen Beitritt seines Landes zur Nato aus.", "REJECT"),
        # an actor excluded from an organisation is sanctioned
        ("Die Afrikanische Union schloss Niger aus der Organisation aus.", "SANCTION"),
    ],
)  # fmt: skip
def test_ruling_out_is_no_exclusion(pipe, text, typ):
    assert {t for t, _ in _plain(pipe, text)} & {"REJECT", "SANCTION"} == {typ}


@pytest.mark.parametrize(
    "text",
    [
        "Die türkische Polizei nahm in Istanbul Dutzende Anhänger einer nicht genehmigten "
        "Kundgebung fest.",
        "Die Polizei hat in Bremen mehrere Teilnehmer einer nicht angemeldeten Versammlung "
        "festgenommen.",
    ],
)
def test_nicht_on_an_attributive_adjective_negates_no_arrest(pipe, text):
    evs = [e for e in pipe.code_text(text).events if e.type == "COERCE"]
    assert evs and not any(e.negated for e in evs)


@pytest.mark.parametrize(
    "text, typ, src",
    [
        ("Der iranische Außenminister warnte Israel, jeder Angriff werde einen harten Gegenschlag "
         "nach sich ziehen.", "THREATEN", "IRN"),
        ("Die Bundesregierung warnte Russland, ein Einsatz von Atomwaffen hätte schwerste "
         "Konsequenzen.", "THREATEN", "DEU"),
        # a warning without retaliation stays a warning (ACCUSE)
        ("Die Bundesregierung warnte Russland, die Lage in der Ukraine werde sich verschlechtern.",
         "ACCUSE", "DEU"),
    ],
)  # fmt: skip
def test_a_warning_that_names_retaliation_threatens(pipe, text, typ, src):
    _assert_one_of(pipe, text, typ, src, {"THREATEN", "ACCUSE"})
