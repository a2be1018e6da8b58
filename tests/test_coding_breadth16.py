"""Lexicon breadth for COOPERATE, CONSULT, PROTEST, ACCUSE, COERCE and SUPPORT (session 15,
issue #5): the common German news forms of each type that the lexicon lacked, from the CAMEO
sub-codes, and the lexicon gaps seen on fresh text that session (ruling out, a report called
biased, forces counted or moved, talks concluded, thanks, a consulate closed, a campaign called
deliberate), each tested on sentences of our own (not from the pool or the dev gold), and the
non-political uses the new words must not fire on. Coded through the real NLP and actor stages."""

from __future__ import annotations

import pytest

from tests.parses import plain_countries


def _plain(pipe, text):
    return plain_countries(pipe, text)


SYMMETRIC = {"COOPERATE", "CONSULT"}


@pytest.mark.parametrize(
    "text, event",
    [
        # COOPERATE: training with another's forces, joint investigation teams, planning
        # coordinated, intelligence shared, handed over or delivered, working hand in hand
        (
            "Die indische Marine übte mit der australischen Marine im Indischen Ozean.",
            ("COOPERATE", "IND", "AUS"),
        ),
        (
            "Die Staatsanwaltschaften Frankreichs und Belgiens bildeten eine gemeinsame "
            "Ermittlungsgruppe.",
            ("COOPERATE", "FRA", "BEL"),
        ),
        (
            "Schweden und Finnland koordinieren ihre Verteidigungsplanung.",
            ("COOPERATE", "SWE", "FIN"),
        ),
        (
            "Die Streitkräfte Lettlands teilen Radardaten mit der finnischen Armee.",
            ("COOPERATE", "LVA", "FIN"),
        ),
        (
            "Die USA stellen der Ukraine Geheimdienstinformationen zur Verfügung.",
            ("COOPERATE", "USA", "UKR"),
        ),
        ("Die Türkei lieferte Aufklärungsdaten an Aserbaidschan.", ("COOPERATE", "TUR", "AZE")),
        (
            "Die Seestreitkräfte Indiens und Japans trainierten zusammen im Golf von Bengalen.",
            ("COOPERATE", "IND", "JPN"),
        ),
        (
            "Die Grenzschützer Estlands und Lettlands sichern die Grenze gemeinsam.",
            ("COOPERATE", "EST", "LVA"),
        ),
        (
            "Die Geheimdienste Kanadas und der USA arbeiten Hand in Hand.",
            ("COOPERATE", "CAN", "USA"),
        ),
        # CONSULT: talks had, contact taken up or kept, phone talks without "mit", visits
        # made or being on one, calling on someone, meeting by chance, shuttle diplomacy
        (
            "Der indische Premierminister hatte eine Unterredung mit dem amerikanischen Präsidenten.",
            ("CONSULT", "IND", "USA"),
        ),
        (
            "Der kanadische Premierminister stand in engem Kontakt mit dem US-Präsidenten.",
            ("CONSULT", "CAN", "USA"),
        ),
        (
            "Die Regierung in Seoul nahm Kontakt mit der Regierung in Pjöngjang auf.",
            ("CONSULT", "KOR", "PRK"),
        ),
        (
            "Der US-Präsident und der russische Präsident sprachen telefonisch über die Ukraine.",
            ("CONSULT", "USA", "RUS"),
        ),
        (
            "Der japanische Ministerpräsident hielt Rücksprache mit dem US-Präsidenten.",
            ("CONSULT", "JPN", "USA"),
        ),
        ("Die britische Außenministerin war zu Besuch in Indien.", ("CONSULT", "GBR", "IND")),
        (
            "Der ungarische Ministerpräsident machte einen Abstecher nach Moskau.",
            ("CONSULT", "HUN", "RUS"),
        ),
        (
            "Der indonesische Präsident absolvierte einen Staatsbesuch in Australien.",
            ("CONSULT", "IDN", "AUS"),
        ),
        (
            "Der litauische Präsident suchte den finnischen Präsidenten in Helsinki auf.",
            ("CONSULT", "LTU", "FIN"),
        ),
        (
            "Die Regierungschefs Indiens und Pakistans begegneten sich am Rande des Gipfels.",
            ("CONSULT", "IND", "PAK"),
        ),
        ("Der US-Gesandte pendelte zwischen Israel und dem Libanon.", ("CONSULT", "USA", "ISR")),
        # ACCUSE: calling someone names, an indictment
        (
            "Der polnische Präsident nannte den russischen Präsidenten einen Kriegsverbrecher.",
            ("ACCUSE", "POL", "RUS"),
        ),
        (
            "Die kolumbianische Regierung hat den US-Präsidenten als Lügner bezeichnet.",
            ("ACCUSE", "COL", "USA"),
        ),
        (
            "Der türkische Präsident hat Israel als Terrorstaat bezeichnet.",
            ("ACCUSE", "TUR", "ISR"),
        ),
        (
            "Der russische Außenminister stellte die Nato als Aggressor dar.",
            ("ACCUSE", "RUS", "IGO:NATO"),
        ),
        (
            "Die Behörden in Aserbaidschan haben die Journalisten unter Anklage gestellt.",
            ("ACCUSE", "AZE", "AZE"),
        ),
        # COERCE: led away, interrogated, held captive, put in custody, removed from office,
        # a ban laid on someone
        ("Die Polizei in Tiflis hat den Oppositionsführer abgeführt.", ("COERCE", "GEO", "GEO")),
        (
            "Die chinesischen Behörden verhörten einen japanischen Geschäftsmann.",
            ("COERCE", "CHN", "JPN"),
        ),
        (
            "Die algerischen Behörden halten einen französischen Schriftsteller seit Monaten "
            "gefangen.",
            ("COERCE", "DZA", "FRA"),
        ),
        (
            "Die US-Einwanderungsbehörde nahm Hunderte Mexikaner in Abschiebehaft.",
            ("COERCE", "USA", "MEX"),
        ),
        (
            "Die Justiz in der Türkei hat den Oppositionsführer seines Amtes enthoben.",
            ("COERCE", "TUR", "TUR"),
        ),
        (
            "Die Behörden in Ägypten haben den Aktivisten mit einem Reiseverbot belegt.",
            ("COERCE", "EGY", "EGY"),
        ),
        # SUPPORT: standing by, solidarising, understanding and respect shown, canvassing for
        # another's cause, honours
        ("Die USA stehen fest an der Seite Israels.", ("SUPPORT", "USA", "ISR")),
        ("Serbien hält zu Russland.", ("SUPPORT", "SRB", "RUS")),
        ("Die Slowakei solidarisierte sich mit Ungarn.", ("SUPPORT", "SVK", "HUN")),
        (
            "Der brasilianische Präsident zeigte Verständnis für die Haltung Russlands.",
            ("SUPPORT", "BRA", "RUS"),
        ),
        ("Die Ukraine zollte Polen Respekt für die Hilfe.", ("SUPPORT", "UKR", "POL")),
        (
            "Der französische Präsident warb für die Aufnahme der Ukraine in die EU.",
            ("SUPPORT", "FRA", "UKR"),
        ),
        (
            "Der Premier Indiens ehrte den Präsidenten Ghanas mit einem Orden.",
            ("SUPPORT", "IND", "GHA"),
        ),
        # words chosen, assent given, criticism not spared, legal assistance, data passed on,
        # passports taken
        (
            "Der US-Präsident fand lobende Worte für den Präsidenten Argentiniens.",
            ("SUPPORT", "USA", "ARG"),
        ),
        (
            "Der französische Präsident fand scharfe Worte für die Regierung in Moskau.",
            ("ACCUSE", "FRA", "RUS"),
        ),
        (
            "Die Regierung in Ankara signalisierte Zustimmung zum Beitritt Schwedens.",
            ("SUPPORT", "TUR", "SWE"),
        ),
        ("Der Präsident Brasiliens sparte nicht mit Kritik an den USA.", ("ACCUSE", "BRA", "USA")),
        ("Die Schweizer Justiz leistete den USA Rechtshilfe.", ("COOPERATE", "CHE", "USA")),
        (
            "Die Ermittler in Italien leiteten die Daten an die französische Polizei weiter.",
            ("COOPERATE", "ITA", "FRA"),
        ),
        ("Die Behörden in Russland zogen den Pass des Journalisten ein.", ("COERCE", "RUS", "RUS")),
        # idioms: meeting someone ("traf auf"), blame ("zeigte mit dem Finger auf", "las ... die
        # Leviten", "vermutet X hinter"), shielding, thrown out of the country, side by side
        (
            "Der US-Präsident traf in Alaska auf den russischen Präsidenten.",
            ("CONSULT", "USA", "RUS"),
        ),
        ("Die Regierung in Kiew zeigte mit dem Finger auf Moskau.", ("ACCUSE", "UKR", "RUS")),
        ("Der Kanzler las der chinesischen Führung die Leviten.", ("ACCUSE", "DEU", "CHN")),
        (
            "Die iranische Regierung vermutet die USA hinter den Protesten.",
            ("ACCUSE", "IRN", "USA"),
        ),
        (
            "Die Regierung in Rom stellte sich schützend vor die libysche Regierung.",
            ("SUPPORT", "ITA", "LBY"),
        ),
        (
            "Die Regierung in Baku warf die Journalisten der BBC aus dem Land.",
            ("COERCE", "AZE", "GBR"),
        ),
        (
            "Ukrainische und polnische Soldaten kämpften Seite an Seite.",
            ("COOPERATE", "UKR", "POL"),
        ),
        # gaps seen on fresh text (session 15): the conclusion of talks announced, a foreign
        # consulate closed (its country is the target, not the town), a campaign called
        # deliberate, thanks in the reflexive form
        (
            "Die Außenminister der Asean-Staaten und Australiens haben in Canberra den Abschluss "
            "der Gespräche über ein Handelsabkommen bekanntgegeben.",
            ("AGREE", "IGO:ASEAN", "AUS"),
        ),
        (
            "Die Regierung in Prag hat das russische Konsulat in Brünn geschlossen.",
            ("SANCTION", "CZE", "RUS"),
        ),
        (
            "Die Regierung in Caracas sprach von einer gezielten Kampagne Washingtons.",
            ("ACCUSE", "VEN", "USA"),
        ),
        (
            "Die Regierung in Kiew bedankte sich bei Norwegen für die Hilfe.",
            ("SUPPORT", "UKR", "NOR"),
        ),
    ],
)
def test_breadth_pair(pipe, text, event):
    found = _plain(pipe, text)
    typ, src, tgt = event
    if typ in SYMMETRIC:
        assert any(t == typ and {s, g} == {src, tgt} for t, s, g in found), found
    else:
        assert event in found, found


