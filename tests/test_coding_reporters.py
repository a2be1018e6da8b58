"""Actors read from the wrong words (issue #5, session-10 corpus review): the words that say
who reported or who someone is are no party of the event.

- a dateline ("Athen (dpa) -", "Kairo (Reuters) –") is where and by whom a report was filed;
- a medium that reports ("wie die Zeitung berichtete", "sagte … dem Sender") is `reported_by`,
  never source or target, unless it acts itself ("Die Zeitung kritisierte …");
- a bracket after a name labels it: a party ("Julia Klöckner (CDU)"), an agency ("(AFP)") or
  the short form of the name ("Arbeiterpartei Kurdistans (PKK)");
- "RT @name:" marks a repost, not the broadcaster RT;
- the "von" agent of a participle that supports or judges an act ("die von der Bundeswehr
  unterstützten Luftangriffe") did not carry it out (`supporter-no-doer`);
- a learned choice (role model) never pairs one body with itself (`learned-no-self`).
"""

from __future__ import annotations

from tests.parses import REPORTED, build, events


def _events(pipe, text: str) -> list:
    return [e for e in pipe.code_text(text).events if not (e.negated or e.hypothetical)]


def _codes(evs) -> set[str]:
    return {s.code for e in evs for s in (e.source, e.target) if s is not None}


def test_dateline_place_and_agency_are_no_source(pipe):
    for text in (
        "Athen (dpa) - Wegen eines Generalstreiks gegen die Sparpläne steht das Land still.",
        "Lissabon (AFP) - Wegen eines Streiks der Fluglotsen fallen Hunderte Flüge aus.",
        "Hamburg (dpa/lno) - Der Streik im Hafen dauert seit Freitag an.",
    ):
        for e in pipe.code_text(text).events:
            assert e.source is None or not e.source.code.endswith("/MED"), text
            assert e.source is None or e.source.text not in ("Athen", "Lissabon", "Hamburg")


def test_dateline_agency_is_no_doer_of_a_passive(pipe):
    evs = _events(
        pipe,
        "Kairo (Reuters) – Bei einem Angriff auf einen Kontrollposten im Sinai sind fünf "
        "Soldaten getötet worden.",
    )
    assert evs  # the attack stays, without a doer the text does not give
    assert all(e.source is None or e.source.code.split("/")[0] != "GBR" for e in evs)


def test_reporting_medium_is_no_target(pipe):
    for text in (
        "Die Demonstranten blockierten die Straße, wie die Zeitung Le Monde berichtete.",
        "Die Beschäftigten streikten, berichtete die Frankfurter Allgemeine Zeitung.",
        "Wie die Nachrichtenagentur dpa berichtete, nahm die Polizei in Hamburg drei Männer fest.",
    ):
        evs = _events(pipe, text)
        assert evs, text
        assert all(e.target is None or not e.target.code.endswith("/MED") for e in evs), text


def test_medium_that_acts_stays_the_source(pipe):
    evs = _events(pipe, "Die Zeitung Haaretz kritisierte die Regierung in Jerusalem.")
    assert any(e.type == "ACCUSE" and e.source.code == "ISR/MED" for e in evs)


def test_party_label_in_brackets_is_no_target(pipe):
    for text in (
        "Die Landwirtschaftsministerin Julia Klöckner (CDU) lobte den Vorschlag.",
        "Der Fraktionschef Lars Klingbeil (SPD) forderte mehr Geld für die Bundeswehr.",
    ):
        for e in _events(pipe, text):
            assert e.target is None or e.target.code != "DEU/PTY", text


def test_short_form_in_brackets_is_not_a_second_party(pipe):
    evs = _events(pipe, "Die Gefechte mit der Arbeiterpartei Kurdistans (PKK) gingen weiter.")
    assert all(e.source is None or e.target is None or e.source.code != e.target.code for e in evs)


def test_repost_marker_is_not_the_broadcaster(pipe):
    for text in (
        "RT @tagesschau: Streik bei der Post in Hamburg.",
        "RT @ndr: Proteste gegen die Schließung des Werks in Emden.",
    ):
        assert "RUS/MED" not in _codes(pipe.code_text(text).events), text


def test_supporter_of_an_attack_is_not_its_doer(pipe):
    evs = _events(
        pipe, "Die von der Bundeswehr unterstützten Luftangriffe auf den IS gehen weiter."
    )
    assert any(e.type == "ASSAULT" for e in evs)
    assert all(e.source is None or e.source.code.split("/")[0] != "DEU" for e in evs)


def test_participle_that_carries_out_the_act_keeps_its_agent(pipe):
    evs = _events(pipe, "Die von der EU verhängten Sanktionen gegen Russland bleiben in Kraft.")
    assert any(e.type == "SANCTION" and e.source.code == "IGO:EU" for e in evs)
    evs = _events(pipe, "Die von den USA geflogenen Luftangriffe auf die Miliz gehen weiter.")
    assert any(e.type == "ASSAULT" and e.source.code.startswith("USA") for e in evs)


