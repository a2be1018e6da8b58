"""Refusing someone access (issue #5, debt 1): "verweigerte/verwehrte den Inspektoren den
Zugang" is a REJECT (CAMEO 121, reject material cooperation: reject.zugang_verweigern), as the
majority of the annotated pool codes it; forbidding access or a right ("untersagte Frauen den
Zugang") stays a COERCE (172), and so does refusing people entry at a border."""

from __future__ import annotations

import pytest

from tests.parses import plain_countries as _plain


@pytest.mark.parametrize(
    "text, expected, not_type",
    [
        ("Serbien verwehrte den Beobachtern der OSZE den Zutritt zu den Wahllokalen.",
         ("REJECT", "SRB", "IGO:OSCE"), "COERCE"),
        ("Die Regierung Eritreas verweigerte den Helfern des Welternährungsprogramms den Zugang "
         "zu den Flüchtlingslagern.", ("REJECT", "ERI", "IGO:WFP"), "COERCE"),
        ("Die Behörden in Minsk untersagten den Studentinnen den Zugang zur Universität.",
         ("COERCE", "BLR", "BLR"), "REJECT"),
        ("Die Grenzbehörden Georgiens verweigerten zwei belarussischen Bloggern die Einreise.",
         ("COERCE", "GEO", "BLR"), "REJECT"),
    ],
)  # fmt: skip
def test_refused_access_rejects_forbidden_access_coerces(pipe, text, expected, not_type):
    got = _plain(pipe, text)
    assert expected in got
    assert not_type not in [t for t, _, _ in got]
