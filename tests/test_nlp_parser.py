"""The clause parser on constructions it handles on purpose (news-style sentences written for
these tests, not taken from any gold set)."""

from __future__ import annotations

import pytest

from lagebild.nlp import load_analyzer


@pytest.fixture(scope="module")
def nlp():
    return load_analyzer().nlp


def rel(doc, word, nth=0):
    """(dep, head text) of the nth token with this text."""
    hits = [t for t in doc if t.text == word]
    if len(hits) <= nth:
        raise AssertionError(f"{word!r} not in {[t.text for t in doc]}")
    t = hits[nth]
    return t.dep_, t.head.text


def test_prefield_es_is_expletive(nlp):
    doc = nlp("Es fehlt der Regierung ein klarer Plan für den Wiederaufbau.")
    assert rel(doc, "Plan") == ("nsubj", "fehlt")
    assert rel(doc, "Es") == ("expl", "fehlt")


def test_es_gibt_keeps_es_as_subject(nlp):
    doc = nlp("Nach Angaben der Polizei gibt es keine Hinweise auf einen Anschlag.")
    assert rel(doc, "es") == ("nsubj", "gibt")
    assert rel(doc, "Hinweise") == ("obj", "gibt")


def test_conjoined_verb_first_clause_shares_subject(nlp):
    doc = nlp("Die Rebellen umstellten die Stadt und haben die Kaserne besetzt.")
    assert rel(doc, "Rebellen") == ("nsubj", "umstellten")
    assert rel(doc, "Kaserne") == ("obj", "besetzt")
    assert rel(doc, "besetzt") == ("conj", "umstellten")


def test_copula_predicate_is_the_last_adjective(nlp):
    doc = nlp("Die Waffenruhe im Osten des Landes ist extrem brüchig.")
    assert rel(doc, "brüchig") == ("ROOT", "brüchig")
    assert rel(doc, "ist") == ("cop", "brüchig")
    assert rel(doc, "Waffenruhe") == ("nsubj", "brüchig")
    doc = nlp("Die Lage ist weiterhin sehr ernst und wirklich bedrohlich.")
    assert rel(doc, "ernst") == ("ROOT", "ernst")
    assert rel(doc, "bedrohlich") == ("conj", "ernst")
    assert rel(doc, "Lage") == ("nsubj", "ernst")


def test_bare_year_is_no_object(nlp):
    doc = nlp("Die Regierung will 2030 die letzten Kohlekraftwerke abschalten.")
    assert rel(doc, "2030") == ("obl", "abschalten")
    assert rel(doc, "Kohlekraftwerke") == ("obj", "abschalten")
    doc = nlp("Das Abkommen war im März 2014 unterzeichnet worden.")
    assert rel(doc, "2014") == ("nmod", "März")


def test_possessive_genitive_attribute(nlp):
    doc = nlp("Der Sprecher unseres Ministeriums wies die Vorwürfe zurück.")
    assert rel(doc, "Ministeriums") == ("nmod", "Sprecher")
    assert rel(doc, "Sprecher") == ("nsubj", "wies")
    assert rel(doc, "Vorwürfe") == ("obj", "wies")


def test_bracket_is_an_apposition_not_a_clause_boundary(nlp):
    doc = nlp(
        "Kanzler Olaf Scholz (SPD) und Präsident Emmanuel Macron haben in Paris ein Abkommen "
        "unterzeichnet."
    )
    assert rel(doc, "SPD") == ("appos", "Kanzler")
    assert rel(doc, "Präsident") == ("conj", "Kanzler")
    assert rel(doc, "Kanzler") == ("nsubj", "unterzeichnet")
    assert rel(doc, "Abkommen") == ("obj", "unterzeichnet")


def test_quotes_inside_a_noun_phrase(nlp):
    doc = nlp("Die Regierung legte am Dienstag ein „umfassendes Sparpaket“ vor.")
    assert rel(doc, "Sparpaket") == ("obj", "legte")
    assert rel(doc, "Regierung") == ("nsubj", "legte")


def test_insertion_between_dashes(nlp):
    doc = nlp("Die Nato hat ihre Präsenz – so ein Sprecher – deutlich verstärkt.")
    assert rel(doc, "Nato") == ("nsubj", "verstärkt")
    assert rel(doc, "Präsenz") == ("obj", "verstärkt")
    assert rel(doc, "Sprecher") == ("parataxis", "verstärkt")


