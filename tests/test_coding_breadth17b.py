"""Lexicon breadth for REJECT, THREATEN, REQUEST, AGREE and ASSAULT (session 16, issue #5): the
common German news forms of each type that the lexicon lacked, from the CAMEO sub-codes, each
tested on sentences of our own (not from the pool or the dev gold), and the non-political uses
the new words must not fire on. Coded through the real NLP and actor stages."""

from __future__ import annotations

import pytest

from tests.parses import plain_countries

SYMMETRIC = {"AGREE", "ASSAULT"}


@pytest.mark.parametrize(
    "text, event",
    [
        # REJECT: a demand not given in to, not ready to, the future refusal of aid, a court
        # voiding a law, abiding by no ruling, defying an ultimatum
        ("Ungarn kam den Auflagen der EU-Kommission nicht nach.", ("REJECT", "HUN", "IGO:EU")),
        (
            "Die Regierung in Teheran sei nicht zu Gesprächen mit Washington bereit, sagte "
            "der Außenminister.",
            ("REJECT", "IRN", "USA"),
        ),
        (
            "Das Oberste Gericht Brasiliens erklärte das Dekret der Regierung für verfassungswidrig.",
            ("REJECT", "BRA", "BRA"),
        ),
        (
            "Der Regierungschef Ungarns sagte, sein Land werde der Ukraine keine Waffen liefern.",
            ("REJECT", "HUN", "UKR"),
        ),
        (
            "Israel werde keinen palästinensischen Staat zulassen, sagte der Außenminister.",
            ("REJECT", "ISR", "PSE"),
        ),
        ("Nordkorea ließ das Gesprächsangebot Südkoreas unbeantwortet.", ("REJECT", "PRK", "KOR")),
        (
            "Die Junta in Niger missachtete das Ultimatum der Ecowas.",
            ("REJECT", "NER", "IGO:ECOWAS"),
        ),
        # THREATEN: an act to be taken as a cause of war, answering with all severity, a price
        # to pay for an attack, places declared targets
        (
            "Die Regierung in Peking werde jede Unabhängigkeitserklärung Taiwans als Kriegsgrund "
            "betrachten, sagte ein Sprecher.",
            ("THREATEN", "CHN", "TWN"),
        ),
        (
            "Die Regierung in Seoul werde auf jede Provokation Pjöngjangs mit aller Härte "
            "antworten, sagte der Verteidigungsminister.",
            ("THREATEN", "KOR", "PRK"),
        ),
        (
            "Die Regierung in Caracas werde auf jeden Angriff Guyanas militärisch reagieren, "
            "sagte der Verteidigungsminister.",
            ("THREATEN", "VEN", "GUY"),
        ),
        (
            "Der israelische Verteidigungsminister sagte, die Hisbollah werde für den Angriff "
            "teuer bezahlen.",
            ("THREATEN", "ISR", "LBN"),
        ),
        (
            "Russland erklärte britische Militäreinrichtungen zu legitimen Zielen.",
            ("THREATEN", "RUS", "GBR"),
        ),
        # REQUEST: members called out, membership and extradition applied for
        (
            "Die Gewerkschaft Verdi rief die Beschäftigten der Bahn zu Warnstreiks auf.",
            ("REQUEST", "DEU", "DEU"),
        ),
        (
            "Die Ukraine beantragte die Aufnahme in die Europäische Union.",
            ("REQUEST", "UKR", "IGO:EU"),
        ),
        (
            "Die Palästinenser beantragten die Vollmitgliedschaft in den Vereinten Nationen.",
            ("REQUEST", "PSE", "IGO:UN"),
        ),
        (
            "Die USA beantragten bei Mexiko die Auslieferung des Kartellchefs.",
            ("REQUEST", "USA", "MEX"),
        ),
        # AGREE: a dispute buried
        ("Griechenland und Nordmazedonien begruben ihren Namensstreit.", ("AGREE", "GRC", "MKD")),
        # ASSAULT: clashes, beatings, troops moving in
        (
            "Indische und chinesische Soldaten gerieten an der umstrittenen Grenze aneinander.",
            ("ASSAULT", "IND", "CHN"),
        ),
        (
            "Serbische Demonstranten stießen im Norden des Kosovo mit Soldaten der Nato zusammen.",
            ("ASSAULT", "SRB", "IGO:NATO"),
        ),
        ("Die Polizei in Belgrad prügelte auf Demonstranten ein.", ("ASSAULT", "SRB", "SRB")),
        ("Russland fiel im Februar 2022 in die Ukraine ein.", ("ASSAULT", "RUS", "UKR")),
    ],
)
def test_breadth_pair(pipe, text, event):
    found = plain_countries(pipe, text)
    typ, src, tgt = event
    if typ in SYMMETRIC:
        assert event in found or (typ, tgt, src) in found, found
    else:
        assert event in found, found


