"""Entity layer: dictionary, features of the statistical tagger, the shipped model."""

from __future__ import annotations

import pytest

from lagebild.nlp import ner


@pytest.fixture(scope="module")
def nlp():
    from lagebild.nlp import load_analyzer

    return load_analyzer().nlp


def test_iob_to_spans():
    assert ner.iob_to_spans(["B-PER", "I-PER", "O", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
    ]


def test_first_names_include_knowledge_base_and_hyphenated():
    names = ner.first_names()
    assert "Annalena" in names  # caption-credit list / actor knowledge base
    assert ner._is_first_name("Hans-Jürgen", frozenset({"Hans", "Jürgen"}))
    assert not ner._is_first_name("Baden-Württemberg", names)


def test_token_extras_features():
    words = ["Außenministerin", "Annalena", "Baerbock", "reiste", "nach", "Russland", "."]
    tags = ["NN", "NE", "NE", "VVFIN", "APPR", "NE", "$."]
    ex = ner.token_extras(words, tags)
    assert len(ex) == len(words)
    assert "fn" in ex[1] and "fn-1" in ex[2] and "percue" in ex[1]
    assert "gz=B-LOC" in ex[5]
    feats = ner.ner_features(words, 2, "B-PER", "O", ex)
    assert "w=Baerbock" in feats and "t1=B-PER" in feats


def test_clusters_table_is_compact_and_loads():
    table = ner.word_clusters()
    if not table:
        pytest.skip("no cluster table shipped")
    assert len(table) > 1000
    assert all(len(v) == 3 for v in list(table.values())[:100])


def test_model_entities(nlp):
    doc = nlp("Bundeskanzler Olaf Scholz traf in Paris den Chef der Deutschen Bank.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Olaf Scholz", "PER") in ents
    assert ("Paris", "LOC") in ents
    assert any(label == "ORG" and "Deutschen Bank" in text for text, label in ents)


def test_model_meta():
    m = ner.ner_model()
    assert m is not None
    assert m.meta.get("features") == "ner2"
    assert m.meta.get("seed") is not None
    assert m.meta.get("model") == "crf" and "mobie_train" in m.meta["trained_on"]


def test_crf_decoding_is_well_formed(nlp):
    """Viterbi over the CRF's transitions: no I- label after O or after another type."""
    m = ner.ner_model()
    words = "Der Chef der Deutschen Bank , Christian Sewing , sprach in Frankfurt am Main .".split()
    tags = [t.tag_ for t in nlp(" ".join(words))]
    if len(tags) != len(words):
        pytest.skip("tokenisation differs")
    pred = m.tag(words, ner.token_extras(words, tags))
    for prev, cur in zip(["O", *pred], pred, strict=False):
        if cur.startswith("I-"):
            assert prev != "O" and prev[2:] == cur[2:]


def test_second_pass_features_see_both_sides():
    words = ["Müller", "traf", "Müller", "."]
    first = ["B-PER", "O", "O", "O"]
    ex = ner.second_pass_extras(words, [[] for _ in words], first)
    assert "q+2=O" in ex[0] and "q-1=<s>" in ex[0]
    assert "qsame=PER" in ex[2]  # the same word labelled elsewhere in the sentence
    assert "q-1|0|+1=O|O|O" in ex[2]


def test_knowledge_base_names_feed_the_tagger_not_the_dictionary_layer():
    kgaz, _ = ner.kb_gazetteer()
    assert kgaz.get(("Internationalen", "Atomenergiebehörde")) == "ORG"  # inflected
    assert ("UN-Experten",) not in kgaz  # a group of people, not the organisation
    assert ("RT",) not in ner.gazetteer()  # ambiguous short names stay out of the rule layer
    assert ner._country_adjective("aserbaidschanischen")


def _doc(words, tags, sent_starts=(0,)):
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("de").vocab, words=words)
    for i, t in enumerate(doc):
        t.tag_ = tags[i]
        t.is_sent_start = i in sent_starts
    return doc


def test_document_consistency_labels_repeated_names_and_surnames():
    from spacy.tokens import Span

    words = "Olaf Scholz traf Macron . Dann sprach Scholz mit Macron in Paris .".split()
    tags = ["NE", "NE", "VVFIN", "NE", "$.", "ADV", "VVFIN", "NE", "APPR", "NE", "APPR", "NE", "$."]
    doc = _doc(words, tags, sent_starts=(0, 5))
    spans = [Span(doc, 0, 2, label="PER"), Span(doc, 3, 4, label="PER")]
    out = ner.consistent_labels(doc, spans)
    got = {(s.text, s.start, s.label_) for s in out}
    assert ("Scholz", 7, "PER") in got  # surname of a labelled full name
    assert ("Macron", 9, "PER") in got  # the same name again
    assert not any(s.text == "Paris" for s in out)  # nothing invented


def test_document_consistency_leaves_conflicts_and_sentence_starts():
    from spacy.tokens import Span

    words = "Merkur meldet Gewinne . Merkur sinkt . Der Merkur fällt und Merkur steigt .".split()
    tags = ["NE", "VVFIN", "NN", "$.", "NE", "VVFIN", "$.", "ART", "NE", "VVFIN", "KON", "NE"]
    tags += ["VVFIN", "$."]
    doc = _doc(words, tags, sent_starts=(0, 4, 7))
    # the sentence-initial one-word name is not propagated
    out = ner.consistent_labels(doc, [Span(doc, 8, 9, label="ORG")])
    assert {(s.start, s.label_) for s in out} == {(8, "ORG"), (11, "ORG")}
    # a name labelled with two types keeps its labels and spreads no further
    spans = [Span(doc, 8, 9, label="ORG"), Span(doc, 11, 12, label="LOC")]
    assert ner.consistent_labels(doc, spans) == spans