@pytest.mark.parametrize(
    "text, event",
    [
        # PROTEST: a sit-in held, a strike or protest widened or carried on, refusing food
        (
            "Die Demonstranten in Istanbul hielten ein Sit-in vor dem Rathaus ab.",
            ("PROTEST", "TUR"),
        ),
        ("Die Lehrer in Portugal haben ihren Streik ausgeweitet.", ("PROTEST", "PRT")),
        ("Die Bauern in Indien setzten ihren Protest vor der Hauptstadt fort.", ("PROTEST", "IND")),
        ("In Tiflis gingen Tausende Demonstranten auf die Barrikaden.", ("PROTEST", "GEO")),
        (
            "Mehrere inhaftierte Journalisten in Aserbaidschan verweigern seit einer Woche die "
            "Nahrungsaufnahme.",
            ("PROTEST", "AZE"),
        ),
        # gaps seen on fresh text (session 15): ruling out ('komme nicht in Frage', said by the
        # speaker of the reported clause), a report called biased, forces of another state
        # counted around one's territory, forces moved in an agentless passive (their country
        # acts); thanks in the reflexive form are a pair above
        (
            "Ein Bündnis mit der Rechten komme nicht in Frage, erklärte die spanische Regierung "
            "in Madrid.",
            ("REJECT", "ESP"),
        ),
        ("Für Kiew kommt eine Abtretung der Krim an Russland nicht in Frage.", ("REJECT", "UKR")),
        (
            "Die Regierung in Ankara bezeichnete den Bericht des Europarats als voreingenommen.",
            ("REJECT", "TUR"),
        ),
        (
            "Das Verteidigungsministerium in Taipeh zählte am Montag 20 chinesische Kampfjets "
            "rund um Taiwan.",
            ("MOBILIZE", "CHN"),
        ),
        (
            "Russische Truppen sollen an der Grenze zu Finnland zusammengezogen worden sein.",
            ("MOBILIZE", "RUS"),
        ),
        (
            "Nach Angaben der Nato wurden belarussische Soldaten an die Grenze verlegt.",
            ("MOBILIZE", "BLR"),
        ),
    ],
)
def test_breadth_source(pipe, text, event):
    assert event in [ev[:2] for ev in _plain(pipe, text)]


