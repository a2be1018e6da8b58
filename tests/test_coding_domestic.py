"""Domestic politics (issue #5, session 16): constructions of home news that recur across the
steering sets. Coded through the real NLP and actor stages, on sentences of our own.

- Rule `protest-object` for sites: the police clearing or breaking up a protest's site or
  standing act ("räumte das Protestcamp", "löste die Blockade auf", class @protest_site) or a
  place occupied in protest ("räumte ein von Studierenden besetztes Institut"), also named by the
  noun ("die Räumung des Protestlagers durch die Polizei"), coerce the protesters: those the
  occupation names, else the civilians of the country.
- Rule `law-owner`: a court striking down a law (also "erklärte … für verfassungswidrig") or a
  head of state vetoing one rejects its maker: the actor the law's phrase names as its maker
  ("vom Parlament beschlossen", "der Regierung"), else, for a court, its country's government.
"""

from __future__ import annotations

from parses import plain_codes

CLEARED = [
    ("Die Polizei in Lissabon löste am Mittag eine Sitzblockade von Studierenden vor dem "
     "Bildungsministerium auf.", ("COERCE", "PRT/COP", "PRT/CVL")),
    ("Die Polizei in Hamburg räumte am Dienstag ein von Kletterern besetztes Institutsgebäude.",
     ("COERCE", "DEU/COP", "DEU/CVL")),
    ("Nach der Räumung einer besetzten Schule durch die griechische Polizei zogen Hunderte "
     "Schüler vor das Ministerium.", ("COERCE", "GRC/COP", "GRC/CVL")),
    ("Bei der Räumung des Protestcamps durch die ungarische Polizei wurden zwölf Menschen "
     "verletzt.", ("COERCE", "HUN/COP", "HUN/CVL")),
]  # fmt: skip
NOT_CLEARED = [
    # protesters ending their own blockade coerce no one
    "Die Aktivisten lösten die Blockade in Wien nach zwei Stunden auf.",
    # an eviction by a landlord is no clearing of a protest
    "Die Räumung der Wohnung durch den Vermieter war rechtswidrig.",
]
LAWS = [
    ("Das tschechische Verfassungsgericht erklärte das Wahlgesetz des Parlaments in Prag für "
     "verfassungswidrig.", ("REJECT", "CZE/JUD", "CZE/LEG")),
    ("Der Verfassungsgerichtshof in Madrid hob wesentliche Teile der umstrittenen "
     "Arbeitsmarktreform auf.", ("REJECT", "ESP/JUD", "ESP/GOV")),
    ("Der slowakische Präsident legte sein Veto gegen ein vom Parlament beschlossenes "
     "Mediengesetz ein.", ("REJECT", "SVK/GOV", "SVK/LEG")),
    ("Der französische Verfassungsrat kippte Teile des Rentengesetzes der Regierung in Paris.",
     ("REJECT", "FRA/JUD", "FRA/GOV")),
]  # fmt: skip


def test_clearing_a_protest_site_coerces_the_protesters(pipe):
    for text, ev in CLEARED:
        assert ev in plain_codes(pipe, text), text


def test_no_clearing_without_a_state_body_or_a_protest(pipe):
    for text in NOT_CLEARED:
        assert not [e for e in plain_codes(pipe, text) if e[0] == "COERCE"], text


def test_shelling_a_camp_is_not_against_protesters(pipe):
    codes = plain_codes(
        pipe, "Indische Kampfflugzeuge bombardierten mutmaßliche Terrorcamps in Pakistan."
    )
    assert [c for c in codes if c[0] == "ASSAULT" and c[2] and c[2].endswith("/CVL")] == []


def test_a_rejected_law_is_aimed_at_its_maker(pipe):
    for text, ev in LAWS:
        assert ev in plain_codes(pipe, text), text


def test_the_rules_are_what_give_the_targets(pipe, monkeypatch):
    from lagebild.coding.roles import RoleRules

    monkeypatch.setattr(RoleRules, "_law_owner", lambda self, c, actors: None)
    monkeypatch.setattr(RoleRules, "_protest_object", lambda self, c, actors: None)
    text, ev = LAWS[1]
    assert ev not in plain_codes(pipe, text), text
    text, ev = CLEARED[1]
    assert ev not in plain_codes(pipe, text), text


def test_a_court_declaring_an_act_unlawful_stays_an_accusation(pipe):
    text = (
        "Das Oberste Gericht in Warschau erklärte die Abschiebung des Aktivisten für rechtswidrig."
    )
    assert [e for e in plain_codes(pipe, text) if e[0] == "REJECT"] == []


# --- domestic actors and two levels of one state ------------------------------------------
MENTIONS = [
    ("der Sejm", "POL/LEG"),
    ("die spanische Guardia Civil", "ESP/COP"),
    ("die Carabinieri", "ITA/COP"),
    ("der französische Verfassungsrat", "FRA/JUD"),
    ("die Arbeitgeberverbände", "/BUS"),
    ("die Landeshauptleute", "/GOV"),
    ("drei Stadträte", "/GOV"),
    ("ein ehemaliger Landrat", "/ELI"),
    ("einen früheren Verfassungsschützer", "/ELI"),
]

LEVELS = [
    ("Die italienische Regierung und die Regionalregierung Siziliens haben sich auf einen "
     "Wiederaufbauplan geeinigt.", ("AGREE", "ITA/GOV", "ITA/GOV")),
    ("Die österreichische Bundesregierung und die Landeshauptleute unterzeichneten in Wien einen "
     "Pakt zur Pflege.", ("AGREE", "AUT/GOV", "AUT/GOV")),
]  # fmt: skip


def test_domestic_bodies_resolve():
    from datetime import date

    from lagebild.actors import load_resolver

    resolver = load_resolver()
    for mention, code in MENTIONS:
        ref = resolver.resolve_mention(mention, date(2025, 10, 28))
        assert ref is not None and ref.code == code, (mention, ref)


def test_two_levels_of_one_state_are_two_parties(pipe):
    for text, ev in LEVELS:
        assert ev in plain_codes(pipe, text), text


def test_a_misread_partner_of_one_government_is_still_dropped(pipe):
    text = "Der kenianische Präsident traf in Nairobi den kenianischen Außenminister."
    assert [e for e in plain_codes(pipe, text) if e[0] == "CONSULT"] == [], text


def test_employers_take_the_unions_country(pipe):
    text = (
        "Die Arbeitgeber der Chemieindustrie und die Gewerkschaft IG BCE haben sich in der "
        "Nacht auf einen Tarifvertrag geeinigt."
    )
    assert ("AGREE", "DEU/BUS", "DEU/LAB") in plain_codes(pipe, text)


# --- patients of no named country ---------------------------------------------------------
PATIENTS = [
    # the reporting body is the doer (rule reporter-as-agent); the patient is of its country
    ("Laut der Staatsanwaltschaft Neapel wurden am Morgen zwei Stadträte unter dem Verdacht "
     "festgenommen, Schmiergeld angenommen zu haben.", ("COERCE", "ITA/JUD", "ITA/GOV")),
    ("Die Regierung in Belgrad drohte den Betreibern kritischer Nachrichtenportale mit hohen "
     "Geldstrafen.", ("THREATEN", "SRB/GOV", "SRB/MED")),
]  # fmt: skip


def test_patients_of_no_named_country_are_domestic(pipe):
    for text, ev in PATIENTS:
        assert ev in plain_codes(pipe, text), text
