"""The default German tagger and its UD German-GSD UPOS conventions, on news sentences written
for these tests (not taken from any gold set)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from lagebild.nlp import load_analyzer
from lagebild.nlp.tagger import ud_upos


@pytest.fixture(scope="module")
def nlp():
    return load_analyzer().nlp


def pos(doc, word):
    for t in doc:
        if t.text == word:
            return t.pos_
    raise AssertionError(f"{word!r} not in {[t.text for t in doc]}")


def tok(text, tag, upos, dep="", lemma=None):
    return SimpleNamespace(text=text, tag=tag, pos=upos, dep=dep, lemma=lemma or text.lower())


def test_conventions_without_context():
    toks = [
        tok("alles", "PIS", "PRON"),
        tok("man", "PIS", "PRON"),
        tok("anderen", "ADJA", "ADJ"),
        tok("ein", "PTKVZ", "ADP"),
        tok("an", "PTKVZ", "ADP"),
        tok("als", "KOKOM", "ADP"),
        tok("wie", "KOKOM", "ADP"),
        tok("Montag", "NN", "NOUN"),
        tok("Regierung", "NN", "NOUN"),
    ]
    ud_upos(toks)
    assert [t.pos for t in toks] == [
        "DET",
        "PRON",
        "DET",
        "ADV",
        "ADP",
        "ADP",
        "CCONJ",
        "PROPN",
        "NOUN",
    ]


def test_auxiliaries_only_as_aux_or_copula_sein():
    toks = [
        tok("hat", "VAFIN", "AUX", "ROOT", "haben"),
        tok("hat", "VAFIN", "AUX", "aux", "haben"),
        tok("ist", "VAFIN", "AUX", "cop", "sein"),
        tok("bleibt", "VVFIN", "AUX", "cop", "bleiben"),
        tok("lassen", "VVINF", "AUX", "aux", "lassen"),
    ]
    ud_upos(toks)
    assert [t.pos for t in toks] == ["VERB", "AUX", "AUX", "VERB", "VERB"]


def ptok(i, text, tag, upos, head, dep, lemma=None):
    t = tok(text, tag, upos, dep, lemma)
    t.i, t.head = i, head
    return t


def test_auxiliary_whose_verb_the_parser_missed():
    # "Hier kann man essen": the infinitive hangs on the modal as a conjunct (a parse error)
    toks = [
        ptok(0, "Hier", "ADV", "ADV", 1, "advmod"),
        ptok(1, "kann", "VMFIN", "VERB", -1, "ROOT", "können"),
        ptok(2, "man", "PIS", "PRON", 1, "nsubj"),
        ptok(3, "essen", "VVINF", "VERB", 1, "conj"),
    ]
    ud_upos(toks)
    assert toks[1].pos == "AUX"
    # "ich bin zufrieden gewesen": the adjective predicate hangs on "gewesen" as an adverb
    toks = [
        ptok(0, "ich", "PPER", "PRON", 3, "nsubj"),
        ptok(1, "bin", "VAFIN", "AUX", 3, "aux", "sein"),
        ptok(2, "zufrieden", "ADJD", "ADJ", 3, "advmod"),
        ptok(3, "gewesen", "VAPP", "AUX", -1, "ROOT", "sein"),
    ]
    ud_upos(toks)
    assert [t.pos for t in toks] == ["PRON", "AUX", "ADJ", "AUX"]
    # a full verb "haben" with an object and nothing verbal after it stays VERB
    toks = [
        ptok(0, "Sie", "PPER", "PRON", 1, "nsubj"),
        ptok(1, "hatte", "VAFIN", "AUX", -1, "ROOT", "haben"),
        ptok(2, "Glück", "NN", "NOUN", 1, "obj"),
    ]
    ud_upos(toks)
    assert toks[1].pos == "VERB"


def test_finite_perfect_auxiliary_whose_participle_the_parser_lost(nlp):
    # "hat den Bürgermeister, den Rivalen ..., festgenommen": the participle hangs on "hat" as
    # parataxis (a parse error); UD: "hat" is the auxiliary, AUX
    toks = [
        ptok(0, "Sie", "PPER", "PRON", 1, "nsubj"),
        ptok(1, "hat", "VAFIN", "VERB", -1, "ROOT", "haben"),
        ptok(2, "ihn", "PPER", "PRON", 1, "obj"),
        ptok(3, "festgenommen", "VVPP", "VERB", 1, "parataxis"),
    ]
    ud_upos(toks)
    assert toks[1].pos == "AUX"
    # the event coder's repair (coding/repair.py) still makes the participle the head
    from lagebild.coding.repair import repair_stranded_participle

    doc = nlp("Die Polizei hat den Bürgermeister, den Rivalen des Präsidenten, festgenommen.")
    hat = next(t for t in doc if t.text == "hat")
    assert hat.pos_ == "AUX"
    if hat.dep_ == "ROOT":  # (only where the parser lost the participle)
        fixed, _ = repair_stranded_participle(next(doc.sents))
        root = next(t for t in fixed if t.dep_ == "ROOT")
        assert root.text == "festgenommen"
        assert [t.dep_ for t in fixed if t.text == "hat"] == ["aux"]


def test_predicative_participle_is_adjective():
    toks = [
        ptok(0, "Die", "ART", "DET", 1, "det"),
        ptok(1, "Praxis", "NN", "NOUN", 4, "nsubj"),
        ptok(2, "wirkt", "VVFIN", "AUX", 4, "aux", "wirken"),
        ptok(3, "sehr", "ADV", "ADV", 4, "advmod"),
        ptok(4, "veraltet", "VVPP", "VERB", -1, "ROOT", "veralten"),
    ]
    ud_upos(toks)
    assert toks[4].pos == "ADJ"
    toks[2].lemma = "haben"  # "hat ... veraltet": a perfect, the participle stays VERB
    toks[4].pos = "VERB"
    ud_upos(toks)
    assert toks[4].pos == "VERB"


def test_common_nouns_in_place_names_are_propn(nlp):
    doc = nlp("Die Soldaten kehrten in die Bundesrepublik zurück.")
    assert [(t.tag_, t.ent_type_) for t in doc if t.text == "Bundesrepublik"] == [("NN", "LOC")]
    assert pos(doc, "Bundesrepublik") == "PROPN"
    assert pos(doc, "Soldaten") == "NOUN"
    # a descriptor before the name stays a common noun ("in der Ostprovinz Natal")
    doc = nlp("Die Kämpfe in der Ostprovinz Natal dauern an.")
    if [t.ent_type_ for t in doc[4:6]] == ["LOC", "LOC"]:
        assert (pos(doc, "Ostprovinz"), pos(doc, "Natal")) == ("NOUN", "PROPN")


def test_learned_exception_table_wins():
    t = tok("ca", "NE", "PROPN")
    ud_upos([t], {"ca\tNE": "ADV"})
    assert t.pos == "ADV"


def test_news_sentence_upos(nlp):
    doc = nlp(
        "Am Montag hat die Regierung alles abgelehnt, was die Opposition als Kompromiss vorschlug."
    )
    assert pos(doc, "Montag") == "PROPN"
    assert pos(doc, "hat") == "AUX"
    assert pos(doc, "alles") == "DET"
    assert pos(doc, "abgelehnt") == "VERB"
    assert pos(doc, "als") == "ADP"


def test_full_verb_haben_and_particles(nlp):
    doc = nlp("Die Regierung hatte keine Mehrheit. Der Minister räumte den Fehler ein.")
    assert pos(doc, "hatte") == "VERB"
    assert pos(doc, "ein") == "ADV"
    assert [t.lemma_ for t in doc if t.text == "räumte"] == ["einräumen"]


def test_fast_prediction_matches_exact_scoring():
    from lagebild.nlp.perceptron import Perceptron

    data = [
        (
            ["Die", "Regierung", "lehnte", "den", "Plan", "ab", "."],
            ["ART", "NN", "VVFIN", "ART", "NN", "PTKVZ", "$."],
        ),
        (
            ["Der", "Minister", "kritisierte", "die", "Opposition", "."],
            ["ART", "NN", "VVFIN", "ART", "NN", "$."],
        ),
    ]
    p = Perceptron()
    p.train(data, epochs=3, seed=1, log=lambda _: None)
    words = ["Die", "Opposition", "lehnte", "den", "Minister", "ab", "."]
    exact = p.tag(words)  # dictionary scoring (not compiled)
    p.compile()
    assert p.tag(words) == exact


def test_weak_past_verb_not_adjective():
    from lagebild.nlp.tagger import verb_repair

    words = ["Indien", "und", "Pakistan", "vereinbarten", ",", "den", "Handel", "aufzunehmen"]
    tags = ["NE", "KON", "NE", "ADJA", "$,", "ART", "NN", "VVIZU"]
    assert verb_repair(words, list(tags))[3] == "VVFIN"
    # attributive: a noun follows
    words = ["Die", "vereinbarten", "Ziele", "gelten", "."]
    assert verb_repair(words, ["ART", "ADJA", "NN", "VVFIN", "$."])[1] == "ADJA"


def test_lower_case_word_is_no_noun():
    from lagebild.nlp.tagger import verb_repair

    # a finite verb read as a noun after a coordinated subject
    words = (
        "Frankreich und Marokko beschlossen bei Gesprächen in Rabat , die Visa zu lockern".split()
    )
    tags = "NE KON NE NN APPR NN APPR NE $, ART NN PTKZU VVINF".split()
    assert verb_repair(words, list(tags))[3] == "VVFIN"
    # a lower-case word the verb lexicon does not know as finite: an adverbial adjective
    words = "Die Grenze bleibt vorerst dauerhaft geschlossen".split()
    assert verb_repair(words, "ART NN VVFIN ADV NN VVPP".split())[4] == "ADJD"
    # capitalised nouns and the sentence's first word stay as they are
    assert verb_repair(["verhandlungen", "laufen"], ["NN", "VVFIN"])[0] == "NN"
    assert verb_repair(["Die", "Gespräche", "laufen"], ["ART", "NN", "VVFIN"])[1] == "NN"


def test_weak_past_forms_the_verb_lexicon_lacks():
    from lagebild.nlp.tagger import _weak_past, verb_repair

    assert _weak_past("bereiteten") == "bereiten"  # -eten after a stem in -t
    assert _weak_past("änderte") == "ändern"  # -n infinitive
    assert _weak_past("Kosten") is None and _weak_past("letzten") is None
    # a second clause with its own past verb read as an adjective before an article; the
    # sentence already has a finite verb ("hat"), so only the lexicon can tell
    words = "Der Präsident hat den Vorwurf , Truppen bereiteten einen Angriff vor , zurückgewiesen"
    tags = "ART NN VAFIN ART NN $, NN ADJA ART NN PTKVZ $, VVPP".split()
    assert verb_repair(words.split(), tags)[7] == "VVFIN"


def test_quantity_words_open_the_noun_phrase():
    from lagebild.nlp.tagger import quantity_repair

    words = ["Tausende", "Menschen", "demonstrierten", "."]
    assert quantity_repair(words, ["NN", "NN", "VVFIN", "$."])[0] == "ADJA"
    words = ["Tausende", "von", "Menschen", "demonstrierten", "."]
    assert quantity_repair(words, ["NN", "APPR", "NN", "VVFIN", "$."])[0] == "NN"
    words = ["kamen", "mehr", "als", "50", "Menschen"]
    assert quantity_repair(words, ["VVFIN", "ADV", "KOKOM", "CARD", "NN"])[1] == "PIAT"


def test_quantity_subjects_parse(nlp):
    doc = nlp("Hunderte Menschen protestierten vor dem Parlament.")
    menschen = next(t for t in doc if t.text == "Menschen")
    assert (menschen.dep_, menschen.head.text) == ("nsubj", "protestierten")


def test_verbless_clause_gets_its_finite_verb():
    from lagebild.nlp.tagger import verbless_repair

    # a past form of a mixed verb the verb lexicon lacks, read as an attributive adjective
    words = ["Die", "USA", "entsandten", "Truppen", "in", "die", "Region", "."]
    tags = ["ART", "NE", "ADJA", "NN", "APPR", "ART", "NN", "$."]
    assert verbless_repair(words, list(tags))[2] == "VVFIN"
    # only the clause before the first comma counts
    words = ["Frankreich", "entsandte", "Soldaten", ",", "die", "dort", "bleiben", "."]
    tags = ["NE", "ADJA", "NN", "$,", "PRELS", "ADV", "VVFIN", "$."]
    assert verbless_repair(words, list(tags))[1] == "VVFIN"
    # attributive: after a preposition inside the phrase, after an article, after a genitive
    words = ["Die", "von", "den", "USA", "entsandten", "Truppen", "."]
    tags = ["ART", "APPR", "ART", "NE", "ADJA", "NN", "$."]
    assert verbless_repair(words, list(tags))[4] == "ADJA"
    words = ["Die", "entsandten", "Truppen", "."]
    assert verbless_repair(words, ["ART", "ADJA", "NN", "$."])[1] == "ADJA"
    words = ["Russlands", "besetzte", "Gebiete", "."]
    assert verbless_repair(words, ["NE", "ADJA", "NN", "$."])[1] == "ADJA"
    # a clause with a finite verb is left alone
    words = ["Die", "USA", "entsandten", "Truppen", "sind", "da", "."]
    tags = ["ART", "NE", "ADJA", "NN", "VAFIN", "ADV", "$."]
    assert verbless_repair(words, list(tags))[2] == "ADJA"


def test_mixed_verb_past_forms(nlp):
    doc = nlp("Die USA entsandten Truppen in die Region.")
    verb = doc[2]
    assert (verb.pos_, verb.lemma_, verb.dep_) == ("VERB", "entsenden", "ROOT")
    assert [t.dep_ for t in doc if t.text in ("USA", "Truppen")] == ["nsubj", "obj"]
    doc = nlp("Die Regierung wandte sich an die Vereinten Nationen.")
    assert doc[2].lemma_ == "wenden"


def test_verb_forms_of_two_verbs_take_the_tagged_reading(nlp):
    """ "führen" is also fahren's Konjunktiv II, "drängen" dringen's: an infinitive or an
    indicative is read as such (the lexicon lists the subjunctive reading first)."""
    from lagebild.nlp import lexicon
    from lagebild.nlp.tagger import PerceptronTagger

    tagger = PerceptronTagger()
    assert tagger.lemma("durchführen", "VVINF") == "durchführen"
    assert tagger.lemma("führen", "VVFIN") == "führen"
    assert tagger.lemma("drängen", "VVFIN") == "drängen"
    assert tagger.lemma("hinzusetzen", "VVINF") == "hinzusetzen"
    assert tagger.lemma("gefallen", "VVPP") == "fallen"  # "ist gefallen"
    assert lexicon.verb_lemma("xyzen", "VVFIN") is None
    doc = nlp("Die Nachbarländer führen seit Wochen Gespräche über einen Abzug.")
    assert doc[2].lemma_ == "führen"
    doc = nlp("Die Behörden wollen im Herbst eine Zählung durchführen.")
    assert [t.lemma_ for t in doc if t.text == "durchführen"] == ["durchführen"]


def test_participle_adjective_lemmas():
    from lagebild.nlp.tagger import PerceptronTagger

    tagger = PerceptronTagger()
    assert tagger.lemma("vereinbarten", "ADJA") == "vereinbart"
    assert tagger.lemma("angebotene", "ADJA") == "angeboten"
    assert tagger.lemma("betroffen", "ADJD") == "betroffen"
    assert tagger.lemma("entscheidend", "ADJD") == "entscheidend"
    assert tagger.lemma("schwere", "ADJA") == "schwer"
    assert tagger.lemma("Münchner", "ADJA") == "Münchner"


def test_federal_institutions_are_propn():
    from lagebild.nlp.tagger import _institution_name

    for w in ("Bundesverwaltungsgericht", "Bundeswehr", "Bundesrates", "Europaparlament"):
        assert _institution_name(w), w
    for w in ("Bundeskanzler", "Bundesländer", "Bundestagswahl", "Bundesliga", "Gericht"):
        assert not _institution_name(w), w
    toks = [tok("Das", "ART", "DET"), tok("Bundessozialgericht", "NN", "NOUN")]
    ud_upos(toks)
    assert toks[1].pos == "PROPN"
