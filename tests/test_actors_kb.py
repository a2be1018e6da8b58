"""The knowledge base files are well-formed: valid codes, ordered dates, no duplicate ids."""

from __future__ import annotations

import re

import pycountry
import pytest

from lagebild.actors import load_resolver
from lagebild.actors.kb import SECTORS

CODE_RE = re.compile(r"^(?:[A-Z]{3}(?:/[A-Z]{3})?|IGO:[A-Z0-9]+|NGO:[A-Z0-9]+)$")
COUNTRIES = {c.alpha_3 for c in pycountry.countries} | {"XKX"}


@pytest.fixture(scope="module")
def kb():
    return load_resolver().kb


def _check(code: str) -> None:
    assert CODE_RE.match(code), code
    if code.startswith(("IGO:", "NGO:")):
        return
    country, _, sector = code.partition("/")
    assert country in COUNTRIES, code
    assert not sector or sector in SECTORS, code


def test_codes_and_dates(kb):
    for actor in kb.actors.values():
        _check(actor.code) if actor.code else None
        if actor.default:
            _check(actor.default)
        for r in actor.roles:
            _check(r.code)
            if r.start and r.end:
                assert r.start < r.end, (actor.name, r)
        if actor.kind == "person":
            assert actor.country in COUNTRIES, actor.name
            assert actor.gender in ("m", "f"), actor.name
            starts = sorted(r.start for r in actor.roles if r.start)
            assert starts == [r.start for r in actor.roles if r.start], actor.name


def test_every_country_has_a_german_name(kb):
    for c in pycountry.countries:
        a = kb.country_actor(c.alpha_3)
        assert a is not None and a.name, c.alpha_3


def test_sector_nouns_have_known_sectors(kb):
    for forms in kb.forms.values():
        for f in forms:
            if f.kind in ("sector", "metonym", "capital") and f.sector:
                assert f.sector in SECTORS, f
