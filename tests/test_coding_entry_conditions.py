"""Entry conditions widened by class or by the parser's attachment variants (session 14,
issue #5): a weapon as the subject of "treffen" (condition `subject`), the retaliation a
warning announces (@retaliation), benefits a union suspends (@privilege) and a part of what is
suspended ("einen Teil der …", "die Umsetzung des …"), money frozen for a state, the two
accusatives of a naming verb, an "als" phrase hung on a later verb, appalled adjectives and
false reports (@condemnation), proposals called unacceptable and reports called exaggerated
(REJECT)."""

from __future__ import annotations

import pytest

from tests.parses import country_pairs


def _pairs(pipe, text, typ):
    return country_pairs(pipe, text, typ)


@pytest.mark.parametrize(
    "text, typ, src, tgt",
    [
        # a weapon hits: the subject is a projectile, its owner the source
        ("Russische Marschflugkörper trafen in der Nacht ein Umspannwerk bei Lwiw.",
         "ASSAULT", "RUS", "UKR"),
        ("Raketen der russischen Armee trafen ein Wohnhaus in Charkiw.", "ASSAULT", "RUS", "UKR"),
        # the retaliation in the warning's clause
        ("Nordkorea warnte Südkorea, jede weitere Übung werde eine entschlossene Antwort nach "
         "sich ziehen.", "THREATEN", "PRK", "KOR"),
        # benefits and a part of them suspended, money frozen, an exchange suspended
        ("Die EU setzte einen Teil der Zollvergünstigungen für Kambodscha aus.",
         "SANCTION", "IGO:EU", "KHM"),
        ("Mali hat die Umsetzung des Friedensabkommens mit Algerien ausgesetzt.",
         "SANCTION", "MLI", "DZA"),
        ("Die EU-Kommission fror zwei Milliarden Euro für die Slowakei ein.",
         "SANCTION", "IGO:EU", "SVK"),
        ("Bogotá setzte den Austausch von Informationen mit Washington aus.",
         "SANCTION", "COL", "USA"),
        # a naming verb's two accusatives: the later is the name, never the target
        ("Trump nannte den kolumbianischen Präsidenten einen illegalen Drogenboss.",
         "ACCUSE", "USA", "COL"),
        ("Trump griff den Präsidenten Kolumbiens an, den er einen illegalen Drogenboss nannte.",
         "ACCUSE", "USA", "COL"),
        # "als" hung on the next verb of the sentence
        ("Der Kreml bezeichnete die Entscheidung Finnlands, die Grenze zu Russland dauerhaft "
         "geschlossen zu halten, als „unfreundlichen Akt“ und kündigte Gegenmaßnahmen an.",
         "ACCUSE", "RUS", "FIN"),
        # appalled adjectives condemn
        ("Die Vereinten Nationen haben die Angriffe der RSF auf Lager als „zutiefst "
         "erschütternd“ bezeichnet.", "ACCUSE", "IGO:UN", "SDN"),
        # a false report is what a speaker condemns
        ("Der Kreml sprach von einer gezielten Falschmeldung Kiews.", "ACCUSE", "RUS", "UKR"),
        # a proposal called unacceptable, accusations called antisemitic: turned down
        ("Teheran bezeichnete den Vorschlag der EU als inakzeptabel.", "REJECT", "IRN", "IGO:EU"),
        ("Das Außenministerium in Ankara bezeichnete die Berichte über Angriffe auf Kurden als "
         "übertrieben.", "REJECT", "TUR", None),
    ],
)  # fmt: skip
def test_widened_conditions_code_the_event(pipe, text, typ, src, tgt):
    assert (src, tgt) in _pairs(pipe, text, typ)


def test_a_name_is_no_second_target(pipe):
    text = "Trump griff den Präsidenten Kolumbiens an, den er einen illegalen Drogenboss nannte."
    assert _pairs(pipe, text, "ACCUSE") == [("USA", "COL")]


@pytest.mark.parametrize(
    "text, typ",
    [
        # a person who "trifft" someone meets him
        ("Der ukrainische Außenminister traf seinen polnischen Amtskollegen in Warschau.",
         "ASSAULT"),
        # a warning without retaliation stays a criticism
        ("Der Präsident warnte, die Lage in Gaza werde sich weiter verschlechtern.", "THREATEN"),
        # suspending one's own programme is no sanction
        ("Die Regierung setzte einen Teil der Bauarbeiten am Flughafen aus.", "SANCTION"),
        # a report called appalling is believed, not denied
        ("Die Vereinten Nationen haben Berichte über Hinrichtungen durch die RSF als zutiefst "
         "erschütternd bezeichnet.", "REJECT"),
        # a name that condemns nothing
        ("Der Trainer nannte den Stürmer einen Glücksfall für den Verein.", "ACCUSE"),
    ],
)  # fmt: skip
def test_conditions_still_keep_out(pipe, text, typ):
    assert _pairs(pipe, text, typ) == []