def test_split_off_hyphens_join_the_compound(nlp):
    from lagebild.evaluation.parse import analyse_tokens

    words = ["Der", "US", "-", "Präsident", "sagte", "die", "Asien", "-", "Reise", "ab", "."]
    spaces = [True, False, False, True, True, True, False, False, True, False, False]
    doc = analyse_tokens(nlp, words, spaces)
    assert rel(doc, "US") == ("compound", "Präsident")
    assert rel(doc, "Präsident") == ("nsubj", "sagte")
    assert rel(doc, "Reise") == ("obj", "sagte")
    assert rel(doc, "Asien") == ("compound", "Reise")


def test_list_comma_inside_the_verb_bracket(nlp):
    doc = nlp(
        "Die Regierung hat Truppen nach Polen, Litauen und Lettland verlegt und die Grenze "
        "geschlossen."
    )
    assert rel(doc, "Regierung") == ("nsubj", "verlegt")
    assert rel(doc, "Truppen") == ("obj", "verlegt")
    assert rel(doc, "Litauen") == ("conj", "Polen")


def test_comma_between_adjectives_stays_in_the_noun_phrase(nlp):
    doc = nlp("Der Präsident hat ein freies, demokratisches Land versprochen.")
    assert rel(doc, "Land") == ("obj", "versprochen")
    assert rel(doc, "freies") == ("amod", "Land")


def test_quantities_and_numbers_agree_in_plural(nlp):
    doc = nlp("In der Region sollen 15 Millionen neue Arbeitsplätze geschaffen werden.")
    assert rel(doc, "Arbeitsplätze") == ("nsubj:pass", "geschaffen")
    assert rel(doc, "Millionen") == ("nmod", "Arbeitsplätze")
    doc = nlp("Am Sonntag entfielen 45 Prozent der Stimmen auf die Regierungspartei.")
    assert rel(doc, "Prozent") == ("nsubj", "entfielen")


def test_nominalised_adjective_as_plural_subject(nlp):
    doc = nlp("In der Nacht feuerten Unbekannte auf einen Kontrollposten der Armee.")
    assert rel(doc, "Unbekannte") == ("nsubj", "feuerten")


def test_two_verb_phrases_share_the_auxiliary(nlp):
    doc = nlp("Die Polizei hat zwei Männer festgenommen und eine Waffe sichergestellt.")
    assert rel(doc, "Polizei") == ("nsubj", "festgenommen")
    assert rel(doc, "Männer") == ("obj", "festgenommen")
    assert rel(doc, "sichergestellt") == ("conj", "festgenommen")
    assert rel(doc, "Waffe") == ("obj", "sichergestellt")


def test_state_passive_with_sein(nlp):
    doc = nlp("Die Grenze zu Belarus ist seit Montag geschlossen.")
    assert rel(doc, "Grenze") == ("nsubj:pass", "geschlossen")
    assert rel(doc, "ist") == ("aux:pass", "geschlossen")
    doc = nlp("Die Stadt ist von russischen Truppen eingenommen.")
    assert rel(doc, "Stadt") == ("nsubj:pass", "eingenommen")
    assert rel(doc, "Truppen") == ("obl:agent", "eingenommen")


def test_sein_perfect_of_motion_verbs_stays_active(nlp):
    doc = nlp("Der Präsident ist am Montag in Kiew angekommen.")
    assert rel(doc, "Präsident") == ("nsubj", "angekommen")
    assert rel(doc, "ist") == ("aux", "angekommen")
    doc = nlp("Der Minister ist nach dem Skandal zurückgetreten.")
    assert rel(doc, "Minister") == ("nsubj", "zurückgetreten")
    doc = nlp("Die Gespräche sind gescheitert.")
    assert rel(doc, "Gespräche") == ("nsubj", "gescheitert")


def test_adjectival_participle_after_degree_adverb(nlp):
    doc = nlp("Die Veranstaltung war sehr gut besucht.")
    assert rel(doc, "Veranstaltung") == ("nsubj", "besucht")
    assert rel(doc, "war") == ("cop", "besucht")


def test_subordinate_clause_without_comma(nlp):
    doc = nlp("Weil die Verhandlungen scheiterten droht nun ein Streik.")
    assert rel(doc, "Streik") == ("nsubj", "droht")
    assert rel(doc, "Verhandlungen") == ("nsubj", "scheiterten")
    assert rel(doc, "scheiterten") == ("advcl", "droht")


def test_w_clause_object_and_pronoun_subject(nlp):
    doc = nlp("Die Regierung tut nicht was sie angekündigt hat.")
    assert rel(doc, "sie") == ("nsubj", "angekündigt")
    assert rel(doc, "was") == ("obj", "angekündigt")
    assert rel(doc, "angekündigt") == ("ccomp", "tut")


