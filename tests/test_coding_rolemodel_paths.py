"""rolemodel.SentencePaths: the per-sentence work the target and source choosers share (chains,
paths, quote parity, span heads, conjuncts) gives exactly what the one-off functions give."""

from __future__ import annotations

from lagebild.coding import rolemodel
from lagebild.coding import syntax as sx
from lagebild.coding.rolemodel import SentencePaths
from tests.parses import REPORTED, THREAT, build


def test_paths_equal_the_one_off_functions():
    for spec in (THREAT, REPORTED):
        doc = build(spec)
        sent = doc[:]
        paths = SentencePaths(sent)
        for t in doc:
            for a in doc:
                assert paths.path_features(t, a) == rolemodel.path_features(t, a)
                assert paths.path_features(t, a) is paths.path_features(t, a)  # computed once
                up = [x.i for x in rolemodel._chain(a)]
                assert paths.chain(a) == rolemodel._chain(a)
                assert paths.above(a) == frozenset(up[1:])
                n = paths.path_len(t, a)
                assert (n == 99) == ("path=none" in paths.path_features(t, a))
            assert paths.conjuncts(t) == frozenset(x.i for x in sx.conjuncts(t))
        for start in range(0, len(doc.text), 3):
            for end in range(start + 1, len(doc.text) + 1, 4):
                assert paths.span_head(start, end) == rolemodel._span_head(sent, start, end)


def test_quote_parity_counts_the_quote_marks_before_a_token():
    doc = build(
        """
Er VERB er nsubj 2
sagte VERB sagen ROOT 0
„ PUNCT „ punct 4
nein PART nein ccomp 2
“ PUNCT “ punct 4
und CCONJ und cc 7
ging VERB gehen conj 2
"""
    )
    paths = SentencePaths(doc[:])
    assert [paths.quoted(t.i) for t in doc] == [False, False, False, True, True, False, False]
    assert paths.quoted(len(doc) + 3) is False