def test_learned_choice_makes_no_self_pair(pipe):
    # `learned-no-self`: the role model's guess never pairs a body with itself
    for text in (
        "In Köln und Bonn wird bis Mitternacht gestreikt, in Hamburg bis zum Morgen.",
        "In Lyon und Nantes wurde am Dienstag gestreikt, in Paris erst am Mittwoch.",
    ):
        for e in _events(pipe, text):
            assert e.source is None or e.target is None or e.source.code != e.target.code, text


def test_same_body_is_only_one_body():
    from lagebild.coding.coder import _same_body

    assert _same_body("RUS/MIL", "RUS/MIL") and _same_body("DEU", "DEU")
    assert not _same_body("DEU/PTY", "DEU/PTY")  # two parties share a code
    assert not _same_body("SYR/REB", "SYR/REB")  # rival armed groups fight
    assert not _same_body("POL/GOV", "POL/GOV")  # the president vetoes the cabinet's bill
    assert not _same_body("TUR/GOV", "TUR/MIL")


def test_attribution_ends_with_its_own_phrase(pipe):
    from lagebild.coding.scope import Scope

    doc = pipe.analyzer(
        "In Minsk hat die Polizei nach Angaben von Anwälten einige Oppositionelle festgenommen."
    )
    words = {doc[i].text for i in Scope(attr_nouns=["angaben"]).attribution_tokens(doc[:])}
    assert "Anwälten" in words
    assert "Oppositionelle" not in words and "einige" not in words


def test_dateline_tokens():
    from lagebild.coding.scope import Scope

    class T:  # a token as the dateline reader sees it
        def __init__(self, i, text, pos):
            self.i, self.text, self.pos_ = i, text, pos

    def sent(spec: str):
        return [T(i, w.split("/")[0] or "/", w.split("/")[1]) for i, w in enumerate(spec.split())]

    def place(t):
        return t.text in ("Moskau", "BERLIN", "KIEW", "Hannover")

    s = sent("Moskau/PROPN (/PUNCT Reuters/PROPN )/PUNCT –/PUNCT Die/DET Ukraine/PROPN")
    assert Scope.dateline_tokens(s, place) == {0, 1, 2, 3, 4}
    s = sent("BERLIN/PROPN //PUNCT KIEW/PROPN (/PUNCT dpa/PROPN )/PUNCT -/PUNCT Russland/PROPN")
    assert Scope.dateline_tokens(s, place) == set(range(7))
    s = sent("Hannover/PROPN -/PUNCT Bei/ADP einem/DET Unfall/NOUN")
    assert Scope.dateline_tokens(s, place) == {0, 1}
    # a headline "Verdi - Streik …": no place, no agency, no dateline
    s = sent("Verdi/PROPN -/PUNCT Streik/NOUN an/ADP Flughäfen/NOUN")
    assert Scope.dateline_tokens(s, place) == set()


def test_talking_to_a_reporting_medium_is_no_consultation(pipe):
    # rule `interview`: the medium the statement was given to is no partner of talks
    evs = _events(
        pipe,
        "Der Außenminister sagte im Gespräch mit der Nachrichtenagentur Reuters, man setze "
        "auf Diplomatie.",
    )
    assert not [e for e in evs if e.type == "CONSULT"]
    # talks with a government stay talks
    evs = _events(
        pipe, "Der deutsche Außenminister führte Gespräche mit seinem italienischen Amtskollegen."
    )
    assert [e for e in evs if e.type == "CONSULT"]


def test_designating_land_is_no_expulsion(pipe):
    # "ausweisen" of areas designates them; of people it expels them (@area in rules.yaml)
    evs = _events(pipe, "Sachsen hat neue Flächen für Windräder ausgewiesen.")
    assert not [e for e in evs if e.type == "COERCE"]
    evs = _events(pipe, "Österreich hat zwei türkische Staatsbürger ausgewiesen.")
    assert [e for e in evs if e.type == "COERCE"]


def test_attribution_phrases_are_worked_out_once_a_sentence(coder, monkeypatch):
    # "Laut Tass drohte Pakistan mit Konsequenzen, Afghanistan schwieg.": the modality of each
    # verb and the no-party tokens ask for the attribution phrases; they are worked out once a
    # sentence, and again for another doc (a repaired parse is one)
    calls = []
    real = coder.scope.attribution_tokens
    monkeypatch.setattr(
        coder.scope, "attribution_tokens", lambda sent: calls.append(sent.start) or real(sent)
    )
    assert any(e["source"] == "PAK" for e in events(coder, build(REPORTED)))
    assert calls == [0]
    events(coder, build(REPORTED))
    assert calls == [0, 0]