def test_time_expressions_are_no_objects(nlp):
    doc = nlp("Die Regierung will Ende September um 17.45 Uhr die Ergebnisse vorlegen.")
    assert rel(doc, "Ende") == ("obl", "vorlegen")
    assert rel(doc, "September") == ("nmod", "Ende")
    assert rel(doc, "Uhr") == ("obl", "vorlegen")
    assert rel(doc, "Ergebnisse") == ("obj", "vorlegen")
    doc = nlp("Rund 2000 Stellen werden bis Ende kommenden Jahres gestrichen.")
    assert rel(doc, "Jahres") == ("nmod", "Ende")
    assert rel(doc, "Stellen") == ("nsubj:pass", "gestrichen")


def test_quantity_in_the_prefield_is_the_object(nlp):
    doc = nlp("Rund 40 Prozent der Stimmen erhielt der Kandidat der Opposition.")
    assert rel(doc, "Prozent") == ("obj", "erhielt")
    assert rel(doc, "Kandidat") == ("nsubj", "erhielt")
    doc = nlp("Viel Unterstützung bekam das Bündnis nicht.")
    assert rel(doc, "Unterstützung") == ("obj", "bekam")
    assert rel(doc, "Bündnis") == ("nsubj", "bekam")
    # a number of people is no quantity: the prefield stays the subject
    doc = nlp("Rund 4000 Menschen verließen die Stadt.")
    assert rel(doc, "Menschen") == ("nsubj", "verließen")
    assert rel(doc, "Stadt") == ("obj", "verließen")


def test_indefinite_person_pronoun_beats_relative_pronoun(nlp):
    doc = nlp("Es war eine Entscheidung, die niemand erwartet hatte.")
    assert rel(doc, "niemand") == ("nsubj", "erwartet")
    assert rel(doc, "die") == ("obj", "erwartet")


def test_extended_participial_attribute(nlp):
    doc = nlp("Die Regierung kritisierte die von der Opposition neu eingebrachten Anträge scharf.")
    assert rel(doc, "Anträge") == ("obj", "kritisierte")
    assert rel(doc, "die", 0) == ("det", "Anträge")
    assert rel(doc, "Opposition") == ("obl", "eingebrachten")
    assert rel(doc, "eingebrachten") == ("amod", "Anträge")
    assert doc[[t.text for t in doc].index("Anträge")].morph.get("Case") == ["Acc"]


def test_extended_attribute_with_a_name_in_s(nlp):
    # a name ending in -s after an article is no prenominal genitive ("Russlands größte
    # Stadt" has none): "von der Hamas" belongs to the participle, not the passive clause
    doc = nlp(
        "Nach Angaben der von der Hamas geführten Behörden sind dort zwölf Menschen getötet worden."
    )
    assert rel(doc, "Behörden") == ("nmod", "Angaben")
    assert rel(doc, "Hamas") == ("obl", "geführten")
    assert rel(doc, "geführten") == ("amod", "Behörden")
    doc = nlp("Die Armee griff am Montag die mit der Hamas verbündeten Milizen an.")
    assert rel(doc, "Milizen") == ("obj", "griff")
    # a genitive name without an article still premodifies the noun
    doc = nlp("Die Armee hat Russlands besetzte Gebiete am Montag beschossen.")
    assert rel(doc, "Gebiete") == ("obj", "beschossen")
    assert rel(doc, "Russlands") == ("nmod", "Gebiete")


def test_extended_attribute_needs_agreement(nlp):
    # "das" (neuter singular) cannot be the determiner of the dative plural "Flüchtlingen"
    doc = nlp("Der Senat hat das in Berlin lebenden Flüchtlingen am Montag erklärt.")
    assert rel(doc, "das")[1] != "Flüchtlingen"


def test_postpositions_make_an_oblique(nlp):
    doc = nlp("Berichten zufolge hat die Polizei den Verdächtigen festgenommen.")
    assert rel(doc, "Berichten") == ("obl", "festgenommen")
    assert rel(doc, "zufolge") == ("case", "Berichten")
    assert rel(doc, "Polizei") == ("nsubj", "festgenommen")
    assert rel(doc, "Verdächtigen") == ("obj", "festgenommen")
    doc = nlp("Die Regierung zeigte sich der Opposition gegenüber kompromissbereit.")
    assert rel(doc, "Opposition") == ("obl", "zeigte")
    assert rel(doc, "gegenüber") == ("case", "Opposition")


def test_verb_form_between_preposition_and_noun_is_an_adjective(nlp):
    doc = nlp("Die Zahl der Toten stieg auf geschätzte und bestätigte Opfer von über 100.")
    assert doc[[t.text for t in doc].index("geschätzte")].pos_ == "ADJ"
    assert rel(doc, "Opfer") == ("obl", "stieg")
    assert rel(doc, "Zahl") == ("nsubj", "stieg")


