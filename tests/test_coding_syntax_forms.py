"""Form tests of coding.syntax that several coding stages share."""

from __future__ import annotations

from lagebild.coding import syntax as sx
from tests.parses import build


def test_zu_form_reads_a_zu_inside_the_word_or_marking_it():
    doc = build(
        """
        Paris PROPN Paris nsubj 2
        bat VERB bitten ROOT 0
        , PUNCT , punct 5
        Hilfe NOUN Hilfe obj 5
        bereitzustellen VERB bereitstellen xcomp 2 VerbForm=Inf
        und CCONJ und cc 7
        Soldaten NOUN Soldat obj 8
        zurückzuziehen VERB zurückziehen conj 5 VerbForm=Inf
        """
    )
    forms = {t.text: sx.zu_form(t) for t in doc}
    assert forms["bereitzustellen"] and forms["zurückzuziehen"]
    assert not forms["bat"]
    marked = build(
        """
        Rom PROPN Rom nsubj 2
        plant VERB planen ROOT 0
        Truppen NOUN Truppe obj 5
        zu PART zu mark 5
        entsenden VERB entsenden xcomp 2 VerbForm=Inf
        """
    )
    assert sx.zu_form(marked[4]) and not sx.zu_form(marked[1])


def test_zu_form_is_not_fooled_by_a_zu_of_the_stem():
    # "bezuschussen" has "zu" inside but is its own lemma; "zugeben" is a particle verb
    doc = build(
        """
        Wien PROPN Wien nsubj 2
        will AUX wollen ROOT 0
        Bauern NOUN Bauer obj 4
        bezuschussen VERB bezuschussen xcomp 2 VerbForm=Inf
        und CCONJ und cc 6
        zugeben VERB zugeben conj 4 VerbForm=Inf
        """
    )
    assert not sx.zu_form(doc[3]) and not sx.zu_form(doc[5])
