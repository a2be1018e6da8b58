"""Lexicon breadth for MOBILIZE, AID, SANCTION, RETREAT and CONCEDE, and for REJECT, THREATEN,
REQUEST, AGREE and ASSAULT (session 16, issue #5): the common German news forms of each type that
the lexicon lacked, from the CAMEO sub-codes (15x, 07x, 16x, 087x, 08x and 055 for the first
five), each tested on sentences of our own (not from the pool or the dev gold), and the
non-political uses the new words must not fire on. Coded through the real NLP and actor
stages."""

from __future__ import annotations

import pytest

from tests.parses import plain_countries

SYMMETRIC = {"AGREE", "ASSAULT"}


@pytest.mark.parametrize(
    "text, event",
    [
        # AID: support said to be material by its adverb, helping out with money or goods, rescuers
        # sent, aid arriving, money raised or lent, shelters, proceeds of frozen assets, vehicles
        ("Norwegen unterstützt die Republik Moldau finanziell.", ("AID", "NOR", "MDA")),
        ("Deutschland unterstützt die Ukraine finanziell.", ("AID", "DEU", "UKR")),
        ("Die USA unterstützen Israel militärisch.", ("AID", "USA", "ISR")),
        ("Venezuela half Kuba jahrelang mit billigen Öllieferungen.", ("AID", "VEN", "CUB")),
        ("Russland half Kuba mit Öllieferungen.", ("AID", "RUS", "CUB")),
        (
            "China half Pakistan mit einem Kredit über zwei Milliarden Dollar aus.",
            ("AID", "CHN", "PAK"),
        ),
        ("Griechenland schickte Rettungsteams und Spürhunde in die Türkei.", ("AID", "GRC", "TUR")),
        ("Die Türkei schickte Rettungsteams nach Marokko.", ("AID", "TUR", "MAR")),
        ("Deutschland schickte ein Ärzteteam nach Libyen.", ("AID", "DEU", "LBY")),
        ("Die EU schickte Löschflugzeuge nach Griechenland.", ("AID", "IGO:EU", "GRC")),
        ("Israel entsandte ein Rettungsteam in die Türkei.", ("AID", "ISR", "TUR")),
        (
            "Die Vereinigten Arabischen Emirate schickten ein Feldlazarett nach Gaza.",
            ("AID", "ARE", "PSE"),
        ),
        (
            "Ein Hilfskonvoi der Afrikanischen Union erreichte die Stadt El Fasher im Sudan.",
            ("AID", "IGO:AU", "SDN"),
        ),
        (
            "Ein Hilfskonvoi der Vereinten Nationen erreichte den Gazastreifen.",
            ("AID", "IGO:UN", "PSE"),
        ),
        (
            "Mehr als 200 Lastwagen des Welternährungsprogramms mit Hilfsgütern erreichten am Sonntag den Sudan.",
            ("AID", "IGO:WFP", "SDN"),
        ),
        (
            "Die Weltbank mobilisierte zwei Milliarden Dollar für Pakistan.",
            ("AID", "IGO:WB", "PAK"),
        ),
        ("Die EU mobilisierte weitere Milliarden für die Ukraine.", ("AID", "IGO:EU", "UKR")),
        ("Großbritannien lieh der Ukraine zwei Milliarden Pfund.", ("AID", "GBR", "UKR")),
        (
            "Jordanien errichtete Zeltlager für Tausende Flüchtlinge aus Syrien.",
            ("AID", "JOR", "SYR"),
        ),
        (
            "Die venezolanischen Behörden richteten Notunterkünfte für Tausende Kolumbianer ein.",
            ("AID", "VEN", "COL"),
        ),
        ("Kenia übergab der somalischen Armee zwanzig Truppentransporter.", ("AID", "KEN", "SOM")),
        ("Japan übergab den Philippinen fünf Patrouillenschiffe.", ("AID", "JPN", "PHL")),
        (
            "Die EU überwies der Ukraine weitere zwei Milliarden Euro aus Erträgen eingefrorener russischer Vermögen.",
            ("AID", "IGO:EU", "UKR"),
        ),
        (
            "Die Regierung in Berlin schickte Waffen und Munition an die Ukraine.",
            ("AID", "DEU", "UKR"),
        ),
        # SANCTION: ambassador called back, travel and visa bans, talks frozen, supplies cut, cut off
        # from Swift, privileges withdrawn, aid cuts named by a noun, flights suspended, borders shut
        ("Litauen rief seinen Botschafter aus Peking ab.", ("SANCTION", "LTU", "CHN")),
        (
            "Die EU verhängte Reisesperren gegen belarussische Funktionäre.",
            ("SANCTION", "IGO:EU", "BLR"),
        ),
        (
            "China verhängte einen Importstopp für japanische Meeresfrüchte.",
            ("SANCTION", "CHN", "JPN"),
        ),
        ("Die EU fror die Beitrittsgespräche mit Georgien ein.", ("SANCTION", "IGO:EU", "GEO")),
        (
            "Israel stellte die Stromlieferungen in den Gazastreifen ein.",
            ("SANCTION", "ISR", "PSE"),
        ),
        (
            "Die EU schloss iranische Banken vom Zahlungssystem Swift aus.",
            ("SANCTION", "IGO:EU", "IRN"),
        ),
        (
            "Die Europäische Union schloss russische Banken vom Zahlungssystem Swift aus.",
            ("SANCTION", "IGO:EU", "RUS"),
        ),
        ("Die USA entzogen Äthiopien die Handelsvorteile.", ("SANCTION", "USA", "ETH")),
        ("Die USA entzogen Südafrika die Handelsvorteile.", ("SANCTION", "USA", "ZAF")),
        (
            "Die Regierung in Warschau kritisierte die Kürzung der EU-Mittel für Polen.",
            ("SANCTION", "IGO:EU", "POL"),
        ),
        (
            "Die Regierung in Panama setzte alle Flugverbindungen nach Kuba aus.",
            ("SANCTION", "PAN", "CUB"),
        ),
        ("Russland verbot alle Direktflüge nach Georgien.", ("SANCTION", "RUS", "GEO")),
        (
            "Die EU setzte die visafreie Einreise für serbische Staatsbürger aus.",
            ("SANCTION", "IGO:EU", "SRB"),
        ),
        ("Polen machte seine Grenzübergänge zu Belarus dicht.", ("SANCTION", "POL", "BLR")),
        ("Finnland machte die Grenze zu Russland dicht.", ("SANCTION", "FIN", "RUS")),
        ("Die EU verhängte ein Flugverbot für russische Maschinen.", ("SANCTION", "IGO:EU", "RUS")),
        ("Kanada verhängte ein Hafenverbot gegen russische Schiffe.", ("SANCTION", "CAN", "RUS")),
        ("Die USA verhängten hohe Zölle für chinesische Elektroautos.", ("SANCTION", "USA", "CHN")),
        # RETREAT: equipment pulled out, bases handed over, posts dismantled, reservists sent home,
        # peacekeepers leaving, fewer forces, units disbanded, police pulling back
        ("Die USA zogen ihre Patriot-Systeme aus Saudi-Arabien ab.", ("RETREAT", "USA", "SAU")),
        (
            "Die letzten Blauhelme der Vereinten Nationen verließen Mali.",
            ("RETREAT", "IGO:UN", "MLI"),
        ),
        ("Die Blauhelme der Vereinten Nationen verließen den Kongo.", ("RETREAT", "IGO:UN", "COD")),
        # CONCEDE: blocks and rules eased, bowing to pressure, failures admitted, measures withdrawn
        # or undone, resigning by idiom
        (
            "Die USA gaben eingefrorene iranische Gelder in Höhe von sechs Milliarden Dollar frei.",
            ("CONCEDE", "USA", "IRN"),
        ),
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
def test_breadth17_pair(pipe, text, event):
    found = plain_countries(pipe, text)
    typ, src, tgt = event
    if typ in SYMMETRIC:
        assert event in found or (typ, tgt, src) in found, found
    else:
        assert event in found, found


@pytest.mark.parametrize(
    "text, event",
    [
        # MOBILIZE: called to arms, equipment, battle groups and police massed, alert raised in the
        # passive, parades, shells into the sea, recruiting, tests named by a noun, troops moving in
        ("Die Regierung in Jerewan rief 50.000 Reservisten zu den Waffen.", ("MOBILIZE", "ARM")),
        ("Israel rief 300.000 Reservisten zu den Waffen.", ("MOBILIZE", "ISR")),
        (
            "Aserbaidschan verlegte schweres Gerät und Raketenwerfer an die Grenze zu Armenien.",
            ("MOBILIZE", "AZE"),
        ),
        (
            "Die Armee Aserbaidschans zog schweres Gerät an der Grenze zusammen.",
            ("MOBILIZE", "AZE"),
        ),
        ("Der Iran verlegte Raketenwerfer an die Küste.", ("MOBILIZE", "IRN")),
        (
            "Die USA verlegten eine Flugzeugträgerkampfgruppe ins östliche Mittelmeer.",
            ("MOBILIZE", "USA"),
        ),
        ("Die Türkei schickte Verstärkung an die Grenze zu Syrien.", ("MOBILIZE", "TUR")),
        (
            "Das Innenministerium Frankreichs zog in Marseille Tausende Polizisten zusammen.",
            ("MOBILIZE", "FRA"),
        ),
        (
            "Die Streitkräfte Georgiens wurden in höchste Alarmbereitschaft versetzt.",
            ("MOBILIZE", "GEO"),
        ),
        ("Die Grenztruppen Indiens wurden in Alarmbereitschaft versetzt.", ("MOBILIZE", "IND")),
        ("Die Polizei Kenias wurde in Alarmbereitschaft versetzt.", ("MOBILIZE", "KEN")),
        (
            "Die Militärparade der chinesischen Armee in Peking zeigte neue Atomraketen.",
            ("MOBILIZE", "CHN"),
        ),
        ("Nordkorea hielt eine große Militärparade in Pjöngjang ab.", ("MOBILIZE", "PRK")),
        (
            "Die Armee Nordkoreas feuerte rund 200 Artilleriegranaten in die Pufferzone im Meer.",
            ("MOBILIZE", "PRK"),
        ),
        ("Die Regierung in Moskau rekrutierte Zehntausende neue Soldaten.", ("MOBILIZE", "RUS")),
        ("Russland rekrutierte Zehntausende neue Soldaten.", ("MOBILIZE", "RUS")),
        (
            "Der Test einer neuen Interkontinentalrakete durch Nordkorea beunruhigt Japan.",
            ("MOBILIZE", "PRK"),
        ),
        ("Russland führte einen Test mit einer Interkontinentalrakete durch.", ("MOBILIZE", "RUS")),
        ("Nordkorea zündete unterirdisch eine Wasserstoffbombe.", ("MOBILIZE", "PRK")),
        ("Nordkorea zündete eine Atombombe.", ("MOBILIZE", "PRK")),
        ("Soldaten der libanesischen Armee rückten in die Grenzdörfer ein.", ("MOBILIZE", "LBN")),
        ("Chinesische Kriegsschiffe zogen rund um Taiwan auf.", ("MOBILIZE", "CHN")),
        (
            "Die chinesische Armee demonstrierte vor Taiwan militärische Stärke.",
            ("MOBILIZE", "CHN"),
        ),
        ("Die serbische Polizei schickte Hundertschaften nach Novi Sad.", ("MOBILIZE", "SRB")),
        (
            "Die rumänische Armee verlegte zusätzliche Flugabwehrsysteme an die Grenze zur Ukraine.",
            ("MOBILIZE", "ROU"),
        ),
        ("Russland verlegte Iskander-Raketen an die Grenze zu Finnland.", ("MOBILIZE", "RUS")),
        (
            "Die Nato verstärkte ihre Luftraumüberwachung über dem Baltikum.",
            ("MOBILIZE", "IGO:NATO"),
        ),
        ("Polen verstärkte den Grenzschutz an der Grenze zu Belarus.", ("MOBILIZE", "POL")),
        # SANCTION: ambassador called back, travel and visa bans, talks frozen, supplies cut, cut off
        # from Swift, privileges withdrawn, aid cuts named by a noun, flights suspended, borders shut
        (
            "Die USA verhängten Visasperren gegen Mitglieder der palästinensischen Autonomiebehörde.",
            ("SANCTION", "USA"),
        ),
        # RETREAT: equipment pulled out, bases handed over, posts dismantled, reservists sent home,
        # peacekeepers leaving, fewer forces, units disbanded, police pulling back
        ("Die USA zogen militärische Ausrüstung aus Syrien ab.", ("RETREAT", "USA")),
        ("Die USA zogen ihre Atomwaffen aus Südkorea ab.", ("RETREAT", "USA")),
        (
            "Die französische Armee übergab ihren letzten Stützpunkt in Niger an die nigrische Armee.",
            ("RETREAT", "FRA"),
        ),
        ("Die US-Armee übergab den Stützpunkt an die irakische Armee.", ("RETREAT", "USA")),
        ("Die Armee Nordkoreas baute mehrere Wachposten an der Grenze ab.", ("RETREAT", "PRK")),
        ("Die Armee Südkoreas baute Wachposten an der Grenze ab.", ("RETREAT", "KOR")),
        ("Die armenische Armee entließ die mobilisierten Reservisten.", ("RETREAT", "ARM")),
        (
            "Die Regierung in Moskau verringerte die Zahl ihrer Soldaten in Tadschikistan.",
            ("RETREAT", "RUS"),
        ),
        ("Russland verringerte die Zahl seiner Soldaten in Armenien.", ("RETREAT", "RUS")),
        (
            "Die Rebellengruppe in Kolumbien löste ihre bewaffneten Einheiten auf.",
            ("RETREAT", "COL"),
        ),
        ("Die Hamas löste ihre bewaffneten Einheiten auf.", ("RETREAT", "PSE")),
        (
            "Nach den Protesten zog sich die Polizei in Belgrad aus dem besetzten Universitätsgebäude zurück.",
            ("RETREAT", "SRB"),
        ),
        ("Die französische Polizei zog am Abend aus dem Stadtviertel ab.", ("RETREAT", "FRA")),
        # CONCEDE: blocks and rules eased, bowing to pressure, failures admitted, measures withdrawn
        # or undone, resigning by idiom
        ("Die Regierung in Ankara hob die Sperre von Wikipedia auf.", ("CONCEDE", "TUR")),
        ("Die chinesische Regierung lockerte die Einreisebestimmungen.", ("CONCEDE", "CHN")),
        ("Die Regierung in Lima beugte sich dem Druck der Gewerkschaften.", ("CONCEDE", "PER")),
        ("Der Präsident Perus beugte sich dem Druck der Straße.", ("CONCEDE", "PER")),
        ("Der serbische Präsident gab dem Druck der Studenten nach.", ("CONCEDE", "SRB")),
        ("Die Regierung in Seoul räumte ihr Versagen ein.", ("CONCEDE", "KOR")),
        ("Der deutsche Innenminister räumte Pannen bei den Ermittlungen ein.", ("CONCEDE", "DEU")),
        ("Die Regierung in Dhaka nahm die umstrittene Quotenregelung zurück.", ("CONCEDE", "BGD")),
        (
            "Die Regierung Nigerias setzte die Erhöhung der Treibstoffpreise aus.",
            ("CONCEDE", "NGA"),
        ),
        (
            "Die Regierung in Quito machte die Erhöhung der Dieselpreise rückgängig.",
            ("CONCEDE", "ECU"),
        ),
        (
            "Die Regierung in Tiflis stoppte die Einführung des umstrittenen Gesetzes.",
            ("CONCEDE", "GEO"),
        ),
        ("Der litauische Finanzminister warf nach dem Streit hin.", ("CONCEDE", "LTU")),
        (
            "Der bulgarische Regierungschef warf nach den Protesten das Handtuch.",
            ("CONCEDE", "BGR"),
        ),
        ("Der slowenische Innenminister stellte sein Amt zur Verfügung.", ("CONCEDE", "SVN")),
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
def test_breadth17_source(pipe, text, event):
    assert event in [ev[:2] for ev in plain_countries(pipe, text)]


@pytest.mark.parametrize(
    "text, typ",
    [
        # sport, business, weather and private uses of the new words
        ("Der Trainer rief die Fans zu den Fahnen.", "MOBILIZE"),
        ("Der Konzern verlegte seine Zentrale nach Berlin.", "MOBILIZE"),
        ("Ein schweres Gewitter zog über der Stadt auf.", "MOBILIZE"),
        ("Die Firma rekrutierte neue Mitarbeiter.", "MOBILIZE"),
        ("Der Test des neuen Autos verlief erfolgreich.", "MOBILIZE"),
        ("Die Mannschaft demonstrierte ihre Stärke.", "MOBILIZE"),
        ("Die Kinder zogen einen Drachen auf.", "MOBILIZE"),
        ("Die EU mobilisierte weitere Milliarden für die Ukraine.", "MOBILIZE"),
        ("Die Regierung in Berlin schickte Waffen an die Ukraine.", "MOBILIZE"),
        ("Die Stadtwerke verlegten neue Kabel unter der Straße.", "MOBILIZE"),
        ("Der Verein verstärkte seine Abwehr mit einem neuen Verteidiger.", "MOBILIZE"),
        ("Der Lastwagen erreichte das Lager in Hamburg.", "AID"),
        ("Die Bank unterstützt den Verein finanziell.", "AID"),
        ("Die Feuerwehr schickte zwei Löschzüge zum Brand.", "AID"),
        ("Der Verein sammelte Geld für die Jugendarbeit.", "AID"),
        ("Die Eltern unterstützen ihre Kinder finanziell.", "AID"),
        ("Die Firma lieferte Patrouillenboote an ihre Kunden.", "AID"),
        ("Die Fluggesellschaft Lufthansa setzte ihre Flüge nach Tel Aviv aus.", "SANCTION"),
        ("Der Trainer schloss den Spieler vom Training aus.", "SANCTION"),
        ("Die Kürzung der Mittel für die Schulen sorgte für Protest.", "SANCTION"),
        ("Der Konzern zog seine Mitarbeiter aus Russland ab.", "RETREAT"),
        ("Die Firma baute Stellen ab.", "RETREAT"),
        ("Der Verein löste seine Jugendabteilung auf.", "RETREAT"),
        ("Die Regierung löste das Parlament auf.", "RETREAT"),
        ("Die Touristen verließen das Land.", "RETREAT"),
        ("Der Konzern entließ 300 Mitarbeiter.", "RETREAT"),
        ("Der Polizist zog sich nach dem Dienst nach Hause zurück.", "RETREAT"),
        ("Der Trainer warf nach der Niederlage hin.", "CONCEDE"),
        ("Der Boxer warf das Handtuch.", "CONCEDE"),
        ("Der Schiedsrichter machte seine Entscheidung rückgängig.", "CONCEDE"),
        ("Der Verein hob die Sperre des Spielers auf.", "CONCEDE"),
        ("Das Unternehmen beugte sich dem Druck der Aktionäre.", "CONCEDE"),
        ("Der Vorstandschef stellte sein Amt zur Verfügung.", "CONCEDE"),
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
def test_breadth17_not_fired(pipe, text, typ):
    assert typ not in [ev[0] for ev in plain_countries(pipe, text)]