def test_relative_clause_inside_the_verb_bracket(nlp):
    doc = nlp("Die Polizei hat den Mann, der am Montag die Bank überfallen hatte, festgenommen.")
    assert rel(doc, "festgenommen") == ("ROOT", "festgenommen")
    assert rel(doc, "Polizei") == ("nsubj", "festgenommen")
    assert rel(doc, "Mann") == ("obj", "festgenommen")
    assert rel(doc, "überfallen") == ("acl:relcl", "Mann")
    doc = nlp(
        "Die Regierung will das Gesetz, das der Bundestag beschlossen hat, nicht unterzeichnen."
    )
    assert rel(doc, "Gesetz") == ("obj", "unterzeichnen")
    assert rel(doc, "will") == ("aux", "unterzeichnen")


def test_content_clause_of_a_noun_inside_the_verb_bracket(nlp):
    # the noun + comma + dass / V2 / zu-infinitive clause, then the rest of the main clause
    doc = nlp(
        "Der Präsident hat den Vorwurf der Opposition, Truppen bereiteten einen Angriff vor, "
        "als haltlose Propaganda zurückgewiesen."
    )
    assert rel(doc, "zurückgewiesen") == ("ROOT", "zurückgewiesen")
    assert rel(doc, "Präsident") == ("nsubj", "zurückgewiesen")
    assert rel(doc, "Vorwurf") == ("obj", "zurückgewiesen")
    assert rel(doc, "bereiteten") == ("acl", "Vorwurf")
    assert rel(doc, "Propaganda") == ("obl", "zurückgewiesen")
    doc = nlp(
        "Der Minister wies den Bericht, dass die Armee Dörfer angegriffen habe, scharf zurück."
    )
    assert rel(doc, "Bericht") == ("obj", "wies")
    assert rel(doc, "zurück") == ("compound:prt", "wies")
    assert rel(doc, "angegriffen") == ("acl", "Bericht")
    assert doc[[t.text for t in doc].index("wies")].lemma_ == "zurückweisen"
    doc = nlp("Das Parlament hat die Forderung, die Wahl zu wiederholen, abgelehnt.")
    assert rel(doc, "Forderung") == ("obj", "abgelehnt")
    assert rel(doc, "wiederholen") == ("acl", "Forderung")
    doc = nlp(
        "Moskau hat Berichte, wonach Soldaten Zivilisten getötet hätten, als Lüge bezeichnet."
    )
    assert rel(doc, "Berichte") == ("obj", "bezeichnet")
    assert rel(doc, "Moskau") == ("nsubj", "bezeichnet")


def test_subordinate_clause_bracket_around_a_relative_clause(nlp):
    doc = nlp(
        "Er sagte, dass die Regierung den Vertrag, der im Mai ausgehandelt wurde, unterzeichnet hat."
    )
    assert rel(doc, "Vertrag") == ("obj", "unterzeichnet")
    assert rel(doc, "Regierung") == ("nsubj", "unterzeichnet")
    assert rel(doc, "unterzeichnet") == ("ccomp", "sagte")


def test_conjoined_verb_final_clause_continues_the_subordinate_clause(nlp):
    doc = nlp(
        "Die Polizei meldete, dass Unbekannte auf ein Taxi feuerten und dabei sechs Menschen "
        "erschossen."
    )
    assert rel(doc, "erschossen") == ("conj", "feuerten")
    assert rel(doc, "Menschen") == ("obj", "erschossen")
    assert rel(doc, "Unbekannte") == ("nsubj", "feuerten")
    doc = nlp(
        "Der Mann, der mit einem Auto in die Menge gefahren war und dabei eine Frau und ihre "
        "Tochter getötet hatte, wurde verurteilt."
    )
    assert rel(doc, "getötet") == ("conj", "gefahren")
    assert rel(doc, "Frau") == ("obj", "getötet")
    assert rel(doc, "Tochter") == ("conj", "Frau")
    assert rel(doc, "Mann") == ("nsubj:pass", "verurteilt")
    # a copula conjunct keeps its own subject
    doc = nlp("Er kam, weil es Arbeit gibt und das Personal freundlich ist.")
    assert rel(doc, "Personal") == ("nsubj", "freundlich")


def test_subordinate_clause_gets_a_finite_verb(nlp):
    doc = nlp("Das sei nicht hinnehmbar, wie die Ministerin betont.")
    assert rel(doc, "Ministerin") == ("nsubj", "betont")
    assert doc[[t.text for t in doc].index("betont")].tag_ == "VVFIN"