@pytest.mark.parametrize(
    "text, event",
    [
        ("Russland beugte sich dem Druck des Westens nicht.", ("REJECT", "RUS")),
        ("Ungarn hielt an seinem Veto gegen das Sanktionspaket fest.", ("REJECT", "HUN")),
        ("Die Türkei beharrte auf ihrer Ablehnung des Beitritts.", ("REJECT", "TUR")),
        (
            "Die Regierung in Minsk zeigte sich nicht bereit, die Oppositionellen freizulassen.",
            ("REJECT", "BLR"),
        ),
        (
            "Der Kreml erklärte, Russland habe mit den Anschlägen in Litauen nichts zu tun.",
            ("REJECT", "RUS"),
        ),
        (
            "Die Regierung in Peking erklärte den Schiedsspruch des Gerichts in Den Haag für null "
            "und nichtig.",
            ("REJECT", "CHN"),
        ),
        (
            "Die Regierung in Prag werde keine Flüchtlinge aus Griechenland aufnehmen, sagte der "
            "Innenminister.",
            ("REJECT", "CZE"),
        ),
        (
            "Die Regierung in Budapest werde sich nicht an das Urteil des Europäischen "
            "Gerichtshofs halten, sagte der Außenminister.",
            ("REJECT", "HUN"),
        ),
        ("Die Huthi drohten, Schiffe im Roten Meer anzugreifen.", ("THREATEN", "YEM")),
        (
            "Die RSF drohten mit einem Angriff auf die sudanesische Stadt El Obeid.",
            ("THREATEN", "SDN"),
        ),
        (
            "Die Regierung in Peking warnte, wer mit dem Feuer spiele, werde sich verbrennen.",
            ("THREATEN", "CHN"),
        ),
        (
            "Die Regierung in Ankara warnte, man werde auf jede Verletzung des Luftraums mit "
            "harten Gegenmaßnahmen reagieren.",
            ("THREATEN", "TUR"),
        ),
        (
            "Der Anführer der RSF kündigte an, seine Kämpfer würden als Nächstes die Stadt El "
            "Obeid einnehmen.",
            ("THREATEN", "SDN"),
        ),
        ("Die Huthi kündigten neue Angriffe auf Schiffe im Roten Meer an.", ("THREATEN", "YEM")),
        (
            "Der russische Geheimdienst steckt hinter dem Anschlag auf die Bahnstrecke.",
            ("ASSAULT", "RUS"),
        ),
    ],
)
def test_breadth_source(pipe, text, event):
    assert event in [ev[:2] for ev in plain_countries(pipe, text)]


@pytest.mark.parametrize(
    "text, typ",
    [
        # a price paid for energy or debts, an answer to floods or inflation: no threat
        (
            "Die Verbraucher in Deutschland werden einen hohen Preis für die Energiewende zahlen, "
            "sagte der Wirtschaftsminister.",
            "THREATEN",
        ),
        (
            "Die Armee Kolumbiens werde auf die Überschwemmungen entschlossen reagieren, sagte "
            "der Präsident.",
            "THREATEN",
        ),
        # an offensive begun is the attack, not its announcement
        (
            "Die kolumbianische Armee hat eine Offensive gegen die Rebellen der ELN begonnen.",
            "THREATEN",
        ),
        # arms not delivered in the past: a negated AID, no refusal
        ("Deutschland hat der Ukraine keine Marschflugkörper geliefert.", "REJECT"),
        # a court calling an act unlawful accuses, it voids no law
        (
            "Das Berliner Verwaltungsgericht erklärte die Abschiebung der Familie nach Afghanistan "
            "für rechtswidrig.",
            "REJECT",
        ),
        # a strike called with no one named stays the announced protest
        (
            "Die französischen Gewerkschaften riefen für Donnerstag zu einem landesweiten Streik auf.",
            "REQUEST",
        ),
        # a company's deliveries and a coach's rules are no state refusal
        (
            "Der Konzern Siemens werde keine Turbinen mehr nach Russland liefern, sagte ein Sprecher.",
            "REJECT",
        ),
        # a parliament dissolved is no settled dispute
        ("Die Regierung in Madrid löste das Parlament auf.", "AGREE"),
    ],
)
def test_breadth_not_fired(pipe, text, typ):
    assert typ not in [ev[0] for ev in plain_countries(pipe, text)]
