"""Verb forms of two verbs read as their tag says (nlp/lexicon.verb_lemma): "führen" is also
fahren's Konjunktiv II and "drängen" dringen's, and the verb lexicon lists that reading first,
so "Gespräche führen", "einen Test durchführen" and "drängen … zu" lost their entries and the
modality of the clause around them. And an act that is the active subject of its clause takes
that clause's modality even when the verb is a support verb elsewhere ("eine Offensive würde zu
Opfern führen"). Our own sentences, coded through the real NLP and actor stages."""

from __future__ import annotations


def _events(pipe, text, typ):
    return [e for e in pipe.code_text(text).events if e.type == typ]


def test_talks_held_with_fuehren_in_the_present(pipe):
    evs = _events(pipe, "Serbien und das Kosovo führen in Brüssel Gespräche.", "CONSULT")
    assert evs and not evs[0].hypothetical
    assert {evs[0].source.code[:3], evs[0].target.code[:3]} == {"SRB", "XKX"}


def test_a_planned_act_carried_by_durchfuehren_is_hypothetical(pipe):
    evs = _events(pipe, "Verdi will in Hamburg Warnstreiks durchführen.", "PROTEST")
    assert evs and all(e.hypothetical for e in evs)
    evs = _events(
        pipe, "Der Iran will im Persischen Golf einen Raketentest durchführen.", "MOBILIZE"
    )
    assert evs and all(e.hypothetical for e in evs)
    assert evs[0].source.code.startswith("IRN")


def test_draengen_in_the_present_is_a_request(pipe):
    evs = _events(pipe, "Die Nachbarstaaten Serbiens drängen Belgrad zu einer Einigung.", "REQUEST")
    assert evs and evs[0].target.code.startswith("SRB")


def test_an_act_as_subject_takes_its_clauses_modality(pipe):
    text = "Ein Angriff der türkischen Armee auf Afrin würde zu einer Fluchtwelle führen."
    evs = _events(pipe, text, "ASSAULT")
    assert evs and all(e.hypothetical for e in evs)
    text = "Der Angriff der türkischen Armee auf Afrin führte zu einer Fluchtwelle."
    evs = _events(pipe, text, "ASSAULT")
    assert evs and not any(e.hypothetical or e.negated for e in evs)