def test_participle_after_a_finite_auxiliary(nlp):
    from lagebild.nlp.parser import Tok, parse

    words = [
        ("Dann", "ADV"),
        ("werde", "VAFIN"),
        ("der", "ART"),
        ("Wählerwille", "NN"),
        ("verzerrt", "VVFIN"),
        (".", "$."),
    ]
    toks = [Tok(i, w, t, "", w) for i, (w, t) in enumerate(words)]
    toks[1].lemma = "werden"
    parse(toks)
    assert toks[4].tag == "VVPP"
    assert (toks[3].dep, toks[3].head) == ("nsubj:pass", 4)


def test_coordinated_subject_with_a_singular_verb(nlp):
    doc = nlp("Nach der Wahl hat die Leistung und Zuverlässigkeit der Regierung nachgelassen.")
    assert rel(doc, "Leistung") == ("nsubj", "nachgelassen")


def _parse_tagged(words):
    from lagebild.nlp.parser import Tok, parse

    toks = [Tok(i, w, t, "", w) for i, (w, t) in enumerate(words)]
    parse(toks)
    return toks


def test_finite_verb_after_a_complete_prefield_noun_phrase(nlp):
    # the tagger read the strong/weak past plural as an adjective: a lower-case word after a
    # complete noun phrase, with no finite verb in the main clause, is the finite verb
    toks = _parse_tagged(
        [("Die", "ART"), ("USA", "NE"), ("entsandten", "ADJA"), ("Truppen", "NN"), (".", "$.")]
    )
    assert toks[2].tag == "VVFIN" and toks[2].lemma == "entsenden"
    assert (toks[1].dep, toks[1].head) == ("nsubj", 2)
    assert (toks[3].dep, toks[3].head) == ("obj", 2)
    toks = _parse_tagged(
        [
            ("Die", "ART"),
            ("Türkei", "NE"),
            ("und", "KON"),
            ("Griechenland", "NE"),
            ("vereinbarten", "ADJA"),
            ("Gespräche", "NN"),
            (",", "$,"),
            ("die", "PRELS"),
            ("im", "APPRART"),
            ("März", "NN"),
            ("beginnen", "VVINF"),
            ("sollen", "VMFIN"),
            (".", "$."),
        ]
    )
    assert toks[4].tag == "VVFIN" and toks[4].lemma == "vereinbaren"
    assert (toks[1].dep, toks[1].head) == ("nsubj", 4)
    assert (toks[5].dep, toks[5].head) == ("obj", 4)
    # an adjective before its noun, or a sentence that has its finite verb, is left alone
    toks = _parse_tagged(
        [("Die", "ART"), ("neuen", "ADJA"), ("Truppen", "NN"), ("kamen", "VVFIN"), (".", "$.")]
    )
    assert toks[1].tag == "ADJA"
    toks = _parse_tagged(
        [("Die", "ART"), ("Armee", "NN"), ("erhielt", "VVFIN"), ("gepanzerte", "ADJA"),
         ("Fahrzeuge", "NN"), (".", "$.")]
    )  # fmt: skip
    assert toks[3].tag == "ADJA"
    doc = nlp("Die USA entsandten Truppen in die Region.")
    assert rel(doc, "USA") == ("nsubj", "entsandten")
    assert rel(doc, "Truppen") == ("obj", "entsandten")


def test_relative_pronoun_glued_to_a_name_without_a_finite_verb(nlp):
    # "die Israel": article + name to the tagger, "verurteilt": participle; after a comma a
    # clause opened by der/die/das whose last verb can be finite is a relative clause
    toks = _parse_tagged(
        [
            ("Der", "ART"),
            ("Rat", "NN"),
            ("hat", "VAFIN"),
            ("eine", "ART"),
            ("Resolution", "NN"),
            ("angenommen", "VVPP"),
            (",", "$,"),
            ("die", "ART"),
            ("Israel", "NE"),
            ("für", "APPR"),
            ("die", "ART"),
            ("Angriffe", "NN"),
            ("verurteilt", "VVPP"),
            (".", "$."),
        ]
    )
    assert toks[7].tag == "PRELS" and toks[12].tag == "VVFIN"
    assert (toks[12].dep, toks[12].head) == ("acl:relcl", 4)
    assert (toks[7].dep, toks[7].head) == ("nsubj", 12)
    assert (toks[8].dep, toks[8].head) == ("obj", 12)
    doc = nlp("Der Sicherheitsrat hat eine Resolution angenommen, die Israel verurteilt.")
    assert rel(doc, "die") == ("nsubj", "verurteilt")
    assert rel(doc, "Israel") == ("obj", "verurteilt")
    assert doc[[t.text for t in doc].index("Israel")].morph.get("Case") == ["Acc"]
    # the plural verb agrees with the name, not with the singular antecedent
    doc = nlp("Die Resolution, die die USA unterstützen, verurteilt Israel.")
    assert rel(doc, "USA") == ("nsubj", "unterstützen")
    assert rel(doc, "die") == ("obj", "unterstützen")