def test_read_ner_documents(tmp_path):
    from lagebild.evaluation.ner import read_ner, read_ner_documents

    f = tmp_path / "d.iob"
    f.write_text(
        "-DOCSTART-\n\nA\tB-PER\nb\tO\n\nC\tO\n\n-DOCSTART-\n\nD\tB-LOC\n\n", encoding="utf-8"
    )
    docs = list(read_ner_documents(f))
    assert [len(d) for d in docs] == [2, 1]
    assert docs[1][0] == (["D"], ["B-LOC"])
    assert len(list(read_ner(f))) == 3  # sentence reading ignores the document lines
    g = tmp_path / "s.iob"
    g.write_text("A\tB-PER\n\nC\tO\n", encoding="utf-8")
    assert [len(d) for d in read_ner_documents(g)] == [1, 1]


def test_evaluate_ner_by_document_offsets(tmp_path):
    """Gold spans of later sentences are shifted to document offsets: a tagger that labels
    every "Berlin" LOC scores 1.0 in both modes."""
    import spacy
    from spacy.language import Language
    from spacy.tokens import Span

    from lagebild.evaluation.ner import evaluate_ner

    @Language.component("test_berlin_loc")
    def berlin(doc):
        doc.ents = [Span(doc, t.i, t.i + 1, label="LOC") for t in doc if t.text == "Berlin"]
        return doc

    nlp = spacy.blank("de")
    nlp.add_pipe("test_berlin_loc")

    class A:
        pass

    a = A()
    a.nlp = nlp
    f = tmp_path / "d.iob"
    f.write_text(
        "-DOCSTART-\n\nin\tO\nBerlin\tB-LOC\n\nwir\tO\nsind\tO\nin\tO\nBerlin\tB-LOC\n\n",
        encoding="utf-8",
    )
    for documents in (False, True):
        res = evaluate_ner(f, a, documents=documents)
        assert res["per_type"]["LOC"]["f1"] == 1.0 and res["sentences"] == 2


def test_flagged_feature_groups():
    """ctx2 / cues / geo feature groups, switched on by FEATURE_FLAGS (the model's meta)."""
    words = (
        "Die Zeitung „ Rote Fahne “ und Regierungssprecher Steffen Hebestreit in Pullach".split()
    )
    tags = ["NN"] * len(words)
    saved = set(ner.FEATURE_FLAGS)
    try:
        ner.FEATURE_FLAGS.clear()
        plain = ner.token_extras(words, tags)
        assert not any(f.startswith(("sh-2=", "orgctx", "geo=")) for e in plain for f in e)
        ner.FEATURE_FLAGS.update({"ctx2", "cues", "geo"})
        ex = ner.token_extras(words, tags)
    finally:
        ner.FEATURE_FLAGS.clear()
        ner.FEATURE_FLAGS.update(saved)
    assert "sh-2=Xx" in ex[3]  # ctx2: shape of "Zeitung" two words before "Rote"
    assert "orgctx-2" in ex[3] and "inquoteC" in ex[3] and "inquoteC" in ex[4]
    assert "role-1" in ex[8] and "role-2" in ex[9]  # "Regierungssprecher" before the name
    assert "inquoteC" not in ex[8]
    if ner.places()[0]:
        assert any(f.startswith("geo=B") for f in ex[11])  # Pullach (GeoNames)
        assert not any(f.startswith("geo=") for f in ex[9])


def test_places_list_is_compact():
    table, idx = ner.places()
    if not table:
        pytest.skip("no place list shipped")
    assert ("Frankfurt", "am", "Main") in table and ("Mailand",) in table
    assert 3 in idx["Frankfurt"]


def test_knowledge_base_lists_of_aliases_are_names():
    """`each: true` entries of organisations.yaml hold lists (a name with its aliases): every
    alias is a name of the tagger's knowledge-base feature."""
    kgaz, _ = ner.kb_gazetteer()
    assert kgaz.get(("Lufthansa",)) == "ORG" and kgaz.get(("Deutsche", "Lufthansa")) == "ORG"
    assert not any(k[0].startswith("[") for k in kgaz)


def test_organisation_list_feature():
    table, idx = ner.organisation_list()
    assert table.get(("Borussia", "Dortmund")) == "ORG"
    assert ("Googles",) in table  # genitive of a one-word name
    assert ("Polizei",) not in table  # common nouns stay out
    words = "Der Vorstand von Borussia Dortmund traf Google".split()
    saved = set(ner.FEATURE_FLAGS)
    try:
        ner.FEATURE_FLAGS.clear()
        assert not any(f.startswith("ol") for e in ner.token_extras(words, ["NN"] * 7) for f in e)
        ner.FEATURE_FLAGS.add("orgs")
        ex = ner.token_extras(words, ["NN"] * 7)
    finally:
        ner.FEATURE_FLAGS.clear()
        ner.FEATURE_FLAGS.update(saved)
    assert "ol=B" in ex[3] and "ol=I" in ex[4] and "ol+1=B" in ex[2] and "ol=B" in ex[6]
    assert not any(f.startswith("ol=") for f in ex[0] + ex[5])