@pytest.mark.parametrize(
    "text, typ",
    [
        # taxes and profits are "abgeführt" by no police
        ("Der Konzern hat seine Gewinne an die Muttergesellschaft abgeführt.", "COERCE"),
        # a firm distinguishing itself, a speech held on a country, pupils practising
        ("Die Firma zeichnet sich durch eine hohe Qualität aus.", "SUPPORT"),
        ("Der Außenminister hielt eine Rede zu Russland.", "SUPPORT"),
        ("Die Schüler übten mit ihrem Lehrer für die Prüfung.", "COOPERATE"),
        # kind words about a homeland, recruits drafted, data sold to customers, a coach
        # standing by his goalkeeper
        ("Der Autor fand schöne Worte für seine Heimat.", "SUPPORT"),
        ("Die Bundeswehr zog im Herbst neue Rekruten ein.", "COERCE"),
        ("Das Unternehmen liefert Daten an seine Kunden.", "COOPERATE"),
        ("Der Trainer hielt zu seinem Torwart.", "SUPPORT"),
        # canvassing for a measure against people is no support of them
        (
            "Die Kanzlerin warb für eine konsequente Abschiebung von Flüchtlingen aus Syrien.",
            "SUPPORT",
        ),
        # a government meeting resistance, troops meeting the enemy, a minister facing the press
        ("Die Regierung in Rom traf mit dem Gesetz auf Widerstand der Opposition.", "CONSULT"),
        ("Die ukrainischen Soldaten trafen bei Pokrowsk auf russische Einheiten.", "CONSULT"),
        ("Der Minister stellte sich vor die Presse.", "SUPPORT"),
        # a state boycotting a summit refuses it; it does not protest (reject.boykottieren)
        ("Die USA haben den G20-Gipfel in Südafrika boykottiert.", "PROTEST"),
        # counting demonstrators, thanking helpers
        ("Die Polizei in Hamburg zählte am Samstag rund 3000 Demonstranten.", "MOBILIZE"),
        ("Der Minister bedankte sich bei den Helfern für ihren Einsatz.", "SUPPORT"),
    ],
)
def test_breadth_not_fired(pipe, text, typ):
    assert typ not in [ev[0] for ev in _plain(pipe, text)]