def test_sentence_initial_clause_has_no_relative_pronoun(nlp):
    # "Die USA kritisierten, dass …": the verb-final look of the first clause (finite verb
    # before the comma) does not make "Die" a relative pronoun; there is no antecedent
    doc = nlp("Die USA kritisierten, dass Russland Truppen entsandt hat.")
    assert rel(doc, "USA") == ("nsubj", "kritisierten")
    assert rel(doc, "Die") == ("det", "USA")
    assert rel(doc, "Russland") == ("nsubj", "entsandt")


def test_name_after_an_article_can_be_genitive(nlp):
    # feminine names take no -s: "der Ukraine" after a noun is a genitive attribute
    doc = nlp("Der Präsident der Ukraine traf den Kanzler in Berlin.")
    assert rel(doc, "Ukraine") == ("nmod", "Präsident")
    assert rel(doc, "Präsident") == ("nsubj", "traf")
    ukraine = doc[[t.text for t in doc].index("Ukraine")]
    assert ukraine.morph.get("Case") == ["Gen"]
    doc = nlp("Biden sicherte der Regierung der Ukraine weitere Hilfe zu.")
    assert rel(doc, "Regierung") == ("iobj", "sicherte")
    assert rel(doc, "Ukraine") == ("nmod", "Regierung")
    # right after the verb it is still the dative object
    doc = nlp("Biden sicherte der Ukraine weitere Hilfe zu.")
    assert rel(doc, "Ukraine") == ("iobj", "sicherte")


def test_unambiguous_nominative_beats_es_and_genitive_readings(nlp):
    # "es gibt" makes es the subject only when no other phrase must be nominative
    doc = nlp("Danach gab ich es dem Vogel weiter.")
    assert rel(doc, "ich") == ("nsubj", "gab")
    assert rel(doc, "es") == ("obj", "gab")
    doc = nlp("Heute gibt es keine Alternative.")
    assert rel(doc, "es") == ("nsubj", "gibt")
    # "der Minister" is nominative or genitive plural: a bare genitive is rarely an argument
    doc = nlp("Gestern hat es ihr der Minister gesagt.")
    assert rel(doc, "Minister") == ("nsubj", "gesagt")
    assert rel(doc, "es") == ("obj", "gesagt")


def test_relative_pronoun_glued_to_a_common_noun(nlp):
    # "die Zivilisten getötet hatten" after a noun and a comma: the finite verb stands last,
    # so this is no verb-second clause; "die" is the relative pronoun, not an article
    doc = nlp("Die Soldaten, die Zivilisten getötet hatten, wurden verhaftet.")
    assert rel(doc, "die") == ("nsubj", "getötet")
    assert rel(doc, "Zivilisten") == ("obj", "getötet")
    assert rel(doc, "getötet") == ("acl:relcl", "Soldaten")
    assert rel(doc, "Soldaten") == ("nsubj:pass", "verhaftet")
    # one verb: "die Rebellen" cannot be the subject of "bekämpft" (plural vs singular)
    doc = nlp("Die Regierung lobte die Armee, die Rebellen bekämpft.")
    assert rel(doc, "die", 1) == ("nsubj", "bekämpft")
    assert rel(doc, "Rebellen") == ("obj", "bekämpft")
    assert rel(doc, "bekämpft") == ("acl:relcl", "Armee")
    # the clause before the comma has no verb yet: the clause after it is embedded
    doc = nlp("Der Präsident, der Truppen entsandt hatte, trat zurück.")
    assert rel(doc, "der") == ("nsubj", "entsandt")
    assert rel(doc, "Truppen") == ("obj", "entsandt")
    assert rel(doc, "Präsident") == ("nsubj", "trat")
    # a verb-second clause after a comma keeps its article
    doc = nlp("Er begrüßte die Einigung, die Verhandlungen dauerten Wochen.")
    assert rel(doc, "Verhandlungen") == ("nsubj", "dauerten")
    assert rel(doc, "die", 1) == ("det", "Verhandlungen")


def test_zu_infinitive_closes_across_a_relative_clause(nlp):
    doc = nlp(
        "Die Regierung kündigte an, die Hilfe für die Ukraine, die seit Monaten stockt, zu erhöhen."
    )
    assert rel(doc, "Hilfe") == ("obj", "erhöhen")
    assert rel(doc, "erhöhen") == ("xcomp", "kündigte")
    assert rel(doc, "stockt") == ("acl:relcl", "Ukraine")
    doc = nlp(
        "Sie forderten die Regierung auf, die Gefangenen, die seit Jahren inhaftiert sind, freizulassen."
    )
    assert rel(doc, "Gefangenen") == ("obj", "freizulassen")
    assert rel(doc, "Regierung") == ("obj", "forderten")


def test_conjunct_after_an_attribute_takes_the_case_of_the_phrase_before_it(nlp):
    # conjuncts share their case: "den … Systemwandel" (Acc) cannot be coordinated with the
    # genitive "der Polen", so it is the conjunct of "den Freiheitskampf"
    doc = nlp(
        "Die Demonstranten lobten den Freiheitskampf der Polen und den friedlichen Systemwandel."
    )
    assert rel(doc, "Systemwandel") == ("conj", "Freiheitskampf")
    assert rel(doc, "Polen") == ("nmod", "Freiheitskampf")
    sw = doc[[t.text for t in doc].index("Systemwandel")]
    assert sw.morph.get("Case") == ["Acc"]
    # the same after a prepositional attribute
    doc = nlp("Er beschwor den Friedensprozess im Nahen Osten und ein demokratisches Israel.")
    assert rel(doc, "Israel") == ("conj", "Friedensprozess")
    # a genitive after the second conjunct belongs to it
    doc = nlp(
        "Der Bericht der Kommission und die Stellungnahme der Regierung wurden veröffentlicht."
    )
    assert rel(doc, "Stellungnahme") == ("conj", "Bericht")
    assert rel(doc, "Regierung") == ("nmod", "Stellungnahme")
    assert rel(doc, "Bericht") == ("nsubj:pass", "veröffentlicht")


def case_of(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth].morph.get("Case")


def test_copula_with_adjective_takes_no_object(nlp):
    # the writer's agreement fails ("Die Gespräche … war"), but a copula has no object
    doc = nlp("Die Gespräche am Sonntag war sehr konstruktiv.")
    assert rel(doc, "Gespräche") == ("nsubj", "konstruktiv")
    assert case_of(doc, "Gespräche") == ["Nom"]


def test_nominative_ihr_is_second_person_plural(nlp):
    doc = nlp("Ihr findet die Unterlagen im Archiv.")
    assert rel(doc, "Ihr") == ("nsubj", "findet")
    assert rel(doc, "Unterlagen") == ("obj", "findet")
    doc = nlp("Wir haben ihr geholfen.")
    assert rel(doc, "Wir") == ("nsubj", "geholfen")
    assert case_of(doc, "ihr") == ["Dat"]


def test_uns_is_dative_with_dative_verbs_and_addressees(nlp):
    doc = nlp("Das ist uns noch nie passiert.")
    assert case_of(doc, "uns") == ["Dat"]
    doc = nlp("Der Sprecher sagte uns, die Gespräche würden fortgesetzt.")
    assert case_of(doc, "uns") == ["Dat"]
    # an accusative where the verb takes one
    doc = nlp("Die Polizei hat uns kontrolliert.")
    assert case_of(doc, "uns") == ["Acc"]


def test_number_after_a_numbered_noun_is_its_nummod(nlp):
    doc = nlp("Polen beantragte Konsultationen nach Artikel 4.")
    assert rel(doc, "4") == ("nummod", "Artikel")
    assert rel(doc, "Konsultationen") == ("obj", "beantragte")
    assert case_of(doc, "Konsultationen") == ["Acc"]


def test_coordination_across_focus_particles_and_sowohl_als_auch(nlp):
    doc = nlp("Sowohl die Regierung als auch die Opposition kritisierten den Plan.")
    assert rel(doc, "Regierung") == ("nsubj", "kritisierten")
    assert rel(doc, "Opposition") == ("conj", "Regierung")
    assert rel(doc, "Plan") == ("obj", "kritisierten")
    doc = nlp("Die Regierung kritisierte sowohl den Plan als auch die Kosten.")
    assert rel(doc, "Kosten") == ("conj", "Plan")
    doc = nlp("Er kritisierte die Armee und vor allem den Präsidenten.")
    assert rel(doc, "Präsidenten") == ("conj", "Armee")
    doc = nlp("Die Pizza, die Salate und auch die Nachspeisen waren sehr gut.")
    assert rel(doc, "Nachspeisen") == ("conj", "Pizza")


def test_partitive_genitive_after_a_quantity_word(nlp):
    doc = nlp("Einer der Angreifer wurde festgenommen.")
    assert rel(doc, "Einer") == ("nsubj:pass", "festgenommen")
    assert rel(doc, "Angreifer") == ("nmod", "Einer")
    assert case_of(doc, "Einer") == ["Nom"]
    doc = nlp("Die Polizei nahm zwei der Verdächtigen fest.")
    assert rel(doc, "zwei") == ("obj", "nahm")
    assert rel(doc, "Verdächtigen") == ("nmod", "zwei")


def test_infinitive_copula_under_a_modal_or_future(nlp):
    doc = nlp("Die Lage wird schwierig sein.")
    assert rel(doc, "schwierig") == ("ROOT", "schwierig")
    assert rel(doc, "sein") == ("cop", "schwierig")
    assert rel(doc, "Lage") == ("nsubj", "schwierig")
    doc = nlp("Er soll Präsident werden.")
    assert rel(doc, "Präsident") == ("ROOT", "Präsident")
    assert case_of(doc, "Präsident") == ["Nom"]
    # a lexical verb keeps werden an auxiliary
    doc = nlp("Die Brücke wird gebaut werden.")
    assert rel(doc, "Brücke") == ("nsubj:pass", "gebaut")


def test_valency_table_is_mined_and_cautious():
    from lagebild.nlp import valency

    assert valency.table(), "data/nlp/valency_de.tsv missing"
    assert valency.dative_only("folgen") and valency.dative_only("entsprechen")
    assert not valency.dative_only("geben") and not valency.dative_only("sehen")
    assert valency.never_accusative("kommen") and valency.never_accusative("stattfinden")
    assert not valency.never_accusative("machen") and not valency.never_accusative("sperren")
    assert not valency.never_accusative("unbekanntesverb")


def test_dative_verb_takes_an_ambiguous_phrase_as_dative_object(nlp):
    # "die Regierung" could be Nom/Acc, "Verbündete" Nom/Acc/Dat plural: with "folgen" (a
    # dative-only verb) the phrase that is no subject is the dative object
    doc = nlp("Die Regierung folgt der Empfehlung nicht, die Opposition folgt ihr.")
    assert rel(doc, "ihr") == ("iobj", "folgt")
    doc = nlp("Das Ergebnis entspricht uns nicht, sagte der Sprecher.")
    assert rel(doc, "uns") == ("iobj", "entspricht")
    assert rel(doc, "Ergebnis") == ("nsubj", "entspricht")
    doc = nlp("Die Kommission hat uns nicht geholfen.")
    assert rel(doc, "uns") == ("iobj", "geholfen")
    doc = nlp("Die Kommission hat uns nicht informiert.")
    assert rel(doc, "uns") == ("obj", "informiert")


def test_conjoined_clause_with_intransitive_verb_has_its_own_subject(nlp):
    # a verb-final "und" conjunct shares the subject of the clause before it when its one
    # phrase may be an object; "liegen", "kommen" take no accusative (`valency`), so the
    # phrase is the conjunct's own subject
    doc = nlp(
        "Die Polizei meldete, dass zwei Busse kollidierten und die Fahrer im Krankenhaus liegen."
    )
    assert rel(doc, "Fahrer") == ("nsubj", "liegen")
    doc = nlp("Die Polizei meldete, dass die Fahrer kollidierten und die Kinder ums Leben kamen.")
    assert rel(doc, "Kinder") == ("nsubj", "kamen")
    doc = nlp("Die Polizei meldete, dass Unbekannte das Haus stürmten und die Bewohner bedrohten.")
    assert rel(doc, "Bewohner") == ("obj", "bedrohten")
    assert rel(doc, "bedrohten") == ("conj", "stürmten")


def test_nominative_only_phrase_is_no_object(nlp):
    # nothing agrees with "trafen" (the writer's slip): "ich" can only be nominative, so it is
    # the subject, not an object beside "den Minister"
    doc = nlp("Gestern trafen ich den Minister in Berlin.")
    assert rel(doc, "ich") == ("nsubj", "trafen")
    assert rel(doc, "Minister") == ("obj", "trafen")
    doc = nlp("Am Abend sprach ich mit den Ermittlern.")
    assert rel(doc, "ich") == ("nsubj", "sprach")


def test_role_log_records_features_only_when_asked(nlp):
    from lagebild.nlp import parser

    assert parser.ROLE_LOG is None
    parser.ROLE_LOG = []
    try:
        nlp("Die Polizei hat einen Mann festgenommen.")
        log = list(parser.ROLE_LOG)
    finally:
        parser.ROLE_LOG = None
    rels = {rel for _, rel, _ in log}
    assert rels == {"nsubj", "obj"}
    feats = {f for _, rel, fs in log if rel == "obj" for f in fs}
    assert "cs=A" in feats and "r=obj" in feats
